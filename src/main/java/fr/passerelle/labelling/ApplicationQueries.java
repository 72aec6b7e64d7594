package fr.passerelle.labelling;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.Sector;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Partner;
import fr.passerelle.governance.CampusLife;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.territory.Territories;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.ObjectMapper;

/**
 * What pages, PDFs, exports and notices read of dossiers: a dossier as shown, the dossiers an actor may read, and
 * the parts hanging off each one (texts, attachments, opinions, experts and their reviews, navettes, versions,
 * decision, steps). Written for the screen in SQL on labelling's own tables; names of places, people and campuses
 * come from the modules that own them.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationQueries {

    /** A criterion counts as answered from this many characters. */
    static final int MIN_SECTION_LENGTH = 200;

    private final JdbcClient jdbc;
    private final Calls calls;
    private final CampusRegistry registry;
    private final Directory directory;
    private final CampusLife campusLife;
    private final fr.passerelle.training.Trainings trainings;
    private final Accounts accounts;
    private final Territories territories;
    private final ObjectMapper json;

    ApplicationQueries(JdbcClient jdbc, Calls calls, CampusRegistry registry, Directory directory, CampusLife campusLife,
                       fr.passerelle.training.Trainings trainings, Accounts accounts, Territories territories, ObjectMapper json) {
        this.jdbc = jdbc;
        this.calls = calls;
        this.registry = registry;
        this.directory = directory;
        this.campusLife = campusLife;
        this.trainings = trainings;
        this.accounts = accounts;
        this.territories = territories;
        this.json = json;
    }

    public Optional<ApplicationView> byId(UUID id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(this::view).optional();
    }

    /** Whether the actor may open the dossier's page: other pages show a link to it only to those readers. */
    public boolean mayRead(Actor actor, UUID id) {
        return byId(id).map(dossier -> ApplicationPermissions.canRead(actor, dossier, isActiveExpert(actor, id))).orElse(false);
    }

    /** The dossier if the actor may read it; 404 for the others, who must not learn it exists. */
    ApplicationView readable(Actor actor, UUID id) {
        ApplicationView dossier = byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!ApplicationPermissions.canRead(actor, dossier, isActiveExpert(actor, id))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return dossier;
    }

    /** The acts the actor may take on the dossier now, for the pages to offer only those. */
    AllowedActs allowedActs(Actor actor, ApplicationView dossier) {
        return new AllowedActs(ApplicationPermissions.allowedActs(actor, dossier, isActiveExpert(actor, dossier.id())));
    }

    /** The acts allowed to one actor on one dossier; templates ask {@code acts.can('SUBMIT')} (a name that is no act fails loudly). */
    record AllowedActs(Set<ApplicationAct> acts) {
        public boolean can(String act) {
            return acts.contains(ApplicationAct.valueOf(act));
        }

        public boolean any() {
            return !acts.isEmpty();
        }
    }

    /** The dossiers the actor may read, newest first. */
    List<ApplicationView> visibleTo(Actor actor) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> jdbc.sql(SELECT + " order by a.created_at desc").query(this::view).list();
            case REGIONAL_COORDINATOR, REGIONAL_COUNCIL -> jdbc.sql(SELECT + " where a.region_code = ? order by a.created_at desc").param(actor.regionCode())
                    .query(this::view).list();
            case ACADEMY_REFERENT -> jdbc.sql(SELECT + " where a.academy_code = ? or exists (select 1 from application_other_academy o"
                            + " where o.application_id = a.id and o.academy_code = ?) order by a.created_at desc")
                    .params(actor.academyCode(), actor.academyCode()).query(this::view).list();
            case OPERATIONAL_DIRECTOR -> jdbc.sql(SELECT + " where a.campus_id = ? or exists (select 1 from application_team t"
                    + " where t.application_id = a.id and t.account_id = ?) order by a.created_at desc")
                    .params(actor.campusId(), actor.accountId()).query(this::view).list();
            case PARTNER_MEMBER -> jdbc.sql(SELECT + " where exists (select 1 from application_team t"
                    + " where t.application_id = a.id and t.account_id = ?) order by a.created_at desc")
                    .param(actor.accountId()).query(this::view).list();
            case LABOUR_CORRESPONDENT -> actor.followedCampusIds().isEmpty() ? List.of()
                    : jdbc.sql(SELECT + " where a.campus_id in (:campuses) order by a.created_at desc").param("campuses", actor.followedCampusIds())
                    .query(this::view).list();
            case EXPERT -> jdbc.sql(SELECT + " where exists (select 1 from expert_assignment e where e.application_id = a.id and e.expert_id = ?"
                    + " and e.declined_at is null) or (a.status = 'DRAFT' and exists (select 1 from application_advisor v"
                    + " where v.application_id = a.id and v.expert_id = ?)) order by a.created_at desc")
                    .params(actor.accountId(), actor.accountId()).query(this::view).list();
            default -> List.of();
        };
    }

    /** The dossiers decided, for the public: who was labelled or not, when, in which category. */
    List<PublicDecision> publicDecisions() {
        return jdbc.sql("""
                        select a.project_name, a.region_code, c.year, d.outcome, d.category, d.decided_on, d.valid_until, a.campus_id
                          from label_decision d join application a on a.id = d.application_id
                          join call_for_projects c on c.id = a.call_id
                         order by d.decided_on desc, a.project_name""")
                .query((rs, n) -> new PublicDecision(rs.getString(1), territories.regionName(rs.getString(2)),
                        rs.getInt(3), "GRANTED".equals(rs.getString(4)),
                        rs.getString(5) == null ? null : LabelCategory.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), campusSlug(rs.getObject(8, UUID.class))))
                .list();
    }

    private String campusSlug(UUID campusId) {
        return campusId == null ? null : registry.byId(campusId).map(CampusCard::slug).orElse(null);
    }

    record PublicDecision(String projectName, String regionName, int callYear, boolean granted, LabelCategory category, LocalDate decidedOn,
                          LocalDate validUntil, String campusSlug) {
    }

    Map<Criterion, ApplicationParts.Section> sections(UUID id) {
        Map<Criterion, ApplicationParts.Section> sections = new EnumMap<>(Criterion.class);
        jdbc.sql("select criterion, text, revision, updated_at, updated_by from application_section where application_id = ?").param(id)
                .query((rs, n) -> sections.put(Criterion.valueOf(rs.getString(1)), new ApplicationParts.Section(Criterion.valueOf(rs.getString(1)),
                        rs.getString(2), rs.getInt(3), instant(rs, 4), rs.getString(5))))
                .list();
        return sections;
    }

    public ApplicationParts.Section section(UUID id, Criterion criterion) {
        return sections(id).getOrDefault(criterion, new ApplicationParts.Section(criterion, null, 0, null, null));
    }

    List<ApplicationParts.Attachment> attachments(UUID id) {
        return jdbc.sql("""
                        select id, required_document_id, file_name, content_type, file_size, uploaded_at, uploaded_by
                          from application_attachment where application_id = ? order by uploaded_at""")
                .param(id)
                .query((rs, n) -> new ApplicationParts.Attachment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getLong(5), instant(rs, 6), rs.getString(7)))
                .list();
    }

    Optional<fr.passerelle.directory.StoredFile> attachmentFile(UUID id, UUID attachmentId) {
        return jdbc.sql("select file_name, content_type, file_data from application_attachment where id = ? and application_id = ?")
                .params(attachmentId, id)
                .query((rs, n) -> new fr.passerelle.directory.StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    List<ApplicationParts.Opinion> opinions(UUID id) {
        return jdbc.sql("""
                        select id, body, round, verdict, given_on, reasons, file_name, recorded_by, recorded_at
                          from application_opinion where application_id = ? order by recorded_at""")
                .param(id)
                .query((rs, n) -> new ApplicationParts.Opinion(rs.getObject(1, UUID.class), OpinionBody.valueOf(rs.getString(2)), rs.getInt(3),
                        Verdict.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
                        instant(rs, 9)))
                .list();
    }

    Optional<fr.passerelle.directory.StoredFile> opinionFile(UUID id, UUID opinionId) {
        return jdbc.sql("select file_name, content_type, file_data from application_opinion where id = ? and application_id = ? and file_data is not null")
                .params(opinionId, id)
                .query((rs, n) -> new fr.passerelle.directory.StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    List<ApplicationParts.Assignment> assignments(UUID id) {
        return jdbc.sql("""
                        select e.expert_id, e.assigned_at, e.assigned_by, e.declined_at, e.decline_reason
                          from expert_assignment e where e.application_id = ?""")
                .param(id)
                .query((rs, n) -> new ApplicationParts.Assignment(rs.getObject(1, UUID.class), accountName(rs.getObject(1, UUID.class)),
                        instant(rs, 2), rs.getString(3), instant(rs, 4), rs.getString(5)))
                .list().stream().sorted(java.util.Comparator.comparing(ApplicationParts.Assignment::expertName)).toList();
    }

    boolean isActiveExpert(Actor actor, UUID id) {
        return actor.role() == Role.EXPERT && jdbc.sql(
                        "select count(*) from expert_assignment where application_id = ? and expert_id = ? and declined_at is null")
                .params(id, actor.accountId()).query(Integer.class).single() > 0;
    }

    List<ApplicationParts.Review> reviews(UUID id, int round) {
        return jdbc.sql("""
                        select r.id, r.expert_id, r.round, r.submitted_at, r.version
                          from expert_review r where r.application_id = ? and r.round = ?""")
                .params(id, round)
                .query((rs, n) -> new ApplicationParts.Review(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        accountName(rs.getObject(2, UUID.class)), rs.getInt(3), instant(rs, 4), rs.getLong(5), scores(rs.getObject(1, UUID.class))))
                .list().stream().sorted(java.util.Comparator.comparing(ApplicationParts.Review::expertName)).toList();
    }

    /** Where the experts assigned stand on a round: how many did not decline, and the names of those whose review is awaited. */
    Application.ExpertProgress expertProgress(UUID id, int round) {
        List<ApplicationParts.Assignment> active = assignments(id).stream().filter(ApplicationParts.Assignment::active).toList();
        List<String> waiting = active.stream().filter(a -> reviewOf(id, a.expertId(), round).map(r -> !r.submitted()).orElse(true))
                .map(ApplicationParts.Assignment::expertName).toList();
        return new Application.ExpertProgress(active.size(), waiting);
    }

    Optional<ApplicationParts.Review> reviewOf(UUID id, UUID expertId, int round) {
        return reviews(id, round).stream().filter(r -> r.expertId().equals(expertId)).findFirst();
    }

    List<ApplicationParts.Exchange> exchanges(UUID id) {
        return jdbc.sql("""
                        select id, round, requested_by, requested_at, request, answered_at, answer
                          from review_exchange where application_id = ? order by round""")
                .param(id)
                .query((rs, n) -> new ApplicationParts.Exchange(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), instant(rs, 4),
                        rs.getString(5), instant(rs, 6), rs.getString(7)))
                .list();
    }

    List<ApplicationParts.Version> versions(UUID id) {
        return jdbc.sql("select number, submitted_at, submitted_by, content from application_version where application_id = ? order by number")
                .param(id)
                .query((rs, n) -> new ApplicationParts.Version(rs.getInt(1), instant(rs, 2), rs.getString(3),
                        json.readValue(rs.getString(4), ApplicationParts.Content.class)))
                .list();
    }

    Optional<ApplicationParts.Decision> decision(UUID id) {
        return jdbc.sql("select outcome, category, decided_on, reference, valid_from, valid_until, reasons, decided_by from label_decision where application_id = ?")
                .param(id)
                .query((rs, n) -> new ApplicationParts.Decision(rs.getString(1), rs.getString(2) == null ? null : LabelCategory.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getString(7), rs.getString(8)))
                .optional();
    }

    List<ApplicationParts.Step> steps(UUID id) {
        return jdbc.sql("select status, entered_at, actor, note from application_step where application_id = ? order by entered_at, id").param(id)
                .query((rs, n) -> new ApplicationParts.Step(ApplicationStatus.valueOf(rs.getString(1)), instant(rs, 2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The campus's facts quoted in the dossier, by criterion: its partners, trainings, bodies and meetings, budget, action plan. */
    Map<Criterion, List<String>> liveData(ApplicationView dossier) {
        Map<Criterion, List<String>> data = new EnumMap<>(Criterion.class);
        if (dossier.campusId() == null) {
            return data;
        }
        List<String> partners = new ArrayList<>();
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (Partner partner : directory.partnersOf(dossier.campusId())) {
            byKind.computeIfAbsent(partner.organisation().kind().pluralLabel(), k -> new ArrayList<>())
                    .add(partner.organisation().displayName() + " (" + partner.role().label().toLowerCase(java.util.Locale.FRENCH) + ")");
        }
        byKind.forEach((kind, names) -> partners.add(kind + " : " + String.join(", ", names)));
        if (partners.isEmpty()) {
            partners.add("Aucun partenaire enregistré.");
        }
        List<String> trainings = this.trainings.summary(dossier.campusId());
        if (!trainings.isEmpty()) {
            partners.add("Certifications préparées : " + trainings.size() + " diplôme(s), détaillés au critère des parcours de formation.");
        }
        data.put(Criterion.PERIMETER, partners);
        data.put(Criterion.PATHWAYS, trainings.isEmpty() ? List.of("Aucune formation n'est encore enregistrée pour le campus.") : trainings);
        var life = campusLife.summary(dossier.campusId(), dossier.callYear());
        data.put(Criterion.REGIONAL_GOVERNANCE, life.governance().isEmpty() ? List.of("Aucune instance constituée.") : life.governance());
        data.put(Criterion.MEANS, life.budget());
        data.put(Criterion.OPERATIONAL_STEERING, life.actions());
        return data;
    }

    /** What keeps the dossier from being submitted, in French, its operational direction included; empty when it is complete. */
    List<String> missing(ApplicationView dossier) {
        List<String> missing = new ArrayList<>(missingParts(dossier));
        if (!dossier.progressReport()) {
            missing.addAll(direction(dossier.id()).lacking());
        }
        return missing;
    }

    /** The criteria to write and the mandatory documents to join before the dossier is submitted, in French. */
    List<String> missingParts(ApplicationView dossier) {
        List<String> missing = new ArrayList<>();
        Map<Criterion, ApplicationParts.Section> sections = sections(dossier.id());
        for (Criterion criterion : dossier.criteria()) {
            ApplicationParts.Section section = sections.get(criterion);
            if (section == null || !section.written()) {
                missing.add(criterion.number() + " (« " + criterion.label() + " ») : rédigez au moins " + MIN_SECTION_LENGTH + " caractères"
                        + (section == null || section.text() == null ? "." : " (" + section.text().strip().length() + " pour l'instant)."));
            }
        }
        if (dossier.progressReport()) {
            return missing;
        }
        CallView call = calls.require(dossier.callId());
        List<ApplicationParts.Attachment> attachments = attachments(dossier.id());
        for (CallView.RequiredDocument document : call.documents()) {
            if (document.mandatory() && attachments.stream().noneMatch(a -> document.id().equals(a.requiredDocumentId()))) {
                missing.add("Pièce obligatoire manquante : " + document.label() + ".");
            }
        }
        return missing;
    }

    /** The dossier's operational direction: the director named or the commitment to recruit one, with the mission letter joined. */
    public ApplicationParts.Direction direction(UUID id) {
        return jdbc.sql("""
                        select d.kind, d.director_name, d.director_email, d.director_phone, d.director_employer, d.starts_on, d.planned_on,
                               d.committed_by, d.mission_letter_id, a.file_name, d.revision, d.updated_at, d.updated_by
                          from application_direction d left join application_attachment a on a.id = d.mission_letter_id
                         where d.application_id = ?""")
                .param(id)
                .query((rs, n) -> new ApplicationParts.Direction(new OperationalDirection(OperationalDirection.Kind.valueOf(rs.getString(1)),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), rs.getString(8)), rs.getObject(9, UUID.class), rs.getString(10), rs.getInt(11),
                        instant(rs, 12), rs.getString(13)))
                .optional().orElseGet(ApplicationParts.Direction::none);
    }

    /** The experts attached to the dossier to support its writing, by name. */
    List<ApplicationParts.Advisor> advisors(UUID id) {
        return jdbc.sql("select expert_id, attached_at, attached_by from application_advisor where application_id = ?")
                .param(id)
                .query((rs, n) -> new ApplicationParts.Advisor(rs.getObject(1, UUID.class), accountName(rs.getObject(1, UUID.class)), instant(rs, 2),
                        rs.getString(3)))
                .list().stream().sorted(java.util.Comparator.comparing(ApplicationParts.Advisor::expertName)).toList();
    }

    /** Whether the actor is an expert attached to the dossier for advice. */
    boolean isAdvisor(Actor actor, UUID id) {
        return actor.role() == Role.EXPERT && jdbc.sql("select count(*) from application_advisor where application_id = ? and expert_id = ?")
                .params(id, actor.accountId()).query(Integer.class).single() > 0;
    }

    /** The advice thread of the dossier, oldest first. */
    List<ApplicationParts.Advice> advice(UUID id) {
        return jdbc.sql("select id, author_name, from_advisor, written_at, body from application_advice where application_id = ? order by written_at, id")
                .param(id)
                .query((rs, n) -> new ApplicationParts.Advice(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3), instant(rs, 4),
                        rs.getString(5)))
                .list();
    }

    /**
     * The dossier if the actor may read it, or, while it is a draft, if they are an expert attached to support its
     * writing (they read it, they do not write it); 404 for the others.
     */
    ApplicationView readableOrAdvised(Actor actor, UUID id) {
        ApplicationView dossier = byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!ApplicationPermissions.canRead(actor, dossier, isActiveExpert(actor, id))
                && !ApplicationPermissions.advises(actor, dossier, isAdvisor(actor, id))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return dossier;
    }

    /** When a progress report is due, if the dossier is one. */
    Optional<LocalDate> dueOn(UUID id) {
        return jdbc.sql("select due_on from application where id = ? and due_on is not null").param(id).query(LocalDate.class).optional();
    }

    /** The labels granted whose mid-term is reached and whose mid-term report is not open yet. */
    List<UUID> labelsAtMidTerm(LocalDate today) {
        return jdbc.sql("""
                        select d.application_id from label_decision d
                         where d.outcome = 'GRANTED' and d.valid_from + ((d.valid_until - d.valid_from) / 2) <= ?
                           and d.valid_until > ?
                           and not exists (select 1 from application r where r.previous_id = d.application_id and r.kind = 'PROGRESS_REPORT'
                                              and r.report_purpose = 'MID_TERM')""")
                .params(today, today).query(UUID.class).list();
    }

    /** The labels granted ending within {@code monthsAhead} months whose pre-renewal evaluation is not open yet. */
    List<UUID> labelsBeforeRenewal(LocalDate today, int monthsAhead) {
        return jdbc.sql("""
                        select d.application_id from label_decision d
                         where d.outcome = 'GRANTED' and d.valid_until <= ? and d.valid_until > ?
                           and not exists (select 1 from application r where r.previous_id = d.application_id and r.kind = 'PROGRESS_REPORT'
                                              and r.report_purpose = 'PRE_RENEWAL')""")
                .params(today.plusMonths(monthsAhead), today).query(UUID.class).list();
    }

    /** What a progress report is for, when it is due and what it is about; empty when the dossier is not a report. */
    Optional<ReportInfo> report(UUID id) {
        return jdbc.sql("select report_purpose, due_on, report_subject, previous_id from application where id = ? and kind = 'PROGRESS_REPORT'")
                .param(id)
                .query((rs, n) -> new ReportInfo(ReportPurpose.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getObject(4, UUID.class)))
                .optional();
    }

    /** A progress report's purpose, due date, subject (a stage report's, else null) and the granted dossier it follows. */
    record ReportInfo(ReportPurpose purpose, LocalDate dueOn, String subject, UUID labelId) {
    }

    /** A progress report of a label as its list shows it. */
    record ReportRow(UUID id, ReportPurpose purpose, String subject, LocalDate dueOn, ApplicationStatus status, Instant createdAt, String createdBy,
                     Instant submittedAt) {
    }

    /** The progress reports of a granted dossier's label, by due date (a label has a handful: no paging). */
    List<ReportRow> reportsOf(UUID grantedId) {
        return jdbc.sql("""
                        select id, report_purpose, report_subject, due_on, status, created_at, created_by, submitted_at from application
                         where previous_id = ? and kind = 'PROGRESS_REPORT' order by due_on nulls last, created_at""")
                .param(grantedId)
                .query((rs, n) -> new ReportRow(rs.getObject(1, UUID.class), ReportPurpose.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getObject(4, LocalDate.class), ApplicationStatus.valueOf(rs.getString(5)), instant(rs, 6), rs.getString(7), instant(rs, 8)))
                .list();
    }

    /** The annex « Indicateurs et auto-évaluation » of a report, as last taken. */
    Optional<ReportAnnex> annex(UUID id) {
        return jdbc.sql("select taken_at, taken_by, content from progress_report_annex where application_id = ?").param(id)
                .query((rs, n) -> new ReportAnnex(instant(rs, 1), rs.getString(2), json.readValue(rs.getString(3), ReportAnnex.Content.class)))
                .optional();
    }

    Map<Criterion, String> texts(UUID id) {
        Map<Criterion, String> texts = new EnumMap<>(Criterion.class);
        sections(id).forEach((criterion, section) -> {
            if (section.text() != null) {
                texts.put(criterion, section.text());
            }
        });
        return texts;
    }

    private Map<Criterion, ApplicationParts.Score> scores(UUID reviewId) {
        Map<Criterion, ApplicationParts.Score> scores = new EnumMap<>(Criterion.class);
        jdbc.sql("select criterion, score, comment from expert_score where review_id = ?").param(reviewId)
                .query((rs, n) -> scores.put(Criterion.valueOf(rs.getString(1)), new ApplicationParts.Score((Integer) rs.getObject(2), rs.getString(3))))
                .list();
        return scores;
    }

    private String accountName(UUID accountId) {
        return accounts.byId(accountId).map(Actor::displayName).orElse("Compte supprimé");
    }

    private static final String SELECT = """
            select a.id, a.call_id, c.title, c.year, a.campus_id, a.kind, a.category, a.project_name, a.sector, a.region_code, null,
                   a.academy_code, null, a.previous_id, a.status, a.round, a.created_by, a.created_at, a.submitted_at, a.status_since, a.version,
                   array(select t.account_id from application_team t where t.application_id = a.id) as team,
                   array(select s.sector from application_other_sector s where s.application_id = a.id order by s.sector) as other_sectors,
                   array(select o.academy_code from application_other_academy o where o.application_id = a.id order by o.academy_code) as other_academies
              from application a
              join call_for_projects c on c.id = a.call_id""";

    private ApplicationView view(ResultSet rs, int n) throws SQLException {
        List<String> otherAcademies = List.of((String[]) rs.getArray(24).getArray());
        return new ApplicationView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4), rs.getObject(5, UUID.class),
                ApplicationView.Kind.valueOf(rs.getString(6)), LabelCategory.valueOf(rs.getString(7)), rs.getString(8), Sector.valueOf(rs.getString(9)),
                rs.getString(10), territories.regionName(rs.getString(10)), rs.getString(12), territories.academyName(rs.getString(12)), rs.getObject(14, UUID.class),
                ApplicationStatus.valueOf(rs.getString(15)), rs.getInt(16), rs.getString(17), instant(rs, 18), instant(rs, 19), instant(rs, 20),
                rs.getLong(21), java.util.Set.of((UUID[]) rs.getArray(22).getArray()),
                java.util.Arrays.stream((String[]) rs.getArray(23).getArray()).map(Sector::valueOf).toList(), otherAcademies,
                otherAcademies.stream().map(territories::academyName).toList());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

}
