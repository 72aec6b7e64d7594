package fr.passerelle.indicators.values;

import java.util.Map;
import java.util.Optional;

/**
 * The SQL of each indicator of the catalogue (V52's formula texts), over the views the other modules publish (V54, V55)
 * and the current declarations, for a SET of campuses at once: {@code :campuses} is a {@code uuid[]} (one campus for its
 * dashboard, every campus of an académie, a région or the nation for a consolidation — the same text). Each value query
 * returns, per campus {@code c} and year {@code y} between {@code :from} and {@code :to} (both included), the value
 * {@code v} and the number of rows it counts {@code n}; a breakdown query returns {@code (c, y, k, v)}. A campus and year
 * without any row has no line: a count is then 0, a rate or a mean blank. Declared indicators also bind {@code :code}.
 */
final class Formulas {

    /** @param breakdown null when the indicator has no breakdown */
    record Formula(String value, String breakdown) {
    }

    private static final String CALENDAR_TIMES = " >= make_date(:from, 1, 1) and %1$s < make_date(:to + 1, 1, 1)";

    private static String between(String column) {
        return column + String.format(CALENDAR_TIMES, column);
    }

    private static final String STEERING_HELD = "from indicator_source_meeting where campus_id = any(:campuses) and body_kind = 'STEERING' "
            + "and not cancelled and " + between("starts_at");

    private static Formula actionsOfType(String types) {
        return new Formula("select campus_id as c, year as y, count(*) as v, count(*) as n from indicator_source_action "
                + "where campus_id = any(:campuses) and year between :from and :to and status <> 'ABANDONED' and type in (" + types + ") "
                + "group by campus_id, year", null);
    }

    private static Formula learners(String typeCondition) {
        String where = "from indicator_source_action_learners where campus_id = any(:campuses) and year between :from and :to "
                + "and status <> 'ABANDONED'" + typeCondition;
        return new Formula("select campus_id as c, year as y, sum(learners) as v, count(*) as n " + where + " group by campus_id, year",
                "select campus_id as c, year as y, audience as k, sum(learners) as v " + where
                        + " group by campus_id, year, audience order by audience");
    }

    /** The partner establishments (UAI) of each campus during school year y, one line per (c, y, uai). */
    private static final String PARTNER_UAI = """
            (select distinct m.campus_id as c, y, o.uai
               from generate_series(:from, :to) as y
               join indicator_source_membership m on m.campus_id = any(:campuses)
                    and (m.since is null or m.since <= make_date(y + 1, 8, 31)) and (m.until is null or m.until >= make_date(y, 9, 1))
               join indicator_source_organisation o on o.organisation_id = m.organisation_id and o.uai is not null) p
            join indicator_source_outcome r on r.uai = p.uai and r.school_year = p.y || '-' || (p.y + 1)""";

    private static Formula imported(String column) {
        return new Formula("select p.c as c, p.y as y, round(avg(r." + column + "), 1) as v, count(r." + column + ") as n from "
                + PARTNER_UAI + " and r.population = 'ALL' group by p.c, p.y",
                "select p.c as c, p.y as y, r.source || ' ' || r.uai as k, r." + column + "::numeric as v from " + PARTNER_UAI
                        + " and r.population = 'ALL'"
                        + " union all select p.c, p.y, 'APPRENTICES', round(avg(r." + column + "), 1) from " + PARTNER_UAI
                        + " and ((r.source = 'LP' and r.population = 'APPRENTICES') or (r.source = 'CFA' and r.population = 'ALL'))"
                        + " group by p.c, p.y having count(r." + column + ") > 0 order by 3");
    }

    /**
     * The current declarations of indicator {@code :code}: the total (breakdown key '') or, without one, the sum of the
     * declared breakdown; {@code n} counts the current declaration rows.
     */
    private static final Formula DECLARED = new Formula("""
            select campus_id as c, year as y,
                   case when bool_or(breakdown_key = '') then max(value) filter (where breakdown_key = '')
                        else coalesce(sum(value), 0) end as v,
                   count(*) as n
              from indicator_declaration
             where campus_id = any(:campuses) and indicator_code = :code and year between :from and :to and superseded_at is null
             group by campus_id, year""", """
            select campus_id as c, year as y, breakdown_key as k, value as v
              from indicator_declaration
             where campus_id = any(:campuses) and indicator_code = :code and year between :from and :to and superseded_at is null
               and breakdown_key <> ''
             order by breakdown_key""");

