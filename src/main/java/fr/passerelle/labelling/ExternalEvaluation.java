package fr.passerelle.labelling;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.UploadedFile;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The external evaluation of an Excellence label, due before the label ends (source 000: « une évaluation externe avant la
 * fin de la labellisation »). The national administration schedules it with an evaluator and a date, may change them or
 * cancel it with a reason; the evaluator files a report and a conclusion, after which it is closed.
 */
@Entity
@Table(name = "external_evaluation")
class ExternalEvaluation extends AbstractAggregateRoot<ExternalEvaluation> {

    static final int MAX_TEXT = 20_000;

    /** Where an evaluation stands. */
    public enum Status {
        SCHEDULED("Programmée"), REPORTED("Rapport rendu"), CANCELLED("Annulée");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The label an evaluation is for, as the registry holds it when the evaluation is scheduled. */
    record Label(UUID campusId, String campusName, boolean excellence, boolean labelled, LocalDate validUntil, String regionCode,
                 java.util.List<String> academyCodes) {
    }

    @Id
    private UUID id;
    private UUID campusId;
    private LocalDate labelValidUntil;
    private String regionCode;
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    private String[] academyCodes;
    private UUID evaluatorId;
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String scopeNote;
    private String reportName;
    private String reportType;
    private Long reportSize;
    private byte[] reportData;
    private String summary;
    @Enumerated(EnumType.STRING)
    private ExternalEvaluationConclusion conclusion;
    private Instant reportedAt;
    private String reportedBy;
    private String cancelReason;
    private Instant createdAt;
    private String createdBy;
    @Version
    private long version;

    protected ExternalEvaluation() {
    }

    /** Schedules the evaluation of a current Excellence label, with its evaluator, on a day before the label ends. */
    static ExternalEvaluation schedule(Label label, UUID evaluatorId, LocalDate dueOn, String scopeNote, String by, Clock clock) {
        if (!label.excellence()) {
            throw new BusinessRuleException("campusId", "L'évaluation externe est celle des labels de catégorie Excellence : « "
                    + label.campusName() + " » est de catégorie Standard.");
        }
        if (!label.labelled() || label.validUntil() == null || label.validUntil().isBefore(LocalDate.now(clock))) {
            throw new BusinessRuleException("campusId", "« " + label.campusName() + " » n'a pas de label en cours à évaluer.");
        }
        var evaluation = new ExternalEvaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.campusId = label.campusId();
        evaluation.labelValidUntil = label.validUntil();
        evaluation.regionCode = label.regionCode();
        evaluation.academyCodes = label.academyCodes().toArray(String[]::new);
        evaluation.status = Status.SCHEDULED;
        evaluation.createdAt = Instant.now(clock);
        evaluation.createdBy = by;
        evaluation.set(evaluatorId, dueOn, scopeNote, clock);
        evaluation.registerEvent(new ExternalEvaluationScheduled(evaluation.id, evaluatorId, false));
        return evaluation;
    }

    /** Changes the evaluator, the date or the note of an evaluation not yet reported. */
    void reschedule(UUID evaluatorId, LocalDate dueOn, String scopeNote, Clock clock) {
        requireScheduled("Cette évaluation est " + status.label().toLowerCase() + " : elle ne se reprogramme plus.");
        boolean newEvaluator = !evaluatorId.equals(this.evaluatorId);
        set(evaluatorId, dueOn, scopeNote, clock);
        registerEvent(new ExternalEvaluationScheduled(id, evaluatorId, !newEvaluator));
    }

