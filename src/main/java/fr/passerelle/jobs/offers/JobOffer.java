package fr.passerelle.jobs.offers;

import fr.passerelle.jobs.JobOfferContract;
import fr.passerelle.jobs.JobOfferLevel;
import fr.passerelle.jobs.JobOfferWorkingTime;
import fr.passerelle.platform.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A job offer of a member company: written as a draft, published on the public board for {@link #DEFAULT_DAYS} days,
 * reminded to its recruiter a week and a day before it expires, extended, expired by the daily job, or closed with how
 * it was filled. Indexed for the board (words, facets, distance from a commune).
 */
@Entity
@Table(name = "job_offer")
@Indexed(index = "job_offer")
@GeoPointBinding(fieldName = "location", sortable = Sortable.YES)
class JobOffer {

    /** How long an offer stays on the board after its publication, and the most an extension adds. */
    static final int DEFAULT_DAYS = 60;
    /** An extended offer expires at most this many days from today. */
    static final int MAX_DAYS_AHEAD = 90;
    static final int WEEK_REMINDER = 7;
    static final int DAY_REMINDER = 1;

    @Id
    private UUID id;
    @KeywordField
    private UUID companyId;
    @FullTextField(analyzer = "french_folded")
    private String companyName;
    @KeywordField(aggregable = Aggregable.YES)
    private UUID clusterId;
    private String clusterName;
    @FullTextField(analyzer = "french_folded")
    private String title;
    @FullTextField(analyzer = "french_folded")
    private String description;
    @GenericField
    private int jobTitleOgr;
    @FullTextField(analyzer = "french_folded")
    private String jobTitleLabel;
    @KeywordField(aggregable = Aggregable.YES)
    private String tradeCode;
    @KeywordField(aggregable = Aggregable.YES)
    private String domainCode;
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private JobOfferContract contract;
    private Integer durationMonths;
    @Enumerated(EnumType.STRING)
    private JobOfferWorkingTime workingTime;
    private Integer hoursPerWeek;
    private String municipalityCode;
    @FullTextField(analyzer = "french_folded")
    private String municipalityName;
    @KeywordField(aggregable = Aggregable.YES)
    private String regionCode;
    @Latitude
    private Double latitude;
    @Longitude
    private Double longitude;
    @Enumerated(EnumType.STRING)
    @KeywordField(aggregable = Aggregable.YES)
    private JobOfferLevel level;
    private Integer salaryMin;
    private Integer salaryMax;
    private LocalDate startsOn;
    private int positions;
    private String applyEmail;
    private String applyUrl;
    private String applyInstructions;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private OfferStatus status;
    @GenericField(sortable = Sortable.YES)
    private LocalDate publishedOn;
    @GenericField(searchable = Searchable.YES, projectable = Projectable.NO)
    private LocalDate expiresOn;
    private LocalDate remindedWeekOn;
    private LocalDate remindedDayOn;
    private LocalDate closedOn;
    @Enumerated(EnumType.STRING)
    private Filled filled;
    private UUID postedBy;
    private String postedByName;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "job_offer_skill", joinColumns = @JoinColumn(name = "offer_id"))
    @OrderBy("kind, label")
    private List<Skill> skills = new ArrayList<>();
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected JobOffer() {
    }

    /** A skill (savoir-faire) or a savoir the offer asks for; a savoir may be required (a certification, a licence). */
    @Embeddable
    static class Skill {
        @Enumerated(EnumType.STRING)
        private SkillKind kind;
        @Column(name = "ogr")
        private int ogr;
        private String label;
        private boolean required;

        protected Skill() {
        }

        Skill(SkillKind kind, int ogr, String label, boolean required) {
            this.kind = kind;
            this.ogr = ogr;
            this.label = label;
            this.required = required;
        }

        SkillKind kind() {
            return kind;
        }

        int ogr() {
            return ogr;
        }

        String label() {
            return label;
        }

        boolean required() {
            return required;
        }
    }

    enum SkillKind {
        SKILL, KNOWLEDGE
    }

    /** Who posted an offer: the account, and its name as shown to the cluster's staff. */
    record Poster(UUID accountId, String name) {
    }

    static JobOffer draft(UUID companyId, String companyName, UUID clusterId, String clusterName, OfferContent content, Poster poster,
                          Instant now) {
        JobOffer offer = new JobOffer();
        offer.id = UUID.randomUUID();
        offer.companyId = companyId;
        offer.companyName = companyName;
        offer.clusterId = clusterId;
        offer.clusterName = clusterName;
        offer.postedBy = poster.accountId();
        offer.postedByName = poster.name();
        offer.status = OfferStatus.DRAFT;
        offer.createdAt = now;
        offer.write(content, now);
        return offer;
    }

    /** Rewrites the offer; a closed offer stays as it was closed. */
    void revise(OfferContent content, Instant now) {
        if (status == OfferStatus.CLOSED) {
            throw new BusinessRuleException("L’offre est clôturée : elle ne peut plus être modifiée.");
        }
        write(content, now);
    }

    private void write(OfferContent c, Instant now) {
        if (c.salaryMin() != null && c.salaryMax() != null && c.salaryMin() > c.salaryMax()) {
            throw new BusinessRuleException("salaryMax", "Le salaire maximum ne peut être inférieur au salaire minimum.");
        }
        if (c.contract().limited() && c.durationMonths() == null) {
            throw new BusinessRuleException("durationMonths", "Indiquez la durée du contrat (en mois).");
        }
        if (blank(c.applyEmail()) && blank(c.applyUrl()) && blank(c.applyInstructions())) {
            throw new BusinessRuleException("applyEmail", "Indiquez comment postuler : une adresse e-mail, l’adresse d’une page ou des consignes.");
        }
        if (c.positions() < 1 || c.positions() > 500) {
            throw new BusinessRuleException("positions", "Le nombre de postes va de 1 à 500.");
        }
        this.title = c.title().strip();
        this.description = blank(c.description()) ? null : c.description().strip();
        this.jobTitleOgr = c.jobTitleOgr();
        this.jobTitleLabel = c.jobTitleLabel();
        this.tradeCode = c.tradeCode();
        this.domainCode = c.domainCode();
        this.contract = c.contract();
        this.durationMonths = c.contract().limited() ? c.durationMonths() : null;
        this.workingTime = c.workingTime();
        this.hoursPerWeek = c.hoursPerWeek();
        this.municipalityCode = c.municipalityCode();
        this.municipalityName = c.municipalityName();
        this.regionCode = c.regionCode();
        this.latitude = c.latitude();
        this.longitude = c.longitude();
        this.level = c.level();
        this.salaryMin = c.salaryMin();
        this.salaryMax = c.salaryMax();
        this.startsOn = c.startsOn();
        this.positions = c.positions();
        this.applyEmail = blank(c.applyEmail()) ? null : c.applyEmail().strip();
        this.applyUrl = blank(c.applyUrl()) ? null : c.applyUrl().strip();
        this.applyInstructions = blank(c.applyInstructions()) ? null : c.applyInstructions().strip();
        this.updatedAt = now;
    }

    /** The skills and savoirs asked for, in place of the former ones. */
    void askFor(List<Skill> chosen, Instant now) {
        if (status == OfferStatus.CLOSED) {
            throw new BusinessRuleException("L’offre est clôturée : elle ne peut plus être modifiée.");
        }
        if (chosen.size() > 60) {
            throw new BusinessRuleException("Une offre demande 60 compétences et savoirs au plus.");
        }
        this.skills.clear();
        this.skills.addAll(chosen);
        this.updatedAt = now;
    }

    /** Puts a draft on the board from today, until {@link #DEFAULT_DAYS} days later. */
    void publish(LocalDate today, Instant now) {
        if (status != OfferStatus.DRAFT) {
            throw new BusinessRuleException("Seul un brouillon peut être publié : cette offre est " + status.label().toLowerCase() + ".");
        }
        this.status = OfferStatus.PUBLISHED;
        this.publishedOn = today;
        this.expiresOn = today.plusDays(DEFAULT_DAYS);
        this.updatedAt = now;
    }

    /**
     * Keeps the offer on the board {@code days} more days (1 to {@value #DEFAULT_DAYS}) after its expiry date, or after
     * today when it has expired, and no further than {@value #MAX_DAYS_AHEAD} days from today; the reminders will be sent
     * again before the new date.
     */
    void extend(int days, LocalDate today, Instant now) {
        if (status != OfferStatus.PUBLISHED && status != OfferStatus.EXPIRED) {
            throw new BusinessRuleException("Seule une offre publiée ou expirée peut être prolongée.");
        }
        if (days < 1 || days > DEFAULT_DAYS) {
            throw new BusinessRuleException("days", "Une prolongation va de 1 à " + DEFAULT_DAYS + " jours.");
        }
        LocalDate from = expiresOn.isBefore(today) ? today : expiresOn;
        LocalDate until = from.plusDays(days);
        if (until.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new BusinessRuleException("days", "Une offre reste en ligne " + MAX_DAYS_AHEAD + " jours au plus à partir d’aujourd’hui : "
                    + "prolongez-la plus tard.");
        }
        this.status = OfferStatus.PUBLISHED;
        this.expiresOn = until;
        this.updatedAt = now;
    }

    /** Takes the offer off the board for good, saying how it was filled. */
    void close(Filled how, LocalDate today, Instant now) {
        if (how == null) {
            throw new BusinessRuleException("filled", "Dites si le poste a été pourvu, et comment.");
        }
        if (status != OfferStatus.PUBLISHED && status != OfferStatus.EXPIRED) {
            throw new BusinessRuleException("Seule une offre publiée ou expirée peut être clôturée.");
        }
        this.status = OfferStatus.CLOSED;
        this.filled = how;
        this.closedOn = today;
        this.updatedAt = now;
    }

    /** Marks a published offer expired once its expiry date has passed; whether it changed. */
    boolean expireIfDue(LocalDate today, Instant now) {
        if (status == OfferStatus.PUBLISHED && expiresOn.isBefore(today)) {
            this.status = OfferStatus.EXPIRED;
            this.updatedAt = now;
            return true;
        }
        return false;
    }

    /** The reminder due today, if any: a week before the expiry date, then a day before, each once per expiry date. */
    Optional<Integer> reminderDue(LocalDate today) {
        if (status != OfferStatus.PUBLISHED || expiresOn.isBefore(today)) {
            return Optional.empty();
        }
        long left = ChronoUnit.DAYS.between(today, expiresOn);
        if (left <= DAY_REMINDER && !expiresOn.equals(remindedDayOn)) {
            return Optional.of(DAY_REMINDER);
        }
        if (left <= WEEK_REMINDER && left > DAY_REMINDER && !expiresOn.equals(remindedWeekOn)) {
            return Optional.of(WEEK_REMINDER);
        }
        return Optional.empty();
    }

    /** Records that the reminder {@code days} before the current expiry date was sent. */
    void reminded(int days) {
        if (days == DAY_REMINDER) {
            this.remindedDayOn = expiresOn;
            this.remindedWeekOn = expiresOn;
        } else {
            this.remindedWeekOn = expiresOn;
        }
    }

    /** Whether the public reads it today: published and not past its expiry date. */
    boolean isPublicOn(LocalDate today) {
        return status == OfferStatus.PUBLISHED && !expiresOn.isBefore(today);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    UUID id() { return id; }
    UUID companyId() { return companyId; }
    String companyName() { return companyName; }
    UUID clusterId() { return clusterId; }
    String clusterName() { return clusterName; }
    String title() { return title; }
    String description() { return description; }
    int jobTitleOgr() { return jobTitleOgr; }
    String jobTitleLabel() { return jobTitleLabel; }
    String tradeCode() { return tradeCode; }
    String domainCode() { return domainCode; }
    JobOfferContract contract() { return contract; }
    Integer durationMonths() { return durationMonths; }
    JobOfferWorkingTime workingTime() { return workingTime; }
    Integer hoursPerWeek() { return hoursPerWeek; }
    String municipalityCode() { return municipalityCode; }
    String municipalityName() { return municipalityName; }
    String regionCode() { return regionCode; }
    Double latitude() { return latitude; }
    Double longitude() { return longitude; }
    JobOfferLevel level() { return level; }
    Integer salaryMin() { return salaryMin; }
    Integer salaryMax() { return salaryMax; }
    LocalDate startsOn() { return startsOn; }
    int positions() { return positions; }
    String applyEmail() { return applyEmail; }
    String applyUrl() { return applyUrl; }
    String applyInstructions() { return applyInstructions; }
    OfferStatus status() { return status; }
    LocalDate publishedOn() { return publishedOn; }
    LocalDate expiresOn() { return expiresOn; }
    LocalDate closedOn() { return closedOn; }
    Filled filled() { return filled; }
    UUID postedBy() { return postedBy; }
    String postedByName() { return postedByName; }
    List<Skill> skills() { return List.copyOf(skills); }
    long version() { return version; }
    Instant updatedAt() { return updatedAt; }
}