    private static final Map<String, Formula> FORMULAS = Map.ofEntries(
            Map.entry("STEERING_MEETINGS", new Formula(
                    "select campus_id as c, extract(year from starts_at)::int as y, count(*) as v, count(*) as n " + STEERING_HELD
                            + " group by 1, 2", null)),
            Map.entry("STEERING_PARTICIPATION", new Formula(
                    "select campus_id as c, extract(year from starts_at)::int as y, round(avg(present * 100.0 / members), 1) as v, "
                            + "count(*) as n " + STEERING_HELD + " and recorded and members > 0 group by 1, 2", null)),
            Map.entry("MEMBER_SATISFACTION", new Formula(
                    "select campus_id as c, extract(year from starts_at)::int as y, "
                            + "round(count(*) filter (where score >= 4) * 100.0 / count(*), 1) as v, count(*) as n "
                            + "from indicator_source_survey_answer where campus_id = any(:campuses) and " + between("starts_at")
                            + " group by 1, 2", null)),
            Map.entry("PARTNER_ACTIONS", new Formula(
                    "select campus_id as c, year as y, count(*) as v, count(*) as n from indicator_source_action "
                            + "where campus_id = any(:campuses) and year between :from and :to and status <> 'ABANDONED' and partners > 0 "
                            + "group by campus_id, year", null)),
            Map.entry("ACTION_FUNDING_REQUESTS", new Formula(
                    "select campus_id as c, year as y, count(*) as v, count(*) as n from indicator_source_funding_request "
                            + "where campus_id = any(:campuses) and year between :from and :to group by campus_id, year", null)),
            Map.entry("ACTIONS_NOT_COMPLETED", new Formula(
                    "select campus_id as c, year as y, count(*) as v, count(*) as n from indicator_source_action "
                            + "where campus_id = any(:campuses) and year between :from and :to and status = 'ABANDONED' group by campus_id, year",
                    "select campus_id as c, year as y, abandon_cause as k, count(*) as v from indicator_source_action "
                            + "where campus_id = any(:campuses) and year between :from and :to and status = 'ABANDONED' "
                            + "group by campus_id, year, abandon_cause order by 4 desc, 3")),
            Map.entry("LEARNERS_REACHED", learners("")),
            Map.entry("PARTNERSHIP_AGREEMENTS", new Formula("""
                    select a.campus_id as c, y, count(*) as v, count(*) as n
                      from generate_series(:from, :to) as y
                      join (select campus_id, runs_from, runs_until from indicator_source_partnership_agreement where campus_id = any(:campuses)
                            union all
                            select campus_id, runs_from, runs_until from indicator_source_framework_agreement where campus_id = any(:campuses)) a
                        on a.runs_from <= make_date(y, 12, 31) and (a.runs_until is null or a.runs_until >= make_date(y, 1, 1))
                     group by a.campus_id, y""", null)),
            Map.entry("NEW_PARTNERS", new Formula("""
                    select campus_id as c, extract(year from first_since)::int as y, count(*) as v, count(*) as n
                      from (select campus_id, organisation_id, min(since) as first_since from indicator_source_membership
                             where campus_id = any(:campuses) group by campus_id, organisation_id having bool_and(since is not null)) f
                     where first_since between make_date(:from, 1, 1) and make_date(:to, 12, 31)
                     group by 1, 2""", null)),
            Map.entry("PARTNERS", new Formula("""
                    select m.campus_id as c, y, count(distinct m.organisation_id) as v, count(distinct m.organisation_id) as n
                      from generate_series(:from, :to) as y
                      join indicator_source_membership m on m.campus_id = any(:campuses)
                           and (m.since is null or m.since <= make_date(y, 12, 31)) and (m.until is null or m.until >= make_date(y, 12, 31))
                     group by m.campus_id, y""", null)),
            Map.entry("EVENT_PARTICIPATIONS", actionsOfType("'EVENT', 'FAIR'")),
            Map.entry("DOCUMENTATION", new Formula(
                    "select campus_id as c, extract(year from added_on)::int as y, count(*) as v, count(*) as n from indicator_source_document "
                            + "where campus_id = any(:campuses) and " + between("added_on") + " group by 1, 2", null)),
            Map.entry("SHOWCASE_VISITS", new Formula(
                    "select campus_id as c, extract(year from day)::int as y, sum(views) as v, count(*) as n from indicator_source_page_view "
                            + "where campus_id = any(:campuses) and " + between("day") + " group by 1, 2", null)),
            Map.entry("TRAININGS", new Formula(
                    "select t.campus_id as c, y, count(*) as v, count(*) as n from generate_series(:from, :to) as y "
                            + "join indicator_source_campus_training t on t.campus_id = any(:campuses) "
                            + "and (t.since_year is null or t.since_year <= y) group by t.campus_id, y",
                    "select t.campus_id as c, y, t.route as k, count(*) as v from generate_series(:from, :to) as y "
                            + "join indicator_source_campus_training t on t.campus_id = any(:campuses) "
                            + "and (t.since_year is null or t.since_year <= y) group by t.campus_id, y, t.route order by 3")),
            Map.entry("FURTHER_STUDY_RATE", imported("further_study_rate")),
            Map.entry("EMPLOYMENT_RATE", imported("employment_rate")),
            Map.entry("EXPECTED_EMPLOYMENT_RATE", imported("expected_employment_rate")),
            Map.entry("EMPLOYMENT_VALUE_ADDED", imported("value_added")),
            Map.entry("NEW_TRAININGS", actionsOfType("'TRAINING'")),
            Map.entry("TEACHING_KITS", actionsOfType("'TEACHING_KIT'")),
            Map.entry("COMPANY_VISITS", actionsOfType("'COMPANY_VISIT'")),
            Map.entry("TEACHERS_IN_COMPANIES", new Formula(
                    "select campus_id as c, year as y, sum(teachers) as v, count(*) filter (where teachers > 0) as n "
                            + "from indicator_source_action where campus_id = any(:campuses) and year between :from and :to "
                            + "and status <> 'ABANDONED' group by campus_id, year", null)),
            Map.entry("SCHOOL_TALKS", actionsOfType("'SCHOOL_TALK'")),
            Map.entry("MOBILITY_ACTIONS", actionsOfType("'MOBILITY'")),
            Map.entry("LEARNERS_IN_MOBILITY", learners(" and type = 'MOBILITY'")),
            Map.entry("CONTESTS", actionsOfType("'CONTEST'")));

    private Formulas() {
    }

    /** The formula of a computed or imported indicator; empty for a declared one (or one added without SQL). */
    static Optional<Formula> of(String code) {
        return Optional.ofNullable(FORMULAS.get(code));
    }

    /** The formula of any indicator: its SQL when computed or imported, the current declarations when declared. */
    static Optional<Formula> of(Indicator indicator) {
        return indicator.source() == fr.passerelle.indicators.IndicatorSource.DECLARED ? Optional.of(DECLARED) : of(indicator.code());
    }
}
