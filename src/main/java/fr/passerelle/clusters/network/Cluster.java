package fr.passerelle.clusters.network;

import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterKind;
import fr.passerelle.clusters.ClusterProfile;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A cluster's profile; its id is its directory organisation's. */
@Entity
@Table(name = "cluster")
class Cluster {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private ClusterKind kind;
    private String slug;
    private String regionCode;
    private String territory;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "varchar(40)[]")
    private String[] sectors;
    private UUID chairOrganisationId;
    private Integer jobsRepresented;
    private Integer figuresYear;
    private Integer foundedYear;
    private int matrixRefreshMonths;
    private boolean published;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected Cluster() {
    }

    static Cluster register(UUID organisationId, String slug, ClusterProfile profile, Instant now) {
        var cluster = new Cluster();
        cluster.id = organisationId;
        cluster.slug = slug;
        cluster.createdAt = now;
        cluster.describe(profile, now);
        return cluster;
    }

    /** Replaces the profile, checking what the form cannot. */
    void describe(ClusterProfile profile, Instant now) {
        if (profile.kind() == null) {
            throw new BusinessRuleException("kind", "Choisissez le type de réseau.");
        }
        if (profile.regionCode() == null || profile.regionCode().isBlank()) {
            throw new BusinessRuleException("regionCode", "Choisissez la région du siège.");
        }
        if (profile.chairOrganisationId() != null && profile.chairOrganisationId().equals(id)) {
            throw new BusinessRuleException("chairOrganisationId", "Un cluster ne se préside pas lui-même : choisissez l'entreprise qui le préside.");
        }
        if (profile.figuresYear() != null && profile.jobsRepresented() == null) {
            throw new BusinessRuleException("jobsRepresented", "Indiquez les emplois représentés pour l'année donnée, ou retirez l'année.");
        }
        if (profile.matrixRefreshMonths() < 1 || profile.matrixRefreshMonths() > 60) {
            throw new BusinessRuleException("matrixRefreshMonths", "La période de mise à jour de la matrice va de 1 à 60 mois.");
        }
        this.kind = profile.kind();
        this.regionCode = profile.regionCode();
        this.territory = Text.trimToNull(profile.territory());
        this.sectors = profile.sectors().stream().distinct().map(Sector::name).toArray(String[]::new);
        this.chairOrganisationId = profile.chairOrganisationId();
        this.jobsRepresented = profile.jobsRepresented();
        this.figuresYear = profile.figuresYear();
        this.foundedYear = profile.foundedYear();
        this.matrixRefreshMonths = profile.matrixRefreshMonths();
        this.published = profile.published();
        this.updatedAt = now;
    }

    ClusterProfile profile() {
        return new ClusterProfile(kind, regionCode, territory, Arrays.stream(sectors == null ? new String[0] : sectors).map(Sector::valueOf).toList(),
                chairOrganisationId, jobsRepresented, figuresYear, foundedYear, matrixRefreshMonths, published);
    }

    UUID id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String regionCode() {
        return regionCode;
    }

    long version() {
        return version;
    }
}
