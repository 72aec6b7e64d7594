package fr.passerelle.indicators.values;

import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Actor;
import fr.passerelle.indicators.ConsolidatedIndicators.CampusOrder;
import fr.passerelle.indicators.ConsolidatedIndicators.CampusValue;
import fr.passerelle.indicators.ConsolidatedIndicators.CampusValuesPage;
import fr.passerelle.indicators.ConsolidatedIndicators.Level;
import fr.passerelle.indicators.ConsolidatedIndicators.Scope;
import fr.passerelle.indicators.IndicatorSource;
import fr.passerelle.indicators.Theme;
import fr.passerelle.indicators.Unit;
import fr.passerelle.territory.Academy;
import fr.passerelle.territory.Region;
import fr.passerelle.territory.Territories;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards of the nation, a région and an académie ({@code /gestion/tableaux-de-bord…}) as their pages show them:
 * per theme and indicator, the consolidated value of the year, the year before and the change, a bar chart of the last
 * {@value CampusDashboard#YEARS_SHOWN} years with its data table; the région against the nation; and per indicator the
 * list of the scope's campuses with their value. Who reads: {@link ConsolidationPermissions}, through
 * {@link ScopeConsolidation#require}.
 */
@Service
class ScopeDashboards {

    static final int PAGE_SIZE = 20;
    /** Where the national administration recomputes the consolidated figures now (POST). */
    static final String REFRESH_PATH = "/gestion/tableaux-de-bord/recalcul";

    private final ScopeConsolidation consolidation;
    private final CampusDashboard campusDashboard;
    private final TrackedIndicators catalogue;
    private final Territories territories;
    private final CampusRegistry registry;

    ScopeDashboards(ScopeConsolidation consolidation, CampusDashboard campusDashboard, TrackedIndicators catalogue, Territories territories,
                    CampusRegistry registry) {
        this.consolidation = consolidation;
        this.campusDashboard = campusDashboard;
        this.catalogue = catalogue;
        this.territories = territories;
        this.registry = registry;
    }

    /** A link the reader may follow. */
    record Link(String href, String label) {
    }

    /** One bar of a chart: its box in the SVG's coordinates, its value above (or below, when negative) and its year under it. */
    record Bar(String yearText, String text, boolean current, int x, int y, int width, int height, int textY) {
    }

    /** A server-rendered bar chart of the years of an indicator, described in words for those who do not see it. */
    record Chart(List<Bar> bars, int zeroY, String description) {
    }

    /** One year of a consolidated indicator as the page shows it. */
    record Cell(int year, String yearText, String text, boolean masked, int campuses) {
    }

    /**
     * One indicator on a dashboard.
     *
     * @param nation the nation's value of the year on a région's page, else null
     */
    record Line(Indicator indicator, String rule, List<Cell> cells, Cell current, Cell previous, String change, String arrow, Chart chart,
                int campusesTracking, String nation) {
    }

    record ThemeLines(Theme theme, List<Line> lines) {
    }

    /**
     * @param base     the path of this dashboard, under which its lists of campuses are
     * @param parent   the dashboard of the wider scope when the reader may open it, else null
     * @param children the dashboards of the narrower scopes the reader may open (the régions of the nation, the
     *                 académies of a région)
     * @param freshness when the figures shown were consolidated
     * @param refresh   the path that recomputes them now, when the reader may (the nation's page, the national
     *                  administration), else null
     */
    record Page(Scope scope, String name, String title, String base, int year, List<Integer> years, Theme theme, List<Theme> themes,
                List<ThemeLines> lines, int campuses, Link parent, String childrenTitle, List<Link> children, String freshness,
                String refresh) {
    }

    /** One campus of a list, with where the reader may follow its value. */
    record CampusRow(CampusValue value, String text, String href, String linkText) {
    }

    record CampusList(Scope scope, String name, String base, Indicator indicator, String rule, int year, String yearText, Cell consolidated,
                      List<CampusRow> rows, long total, int page, int pages, String order) {
    }

    static String base(Scope scope) {
        return switch (scope.level()) {
            case NATION -> "/gestion/tableaux-de-bord";
            case REGION -> "/gestion/tableaux-de-bord/regions/" + scope.code();
            case ACADEMY -> "/gestion/tableaux-de-bord/academies/" + scope.code();
        };
    }

    int defaultYear() {
        return campusDashboard.defaultYear();
    }

    @Transactional(readOnly = true)
    Page page(Actor actor, Scope scope, int year, Theme theme) {
        consolidation.require(actor, scope);
        String name = consolidation.nameOf(scope);
        int from = year - CampusDashboard.YEARS_SHOWN + 1;
        List<ScopeConsolidation.Series> series = consolidation.series(scope, from, year);
        Map<String, ScopeConsolidation.Point> nation = new LinkedHashMap<>();
        if (scope.level() == Level.REGION) {
            consolidation.series(Scope.nation(), year, year).forEach(s -> nation.put(s.indicator().code(), s.at(year)));
        }
        Map<Theme, List<Line>> byTheme = new LinkedHashMap<>();
        for (ScopeConsolidation.Series s : series) {
            if (theme != null && s.indicator().theme() != theme) {
                continue;
            }
            ScopeConsolidation.Point national = nation.get(s.indicator().code());
            byTheme.computeIfAbsent(s.indicator().theme(), t -> new ArrayList<>()).add(line(s, year, national));
        }
        List<ThemeLines> lines = byTheme.entrySet().stream().map(e -> new ThemeLines(e.getKey(), List.copyOf(e.getValue()))).toList();
        List<Theme> themes = series.stream().map(s -> s.indicator().theme()).distinct().toList();
        int campuses = consolidation.campusesOf(scope).size();
        String title = switch (scope.level()) {
            case NATION -> "Indicateurs des campus — France entière";
            case REGION -> "Indicateurs des campus de la région " + name;
            case ACADEMY -> "Indicateurs des campus de l’" + name;
        };
        Link parent = null;
        String childrenTitle = null;
        List<Link> children = List.of();
        switch (scope.level()) {
            case NATION -> {
                childrenTitle = "Tableaux de bord des régions";
                children = territories.regions().stream().filter(r -> consolidation.canRead(actor, Scope.region(r.code())))
                        .map(r -> new Link(base(Scope.region(r.code())) + "?annee=" + year, r.name())).toList();
            }
            case REGION -> {
                if (consolidation.canRead(actor, Scope.nation())) {
                    parent = new Link(base(Scope.nation()) + "?annee=" + year, "Tableau de bord national");
                }
                childrenTitle = "Tableaux de bord des académies de la région";
                children = territories.academiesOf(scope.code()).stream().filter(a -> consolidation.canRead(actor, Scope.academy(a.code())))
                        .map(a -> new Link(base(Scope.academy(a.code())) + "?annee=" + year, "Académie de " + a.name())).toList();
            }
            case ACADEMY -> {
                String region = territories.academy(scope.code()).map(Academy::regionCode).orElse(null);
                if (region != null && consolidation.canRead(actor, Scope.region(region))) {
                    parent = new Link(base(Scope.region(region)) + "?annee=" + year,
                            "Tableau de bord de la région " + territories.region(region).map(Region::name).orElse(region));
                }
            }
        }
        String refresh = scope.level() == Level.NATION && ConsolidationPermissions.canRefresh(actor) ? REFRESH_PATH : null;
        return new Page(scope, name, title, base(scope), year, campusDashboard.selectableYears(), theme, themes, lines, campuses, parent,
                childrenTitle, children, consolidation.freshness(from, year), refresh);
    }

    private Line line(ScopeConsolidation.Series s, int year, ScopeConsolidation.Point national) {
        Indicator indicator = s.indicator();
        List<Cell> cells = s.points().values().stream().map(p -> cell(indicator, p)).toList();
        Cell current = cells.get(cells.size() - 1);
        Cell previous = cells.get(cells.size() - 2);
        String change = change(indicator.unit(), s.at(year), s.at(year - 1));
        String arrow = change.startsWith("+") ? "↗" : change.startsWith("−") ? "↘" : change.startsWith("stable") ? "→" : "";
        String since = change.equals("pas de comparaison") ? change : change + " par rapport à " + indicator.period().yearText(year - 1);
        return new Line(indicator, s.rule().label(), cells, current, previous, since, arrow, chart(indicator, s, cells), s.campusesTracking(),
                national == null ? null : cell(indicator, national).text());
    }

    static Cell cell(Indicator indicator, ScopeConsolidation.Point p) {
        String text = p.masked() ? indicator.maskedText() : French.value(p.value(), indicator.unit());
        return new Cell(p.year(), indicator.period().yearText(p.year()), text, p.masked(), p.campuses());
    }

    /** The change from the year before, in the unit's words: « +3 (+25 %) », « −2,5 points », « stable ». */
    static String change(Unit unit, ScopeConsolidation.Point now, ScopeConsolidation.Point before) {
        if (now == null || before == null || now.value() == null || before.value() == null) {
            return "pas de comparaison";
        }
        BigDecimal difference = now.value().subtract(before.value());
        if (difference.signum() == 0) {
            return "stable";
        }
        String sign = difference.signum() > 0 ? "+" : "−";
        String amount = French.number(difference.abs());
        return switch (unit) {
            case PERCENT -> sign + amount + (difference.abs().compareTo(BigDecimal.ONE) <= 0 ? " point" : " points");
            case POINTS -> sign + amount + (difference.abs().compareTo(BigDecimal.ONE) <= 0 ? " point" : " points");
            case YES_NO -> sign + amount + " campus";
            case COUNT, EUROS -> {
                String value = sign + amount + (unit == Unit.EUROS ? " €" : "");
                if (before.value().signum() == 0) {
                    yield value;
                }
                BigDecimal percent = difference.abs().multiply(BigDecimal.valueOf(100)).divide(before.value().abs(), 0, RoundingMode.HALF_UP);
                yield value + " (" + sign + French.number(percent) + " %)";
            }
        };
    }

    static final int CHART_WIDTH = 280;
    static final int CHART_HEIGHT = 150;
    private static final int TOP = 22;
    private static final int BOTTOM = 118;
    private static final int BAR = 44;
    private static final int STEP = 66;

    /** Bars from a zero line: the tallest value reaches the top, a negative one goes down. Masked and blank years have none. */
    static Chart chart(Indicator indicator, ScopeConsolidation.Series s, List<Cell> cells) {
        List<ScopeConsolidation.Point> points = List.copyOf(s.points().values());
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal min = BigDecimal.ZERO;
        for (ScopeConsolidation.Point p : points) {
            if (p.value() != null) {
                max = max.max(p.value());
                min = min.min(p.value());
            }
        }
        double range = max.subtract(min).doubleValue();
        double scale = range == 0 ? 0 : (BOTTOM - TOP) / range;
        int zeroY = (int) Math.round(TOP + max.doubleValue() * scale);
        if (range == 0) {
            zeroY = BOTTOM;
        }
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            ScopeConsolidation.Point p = points.get(i);
            Cell cell = cells.get(i);
            int x = 14 + i * STEP;
            if (p.value() == null) {
                bars.add(new Bar(cell.yearText(), p.masked() ? "masqué" : "—", i == points.size() - 1, x, zeroY, BAR, 0, zeroY - 4));
                continue;
            }
            int height = (int) Math.round(Math.abs(p.value().doubleValue()) * scale);
            boolean negative = p.value().signum() < 0;
            int y = negative ? zeroY : zeroY - height;
            int textY = negative ? Math.min(zeroY + height + 12, BOTTOM + 10) : y - 4;
            bars.add(new Bar(cell.yearText(), French.value(p.value(), indicator.unit()), i == points.size() - 1, x, y, BAR, height, textY));
        }
        String description = indicator.name() + " (" + s.rule().label() + ") : "
                + cells.stream().map(c -> c.yearText() + " : " + c.text()).collect(Collectors.joining(" ; ")) + ".";
        return new Chart(bars, zeroY, description);
    }

    /** The campuses of the scope tracking the indicator with their value of the year, a page sorted in SQL. */
    @Transactional(readOnly = true)
    CampusList campuses(Actor actor, Scope scope, String code, int year, CampusOrder order, int page) {
        consolidation.require(actor, scope);
        Indicator indicator = catalogue.byCode(code).orElseThrow(() -> new NoSuchElementException("Indicateur inconnu : " + code));
        ScopeConsolidation.Series series = consolidation.series(scope, indicator, year, year)
                .orElseThrow(() -> new NoSuchElementException("Aucun campus ne suit l’indicateur " + code));
        CampusValuesPage values = consolidation.campusValues(actor, scope, code, year, order, page, PAGE_SIZE);
        boolean drillable = indicator.source() != IndicatorSource.DECLARED && DrillDowns.of(code).isPresent();
        List<CampusRow> rows = values.campuses().stream().map(v -> {
            String text = v.masked() ? indicator.maskedText() : French.value(v.value(), indicator.unit());
            String href = null;
            String linkText = null;
            if (registry.canReadEverything(actor, v.campusId())) {
                if (drillable && !v.masked()) {
                    href = "/gestion/campus/" + v.campusId() + "/indicateurs/" + code + "/" + year;
                    linkText = "Lignes comptées";
                } else {
                    href = "/gestion/campus/" + v.campusId() + "/indicateurs?annee=" + year;
                    linkText = "Indicateurs du campus";
                }
            }
            return new CampusRow(v, text, href, linkText);
        }).toList();
        return new CampusList(scope, consolidation.nameOf(scope), base(scope), indicator, series.rule().label(), year,
                indicator.period().yearText(year), cell(indicator, series.at(year)), rows, values.total(), values.page(), values.pages(),
                orderParameter(order));
    }

    static CampusOrder order(String parameter) {
        return parameter == null ? CampusOrder.NAME : switch (parameter) {
            case "valeur-decroissante" -> CampusOrder.VALUE_DESC;
            case "valeur-croissante" -> CampusOrder.VALUE_ASC;
            default -> CampusOrder.NAME;
        };
    }

    static String orderParameter(CampusOrder order) {
        return switch (order == null ? CampusOrder.NAME : order) {
            case NAME -> "nom";
            case VALUE_DESC -> "valeur-decroissante";
            case VALUE_ASC -> "valeur-croissante";
        };
    }
}
