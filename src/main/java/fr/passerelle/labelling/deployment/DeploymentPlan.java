package fr.passerelle.labelling.deployment;

import fr.passerelle.campus.Sector;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
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
 * The deployment plan of a région for a year: its priority sectors, each with the reason the région gives, where it
 * stands (in preparation, or adopted on a day) and a comment. Its projects hang off it ({@link DeploymentProject}).
 */
@Entity
@Table(name = "deployment_plan")
class DeploymentPlan {

    static final String CONFLICT = "Le plan a été modifié par quelqu’un d’autre pendant votre saisie : rechargez la page ; "
            + "ce que vous avez saisi n’a pas été enregistré.";
    static final int RATIONALE_MAX = 2000;

    @Id
    private UUID id;
    private String regionCode;
    private int year;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    private LocalDate adoptedOn;
    @Column(columnDefinition = "text")
    private String comment;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;
    @ElementCollection
    @CollectionTable(name = "deployment_priority", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<Priority> priorities = new ArrayList<>();

    protected DeploymentPlan() {
    }

    /** A priority sector of the plan and why the région chose it. */
    @Embeddable
    static class Priority {
        @Enumerated(EnumType.STRING)
        private Sector sector;
        private String rationale;

        protected Priority() {
        }

        Priority(Sector sector, String rationale) {
            this.sector = sector;
            this.rationale = rationale;
        }

        public Sector getSector() {
            return sector;
        }

        public String getRationale() {
            return rationale;
        }
    }

    /** The co-pilots open the plan of their région for a year; it is in preparation until they record its adoption. */
    static DeploymentPlan open(String regionCode, int year, Instant now) {
        if (year < 2000 || year > 2100) {
            throw new BusinessRuleException("year", "L’année du plan est comprise entre 2000 et 2100.");
        }
        DeploymentPlan plan = new DeploymentPlan();
        plan.id = UUID.randomUUID();
        plan.regionCode = regionCode;
        plan.year = year;
        plan.status = PlanStatus.DRAFT;
        plan.createdAt = now;
        plan.updatedAt = now;
        return plan;
    }

    /** The plan's status and comment change; an adopted plan has its day of adoption, which is not to come. */
    void revise(long expectedVersion, PlanStatus newStatus, LocalDate newAdoptedOn, String newComment, LocalDate today, Instant now) {
        checkVersion(expectedVersion);
        if (newStatus == null) {
            throw new BusinessRuleException("status", "Choisissez où en est le plan.");
        }
        if (newStatus == PlanStatus.ADOPTED) {
            checkAdoption(newAdoptedOn, today);
        }
        status = newStatus;
        adoptedOn = newStatus == PlanStatus.ADOPTED ? newAdoptedOn : null;
        comment = Text.trimToNull(newComment);
        updatedAt = now;
    }

    /** The plan is adopted on that day. */
    void adopt(LocalDate on, LocalDate today, Instant now) {
        checkAdoption(on, today);
        status = PlanStatus.ADOPTED;
        adoptedOn = on;
        updatedAt = now;
    }

    /** A sector becomes a priority of the plan, after the others, with its rationale; a sector is a priority once. */
    void prioritise(Sector sector, String rationale, Instant now) {
        if (sector == null) {
            throw new BusinessRuleException("sector", "Choisissez la filière prioritaire.");
        }
        if (rationale == null || rationale.isBlank()) {
            throw new BusinessRuleException("rationale", "Dites pourquoi cette filière est prioritaire.");
        }
        if (Text.longerThan(rationale.strip(), RATIONALE_MAX)) {
            throw new BusinessRuleException("rationale", Text.tooLong("La justification", rationale.strip(), RATIONALE_MAX));
        }
        if (priorities.stream().anyMatch(p -> p.sector == sector)) {
            throw new BusinessRuleException("sector", "La filière « " + sector.label() + " » est déjà une priorité du plan.");
        }
        priorities.add(new Priority(sector, rationale.strip()));
        updatedAt = now;
    }

    /** A sector is no longer a priority; returns its rationale, for the audit trail. */
    String drop(Sector sector, Instant now) {
        Priority priority = priorities.stream().filter(p -> p.sector == sector).findFirst()
                .orElseThrow(() -> new BusinessRuleException(null, "Cette filière n’est plus une priorité du plan."));
        priorities.remove(priority);
        updatedAt = now;
        return priority.rationale;
    }

    private static void checkAdoption(LocalDate on, LocalDate today) {
        if (on == null) {
            throw new BusinessRuleException("adoptedOn", "Indiquez le jour où le plan a été adopté.");
        }
        if (on.isAfter(today)) {
            throw new BusinessRuleException("adoptedOn", "Le jour de l’adoption ne peut pas être à venir.");
        }
    }

    private void checkVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new ConcurrentEditException(CONFLICT);
        }
    }

    UUID id() {
        return id;
    }

    String regionCode() {
        return regionCode;
    }

    int year() {
        return year;
    }

    PlanStatus status() {
        return status;
    }

    LocalDate adoptedOn() {
        return adoptedOn;
    }

    String comment() {
        return comment;
    }

    long version() {
        return version;
    }

    List<Priority> priorities() {
        return List.copyOf(priorities);
    }
}
