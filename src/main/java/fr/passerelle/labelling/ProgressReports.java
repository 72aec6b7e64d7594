package fr.passerelle.labelling;

import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Actor;
import fr.passerelle.indicators.CampusIndicators;
import fr.passerelle.indicators.IndicatorCatalogue;
import fr.passerelle.indicators.IndicatorDefinition;
import fr.passerelle.indicators.IndicatorValue;
import fr.passerelle.indicators.SelfEvaluations;
import fr.passerelle.indicators.Theme;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Text;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.ObjectMapper;

/**
 * The progress reports of a label (« rapports d'étape »), each with its purpose: the mid-term report and the
 * pre-renewal evaluation, opened once per label by the morning job ({@link LabelAftercare}), and the stage reports
 * opened on demand by those who follow the label ({@link ApplicationPermissions#followsLabel}). Once open, a report is a
 * dossier of kind PROGRESS_REPORT, written by the label's promoters and reviewed by the expert group like any other.
 *
 * <p>The mid-term report and the pre-renewal evaluation carry the annex « Indicateurs et auto-évaluation » — the
 * campus's indicator values for each year of the label so far and its latest self-evaluation, from the indicators
 * module — taken as a snapshot when the report opens, and again when its authors refresh it before they submit. Their
 * criteria start from the campus's data and, for one criterion per theme, from what the self-evaluation says of the
 * theme; a refresh rewrites only the texts nobody has typed in since.
 */
@Service
public class ProgressReports {

    /** Who opens and pre-fills reports on behalf of the platform; a text last saved by them has not been typed in by a person. */
    static final String PLATFORM = "Passerelle";
    /** A report is due three months after it opens, unless whoever opens a stage report says otherwise. */
    static final int MONTHS_TO_WRITE = 3;
    /** The years of a label shown in the annex: four, and a fifth for a label decided in the course of a year. */
    private static final int MAX_YEARS = 5;
    /** The criterion that answers for each self-evaluation theme: its text starts from the theme's strengths and areas for progress. */
    static final Map<Theme, Criterion> CRITERION_OF_THEME = new EnumMap<>(Map.of(
            Theme.GOVERNANCE, Criterion.REGIONAL_GOVERNANCE,
            Theme.INNOVATION, Criterion.PLACES,
            Theme.SCHOOL_BUSINESS, Criterion.PERIMETER,
            Theme.PATHWAYS, Criterion.PATHWAYS,
            Theme.CULTURE_MOBILITY, Criterion.INTERNATIONAL));

