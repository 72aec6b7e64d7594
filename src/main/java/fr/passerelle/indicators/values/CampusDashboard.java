package fr.passerelle.indicators.values;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Actor;
import fr.passerelle.indicators.IndicatorSource;
import fr.passerelle.indicators.IndicatorValue;
import fr.passerelle.indicators.Theme;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of one campus for one year as its dashboard and drill-downs show them: read by those who read
 * everything of the campus ({@link CampusRegistry#canReadEverything}); a value counted from too few rows is shown masked
 * to all but those who run the campus ({@link CampusRegistry#canManage}), who also get the link to declare (once the
 * declaration form is served, {@link DeclarationPage}).
 */
@Service
class CampusDashboard {

    static final int YEARS_SHOWN = 4;
    static final int FIRST_YEAR = 2013;

    private final CampusRegistry registry;
    private final IndicatorValues values;
    private final TrackedIndicators catalogue;
    private final DrillDowns drillDowns;
    private final Clock clock;
    private final DeclarationPage declarationPage;
    private final ScopeConsolidation consolidation;

    CampusDashboard(CampusRegistry registry, IndicatorValues values, TrackedIndicators catalogue, DrillDowns drillDowns, Clock clock,
                    DeclarationPage declarationPage, ScopeConsolidation consolidation) {
        this.declarationPage = declarationPage;
        this.consolidation = consolidation;
        this.registry = registry;
        this.values = values;
        this.catalogue = catalogue;
        this.drillDowns = drillDowns;
        this.clock = clock;
    }

    /** One year's figure of an indicator as a reader sees it. */
    record Figure(int year, String yearText, String text, boolean masked, boolean present) {
    }

    record Entry(String label, String text) {
    }

    /** One indicator on the dashboard: its figures (oldest first, the year asked last), trend and breakdown. */
    record Line(Indicator indicator, List<Figure> figures, Figure current, String trend, String trendText, List<Entry> breakdown,
                boolean drillable, boolean declarable) {
    }

    record ThemeLines(Theme theme, List<Line> lines) {

        /** The years as the column headers write them: « 2024-2025 » when every line counts school years, else « 2024 ». */
        public List<String> yearHeaders() {
            boolean oneSchoolPeriod = lines.stream().allMatch(l -> l.indicator().period() == fr.passerelle.indicators.Period.SCHOOL_YEAR);
            return lines.get(0).figures().stream().map(f -> oneSchoolPeriod ? f.yearText() : Integer.toString(f.year())).toList();
        }
    }

    /** The campus against its région and the nation for the year: aggregate figures, masked by the consolidation's rules. */
    record Comparison(Indicator indicator, String yearText, String campus, String region, String nation) {
    }

    /**
     * @param outcomesSchoolYear the latest school year of the InserJeunes outcomes, to tell where imported values are
     * @param comparison         each indicator of the campus, its région's and the nation's consolidated value (sum or mean
     *                           of the campuses, by unit)
     */
    record Dashboard(CampusCard campus, int year, List<Integer> years, List<ThemeLines> themes, boolean team, String outcomesSchoolYear,
                     List<Comparison> comparison) {
    }

    record DrillPage(CampusCard campus, Indicator indicator, int year, String yearText, Figure figure, String arithmetic,
                     List<DrillDowns.Table> tables, long rows) {
    }

    /** The year shown when none is asked: the current calendar year. */
    int defaultYear() {
        return LocalDate.now(clock).getYear();
    }

    /** The years a reader may choose, newest first. */
    List<Integer> selectableYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = defaultYear(); y >= Math.max(FIRST_YEAR, defaultYear() - 9); y--) {
            years.add(y);
        }
        return years;
    }

    @Transactional(readOnly = true)
    Dashboard dashboard(Actor actor, UUID campusId, int year) {
        CampusCard campus = requireReader(actor, campusId);
        boolean team = registry.canManage(actor, campusId);
        boolean declares = team && declarationPage.served();
        Map<Theme, List<Line>> byTheme = new LinkedHashMap<>();
        for (Theme theme : Theme.values()) {
            byTheme.put(theme, new ArrayList<>());
        }
        for (Indicator indicator : catalogue.forAcademy(campus.academyCode())) {
            Map<Integer, IndicatorValue> series = values.series(campusId, indicator, year - YEARS_SHOWN + 1, year);
            List<Figure> figures = series.values().stream().map(v -> figure(indicator, v, team)).toList();
            Figure current = figures.get(figures.size() - 1);
            Figure previous = figures.get(figures.size() - 2);
            String trend = trend(indicator, series.get(year), series.get(year - 1), current, previous);
            byTheme.get(indicator.theme()).add(new Line(indicator, figures, current, trendArrow(trend), trend,
                    current.masked() ? List.of() : breakdown(indicator, series.get(year)),
                    indicator.source() != IndicatorSource.DECLARED && DrillDowns.of(indicator.code()).isPresent(),
                    indicator.source() == IndicatorSource.DECLARED && declares));
        }
        List<ThemeLines> themes = byTheme.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new ThemeLines(e.getKey(), List.copyOf(e.getValue()))).toList();
        return new Dashboard(campus, year, selectableYears(), themes, team, values.latestOutcomeSchoolYear(), comparison(campus, themes, year));
    }

    /** The campus's value of the year beside its région's and the nation's, for whoever reads the campus's dashboard. */
    private List<Comparison> comparison(CampusCard campus, List<ThemeLines> themes, int year) {
        Map<String, String> region = consolidated(fr.passerelle.indicators.ConsolidatedIndicators.Scope.region(campus.regionCode()), year);
        Map<String, String> nation = consolidated(fr.passerelle.indicators.ConsolidatedIndicators.Scope.nation(), year);
        List<Comparison> comparison = new ArrayList<>();
        for (ThemeLines t : themes) {
            for (Line l : t.lines()) {
                comparison.add(new Comparison(l.indicator(), l.current().yearText(), l.current().text(),
                        region.getOrDefault(l.indicator().code(), "—"), nation.getOrDefault(l.indicator().code(), "—")));
            }
        }
        return comparison;
    }

    private Map<String, String> consolidated(fr.passerelle.indicators.ConsolidatedIndicators.Scope scope, int year) {
        Map<String, String> texts = new java.util.HashMap<>();
        for (ScopeConsolidation.Series s : consolidation.series(scope, year, year)) {
            texts.put(s.indicator().code(), ScopeDashboards.cell(s.indicator(), s.at(year)).text());
        }
        return texts;
    }

    /**
     * The rows behind a computed or imported value, a page of each listing; none but the masked notice when the value
     * is masked to the reader.
     */
    @Transactional(readOnly = true)
    DrillPage drillDown(Actor actor, UUID campusId, String code, int year, List<Integer> pages) {
        CampusCard campus = requireReader(actor, campusId);
        boolean team = registry.canManage(actor, campusId);
        Indicator indicator = catalogue.byCode(code).filter(i -> i.source() != IndicatorSource.DECLARED)
                .orElseThrow(() -> new NoSuchElementException("Indicateur calculé inconnu : " + code));
        DrillDowns.Drill drill = DrillDowns.of(code).orElseThrow(() -> new NoSuchElementException("Indicateur sans détail : " + code));
        IndicatorValue value = values.series(campusId, indicator, year, year).get(year);
        Figure figure = figure(indicator, value, team);
        if (figure.masked()) {
            return new DrillPage(campus, indicator, year, indicator.period().yearText(year), figure, null, List.of(), value.rows());
        }
        List<DrillDowns.Table> tables = new ArrayList<>();
        for (int i = 0; i < drill.listings().size(); i++) {
            int page = i < pages.size() && pages.get(i) != null ? pages.get(i) : 1;
            tables.add(drillDowns.table(drill.listings().get(i), campusId, year, page));
        }
        String arithmetic = drillDowns.arithmetic(drill.totals(), campusId, year, figure.text());
        return new DrillPage(campus, indicator, year, indicator.period().yearText(year), figure, arithmetic, tables, value.rows());
    }

    private CampusCard requireReader(Actor actor, UUID campusId) {
        CampusCard campus = registry.byId(campusId).orElseThrow(() -> new NoSuchElementException("Campus inconnu : " + campusId));
        if (!registry.canReadEverything(actor, campusId)) {
            throw new AccessDeniedException("Les indicateurs d’un campus sont réservés à sa direction opérationnelle, à ses co-pilotes "
                    + "(coordination de région académique, Conseil régional), au référent académique, au ou à la correspondant·e DREETS "
                    + "qui le suit et à l’administration nationale.");
        }
        return campus;
    }

    static Figure figure(Indicator indicator, IndicatorValue value, boolean team) {
        String yearText = indicator.period().yearText(value.year());
        if (value.masked() && !team) {
            return new Figure(value.year(), yearText, indicator.maskedText(), true, true);
        }
        return new Figure(value.year(), yearText, French.value(value.value(), indicator.unit()), false, value.value() != null);
    }

    private static String trend(Indicator indicator, IndicatorValue now, IndicatorValue before, Figure current, Figure previous) {
        if (now.value() == null || before == null || before.value() == null || current.masked() || previous.masked()) {
            return "pas de comparaison";
        }
        int compared = now.value().compareTo(before.value());
        String since = "par rapport à " + indicator.period().yearText(before.year());
        return compared > 0 ? "en hausse " + since : compared < 0 ? "en baisse " + since : "stable " + since;
    }

    private static String trendArrow(String trend) {
        return trend.startsWith("en hausse") ? "↗" : trend.startsWith("en baisse") ? "↘" : trend.startsWith("stable") ? "→" : "";
    }

    private static List<Entry> breakdown(Indicator indicator, IndicatorValue value) {
        List<Entry> entries = new ArrayList<>();
        value.breakdown().forEach((key, v) -> entries.add(new Entry((indicator.breakdown() == null ? key : indicator.breakdown().keyLabel(key)), French.value(v, indicator.unit()))));
        return entries;
    }


}
