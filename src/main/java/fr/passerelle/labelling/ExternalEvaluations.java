package fr.passerelle.labelling;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.LabelStatus;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Times;
import fr.passerelle.platform.UploadedFile;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The external evaluations of Excellence labels: scheduling by the national administration, the evaluator's report,
 * cancellation; each act checks its actor, is audited on the campus's label, and tells those concerned.
 */
@Service
public class ExternalEvaluations {

    static final String AUDITED = "external_evaluation";
    static final int PAGE_SIZE = 20;
    static final long MAX_REPORT_SIZE = 20L * 1024 * 1024;
    static final Set<UploadedFile.FileType> REPORT_TYPES = Set.of(UploadedFile.FileType.PDF, UploadedFile.FileType.DOCX, UploadedFile.FileType.ODT);

    private final ExternalEvaluationRepository repository;
    private final CampusRegistry registry;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    ExternalEvaluations(ExternalEvaluationRepository repository, CampusRegistry registry, Accounts accounts, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.registry = registry;
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the national administration types to schedule or change an evaluation. */
    public record Plan(UUID evaluatorId, LocalDate dueOn, String scopeNote) {
    }

    /** An evaluation as its readers see it. */
    record View(UUID id, CampusCard campus, LocalDate labelValidUntil, UUID evaluatorId, String evaluatorName, LocalDate dueOn,
                ExternalEvaluation.Status status, String scopeNote, String reportName, String summary, ExternalEvaluationConclusion conclusion,
                java.time.Instant reportedAt, String reportedBy, String cancelReason, boolean late, long version) {
    }

    /** One row of a list of evaluations. */
    record Row(UUID id, UUID campusId, String campusName, String regionCode, LocalDate labelValidUntil, String evaluatorName, LocalDate dueOn,
               ExternalEvaluation.Status status, ExternalEvaluationConclusion conclusion, boolean late) {
    }

    /** A page of a list, the total it is a page of, and its number (from 1). */
    record Page(List<Row> rows, long total, int page) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    /** An Excellence label of the registry and where its evaluation stands (null when none is scheduled). */
    record Due(CampusCard campus, Row evaluation) {
    }

    @Transactional
    public UUID schedule(Actor actor, UUID campusId, Plan plan) {
        requirePlanner(actor);
        CampusCard campus = registry.byId(campusId).orElseThrow(() -> new BusinessRuleException("campusId", "Choisissez un campus de la liste."));
        requireEvaluator(plan.evaluatorId());
        if (campus.labelValidUntil() != null && current(campusId, campus.labelValidUntil()).isPresent()) {
            throw new BusinessRuleException("campusId", "L'évaluation externe du label de « " + campus.name() + " » est déjà programmée.");
        }
        var label = new ExternalEvaluation.Label(campus.id(), campus.name(), campus.category() == LabelCategory.EXCELLENCE,
                campus.labelStatus() == LabelStatus.LABELLED, campus.labelValidUntil(), campus.regionCode(), campus.academyCodes());
        ExternalEvaluation evaluation = repository.save(ExternalEvaluation.schedule(label, plan.evaluatorId(), plan.dueOn(), plan.scopeNote(),
                actor.displayName(), clock));
        audit.record(AUDITED, evaluation.id(), "EVALUATION_PROGRAMMEE", "Évaluation externe du label de « " + campus.name() + " » programmée",
                List.of(new AuditTrail.Change("Évaluateur", null, name(plan.evaluatorId())),
                        new AuditTrail.Change("Rapport attendu le", null, Times.current().date(plan.dueOn()))));
        return evaluation.id();
    }

    @Transactional
    void reschedule(Actor actor, UUID id, long version, Plan plan) {
        requirePlanner(actor);
        ExternalEvaluation evaluation = load(id);
        evaluation.checkVersion(version);
        requireEvaluator(plan.evaluatorId());
        var diff = new AuditTrail.Diff().field("Évaluateur", name(evaluation.evaluatorId()), name(plan.evaluatorId()))
                .field("Rapport attendu le", Times.current().date(evaluation.dueOn()), Times.current().date(plan.dueOn()))
                .field("Note de cadrage", evaluation.scopeNote(), plan.scopeNote() == null || plan.scopeNote().isBlank() ? null : plan.scopeNote().strip());
        evaluation.reschedule(plan.evaluatorId(), plan.dueOn(), plan.scopeNote(), clock);
        repository.save(evaluation);
        if (!diff.isEmpty()) {
            audit.record(AUDITED, id, "EVALUATION_REPROGRAMMEE", "Évaluation externe modifiée", diff.changes());
        }
    }

    @Transactional
    public void fileReport(Actor actor, UUID id, long version, String fileName, byte[] content, String summary, ExternalEvaluationConclusion conclusion) {
        ExternalEvaluation evaluation = load(id);
        if (!ExternalEvaluationPermissions.mayReport(actor, evaluation.evaluatorId())) {
            throw new AccessDeniedException("Le rapport d'évaluation est rendu par l'évaluateur ou l'évaluatrice désigné·e.");
        }
        evaluation.checkVersion(version);
        UploadedFile report = null;
        if (content != null && content.length > 0) {
            try {
                report = UploadedFile.check(fileName, content, MAX_REPORT_SIZE, REPORT_TYPES);
            } catch (UploadedFile.RejectedFile e) {
                throw new BusinessRuleException("fichier", e.getMessage());
            }
        }
        evaluation.fileReport(report, summary, conclusion, actor.displayName(), clock);
        repository.save(evaluation);
        audit.record(AUDITED, id, "EVALUATION_RAPPORT", "Rapport d'évaluation externe rendu : " + conclusion.label(),
                List.of(new AuditTrail.Change("Conclusion", null, conclusion.label()),
                        new AuditTrail.Change("Rapport", null, report.name() + " (" + UploadedFile.displaySize(report.size()) + ")")));
    }

    @Transactional
    void cancel(Actor actor, UUID id, long version, String reason) {
        requirePlanner(actor);
        ExternalEvaluation evaluation = load(id);
        evaluation.checkVersion(version);
        evaluation.cancel(reason);
        repository.save(evaluation);
        audit.record(AUDITED, id, "EVALUATION_ANNULEE", "Évaluation externe annulée", List.of(new AuditTrail.Change("Motif", null, evaluation.cancelReason())));
    }

    @Transactional(readOnly = true)
    View view(Actor actor, UUID id) {
        ExternalEvaluation e = readable(actor, id);
        CampusCard campus = registry.byId(e.campusId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new View(e.id(), campus, e.labelValidUntil(), e.evaluatorId(), name(e.evaluatorId()), e.dueOn(), e.status(), e.scopeNote(), e.reportName(),
                e.summary(), e.conclusion(), e.reportedAt(), e.reportedBy(), e.cancelReason(), e.isLate(LocalDate.now(clock)), e.version());
    }

    /** The report file, for those who read the evaluation. */
    @Transactional(readOnly = true)
    Optional<Report> report(Actor actor, UUID id) {
        ExternalEvaluation e = readable(actor, id);
        return e.reportData() == null ? Optional.empty() : Optional.of(new Report(e.reportName(), e.reportType(), e.reportData()));
    }

    record Report(String name, String contentType, byte[] content) {
    }

    @Transactional(readOnly = true)
    List<AuditTrail.Entry> history(Actor actor, UUID id) {
        readable(actor, id);
        return audit.history(AUDITED, id);
    }

    /**
     * The evaluations the actor may read, newest due first, filtered by status, paginated in SQL: all for the
     * administration, their own for an expert, those of their territory or campus for the others.
     */
    @Transactional(readOnly = true)
    Page list(Actor actor, ExternalEvaluation.Status status, int page) {
        if (!ExternalEvaluationPermissions.mayList(actor)) {
            throw new AccessDeniedException("Les évaluations externes sont suivies par l'administration nationale, les évaluateurs et les territoires.");
        }
        List<Object> params = new ArrayList<>();
        String where = scope(actor, params);
        if (status != null) {
            where += " and e.status = ?";
            params.add(status.name());
        }
        long total = jdbc.sql("select count(*) from external_evaluation e where " + where).params(params).query(Long.class).single();
        int p = Math.max(1, Math.min(page, (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE)));
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(PAGE_SIZE);
        pageParams.add((p - 1) * PAGE_SIZE);
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = jdbc.sql("""
                        select e.id, e.campus_id, e.region_code, e.label_valid_until, e.evaluator_id, e.due_on, e.status, e.conclusion
                          from external_evaluation e""" + " where " + where + " order by e.due_on desc, e.id limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, LocalDate.class),
                        rs.getObject(5, UUID.class), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), today)).list();
        return new Page(rows, total, p);
    }

