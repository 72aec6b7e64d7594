package fr.passerelle.labelling;

import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for an actor in the label lifecycle, for the landing page: the dossiers to score for an expert and the
 * drafts they support, the
 * regional opinions to record for a regional coordinator, the dossiers in the promoters' hands (drafts with the call's
 * closing date, navettes to answer, progress reports with their due date), the chain's next steps for the national
 * administrator, and the labels ending within twelve months. Each task is counted and its first items listed, both
 * in SQL; the scope is that of {@link ApplicationPermissions}.
 */
@Service
@Transactional(readOnly = true)
class LabellingTasks {

    /** Items listed per task; the page the task links to lists them all. */
    static final int LISTED = 5;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;
    private final CampusRegistry registry;
    private final Clock clock;

    LabellingTasks(JdbcClient jdbc, CampusRegistry registry, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.clock = clock;
    }

    /** One kind of work waiting: how many, the first ones, and the page listing them all (null when the items say it all). */
    record Task(String key, String title, long count, List<Item> items, String morePath, String moreLabel) {
    }

    /** One dossier or label waiting, with its deadline or its date; {@code path} null when the item has no page of its own. */
    record Item(String name, String detail, String path) {
    }

    List<Task> of(Actor actor) {
        List<Task> tasks = new ArrayList<>();
        switch (actor.role()) {
            case EXPERT -> {
                tasks.add(toScore(actor));
                tasks.add(toAdvise(actor));
            }
            case NATIONAL_ADMIN -> tasks.addAll(chain());
            case REGIONAL_COORDINATOR -> tasks.add(regionalOpinions(actor, OpinionBody.CAEN));
            case REGIONAL_COUNCIL -> tasks.add(regionalOpinions(actor, OpinionBody.CREFOP));
            default -> {
            }
        }
        if (actor.role() != Role.EXPERT && actor.role() != Role.NATIONAL_ADMIN && actor.role() != Role.COMPANY_RECRUITER
                && actor.role() != Role.REGIONAL_COUNCIL && actor.role() != Role.LABOUR_CORRESPONDENT) {
            tasks.add(inPromotersHands(actor));
        }
        if (actor.isNationalAdmin() || actor.role() == Role.REGIONAL_COORDINATOR || actor.role() == Role.REGIONAL_COUNCIL
                || actor.role() == Role.ACADEMY_REFERENT
                || actor.role() == Role.OPERATIONAL_DIRECTOR) {
            tasks.add(labelsEnding(actor));
        }
        return tasks;
    }

    /** The dossiers assigned to the expert, in expertise, whose review of the current round they have not handed in. */
    Task toScore(Actor expert) {
        String where = """
                 join expert_assignment e on e.application_id = a.id and e.expert_id = :me and e.declined_at is null
                where a.status = 'EXPERT_REVIEW'
                  and not exists (select 1 from expert_review r where r.application_id = a.id and r.expert_id = :me
                                   and r.round = greatest(a.round, 1) and r.submitted_at is not null)""";
        return task("to-score", "Dossiers à évaluer", where, new Params().with("me", expert.accountId()), "a.status_since, a.project_name",
                rs -> new Item(rs.getString("project_name"), "En expertise depuis le " + day(rs, "status_since")
                        + (rs.getInt("round") > 1 ? " — version " + rs.getInt("round") + " après navette" : ""),
                        "/gestion/labellisation/dossiers/" + rs.getObject("id", UUID.class) + "/expertise"),
                "/gestion/labellisation", "Tous vos dossiers");
    }

    /** The drafts the expert is attached to, to support their writing (« appui à la construction »), apart from any review. */
    Task toAdvise(Actor expert) {
        String where = """
                 join application_advisor v on v.application_id = a.id and v.expert_id = :me
                where a.status = 'DRAFT'""";
        return task("to-advise", "Projets à accompagner (appui à la construction)", where, new Params().with("me", expert.accountId()),
                "c.closes_on, a.project_name",
                rs -> new Item(rs.getString("project_name"), "Brouillon à déposer avant le " + CallView.DAY.format(rs.getObject("closes_on", LocalDate.class)),
                        "/gestion/labellisation/dossiers/" + rs.getObject("id", UUID.class) + "/appui"),
                null, null);
    }

    /**
     * The dossiers of the région deposited whose opinion of {@code body} is not recorded yet: the CAEN's for the région
     * académique's coordination, the Crefop's for the Conseil régional (ADR 0009).
     */
    Task regionalOpinions(Actor coPilot, OpinionBody body) {
        String where = """
                where a.region_code = :region and a.status = 'SUBMITTED' and a.kind <> 'PROGRESS_REPORT'
                  and not exists (select 1 from application_opinion o where o.application_id = a.id and o.body = :body)""";
        return task("regional-opinions", "Avis du " + body.label() + " à saisir", where,
                new Params().with("region", coPilot.regionCode()).with("body", body.name()),
                "a.submitted_at, a.project_name",
                rs -> new Item(rs.getString("project_name"), "Déposé le " + day(rs, "submitted_at"), dossier(rs)),
                "/gestion/labellisation/tableau?etape=SUBMITTED", "Tous les dossiers aux avis régionaux");
    }

