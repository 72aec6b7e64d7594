package fr.passerelle.trades.curation;

import fr.passerelle.platform.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One trade of an owner's selection, with what the owner writes of it in French and in English, and its yearly
 * review. Added to the selection with nothing written, {@linkplain #enrich enriched}, {@linkplain #moveTo moved} in
 * the selection, {@linkplain #review reviewed} once a year; changed under optimistic locking.
 */
@Entity
@Table(name = "curated_trade_sheet")
class CuratedSheet {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private Owner.Kind ownerKind;
    private UUID ownerId;
    private String tradeCode;
    /** Reordering the selection does not make a form opened on the sheet's content stale. */
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private int position;
    private Integer payBeginnerMin;
    private Integer payBeginnerMax;
    private Integer payExperiencedMin;
    private Integer payExperiencedMax;
    private Integer requiredLevel;
    @Column(columnDefinition = "text")
    private String missionsFr;
    @Column(columnDefinition = "text")
    private String functionsFr;
    @Column(columnDefinition = "text")
    private String natureFr;
    @Column(columnDefinition = "text")
    private String environmentFr;
    @Column(columnDefinition = "text")
    private String knowHowFr;
    @Column(columnDefinition = "text")
    private String softSkillsFr;
    @Column(columnDefinition = "text")
    private String prospectsFr;
    @Column(columnDefinition = "text")
    private String missionsEn;
    @Column(columnDefinition = "text")
    private String functionsEn;
    @Column(columnDefinition = "text")
    private String natureEn;
    @Column(columnDefinition = "text")
    private String environmentEn;
    @Column(columnDefinition = "text")
    private String knowHowEn;
    @Column(columnDefinition = "text")
    private String softSkillsEn;
    @Column(columnDefinition = "text")
    private String prospectsEn;
    @ElementCollection
    @CollectionTable(name = "curated_trade_sheet_skill", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "position")
    @Column(name = "ogr")
    private List<Integer> skills = new ArrayList<>();
    private LocalDate reviewedOn;
    private String reviewedBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected CuratedSheet() {
    }

    /** Adds a trade at the end of an owner's selection; whether the code is one of the current release is the service's rule. */
    static CuratedSheet add(Owner owner, String tradeCode, int position, Instant now) {
        var sheet = new CuratedSheet();
        sheet.id = UUID.randomUUID();
        sheet.ownerKind = owner.kind();
        sheet.ownerId = owner.id();
        sheet.tradeCode = tradeCode;
        sheet.position = position;
        sheet.createdAt = now;
        sheet.updatedAt = now;
        return sheet;
    }

    /** Replaces what the owner writes of the trade; {@code content} is checked here. Returns false when nothing changed. */
    boolean enrich(SheetContent content, Instant now) {
        SheetContent checked = content.check();
        if (checked.equals(content())) {
            return false;
        }
        SheetText fr = checked.french();
        missionsFr = fr.missions();
        functionsFr = fr.functions();
        natureFr = fr.nature();
        environmentFr = fr.environment();
        knowHowFr = fr.knowHow();
        softSkillsFr = fr.softSkills();
        prospectsFr = fr.prospects();
        SheetText en = checked.english();
        missionsEn = en.missions();
        functionsEn = en.functions();
        natureEn = en.nature();
        environmentEn = en.environment();
        knowHowEn = en.knowHow();
        softSkillsEn = en.softSkills();
        prospectsEn = en.prospects();
        payBeginnerMin = checked.pay().beginnerMin();
        payBeginnerMax = checked.pay().beginnerMax();
        payExperiencedMin = checked.pay().experiencedMin();
        payExperiencedMax = checked.pay().experiencedMax();
        requiredLevel = checked.requiredLevel();
        skills.clear();
        skills.addAll(checked.skills());
        updatedAt = now;
        return true;
    }

    /** Records the yearly review, by whom, on the platform's day; a sheet is reviewed at most once a day. */
    void review(String by, LocalDate today, Instant now) {
        if (today.equals(reviewedOn)) {
            throw new BusinessRuleException("La revue annuelle de cette fiche est déjà enregistrée aujourd’hui.");
        }
        reviewedOn = today;
        reviewedBy = by;
        updatedAt = now;
    }

    /** Places the sheet at {@code newPosition} of the selection (the service renumbers the others). */
    void moveTo(int newPosition) {
        position = newPosition;
    }

    /** Backdates the last review: demo data only, for a sheet whose review is overdue. */
    void reviewedEarlier(LocalDate on, String by) {
        reviewedOn = on;
        reviewedBy = by;
    }

    SheetContent content() {
        return new SheetContent(
                new SheetText(missionsFr, functionsFr, natureFr, environmentFr, knowHowFr, softSkillsFr, prospectsFr),
                new SheetText(missionsEn, functionsEn, natureEn, environmentEn, knowHowEn, softSkillsEn, prospectsEn),
                new Pay(payBeginnerMin, payBeginnerMax, payExperiencedMin, payExperiencedMax), requiredLevel, List.copyOf(skills));
    }

    boolean isOverdue(LocalDate today, java.time.ZoneId zone) {
        return ReviewSchedule.isOverdue(reviewedOn, LocalDate.ofInstant(createdAt, zone), today);
    }

    LocalDate addedOn(java.time.ZoneId zone) {
        return LocalDate.ofInstant(createdAt, zone);
    }

    UUID id() {
        return id;
    }

    Owner owner() {
        return new Owner(ownerKind, ownerId);
    }

    String tradeCode() {
        return tradeCode;
    }

    int position() {
        return position;
    }

    LocalDate reviewedOn() {
        return reviewedOn;
    }

    String reviewedBy() {
        return reviewedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
