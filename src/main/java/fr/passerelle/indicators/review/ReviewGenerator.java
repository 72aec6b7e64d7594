package fr.passerelle.indicators.review;

import fr.passerelle.governance.ActionCodes;
import fr.passerelle.governance.BudgetCodes;
import fr.passerelle.indicators.CampusIndicators;
import fr.passerelle.indicators.IndicatorCatalogue;
import fr.passerelle.indicators.IndicatorDefinition;
import fr.passerelle.indicators.IndicatorValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Generates the figures of a campus's annual review from the platform, in SQL over the views governance and directory
 * publish for this module (the actions with their dates and funding, their partners and learners, the budget lines) and
 * from the module's own {@link CampusIndicators}: the year's actions by type, the totals — done, in progress, planned,
 * abandoned by cause, learners by audience — the budget planned and executed, and each tracked indicator of the year
 * beside the year before.
 */
@Component
class ReviewGenerator {

    private final JdbcClient jdbc;
    private final CampusIndicators indicators;
    private final IndicatorCatalogue catalogue;

    ReviewGenerator(JdbcClient jdbc, CampusIndicators indicators, IndicatorCatalogue catalogue) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.catalogue = catalogue;
    }

    private record Row(UUID id, ActionCodes.Type type, String title, ActionCodes.Status status, String cause, LocalDate startsOn,
                       LocalDate endsOn, String place, int teachers, BigDecimal cost, String funder) {
    }

    /** The ids of the actions of the campus's plan of the year: those the director may comment on. */
    java.util.Set<UUID> actionIds(UUID campusId, int year) {
        return new java.util.HashSet<>(jdbc.sql("select action_id from indicator_source_action_detail where campus_id = :campus and year = :year")
                .param("campus", campusId).param("year", year).query(UUID.class).list());
    }

    ReviewContent generate(UUID campusId, int year, Instant now) {
        List<Row> rows = jdbc.sql("""
                        select action_id, type, title, status, abandon_cause, starts_on, ends_on, place, teachers, cost, funder
                          from indicator_source_action_detail where campus_id = :campus and year = :year""")
                .param("campus", campusId).param("year", year)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), ActionCodes.Type.valueOf(rs.getString(2)), rs.getString(3),
                        ActionCodes.Status.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), rs.getString(8), rs.getInt(9), rs.getBigDecimal(10), rs.getString(11))).list();
        Map<UUID, List<String>> partners = new HashMap<>();
        jdbc.sql("""
                        select p.action_id, o.name from indicator_source_action_partner p
                          join indicator_source_organisation o on o.organisation_id = p.organisation_id
                         where p.campus_id = :campus and p.year = :year order by o.name""")
                .param("campus", campusId).param("year", year)
                .query((rs, n) -> partners.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2))).list();
        Map<UUID, Map<ActionCodes.Audience, long[]>> learners = new HashMap<>();
        jdbc.sql("""
                        select action_id, audience, girls, boys, unspecified from indicator_source_action_learners
                         where campus_id = :campus and year = :year""")
                .param("campus", campusId).param("year", year)
                .query((rs, n) -> learners.computeIfAbsent(rs.getObject(1, UUID.class), k -> new EnumMap<>(ActionCodes.Audience.class))
                        .put(ActionCodes.Audience.valueOf(rs.getString(2)), new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5)})).list();

        rows.sort(Comparator.comparing(Row::type).thenComparing(Row::startsOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::title));
        List<ReviewContent.ActionLine> actions = new ArrayList<>();
        long done = 0, inProgress = 0, planned = 0, abandoned = 0, teachers = 0;
        BigDecimal cost = BigDecimal.ZERO;
        Map<String, Long> causes = new LinkedHashMap<>();
        Map<ActionCodes.Audience, Long> byAudience = new EnumMap<>(ActionCodes.Audience.class);
        for (Row r : rows) {
            List<ReviewContent.Count> reached = new ArrayList<>();
            long total = 0;
            for (var e : learners.getOrDefault(r.id(), Map.of()).entrySet()) {
                long n = e.getValue()[0] + e.getValue()[1] + e.getValue()[2];
                if (n > 0) {
                    reached.add(new ReviewContent.Count(e.getKey().label(), n));
                    byAudience.merge(e.getKey(), n, Long::sum);
                    total += n;
                }
            }
            switch (r.status()) {
                case DONE -> done++;
                case IN_PROGRESS -> inProgress++;
                case PLANNED -> planned++;
                case ABANDONED -> {
                    abandoned++;
                    causes.merge(r.cause() == null ? "Cause non précisée" : r.cause().strip(), 1L, Long::sum);
                }
            }
            teachers += r.teachers();
            if (r.cost() != null) {
                cost = cost.add(r.cost());
            }
            actions.add(new ReviewContent.ActionLine(r.id(), r.type().name(), r.type().label(), r.title(), r.status().name(), r.status().label(),
                    r.status() == ActionCodes.Status.ABANDONED ? r.cause() : null, r.startsOn(), r.endsOn(), r.place(),
                    List.copyOf(partners.getOrDefault(r.id(), List.of())), reached, total, r.teachers(), r.cost(), funderLabel(r.funder())));
        }
        List<ReviewContent.Count> byCause = causes.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new ReviewContent.Count(e.getKey(), e.getValue())).toList();
        List<ReviewContent.Count> audiences = byAudience.entrySet().stream().map(e -> new ReviewContent.Count(e.getKey().label(), e.getValue())).toList();
        long learnersTotal = byAudience.values().stream().mapToLong(Long::longValue).sum();
        var totals = new ReviewContent.Totals(rows.size(), done, inProgress, planned, abandoned, byCause, audiences, learnersTotal, teachers, cost);
        return new ReviewContent(now, year, actions, totals, budget(campusId, year), indicators(campusId, year));
    }

    private ReviewContent.BudgetSummary budget(UUID campusId, int year) {
        List<ReviewContent.BudgetLine> expenses = new ArrayList<>();
        List<ReviewContent.BudgetLine> resources = new ArrayList<>();
        jdbc.sql("select side, category, label, planned, actual from indicator_source_budget_line where campus_id = :campus and year = :year "
                        + "order by side, category, label")
                .param("campus", campusId).param("year", year)
                .query((rs, n) -> {
                    boolean resource = "RESOURCE".equals(rs.getString(1));
                    var line = new ReviewContent.BudgetLine(resource ? funderLabel(rs.getString(2)) : categoryLabel(rs.getString(2)), rs.getString(3),
                            rs.getBigDecimal(4), rs.getBigDecimal(5));
                    return (resource ? resources : expenses).add(line);
                }).list();
        if (expenses.isEmpty() && resources.isEmpty()) {
            return null;
        }
        return new ReviewContent.BudgetSummary(expenses, resources, sum(expenses, false), sum(expenses, true), sum(resources, false),
                sum(resources, true));
    }

    private static BigDecimal sum(List<ReviewContent.BudgetLine> lines, boolean actual) {
        return lines.stream().map(l -> actual ? l.actual() : l.planned()).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private List<ReviewContent.IndicatorLine> indicators(UUID campusId, int year) {
        Map<String, IndicatorValue> now = new HashMap<>();
        Map<String, IndicatorValue> before = new HashMap<>();
        indicators.valuesOf(campusId, year).forEach(v -> now.put(v.code(), v));
        indicators.valuesOf(campusId, year - 1).forEach(v -> before.put(v.code(), v));
        List<ReviewContent.IndicatorLine> lines = new ArrayList<>();
        for (IndicatorDefinition d : catalogue.tracked(campusId)) {
            IndicatorValue c = now.get(d.code());
            IndicatorValue p = before.get(d.code());
            lines.add(new ReviewContent.IndicatorLine(d.code(), d.name(), d.theme().label(), d.unit(), d.maskBelow(),
                    c == null ? null : c.value(), c != null && c.masked(), p == null ? null : p.value(), p != null && p.masked()));
        }
        return lines;
    }

    private static String funderLabel(String code) {
        if (code == null) {
            return null;
        }
        try {
            return BudgetCodes.Funder.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private static String categoryLabel(String code) {
        try {
            return BudgetCodes.ExpenseCategory.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