    /**
     * The dossiers the actor promotes that are in the promoters' hands: drafts to submit before the call closes,
     * navettes to answer, progress reports due.
     */
    Task inPromotersHands(Actor actor) {
        Params params = new Params().with("me", actor.accountId());
        String scope = switch (actor.role()) {
            case REGIONAL_COORDINATOR -> {
                params.with("region", actor.regionCode());
                yield "a.region_code = :region or ";
            }
            case ACADEMY_REFERENT -> {
                params.with("academy", actor.academyCode());
                yield "a.academy_code = :academy or exists (select 1 from application_other_academy o"
                        + " where o.application_id = a.id and o.academy_code = :academy) or ";
            }
            case OPERATIONAL_DIRECTOR -> {
                params.with("campus", actor.campusId());
                yield "a.campus_id = :campus or ";
            }
            default -> "";
        };
        String where = "where a.status in ('DRAFT', 'CHANGES_REQUESTED') and (" + scope
                + "exists (select 1 from application_team t where t.application_id = a.id and t.account_id = :me))";
        return task("in-hands", "Dossiers à rédiger ou à compléter", where, params, "coalesce(a.due_on, c.closes_on), a.project_name",
                rs -> new Item(rs.getString("project_name"), promotersDeadline(rs), dossier(rs)),
                null, null);
    }

    private static String promotersDeadline(ResultSet rs) throws SQLException {
        if ("CHANGES_REQUESTED".equals(rs.getString("status"))) {
            return "Navette : nouvelle version attendue, demandée le " + day(rs, "status_since");
        }
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        if (due != null) {
            return "Rapport d’étape à déposer avant le " + CallView.DAY.format(due);
        }
        return "Brouillon à déposer avant le " + CallView.DAY.format(rs.getObject("closes_on", LocalDate.class)) + ", clôture de l’appel";
    }

    /** The national administrator's next steps of the chain, one task per step. */
    List<Task> chain() {
        String experts = "(select count(*) from expert_assignment e where e.application_id = a.id and e.declined_at is null)";
        return List.of(
                task("assign-experts", "Dossiers à confier aux experts", """
                                where a.status in ('SUBMITTED', 'EXPERT_REVIEW') and %s < 2
                                  and (a.kind = 'PROGRESS_REPORT' or (select count(distinct o.body) from application_opinion o
                                        where o.application_id = a.id and o.body in ('CAEN', 'CREFOP')) = 2)""".formatted(experts),
                        new Params(), "a.status_since, a.project_name",
                        rs -> new Item(rs.getString("project_name"), "Avis régionaux rendus, en attente depuis le " + day(rs, "status_since"), dossier(rs)),
                        null, null),
                task("synthesis", "Synthèses des experts à rédiger", """
                                where a.status = 'EXPERT_REVIEW' and %s >= 2
                                  and not exists (select 1 from expert_assignment e where e.application_id = a.id and e.declined_at is null
                                        and not exists (select 1 from expert_review r where r.application_id = a.id and r.expert_id = e.expert_id
                                                         and r.round = greatest(a.round, 1) and r.submitted_at is not null))""".formatted(experts),
                        new Params(), "a.status_since, a.project_name",
                        rs -> new Item(rs.getString("project_name"), "Expertises rendues ; en expertise depuis le " + day(rs, "status_since"), dossier(rs)),
                        "/gestion/labellisation/tableau?etape=EXPERT_REVIEW", "Tous les dossiers en expertise"),
                task("cnee", "Avis du CNEE à saisir", "where a.status = 'AWAITING_CNEE'", new Params(), "a.status_since, a.project_name",
                        rs -> new Item(rs.getString("project_name"), "Synthèse rendue le " + day(rs, "status_since"), dossier(rs)),
                        "/gestion/labellisation/tableau?etape=AWAITING_CNEE", "Tous les dossiers à l’avis du CNEE"),
                task("decision", "Décisions à prendre", "where a.status = 'AWAITING_DECISION'", new Params(), "a.status_since, a.project_name",
                        rs -> new Item(rs.getString("project_name"), "Avis du CNEE rendu le " + day(rs, "status_since"), dossier(rs)),
                        "/gestion/labellisation/tableau?etape=AWAITING_DECISION", "Tous les dossiers en attente de décision"));
    }

    /** The labels of the actor's scope ending within twelve months, soonest first. */
    Task labelsEnding(Actor actor) {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        var ending = registry.labelsEnding(actor, today.plusMonths(12), LISTED);
        return new Task("labels-ending", "Labels arrivant à échéance dans les douze mois", ending.total(),
                ending.first().stream().map(c -> new Item(c.name(), "Label valable jusqu’au " + CallView.DAY.format(c.labelValidUntil()), null)).toList(),
                "/gestion/labellisation/echeances", "Les échéances et leur renouvellement");
    }

    // --- plumbing ----------------------------------------------------------------------------------------------------

    private Task task(String key, String title, String where, Params params, String order, ItemMapper mapper, String morePath, String moreLabel) {
        String from = " from application a join call_for_projects c on c.id = a.call_id ";
        long count = params.bind(jdbc.sql("select count(*)" + from + where)).query(Long.class).single();
        List<Item> items = count == 0 ? List.of() : params.bind(jdbc.sql("""
                        select a.id, a.project_name, a.status, a.round, a.status_since, a.submitted_at, a.due_on, c.closes_on""" + from + where
                        + " order by " + order + " limit " + LISTED))
                .query((rs, n) -> mapper.map(rs)).list();
        return new Task(key, title, count, items, morePath, moreLabel);
    }

    private static String dossier(ResultSet rs) throws SQLException {
        return "/gestion/labellisation/dossiers/" + rs.getObject("id", UUID.class);
    }

    private static String day(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? "—" : CallView.DAY.format(timestamp.toInstant().atZone(PARIS).toLocalDate());
    }

    @FunctionalInterface
    private interface ItemMapper {
        Item map(ResultSet rs) throws SQLException;
    }

    /** Named parameters of a task's query. */
    private static final class Params {
        private final java.util.Map<String, Object> values = new java.util.LinkedHashMap<>();

        Params with(String name, Object value) {
            values.put(name, value);
            return this;
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            values.forEach(spec::param);
            return spec;
        }
    }
}