    /** The evaluator's report (a file) and conclusion; the evaluation is then closed. */
    void fileReport(UploadedFile report, String summary, ExternalEvaluationConclusion conclusion, String by, Clock clock) {
        requireScheduled("Le rapport de cette évaluation est déjà rendu ou l'évaluation est annulée.");
        if (report == null) {
            throw new BusinessRuleException("fichier", "Joignez le rapport d'évaluation (PDF ou document).");
        }
        if (conclusion == null) {
            throw new BusinessRuleException("conclusion", "Choisissez la conclusion de l'évaluation.");
        }
        this.summary = text("summary", summary, "La synthèse");
        if (this.summary == null) {
            throw new BusinessRuleException("summary", "Écrivez la synthèse de l'évaluation : elle est lue par ceux qui ne lisent pas le rapport entier.");
        }
        this.reportName = report.name();
        this.reportType = report.contentType();
        this.reportSize = report.size();
        this.reportData = report.content();
        this.conclusion = conclusion;
        this.reportedAt = Instant.now(clock);
        this.reportedBy = by;
        this.status = Status.REPORTED;
        registerEvent(new ExternalEvaluationReported(id));
    }

    /** Cancels an evaluation not yet reported (the label was withdrawn, the campus renewed early…), with its reason. */
    void cancel(String reason) {
        requireScheduled("Cette évaluation est " + status.label().toLowerCase() + " : elle ne s'annule plus.");
        this.cancelReason = text("cancelReason", reason, "Le motif");
        if (this.cancelReason == null) {
            throw new BusinessRuleException("cancelReason", "Indiquez le motif de l'annulation : il reste dans l'historique.");
        }
        this.status = Status.CANCELLED;
    }

    /** Late: scheduled and its date passed without a report. */
    boolean isLate(LocalDate today) {
        return status == Status.SCHEDULED && dueOn.isBefore(today);
    }

    void checkVersion(long expected) {
        if (expected != version) {
            throw new fr.passerelle.platform.ConcurrentEditException("Cette évaluation a été modifiée pendant votre saisie : "
                    + "la page montre maintenant la version enregistrée ; vérifiez et validez de nouveau.");
        }
    }

    private void set(UUID evaluatorId, LocalDate dueOn, String scopeNote, Clock clock) {
        if (evaluatorId == null) {
            throw new BusinessRuleException("evaluatorId", "Choisissez l'évaluateur ou l'évaluatrice.");
        }
        if (dueOn == null) {
            throw new BusinessRuleException("dueOn", "Indiquez la date à laquelle le rapport est attendu.");
        }
        if (dueOn.isBefore(LocalDate.now(clock))) {
            throw new BusinessRuleException("dueOn", "La date est passée : choisissez une date à venir.");
        }
        if (dueOn.isAfter(labelValidUntil)) {
            throw new BusinessRuleException("dueOn", "L'évaluation externe a lieu avant la fin du label, le "
                    + fr.passerelle.platform.Times.current().date(labelValidUntil) + " : choisissez une date antérieure.");
        }
        this.evaluatorId = evaluatorId;
        this.dueOn = dueOn;
        this.scopeNote = text("scopeNote", scopeNote, "La note de cadrage");
    }

    private void requireScheduled(String message) {
        if (status != Status.SCHEDULED) {
            throw new BusinessRuleException(null, message);
        }
    }

    private static String text(String field, String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > MAX_TEXT) {
            throw new BusinessRuleException(field, what + " fait " + clean.length() + " caractères : " + MAX_TEXT + " au plus.");
        }
        return clean;
    }

    UUID id() {
        return id;
    }

    UUID campusId() {
        return campusId;
    }

    LocalDate labelValidUntil() {
        return labelValidUntil;
    }

    String regionCode() {
        return regionCode;
    }

    java.util.List<String> academyCodes() {
        return academyCodes == null ? java.util.List.of() : java.util.List.of(academyCodes);
    }

    UUID evaluatorId() {
        return evaluatorId;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    Status status() {
        return status;
    }

    String scopeNote() {
        return scopeNote;
    }

    String reportName() {
        return reportName;
    }

    String reportType() {
        return reportType;
    }

    byte[] reportData() {
        return reportData;
    }

    String summary() {
        return summary;
    }

    ExternalEvaluationConclusion conclusion() {
        return conclusion;
    }

    Instant reportedAt() {
        return reportedAt;
    }

    String reportedBy() {
        return reportedBy;
    }

    String cancelReason() {
        return cancelReason;
    }

    long version() {
        return version;
    }
}