    /**
     * The Excellence labels of the registry that end within two years, soonest first, each with its current evaluation —
     * the administration's view of what to schedule.
     */
    @Transactional(readOnly = true)
    List<Due> excellenceLabels(Actor actor) {
        requirePlanner(actor);
        LocalDate today = LocalDate.now(clock);
        return registry.all().stream()
                .filter(c -> c.category() == LabelCategory.EXCELLENCE && c.labelStatus() == LabelStatus.LABELLED && c.labelValidUntil() != null)
                .filter(c -> !c.labelValidUntil().isBefore(today) && !c.labelValidUntil().isAfter(today.plusYears(2)))
                .sorted(Comparator.comparing(CampusCard::labelValidUntil))
                .map(c -> new Due(c, current(c.id(), c.labelValidUntil()).map(e -> toRow(e, today)).orElse(null)))
                .toList();
    }

    /** The experts who may be appointed, by name. */
    List<Actor> evaluators() {
        return accounts.withRole(Role.EXPERT);
    }

    /** The evaluation of a label that is not cancelled, if any. */
    Optional<ExternalEvaluation> current(UUID campusId, LocalDate validUntil) {
        return jdbc.sql("select id from external_evaluation where campus_id = ? and label_valid_until = ? and status <> 'CANCELLED'")
                .params(campusId, validUntil).query(UUID.class).optional().flatMap(repository::findById);
    }