    private final ApplicationQueries queries;
    private final ApplicationRecords records;
    private final ApplicationRepository repository;
    private final CampusIndicators indicators;
    private final IndicatorCatalogue catalogue;
    private final SelfEvaluations selfEvaluations;
    private final CampusRegistry registry;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    ProgressReports(ApplicationQueries queries, ApplicationRecords records, ApplicationRepository repository, CampusIndicators indicators,
                    IndicatorCatalogue catalogue, SelfEvaluations selfEvaluations, CampusRegistry registry, AuditTrail audit,
                    ApplicationEventPublisher events, EntityManager entityManager, ObjectMapper json, Clock clock) {
        this.queries = queries;
        this.records = records;
        this.repository = repository;
        this.indicators = indicators;
        this.catalogue = catalogue;
        this.selfEvaluations = selfEvaluations;
        this.registry = registry;
        this.audit = audit;
        this.events = events;
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Opens the mid-term report or the pre-renewal evaluation of a label granted, due {@code dueOn}, pre-filled and with
     * its annex; does nothing when it is already open (a unique index makes it so even if two nodes try at once). The
     * morning job and the demo data open them. Returns the report, if opened here.
     */
    @Transactional
    public Optional<UUID> openScheduled(UUID grantedId, ReportPurpose purpose, LocalDate dueOn) {
        if (!purpose.oncePerLabel()) {
            throw new IllegalArgumentException("Stage reports are opened by the label's followers: " + purpose);
        }
        ApplicationView granted = label(grantedId).orElseThrow(() -> new IllegalArgumentException("Not a label granted: " + grantedId));
        return open(granted, purpose, dueOn, null, PLATFORM + " (" + purpose.label().toLowerCase(java.util.Locale.FRENCH) + ")");
    }

    /** A stage report asked for, as typed: what it is about and when it is due. */
    public record StageRequest(String subject, LocalDate dueOn) {
    }

    /**
     * Opens a stage report (« point d'étape ») of the label, due when the follower says: the academic referent of one of
     * the campus's académies, the regional coordinator of its région or the national administration, while the label runs.
     */
    @Transactional
    public UUID openStage(Actor actor, UUID grantedId, StageRequest request) {
        ApplicationView granted = queries.readable(actor, grantedId);
        if (!ApplicationPermissions.followsLabel(actor, granted)) {
            throw new AccessDeniedException("Un point d’étape est demandé par le référent académique, la coordination régionale ou l’administration nationale.");
        }
        ApplicationParts.Decision decision = queries.decision(grantedId).filter(ApplicationParts.Decision::granted)
                .orElseThrow(() -> new BusinessRuleException(null, "Un point d’étape se demande sur un label accordé."));
        LocalDate today = LocalDate.now(clock);
        if (granted.status() != ApplicationStatus.GRANTED || !decision.validUntil().isAfter(today)) {
            throw new BusinessRuleException(null, "Ce label a pris fin le " + CallView.DAY.format(decision.validUntil()) + " : il ne demande plus de point d’étape.");
        }
        String subject = request.subject() == null ? null : request.subject().strip();
        if (subject == null || subject.isEmpty()) {
            throw new BusinessRuleException("subject", "Dites sur quoi porte le point d’étape.");
        }
        if (Text.longerThan(subject, 255)) {
            throw new BusinessRuleException("subject", Text.tooLong("L’objet du point d’étape", subject, 255));
        }
        if (request.dueOn() == null) {
            throw new BusinessRuleException("dueOn", "Indiquez la date à laquelle le point d’étape est attendu.");
        }
        if (!request.dueOn().isAfter(today)) {
            throw new BusinessRuleException("dueOn", "La date d’échéance doit être postérieure à aujourd’hui.");
        }
        if (request.dueOn().isAfter(decision.validUntil())) {
            throw new BusinessRuleException("dueOn", "Le point d’étape est attendu avant la fin du label, le " + CallView.DAY.format(decision.validUntil()) + ".");
        }
        return open(granted, ReportPurpose.STAGE, request.dueOn(), subject, actor.displayName()).orElseThrow();
    }

    /**
     * Takes the annex again with today's data, at the authors' request, while the report is a draft; rewrites the texts
     * the platform pre-filled that nobody has typed in since. Returns how many texts were rewritten.
     */
    @Transactional
    public int refreshAnnex(Actor actor, UUID reportId, long expectedVersion) {
        ApplicationView report = queries.readable(actor, reportId);
        if (!ApplicationPermissions.mayTake(actor, ApplicationAct.REFRESH_ANNEX, report, false)) {
            throw new AccessDeniedException("L’annexe est actualisée par les porteurs du rapport.");
        }
        ApplicationQueries.ReportInfo info = queries.report(reportId).filter(r -> r.purpose().annexed())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Application application = repository.findById(reportId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!ApplicationAct.REFRESH_ANNEX.possibleAt(application.status(), true)) {
            throw new BusinessRuleException(null, ApplicationAct.REFRESH_ANNEX.refusal());
        }
        application.checkVersion(expectedVersion);
        // Whoever submits with the page read before the refresh must see the annex as it is now.
        entityManager.lock(application, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        ApplicationView granted = queries.byId(info.labelId()).orElseThrow();
        ReportAnnex.Content content = take(granted);
        records.annex(reportId, json.writeValueAsString(content), actor.displayName());
        int rewritten = prefill(report, info.purpose(), content, true);
        audit.record(Applications.AUDITED, reportId, "ANNEXE_ACTUALISEE", "Annexe « Indicateurs et auto-évaluation » actualisée",
                List.of(new AuditTrail.Change("Annexe", null, "données du " + CallView.DAY.format(LocalDate.now(clock))
                        + (rewritten == 0 ? "" : ", " + rewritten + " texte(s) pré-rempli(s) mis à jour"))));
        entityManager.flush();
        return rewritten;
    }

    /** The progress reports of a label, for a reader of its granted dossier. */
    @Transactional(readOnly = true)
    List<ApplicationQueries.ReportRow> reportsOf(Actor actor, UUID grantedId) {
        queries.readable(actor, grantedId);
        return queries.reportsOf(grantedId);
    }

    /** Whether the reader runs the campus (its director, the national administration): they see the values masked to others. */
    boolean runsCampus(Actor actor, UUID campusId) {
        return campusId != null && registry.canManage(actor, campusId);
    }

    // --- opening ------------------------------------------------------------------------------------------------------

    private Optional<UUID> open(ApplicationView granted, ReportPurpose purpose, LocalDate dueOn, String subject, String by) {
        UUID id = UUID.randomUUID();
        if (!records.openProgressReport(id, granted, purpose, dueOn, subject, by)) {
            return Optional.empty();
        }
        ApplicationView report = queries.byId(id).orElseThrow();
        records.step(id, ApplicationStatus.DRAFT, by, purpose.label() + " ouvert" + (purpose == ReportPurpose.PRE_RENEWAL ? "e" : "")
                + " " + purpose.when());
        ReportAnnex.Content content = null;
        if (purpose.annexed()) {
            content = take(granted);
            records.annex(id, json.writeValueAsString(content), by);
        }
        prefill(report, purpose, content, false);
        audit.record(Applications.AUDITED, id, "RAPPORT_OUVERT", purpose.label() + " ouvert : " + granted.projectName(),
                List.of(new AuditTrail.Change(purpose.label(), null, "à rendre le " + dueOn + (subject == null ? "" : " — " + subject))));
        events.publishEvent(new ProgressReportOpened(id));
        return Optional.of(id);
    }

    private Optional<ApplicationView> label(UUID grantedId) {
        return queries.byId(grantedId).filter(a -> a.status() == ApplicationStatus.GRANTED && a.campusId() != null);
    }

    /** The annex as of now: the indicators the campus tracks, for each year of the label so far, and its latest self-evaluation. */
    ReportAnnex.Content take(ApplicationView granted) {
        UUID campus = granted.campusId();
        LocalDate today = LocalDate.now(clock);
        LocalDate from = queries.decision(granted.id()).map(ApplicationParts.Decision::validFrom).orElse(today);
        List<Integer> years = new ArrayList<>();
        for (int y = Math.max(from.getYear(), today.getYear() - MAX_YEARS + 1); y <= today.getYear(); y++) {
            years.add(y);
        }
        Map<Integer, Map<String, IndicatorValue>> byYear = new HashMap<>();
        for (int year : years) {
            Map<String, IndicatorValue> values = new HashMap<>();
            indicators.valuesOf(campus, year).forEach(v -> values.put(v.code(), v));
            byYear.put(year, values);
        }
        List<ReportAnnex.Line> lines = new ArrayList<>();
        for (IndicatorDefinition indicator : catalogue.tracked(campus)) {
            List<ReportAnnex.Figure> figures = new ArrayList<>();
            for (int year : years) {
                IndicatorValue value = byYear.get(year).get(indicator.code());
                figures.add(new ReportAnnex.Figure(year, indicator.period().yearText(year), value == null ? null : value.value(),
                        value != null && value.masked()));
            }
            lines.add(new ReportAnnex.Line(indicator.code(), indicator.name(), indicator.theme(), indicator.unit(), indicator.period().label(),
                    indicator.maskBelow(), figures));
        }
        return new ReportAnnex.Content(years, lines, selfEvaluations.latestSubmitted(campus).orElse(null));
    }

    /**
     * Pre-fills each criterion with the campus's data and, where a self-evaluation theme matches, what it says of the
     * theme. On a refresh ({@code onlyUntouched}), a text somebody saved since is left as it is. Returns how many texts
     * were written.
     */
    private int prefill(ApplicationView report, ReportPurpose purpose, ReportAnnex.Content annex, boolean onlyUntouched) {
        Map<Criterion, List<String>> data = queries.liveData(report);
        Map<Criterion, ApplicationParts.Section> sections = queries.sections(report.id());
        Map<Criterion, Theme> themeOf = new EnumMap<>(Criterion.class);
        CRITERION_OF_THEME.forEach((theme, criterion) -> themeOf.put(criterion, theme));
        String by = PLATFORM + " (pré-remplissage)";
        int written = 0;
        for (Criterion criterion : report.criteria()) {
            ApplicationParts.Section section = sections.get(criterion);
            if (onlyUntouched && section != null && section.text() != null && (section.updatedBy() == null || !section.updatedBy().startsWith(PLATFORM))) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            List<String> lines = data.get(criterion);
            if (lines != null && !lines.isEmpty()) {
                text.append("Données du campus ").append(switch (purpose) {
                    case MID_TERM -> "à la mi-parcours";
                    case STAGE -> "au point d’étape";
                    case PRE_RENEWAL -> "avant le renouvellement";
                }).append(" :\n\n- ").append(String.join("\n- ", lines)).append("\n\n");
            }
            Theme theme = themeOf.get(criterion);
            SelfEvaluations.Submitted selfEvaluation = annex == null ? null : annex.selfEvaluation();
            if (theme != null && selfEvaluation != null) {
                selfEvaluation.themes().stream().filter(t -> t.theme() == theme).findFirst().ifPresent(t -> {
                    text.append("Auto-évaluation ").append(selfEvaluation.year()).append(", thématique « ").append(theme.label()).append(" »")
                            .append(t.ratingText() == null ? "" : " — note " + t.ratingText()).append(" :\n\n");
                    if (t.strengths() != null && !t.strengths().isBlank()) {
                        text.append("Points forts : ").append(t.strengths().strip()).append("\n\n");
                    }
                    if (t.progressAreas() != null && !t.progressAreas().isBlank()) {
                        text.append("Axes de progrès : ").append(t.progressAreas().strip()).append("\n\n");
                    }
                });
            }
            if (text.isEmpty()) {
                continue;
            }
            text.append("Bilan et perspectives : ");
            if (section != null && text.toString().equals(section.text())) {
                continue;
            }
            records.saveSection(report.id(), criterion, text.toString(), section == null ? 1 : section.revision() + 1, by);
            written++;
        }
        return written;
    }
}
