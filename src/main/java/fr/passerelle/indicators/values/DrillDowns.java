package fr.passerelle.indicators.values;

import fr.passerelle.directory.MembershipRole;
import fr.passerelle.governance.ActionCodes;
import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.BudgetCodes;
import fr.passerelle.governance.Visibility;
import fr.passerelle.training.TrainingRoute;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows behind each computed and imported value, as tables a reader can recount from: the same views and the same
 * conditions as {@link Formulas}, paginated in SQL, and the arithmetic that turns the rows into the value.
 */
@Component
class DrillDowns {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** How a column's raw value is written. */
    enum Format {
        TEXT, DAY, DAY_TIME, NUMBER, YES_NO, ACTION_TYPE, ACTION_STATUS, AUDIENCE, BODY_KIND, ATTENDANCE, ROLE, ROUTE, FUNDER, FUNDING_STATUS,
        VISIBILITY, AGREEMENT, SOURCE, POPULATION
    }

    record Column(String header, Format format) {
    }

    /** One table of rows: its caption, columns, and the SQL selecting them in order (without limit). */
    record Listing(String caption, List<Column> columns, String sql) {
    }

    /** The two numbers the arithmetic of a value is written from, and how it is written. */
    record Totals(String sql, Arithmetic arithmetic) {
    }

    interface Arithmetic {
        String text(BigDecimal a, BigDecimal b, String value);
    }

    /** A page of one listing. */
    record Table(String caption, List<String> headers, List<List<String>> rows, long total, int page, int pages) {
    }

    record Drill(List<Listing> listings, Totals totals) {
    }

    private final JdbcClient jdbc;

    DrillDowns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Optional<Drill> of(String code) {
        return Optional.ofNullable(drill(code));
    }

    /** The page (from 1) of the listing, for the campus and year. */
    Table table(Listing listing, UUID campusId, int year, int page) {
        long total = params(jdbc.sql("select count(*) from (" + listing.sql() + ") q"), campusId, year).query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        List<List<String>> rows = params(jdbc.sql(listing.sql() + " limit :limit offset :offset"), campusId, year)
                .param("limit", PAGE_SIZE).param("offset", (shown - 1) * PAGE_SIZE)
                .query((rs, i) -> row(rs, listing.columns())).list();
        return new Table(listing.caption(), listing.columns().stream().map(Column::header).toList(), rows, total, shown, pages);
    }

    /** The arithmetic from the rows to the value, in French. */
    String arithmetic(Totals totals, UUID campusId, int year, String value) {
        return params(jdbc.sql(totals.sql()), campusId, year)
                .query((rs, i) -> totals.arithmetic().text(rs.getBigDecimal(1), rs.getBigDecimal(2), value)).single();
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, UUID campusId, int year) {
        return spec.param("campus", campusId).param("year", year)
                .param("start", LocalDate.of(year, 1, 1)).param("end", LocalDate.of(year + 1, 1, 1))
                .param("lastDay", LocalDate.of(year, 12, 31))
                .param("schoolStart", LocalDate.of(year, 9, 1)).param("schoolEnd", LocalDate.of(year + 1, 8, 31))
                .param("schoolYear", year + "-" + (year + 1));
    }

