package fr.passerelle.campus;

import fr.passerelle.platform.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A campus of the registry. Its identity is changed only through {@link #describe}, with the label's rules. */
@Entity
@Table(name = "campus")
@Indexed(index = "campus")
@GeoPointBinding(fieldName = "location", sortable = Sortable.YES)
class Campus {

    @Id
    private UUID id;
    private String slug;
    @FullTextField(analyzer = SearchAnalysis.FRENCH)
    @KeywordField(name = "name_sort", normalizer = SearchAnalysis.SORT, sortable = Sortable.YES)
    private String name;
    /** The main sector; the others are in {@link #otherSectors}. Indexed with them as "sector" ({@link #getSectors}). */
    @Enumerated(EnumType.STRING)
    private Sector sector;
    @ElementCollection
    @CollectionTable(name = "campus_other_sector", joinColumns = @JoinColumn(name = "campus_id"))
    @Column(name = "sector")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    private Set<Sector> otherSectors = new HashSet<>();
    @KeywordField(aggregable = Aggregable.YES)
    private String regionCode;
    /** The main académie; the others are in {@link #otherAcademyCodes}. Indexed with them as "academyCode" ({@link #getAcademyCodes}). */
    private String academyCode;
    @ElementCollection
    @CollectionTable(name = "campus_other_academy", joinColumns = @JoinColumn(name = "campus_id"))
    @Column(name = "academy_code")
    @BatchSize(size = 100)
    private Set<String> otherAcademyCodes = new HashSet<>();
    private String municipalityCode;
    private String municipalityName;
    @Latitude
    private Double latitude;
    @Longitude
    private Double longitude;
    private UUID supportEstablishmentId;
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private LabelCategory category;
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private LabelStatus labelStatus;
    private Integer firstLabelYear;
    private LocalDate labelValidFrom;
    private LocalDate labelValidUntil;
    private String website;
    @Column(columnDefinition = "text")
    @FullTextField(analyzer = SearchAnalysis.FRENCH)
    private String description;
    private String directorName;
    private String directorEmail;
    private String directorPhone;
    @Column(columnDefinition = "text")
    @FullTextField(analyzer = SearchAnalysis.FRENCH)
    private String searchKeywords;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected Campus() {
    }

    static Campus register(String slug, CampusIdentity identity, String searchKeywords, Instant now) {
        var campus = new Campus();
        campus.id = UUID.randomUUID();
        campus.slug = slug;
        campus.createdAt = now;
        campus.describe(identity, searchKeywords, now);
        return campus;
    }

    /** Sets the campus's identity; the caller has checked it against the reference data. */
    void describe(CampusIdentity identity, String searchKeywords, Instant now) {
        this.name = identity.name().strip();
        this.sector = identity.sector();
        this.otherSectors.clear();
        this.otherSectors.addAll(identity.otherSectors());
        this.regionCode = identity.regionCode();
        this.academyCode = identity.academyCode();
        this.otherAcademyCodes.clear();
        this.otherAcademyCodes.addAll(identity.otherAcademyCodes());
        this.municipalityCode = Text.trimToNull(identity.municipalityCode());
        this.municipalityName = Text.trimToNull(identity.municipalityName());
        this.latitude = identity.latitude();
        this.longitude = identity.longitude();
        this.supportEstablishmentId = identity.supportEstablishmentId();
        this.category = identity.category();
        this.labelStatus = identity.labelStatus();
        this.firstLabelYear = identity.firstLabelYear();
        this.labelValidFrom = identity.labelValidFrom();
        this.labelValidUntil = identity.labelValidUntil();
        this.website = Text.trimToNull(identity.website());
        this.description = Text.trimToNull(identity.description());
        this.directorName = Text.trimToNull(identity.directorName());
        this.directorEmail = Text.trimToNull(identity.directorEmail());
        this.directorPhone = Text.trimToNull(identity.directorPhone());
        this.searchKeywords = searchKeywords;
        this.updatedAt = now;
    }

    /** Names the operational director, when the campus has none; returns whether it did. */
    boolean appointDirectorIfNone(String name, String email, String phone, Instant now) {
        if (directorName != null || Text.trimToNull(name) == null) {
            return false;
        }
        this.directorName = Text.trimToNull(name);
        this.directorEmail = Text.trimToNull(email);
        this.directorPhone = Text.trimToNull(phone);
        this.updatedAt = now;
        return true;
    }

    boolean hasDirector() {
        return directorName != null;
    }

    /** A label whose validity has ended is expired. Returns whether the status changed. */
    boolean expireIfEndedOn(LocalDate today) {
        if (labelStatus == LabelStatus.LABELLED && labelValidUntil != null && labelValidUntil.isBefore(today)) {
            labelStatus = LabelStatus.EXPIRED;
            return true;
        }
        return false;
    }

    CampusIdentity identity() {
        return new CampusIdentity(name, sector, regionCode, academyCode, municipalityCode, municipalityName, latitude,
                longitude, supportEstablishmentId, category, labelStatus, firstLabelYear, labelValidFrom, labelValidUntil,
                website, description, directorName, directorEmail, directorPhone, otherSectors.stream().sorted().toList(),
                otherAcademyCodes.stream().sorted().toList());
    }

    /** Every sector of the campus, the main one first: a facet counts the campus under each. */
    @KeywordField(name = "sector", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "sector")),
            @ObjectPath(@PropertyValue(propertyName = "otherSectors"))})
    List<Sector> getSectors() {
        return identity().sectors();
    }

    /** Every académie of the campus, the main one first: filtering by any of them finds the campus. */
    @KeywordField(name = "academyCode", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "academyCode")),
            @ObjectPath(@PropertyValue(propertyName = "otherAcademyCodes"))})
    List<String> getAcademyCodes() {
        return identity().academyCodes();
    }

    UUID id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String name() {
        return name;
    }

    String regionCode() {
        return regionCode;
    }

    String academyCode() {
        return academyCode;
    }

    /** The campus's académies, the main one first. */
    List<String> academyCodes() {
        return identity().academyCodes();
    }

    long version() {
        return version;
    }

    Instant updatedAt() {
        return updatedAt;
    }

}
