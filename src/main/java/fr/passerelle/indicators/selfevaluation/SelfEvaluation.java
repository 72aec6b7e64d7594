package fr.passerelle.indicators.selfevaluation;

import fr.passerelle.indicators.Theme;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Text;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The self-evaluation of one campus in the campaign of a year, on the five QualÉduc themes: a rating on the stated
 * {@link Rating} scale, strengths, areas for progress and planned actions (actions of the campus's action plan and
 * free text). Its workflow is made of acts, each checking where it stands and recorded as a step of its history:
 * the director {@link #draft drafts} and {@link #submit submits} before the deadline; the academic referent
 * {@link #forward forwards} it or {@link #sendBack sends it back}; the regional coordinator records the regional
 * strategic committee's {@link #validate validation} or sends it back; the national level {@link #markRead reads} it.
 * A deadline extended for this campus alone overrides the campaign's.
 */
@Entity
@Table(name = "self_evaluation")
class SelfEvaluation extends AbstractAggregateRoot<SelfEvaluation> {

    static final int TEXT_MAX = 4000;
    static final int COMMENT_MAX = 2000;

    /** Who sent a self-evaluation back to its director. */
    enum ReturnedBy { ACADEMY, REGION }

    /** The acts its history records. */
    enum Act {
        DRAFTED("Enregistrée par la direction"),
        SUBMITTED("Déposée par la direction"),
        FORWARDED("Transmise à la région par le référent académique"),
        SENT_BACK_BY_ACADEMY("Renvoyée à la direction par le référent académique"),
        SENT_BACK_BY_REGION("Renvoyée à la direction par la coordination régionale"),
        VALIDATED("Validée par le comité stratégique régional"),
        READ_NATIONALLY("Lue par l’administration nationale"),
        DEADLINE_EXTENDED("Date limite prolongée pour ce campus");

        private final String label;

        Act(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the campus writes about one theme. */
    @Embeddable
    static class Assessment {
        private Integer rating;
        @Column(columnDefinition = "text")
        private String strengths;
        @Column(columnDefinition = "text")
        private String progressAreas;
        @Column(columnDefinition = "text")
        private String plannedActions;

        protected Assessment() {
        }

        Assessment(Integer rating, String strengths, String progressAreas, String plannedActions) {
            this.rating = rating;
            this.strengths = strengths;
            this.progressAreas = progressAreas;
            this.plannedActions = plannedActions;
        }

        Rating rating() {
            return Rating.of(rating);
        }

        boolean isEmpty() {
            return rating == null && strengths == null && progressAreas == null && plannedActions == null;
        }

        String strengths() {
            return strengths;
        }

        String progressAreas() {
            return progressAreas;
        }

        String plannedActions() {
            return plannedActions;
        }
    }

    /** An action of the campus's action plan planned under a theme. */
    @Embeddable
    static class PlannedAction {
        @Enumerated(EnumType.STRING)
        private Theme theme;
        private UUID actionId;

        protected PlannedAction() {
        }

        PlannedAction(Theme theme, UUID actionId) {
            this.theme = theme;
            this.actionId = actionId;
        }

        Theme theme() {
            return theme;
        }

        UUID actionId() {
            return actionId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PlannedAction p && p.theme == theme && Objects.equals(p.actionId, actionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(theme, actionId);
        }
    }

    /** One step of its history. */
    @Embeddable
    static class Step {
        private Instant occurredAt;
        private String actorName;
        @Enumerated(EnumType.STRING)
        private Act act;
        @Column(columnDefinition = "text")
        private String comment;
        private LocalDate committeeMetOn;

        protected Step() {
        }

        Step(Instant occurredAt, String actorName, Act act, String comment, LocalDate committeeMetOn) {
            this.occurredAt = occurredAt;
            this.actorName = actorName;
            this.act = act;
            this.comment = comment;
            this.committeeMetOn = committeeMetOn;
        }

        Instant occurredAt() {
            return occurredAt;
        }

        String actorName() {
            return actorName;
        }

        Act act() {
            return act;
        }

        String comment() {
            return comment;
        }

        LocalDate committeeMetOn() {
            return committeeMetOn;
        }
    }

    @Id
    private UUID id;
    private int campaignYear;
    private UUID campusId;
    @Enumerated(EnumType.STRING)
    private SelfEvaluationStatus status;
    @Enumerated(EnumType.STRING)
    private ReturnedBy returnedBy;
    private LocalDate submissionDue;
    private LocalDate reviewDue;
    private LocalDate validationDue;
    private Instant submittedAt;
    private Instant validatedAt;
    private LocalDate committeeMetOn;
    private Instant readNationallyAt;
    private String readNationallyBy;
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "self_evaluation_theme", joinColumns = @JoinColumn(name = "self_evaluation_id"))
    @MapKeyColumn(name = "theme")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<Theme, Assessment> assessments = new EnumMap<>(Theme.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "self_evaluation_planned_action", joinColumns = @JoinColumn(name = "self_evaluation_id"))
    private Set<PlannedAction> actions = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "self_evaluation_step", joinColumns = @JoinColumn(name = "self_evaluation_id"))
    @OrderColumn(name = "position")
    private List<Step> steps = new ArrayList<>();

    protected SelfEvaluation() {
    }

    // ---- Acts

    /**
     * Records what the director wrote, while it is in their hands and the campaign is open; a rating may still be
     * missing. Returns false when nothing changed.
     */
    boolean draft(Campaign campaign, Map<Theme, Assessment> written, Map<Theme, Set<UUID>> plannedActions, String by, Clock clock) {
        campaign.requireOpen();
        requireInDirectorsHands("modifiée");
        for (var entry : written.entrySet()) {
            Assessment a = entry.getValue();
            String theme = entry.getKey().label();
            if (a.rating != null && Rating.of(a.rating) == null) {
                throw new BusinessRuleException(field(entry.getKey(), "rating"), "Choisissez une note de 1 à 4 pour « " + theme + " ».");
            }
            checkLength(entry.getKey(), "strengths", "Les points forts", a.strengths, TEXT_MAX);
            checkLength(entry.getKey(), "progressAreas", "Les axes de progrès", a.progressAreas, TEXT_MAX);
            checkLength(entry.getKey(), "plannedActions", "Les actions envisagées", a.plannedActions, TEXT_MAX);
        }
        Set<PlannedAction> planned = new HashSet<>();
        plannedActions.forEach((theme, ids) -> ids.forEach(id -> planned.add(new PlannedAction(theme, id))));
        boolean changed = !planned.equals(actions) || Arrays.stream(Theme.values()).anyMatch(t -> differs(assessments.get(t), written.get(t)));
        if (!changed) {
            return false;
        }
        for (Theme theme : Theme.values()) {
            Assessment a = written.get(theme);
            Assessment kept = a == null ? new Assessment() : new Assessment(a.rating, Text.trimToNull(a.strengths),
                    Text.trimToNull(a.progressAreas), Text.trimToNull(a.plannedActions));
            // A theme with nothing written has no row: the persistence layer reads an all-null row as no value at all.
            if (kept.isEmpty()) {
                assessments.remove(theme);
            } else {
                assessments.put(theme, kept);
            }
        }
        actions.clear();
        actions.addAll(planned);
        steps.add(new Step(Instant.now(clock), by, Act.DRAFTED, null, null));
        return true;
    }

    /**
     * Submits it to the academic referent: refused once the deadline has passed (unless extended), and while a theme
     * lacks its rating. Sent back, it may be submitted again until the later of the submission deadline and the
     * deadline of the step that sent it back.
     */
    void submit(Campaign campaign, String by, Clock clock) {
        campaign.requireOpen();
        requireInDirectorsHands("déposée");
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = submissionDeadline(campaign);
        if (today.isAfter(deadline)) {
            throw new BusinessRuleException("La date limite de dépôt était le " + SelfEvaluationView.DAY.format(deadline)
                    + " : l’auto-évaluation ne peut plus être déposée, sauf prolongation accordée par l’administration nationale.");
        }
        List<String> unrated = Arrays.stream(Theme.values()).filter(t -> ratingOf(t) == null).map(Theme::label).toList();
        if (!unrated.isEmpty()) {
            throw new BusinessRuleException("Chaque thématique doit être notée avant le dépôt. Sans note : "
                    + String.join(", ", unrated) + ".");
        }
        status = SelfEvaluationStatus.AT_ACADEMY;
        returnedBy = null;
        submittedAt = Instant.now(clock);
        steps.add(new Step(submittedAt, by, Act.SUBMITTED, null, null));
        registerEvent(new SelfEvaluationEvents.Submitted(id));
    }

    /** The academic referent forwards it to the région, with an optional comment. */
    void forward(Campaign campaign, String comment, String by, Clock clock) {
        campaign.requireOpen();
        requireStatus(SelfEvaluationStatus.AT_ACADEMY, "transmise à la région");
        String text = comment(comment, false);
        status = SelfEvaluationStatus.AT_REGION;
        steps.add(new Step(Instant.now(clock), by, Act.FORWARDED, text, null));
        registerEvent(new SelfEvaluationEvents.Forwarded(id));
    }

    /** The academic referent, or the regional coordinator, sends it back to the director, saying why. */
    void sendBack(Campaign campaign, ReturnedBy who, String comment, String by, Clock clock) {
        campaign.requireOpen();
        requireStatus(who == ReturnedBy.ACADEMY ? SelfEvaluationStatus.AT_ACADEMY : SelfEvaluationStatus.AT_REGION, "renvoyée à la direction");
        String text = comment(comment, true);
        status = SelfEvaluationStatus.RETURNED;
        returnedBy = who;
        steps.add(new Step(Instant.now(clock), by, who == ReturnedBy.ACADEMY ? Act.SENT_BACK_BY_ACADEMY : Act.SENT_BACK_BY_REGION, text, null));
        registerEvent(new SelfEvaluationEvents.SentBack(id, who, text));
    }

    /** The regional coordinator records the regional strategic committee's validation, with the date it met if known. */
    void validate(Campaign campaign, LocalDate metOn, String comment, String by, Clock clock) {
        campaign.requireOpen();
        requireStatus(SelfEvaluationStatus.AT_REGION, "validée");
        if (metOn != null && metOn.isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("committeeMetOn", "Le comité stratégique régional ne peut s’être réuni dans le futur.");
        }
        String text = comment(comment, false);
        status = SelfEvaluationStatus.VALIDATED;
        validatedAt = Instant.now(clock);
        committeeMetOn = metOn;
        steps.add(new Step(validatedAt, by, Act.VALIDATED, text, metOn));
        registerEvent(new SelfEvaluationEvents.Validated(id));
    }

    /** The national administration marks a validated self-evaluation read; returns false when it already was. */
    boolean markRead(String by, Clock clock) {
        requireStatus(SelfEvaluationStatus.VALIDATED, "marquée comme lue");
        if (readNationallyAt != null) {
            return false;
        }
        readNationallyAt = Instant.now(clock);
        readNationallyBy = by;
        steps.add(new Step(readNationallyAt, by, Act.READ_NATIONALLY, null, null));
        return true;
    }

    /** Pushes one deadline back for this campus alone; returns the deadline it replaces. */
    LocalDate extend(Campaign campaign, Stage stage, LocalDate until, String by, Clock clock) {
        campaign.requireOpen();
        if (status == SelfEvaluationStatus.VALIDATED) {
            throw new BusinessRuleException("Cette auto-évaluation est validée : plus aucune date limite ne la concerne.");
        }
        LocalDate before = due(campaign, stage);
        Campaign.requireLater(before, until);
        switch (stage) {
            case SUBMISSION -> submissionDue = until;
            case REVIEW -> reviewDue = until;
            case VALIDATION -> validationDue = until;
        }
        steps.add(new Step(Instant.now(clock), by, Act.DEADLINE_EXTENDED,
                stage.label() + " : du " + SelfEvaluationView.DAY.format(before) + " au " + SelfEvaluationView.DAY.format(until) + ".", null));
        return before;
    }

    // ---- Rules read by the page

    /** The deadline of a stage for this campus: its own extension, else the campaign's. */
    LocalDate due(Campaign campaign, Stage stage) {
        LocalDate own = switch (stage) {
            case SUBMISSION -> submissionDue;
            case REVIEW -> reviewDue;
            case VALIDATION -> validationDue;
        };
        LocalDate campaignDue = campaign.due(stage);
        return own != null && own.isAfter(campaignDue) ? own : campaignDue;
    }

    /** Until when the director may submit: the submission deadline, or, sent back, the later deadline of the step that sent it back. */
    LocalDate submissionDeadline(Campaign campaign) {
        LocalDate deadline = due(campaign, Stage.SUBMISSION);
        if (status == SelfEvaluationStatus.RETURNED && returnedBy != null) {
            LocalDate returning = due(campaign, returnedBy == ReturnedBy.ACADEMY ? Stage.REVIEW : Stage.VALIDATION);
            if (returning.isAfter(deadline)) {
                deadline = returning;
            }
        }
        return deadline;
    }

    /** The stage whose deadline now runs, or null once validated. */
    Stage currentStage() {
        return switch (status) {
            case DRAFT, RETURNED -> Stage.SUBMISSION;
            case AT_ACADEMY -> Stage.REVIEW;
            case AT_REGION -> Stage.VALIDATION;
            case VALIDATED -> null;
        };
    }

    /** The deadline now running, or null once validated. */
    LocalDate currentDeadline(Campaign campaign) {
        Stage stage = currentStage();
        if (stage == null) {
            return null;
        }
        return stage == Stage.SUBMISSION ? submissionDeadline(campaign) : due(campaign, stage);
    }

    boolean isOverdue(Campaign campaign, LocalDate today) {
        LocalDate deadline = currentDeadline(campaign);
        return deadline != null && today.isAfter(deadline);
    }

    Rating ratingOf(Theme theme) {
        Assessment a = assessments.get(theme);
        return a == null ? null : a.rating();
    }

    Assessment assessment(Theme theme) {
        Assessment a = assessments.get(theme);
        return a == null ? new Assessment() : a;
    }

    Set<UUID> plannedActionIds(Theme theme) {
        return actions.stream().filter(p -> p.theme() == theme).map(PlannedAction::actionId).collect(Collectors.toSet());
    }

    Set<UUID> allPlannedActionIds() {
        return actions.stream().map(PlannedAction::actionId).collect(Collectors.toSet());
    }

    private void requireInDirectorsHands(String what) {
        if (!status.inDirectorsHands()) {
            throw new BusinessRuleException("Cette auto-évaluation est " + status.label().toLowerCase(java.util.Locale.FRENCH)
                    + " : elle ne peut plus être " + what + " par la direction.");
        }
    }

    private void requireStatus(SelfEvaluationStatus expected, String what) {
        if (status != expected) {
            throw new BusinessRuleException("Cette auto-évaluation est au statut « " + status.label() + " » : elle ne peut pas être "
                    + what + " maintenant.");
        }
    }

    private static String comment(String comment, boolean required) {
        String text = Text.trimToNull(comment);
        if (required && text == null) {
            throw new BusinessRuleException("comment", "Dites à la direction ce qu’il faut reprendre : le commentaire est obligatoire pour renvoyer.");
        }
        if (Text.longerThan(text, COMMENT_MAX)) {
            throw new BusinessRuleException("comment", Text.tooLong("Le commentaire", text, COMMENT_MAX));
        }
        return text;
    }

    private static void checkLength(Theme theme, String name, String what, String text, int max) {
        if (Text.longerThan(text, max)) {
            throw new BusinessRuleException(field(theme, name), Text.tooLong(what + " (« " + theme.label() + " »)", text, max));
        }
    }

    /** The form field of a theme's item: {@code themes[GOVERNANCE].rating}. */
    static String field(Theme theme, String name) {
        return "themes[" + theme.name() + "]." + name;
    }

    private static boolean differs(Assessment current, Assessment written) {
        Assessment a = current == null ? new Assessment() : current;
        Assessment b = written == null ? new Assessment() : written;
        return !Objects.equals(a.rating, b.rating) || !Objects.equals(a.strengths, Text.trimToNull(b.strengths))
                || !Objects.equals(a.progressAreas, Text.trimToNull(b.progressAreas))
                || !Objects.equals(a.plannedActions, Text.trimToNull(b.plannedActions));
    }

    // ---- Reading

    UUID id() {
        return id;
    }

    int campaignYear() {
        return campaignYear;
    }

    UUID campusId() {
        return campusId;
    }

    SelfEvaluationStatus status() {
        return status;
    }

    ReturnedBy returnedBy() {
        return returnedBy;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant validatedAt() {
        return validatedAt;
    }

    LocalDate committeeMetOn() {
        return committeeMetOn;
    }

    Instant readNationallyAt() {
        return readNationallyAt;
    }

    String readNationallyBy() {
        return readNationallyBy;
    }

    long version() {
        return version;
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }
}