    private static List<String> row(ResultSet rs, List<Column> columns) throws SQLException {
        List<String> row = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            row.add(text(rs.getObject(i + 1), columns.get(i).format()));
        }
        return row;
    }

    static String text(Object raw, Format format) {
        if (raw == null) {
            return switch (format) {
                case ATTENDANCE -> "non émargé·e (compté·e absent·e)";
                case NUMBER -> "vide";
                default -> "—";
            };
        }
        return switch (format) {
            case TEXT -> raw.toString();
            case DAY -> (raw instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(raw.toString())).format(DAY);
            case DAY_TIME -> ((Timestamp) raw).toLocalDateTime().format(DAY_TIME);
            case NUMBER -> French.number(raw instanceof BigDecimal b ? b : new BigDecimal(raw.toString()));
            case YES_NO -> Boolean.TRUE.equals(raw) ? "oui" : "non";
            case ACTION_TYPE -> label(raw, ActionCodes.Type::valueOf, ActionCodes.Type::label);
            case ACTION_STATUS -> label(raw, ActionCodes.Status::valueOf, ActionCodes.Status::label);
            case AUDIENCE -> label(raw, ActionCodes.Audience::valueOf, ActionCodes.Audience::label);
            case BODY_KIND -> label(raw, BodyKind::valueOf, BodyKind::label);
            case ATTENDANCE -> label(raw, AttendanceStatus::valueOf, AttendanceStatus::label);
            case ROLE -> label(raw, MembershipRole::valueOf, MembershipRole::label);
            case ROUTE -> label(raw, TrainingRoute::valueOf, TrainingRoute::label);
            case FUNDER -> label(raw, BudgetCodes.Funder::valueOf, BudgetCodes.Funder::label);
            case FUNDING_STATUS -> label(raw, BudgetCodes.FundingStatus::valueOf, BudgetCodes.FundingStatus::label);
            case VISIBILITY -> label(raw, Visibility::valueOf, Visibility::label);
            case AGREEMENT -> "FRAMEWORK".equals(raw) ? "Convention cadre" : "Convention de partenariat";
            case SOURCE -> "LP".equals(raw) ? "Lycées professionnels" : "CFA";
            case POPULATION -> switch (raw.toString()) {
                case "APPRENTICES" -> "dont apprentis";
                case "STUDENTS" -> "dont élèves (voie scolaire)";
                default -> "ensemble des sortants";
            };
        };
    }

    private static <E> String label(Object raw, Function<String, E> parse, Function<E, String> label) {
        try {
            return label.apply(parse.apply(raw.toString()));
        } catch (IllegalArgumentException unknown) {
            return raw.toString();
        }
    }

    // --- the drill-down of each indicator ---------------------------------------------------------------------------

    private static final String STEERING = "from indicator_source_meeting m where m.campus_id = :campus and m.body_kind = 'STEERING' "
            + "and not m.cancelled and m.starts_at >= :start and m.starts_at < :end";
    private static final String ACTIONS = "from indicator_source_action where campus_id = :campus and year = :year";
    private static final String LEARNERS = "from indicator_source_action_learners where campus_id = :campus and year = :year "
            + "and status <> 'ABANDONED'";
    private static final String PARTNER_ESTABLISHMENTS = """
            from (select distinct o.uai, o.name
                    from indicator_source_membership m
                    join indicator_source_organisation o on o.organisation_id = m.organisation_id and o.uai is not null
                   where m.campus_id = :campus and (m.since is null or m.since <= :schoolEnd) and (m.until is null or m.until >= :schoolStart)) p
            left join indicator_source_outcome r on r.uai = p.uai and r.school_year = :schoolYear""";

    private static final Totals COUNTED = new Totals("select 0, 0", (a, b, v) -> "La valeur est le nombre de lignes listées : " + v + ".");

    private static final List<Column> ACTION_COLUMNS = List.of(new Column("Action", Format.TEXT), new Column("Type", Format.ACTION_TYPE),
            new Column("État", Format.ACTION_STATUS));

    private static Drill actionsOfType(String types) {
        return new Drill(List.of(new Listing("Actions de l’année, non abandonnées, comptées", ACTION_COLUMNS,
                "select title, type, status " + ACTIONS + " and status <> 'ABANDONED' and type in (" + types + ") order by title, action_id")),
                COUNTED);
    }

    private static Drill learners(String typeCondition, String caption) {
        return new Drill(List.of(new Listing(caption, List.of(new Column("Action", Format.TEXT), new Column("Type", Format.ACTION_TYPE),
                new Column("Public", Format.AUDIENCE), new Column("Filles", Format.NUMBER), new Column("Garçons", Format.NUMBER),
                new Column("Non précisé", Format.NUMBER), new Column("Apprenants", Format.NUMBER)),
                "select title, type, audience, girls, boys, unspecified, learners " + LEARNERS + typeCondition + " order by title, action_id, audience")),
                new Totals("select coalesce(sum(learners), 0), count(*) " + LEARNERS + typeCondition,
                        (a, b, v) -> "Somme de la colonne « Apprenants » sur les " + French.number(b) + " lignes : " + French.number(a) + "."));
    }

    private static Drill imported(String column) {
        return new Drill(List.of(new Listing("Établissements partenaires (UAI) et lignes d’InserJeunes de l’année scolaire",
                List.of(new Column("UAI", Format.TEXT), new Column("Établissement", Format.TEXT), new Column("Fichier", Format.SOURCE),
                        new Column("Population", Format.POPULATION), new Column("Valeur publiée", Format.NUMBER)),
                "select p.uai, coalesce(r.establishment_name, p.name), r.source, r.population, r." + column + " "
                        + PARTNER_ESTABLISHMENTS + " order by p.uai, r.source, r.population")),
                new Totals("select sum(r." + column + "), count(r." + column + ") " + PARTNER_ESTABLISHMENTS + " and r.population = 'ALL'",
                        (a, b, v) -> b.signum() == 0 ? "Aucun établissement partenaire n’a de valeur publiée (« ensemble des sortants ») : la valeur est vide."
                                : "Somme des valeurs publiées pour l’ensemble des sortants (" + French.number(a) + ") ÷ " + French.number(b)
                                  + " établissement(s) renseigné(s) = " + v + " ; les lignes vides ne comptent pas, les apprentis sont détaillés à part."));
    }

    private static Drill drill(String code) {
        return switch (code) {
            case "STEERING_MEETINGS" -> new Drill(List.of(new Listing("Réunions du comité de pilotage tenues dans l’année",
                    List.of(new Column("Date", Format.DAY_TIME), new Column("Instance", Format.TEXT), new Column("Émargée", Format.YES_NO)),
                    "select m.starts_at, m.body_name, m.recorded " + STEERING + " order by m.starts_at, m.meeting_id")), COUNTED);
            case "STEERING_PARTICIPATION" -> new Drill(List.of(
                    new Listing("Réunions du comité de pilotage émargées dans l’année",
                            List.of(new Column("Date", Format.DAY_TIME), new Column("Instance", Format.TEXT), new Column("Présents", Format.NUMBER),
                                    new Column("Membres siégeant ce jour-là", Format.NUMBER), new Column("Taux (%)", Format.NUMBER)),
                            "select m.starts_at, m.body_name, m.present, m.members, round(m.present * 100.0 / m.members, 1) " + STEERING
                                    + " and m.recorded and m.members > 0 order by m.starts_at, m.meeting_id"),
                    new Listing("Émargement de ces réunions (membres siégeant le jour de la réunion)",
                            List.of(new Column("Date", Format.DAY_TIME), new Column("Membre", Format.TEXT), new Column("Émargement", Format.ATTENDANCE)),
                            "select m.starts_at, p.last_name || ' ' || p.first_name, a.status " + STEERING.replace("from indicator_source_meeting m",
                                    "from indicator_source_meeting m join indicator_source_attendance a on a.meeting_id = m.meeting_id and a.campus_id = m.campus_id "
                                            + "join indicator_source_person p on p.person_id = a.person_id")
                                    + " and m.recorded and m.members > 0 order by m.starts_at, m.meeting_id, 2")),
                    new Totals("select sum(m.present * 100.0 / m.members), count(*) " + STEERING + " and m.recorded and m.members > 0",
                            (a, b, v) -> b.signum() == 0 ? "Aucune réunion émargée : pas de taux."
                                    : "Somme des taux des réunions (" + French.number(a.setScale(1, java.math.RoundingMode.HALF_UP)) + ") ÷ "
                                      + French.number(b) + " réunion(s) émargée(s) = " + v + "."));
            case "MEMBER_SATISFACTION" -> new Drill(List.of(new Listing("Réponses aux enquêtes de satisfaction des réunions de l’année",
                    List.of(new Column("Réunion du", Format.DAY_TIME), new Column("Instance", Format.TEXT), new Column("Type d’instance", Format.BODY_KIND),
                            new Column("Note sur 5", Format.NUMBER)),
                    "select starts_at, body_name, body_kind, score from indicator_source_survey_answer where campus_id = :campus "
                            + "and starts_at >= :start and starts_at < :end order by starts_at, meeting_id, answer_id")),
                    new Totals("select count(*) filter (where score >= 4), count(*) from indicator_source_survey_answer where campus_id = :campus "
                            + "and starts_at >= :start and starts_at < :end",
                            (a, b, v) -> b.signum() == 0 ? "Aucune réponse : pas de taux."
                                    : French.number(a) + " réponse(s) de note 4 ou 5 ÷ " + French.number(b) + " réponse(s) × 100 = " + v + "."));
            case "PARTNER_ACTIONS" -> new Drill(List.of(new Listing("Actions de l’année, non abandonnées, avec au moins un partenaire",
                    List.of(new Column("Action", Format.TEXT), new Column("Type", Format.ACTION_TYPE), new Column("État", Format.ACTION_STATUS),
                            new Column("Partenaires associés", Format.NUMBER)),
                    "select title, type, status, partners " + ACTIONS + " and status <> 'ABANDONED' and partners > 0 order by title, action_id")),
                    COUNTED);
            case "ACTION_FUNDING_REQUESTS" -> new Drill(List.of(new Listing("Demandes de financement du budget de l’année",
                    List.of(new Column("Programme", Format.TEXT), new Column("Financeur", Format.FUNDER), new Column("État", Format.FUNDING_STATUS),
                            new Column("Montant demandé (€)", Format.NUMBER)),
                    "select programme, funder, status, amount_asked from indicator_source_funding_request where campus_id = :campus "
                            + "and year = :year order by programme, request_id")), COUNTED);
            case "ACTIONS_NOT_COMPLETED" -> new Drill(List.of(new Listing("Actions de l’année abandonnées",
                    List.of(new Column("Action", Format.TEXT), new Column("Type", Format.ACTION_TYPE), new Column("Cause", Format.TEXT)),
                    "select title, type, abandon_cause " + ACTIONS + " and status = 'ABANDONED' order by abandon_cause, title, action_id")), COUNTED);
            case "LEARNERS_REACHED" -> learners("", "Apprenants déclarés sur les actions de l’année non abandonnées, par public");
            case "LEARNERS_IN_MOBILITY" -> learners(" and type = 'MOBILITY'", "Apprenants déclarés sur les actions de mobilité de l’année non abandonnées");
            case "TEACHERS_IN_COMPANIES" -> new Drill(List.of(new Listing("Actions de l’année non abandonnées déclarant des enseignants",
                    List.of(new Column("Action", Format.TEXT), new Column("Type", Format.ACTION_TYPE), new Column("Enseignants", Format.NUMBER)),
                    "select title, type, teachers " + ACTIONS + " and status <> 'ABANDONED' and teachers > 0 order by title, action_id")),
                    new Totals("select coalesce(sum(teachers), 0), count(*) filter (where teachers > 0) " + ACTIONS + " and status <> 'ABANDONED'",
                            (a, b, v) -> "Somme de la colonne « Enseignants » sur les " + French.number(b) + " lignes : " + French.number(a) + "."));
            case "PARTNERSHIP_AGREEMENTS" -> new Drill(List.of(new Listing("Conventions en vigueur au moins un jour de l’année",
                    List.of(new Column("Convention", Format.AGREEMENT), new Column("Intitulé", Format.TEXT), new Column("Du", Format.DAY),
                            new Column("Au", Format.DAY)),
                    """
                    select kind, title, runs_from, runs_until from (
                        select 'PARTNERSHIP' as kind, agreement_id, title, runs_from, runs_until from indicator_source_partnership_agreement where campus_id = :campus
                        union all
                        select 'FRAMEWORK', agreement_id, title, runs_from, runs_until from indicator_source_framework_agreement where campus_id = :campus) a
                     where runs_from <= :lastDay and (runs_until is null or runs_until >= :start)
                     order by kind, runs_from, agreement_id""")), COUNTED);
            case "NEW_PARTNERS" -> new Drill(List.of(new Listing("Organisations dont l’adhésion au campus commence dans l’année",
                    List.of(new Column("Organisation", Format.TEXT), new Column("Adhésion depuis le", Format.DAY)),
                    """
                    select o.name, f.first_since
                      from (select organisation_id, min(since) as first_since from indicator_source_membership
                             where campus_id = :campus group by organisation_id having bool_and(since is not null)) f
                      join indicator_source_organisation o on o.organisation_id = f.organisation_id
                     where f.first_since >= :start and f.first_since < :end
                     order by f.first_since, o.name, o.organisation_id""")), COUNTED);
            case "PARTNERS" -> new Drill(List.of(new Listing("Organisations dont l’adhésion est en cours au 31 décembre",
                    List.of(new Column("Organisation", Format.TEXT), new Column("Rôle", Format.ROLE), new Column("Depuis le", Format.DAY),
                            new Column("Jusqu’au", Format.DAY)),
                    """
                    select distinct on (o.name, o.organisation_id) o.name, m.role, m.since, m.until
                      from indicator_source_membership m
                      join indicator_source_organisation o on o.organisation_id = m.organisation_id
                     where m.campus_id = :campus and (m.since is null or m.since <= :lastDay) and (m.until is null or m.until >= :lastDay)
                     order by o.name, o.organisation_id, m.since""")), COUNTED);
            case "EVENT_PARTICIPATIONS" -> actionsOfType("'EVENT', 'FAIR'");
            case "DOCUMENTATION" -> new Drill(List.of(new Listing("Documents ajoutés à la bibliothèque dans l’année",
                    List.of(new Column("Document", Format.TEXT), new Column("Visibilité", Format.VISIBILITY), new Column("Ajouté le", Format.DAY)),
                    "select title, visibility, added_on from indicator_source_document where campus_id = :campus and added_on >= :start "
                            + "and added_on < :end order by added_on, title, document_id")), COUNTED);
            case "SHOWCASE_VISITS" -> new Drill(List.of(new Listing("Affichages des pages publiques du campus, par jour",
                    List.of(new Column("Jour", Format.DAY), new Column("Affichages", Format.NUMBER)),
                    "select day, views from indicator_source_page_view where campus_id = :campus and day >= :start and day < :end order by day")),
                    new Totals("select coalesce(sum(views), 0), count(*) from indicator_source_page_view where campus_id = :campus "
                            + "and day >= :start and day < :end",
                            (a, b, v) -> "Somme des affichages des " + French.number(b) + " jour(s) listés : " + French.number(a) + "."));
            case "TRAININGS" -> new Drill(List.of(new Listing("Formations du campus ouvertes au plus tard cette année scolaire",
                    List.of(new Column("Niveau", Format.TEXT), new Column("Diplôme", Format.TEXT), new Column("Établissement", Format.TEXT),
                            new Column("Voie", Format.ROUTE), new Column("Ouverte en", Format.TEXT)),
                    """
                    select t.diploma_level, t.diploma_label, o.name, t.route, t.since_year
                      from indicator_source_campus_training t
                      join indicator_source_organisation o on o.organisation_id = t.organisation_id
                     where t.campus_id = :campus and (t.since_year is null or t.since_year <= :year)
                     order by t.diploma_label, o.name, t.route, t.training_id""")), COUNTED);
            case "FURTHER_STUDY_RATE" -> imported("further_study_rate");
            case "EMPLOYMENT_RATE" -> imported("employment_rate");
            case "EXPECTED_EMPLOYMENT_RATE" -> imported("expected_employment_rate");
            case "EMPLOYMENT_VALUE_ADDED" -> imported("value_added");
            case "NEW_TRAININGS" -> actionsOfType("'TRAINING'");
            case "TEACHING_KITS" -> actionsOfType("'TEACHING_KIT'");
            case "COMPANY_VISITS" -> actionsOfType("'COMPANY_VISIT'");
            case "SCHOOL_TALKS" -> actionsOfType("'SCHOOL_TALK'");
            case "MOBILITY_ACTIONS" -> actionsOfType("'MOBILITY'");
            case "CONTESTS" -> actionsOfType("'CONTEST'");
            default -> null;
        };
    }

}