    private Row toRow(ExternalEvaluation e, LocalDate today) {
        return row(e.id(), e.campusId(), e.regionCode(), e.labelValidUntil(), e.evaluatorId(), e.dueOn(), e.status().name(),
                e.conclusion() == null ? null : e.conclusion().name(), today);
    }

    private Row row(UUID id, UUID campusId, String regionCode, LocalDate validUntil, UUID evaluatorId, LocalDate dueOn, String status, String conclusion,
                    LocalDate today) {
        var s = ExternalEvaluation.Status.valueOf(status);
        return new Row(id, campusId, registry.byId(campusId).map(CampusCard::name).orElse("?"), regionCode, validUntil, name(evaluatorId), dueOn, s,
                conclusion == null ? null : ExternalEvaluationConclusion.valueOf(conclusion), s == ExternalEvaluation.Status.SCHEDULED && dueOn.isBefore(today));
    }

    private static String scope(Actor actor, List<Object> params) {
        switch (actor.role()) {
            case NATIONAL_ADMIN -> {
                return "true";
            }
            case EXPERT -> {
                params.add(actor.accountId());
                return "e.evaluator_id = ?";
            }
            case REGIONAL_COORDINATOR, REGIONAL_COUNCIL -> {
                params.add(actor.regionCode());
                return "e.region_code = ?";
            }
            case ACADEMY_REFERENT -> {
                params.add(actor.academyCode());
                return "? = any(e.academy_codes)";
            }
            case OPERATIONAL_DIRECTOR -> {
                if (actor.campusId() == null) {
                    return "false";
                }
                params.add(actor.campusId());
                return "e.campus_id = ?";
            }
            case LABOUR_CORRESPONDENT -> {
                if (actor.followedCampusIds().isEmpty()) {
                    return "false";
                }
                params.add(actor.followedCampusIds().toArray(UUID[]::new));
                return "e.campus_id = any(?)";
            }
            default -> {
                return "false";
            }
        }
    }

    private ExternalEvaluation readable(Actor actor, UUID id) {
        ExternalEvaluation e = load(id);
        if (!ExternalEvaluationPermissions.mayRead(actor, e.evaluatorId(), registry.canReadEverything(actor, e.campusId()))) {
            throw new AccessDeniedException("Cette évaluation externe concerne un campus hors de votre périmètre.");
        }
        return e;
    }

    private ExternalEvaluation load(UUID id) {
        return repository.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void requirePlanner(Actor actor) {
        if (!ExternalEvaluationPermissions.mayPlan(actor)) {
            throw new AccessDeniedException("L'administration nationale programme les évaluations externes.");
        }
    }

    private void requireEvaluator(UUID evaluatorId) {
        if (evaluatorId == null) {
            throw new BusinessRuleException("evaluatorId", "Choisissez l'évaluateur ou l'évaluatrice.");
        }
        accounts.byId(evaluatorId).filter(a -> a.role() == Role.EXPERT)
                .orElseThrow(() -> new BusinessRuleException("evaluatorId", "Choisissez un compte d'expert actif."));
    }

    String name(UUID accountId) {
        return accountId == null ? null : accounts.byId(accountId).map(Actor::displayName).orElse("Compte désactivé");
    }
}
