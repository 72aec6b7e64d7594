package fr.passerelle.indicators.values;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.indicators.ConsolidatedIndicators.Consolidation;
import fr.passerelle.indicators.IndicatorSource;
import fr.passerelle.indicators.Period;
import fr.passerelle.indicators.Theme;
import fr.passerelle.indicators.Unit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How campus values make a scope's value, how its change is written and how its chart is drawn. */
class ScopeFiguresTest {

    static BigDecimal n(String text) {
        return new BigDecimal(text);
    }

    static ScopeConsolidation.Point point(int year, String value) {
        return new ScopeConsolidation.Point(year, value == null ? null : n(value), false, 1, 1);
    }

    @Test
    void countsAndAmountsAreSummedRatesAndScoresAveragedAndYesNoCountsTheYes() {
        assertThat(Consolidation.of(Unit.COUNT)).isEqualTo(Consolidation.SUM);
        assertThat(Consolidation.of(Unit.EUROS)).isEqualTo(Consolidation.SUM);
        assertThat(Consolidation.of(Unit.PERCENT)).isEqualTo(Consolidation.MEAN);
        assertThat(Consolidation.of(Unit.POINTS)).isEqualTo(Consolidation.MEAN);
        assertThat(ScopeConsolidation.consolidated(Consolidation.SUM, List.of(n("3"), n("0"), n("2")))).isEqualByComparingTo("5");
        assertThat(ScopeConsolidation.consolidated(Consolidation.MEAN, List.of(n("62.5"), n("25.0")))).isEqualByComparingTo("43.8");
        assertThat(ScopeConsolidation.consolidated(Consolidation.MEAN, List.of(n("-5"), n("2")))).isEqualByComparingTo("-1.5");
        assertThat(ScopeConsolidation.consolidated(Consolidation.YES_COUNT, List.of(n("1"), n("0"), n("1")))).isEqualByComparingTo("2");
        assertThat(ScopeConsolidation.consolidated(Consolidation.MEAN, List.of())).isNull();
    }

    @Test
    void theChangeIsWrittenInTheUnitsWords() {
        assertThat(ScopeDashboards.change(Unit.COUNT, point(2024, "15"), point(2023, "12"))).isEqualTo("+3 (+25 %)");
        assertThat(ScopeDashboards.change(Unit.COUNT, point(2024, "3"), point(2023, "0"))).isEqualTo("+3");
        assertThat(ScopeDashboards.change(Unit.PERCENT, point(2024, "40.5"), point(2023, "43"))).isEqualTo("−2,5 points");
        assertThat(ScopeDashboards.change(Unit.POINTS, point(2024, "1"), point(2023, "1"))).isEqualTo("stable");
        assertThat(ScopeDashboards.change(Unit.PERCENT, point(2024, "40"), point(2023, null))).isEqualTo("pas de comparaison");
    }

    @Test
    void theChartDrawsTheTallestValueToTheTopAndANegativeOneBelowTheZeroLine() {
        Indicator indicator = new Indicator("EMPLOYMENT_VALUE_ADDED", "Valeur ajoutée", Theme.PATHWAYS, "", "", Unit.POINTS,
                IndicatorSource.IMPORTED, Period.SCHOOL_YEAR, 0, null);
        Map<Integer, ScopeConsolidation.Point> points = new LinkedHashMap<>();
        points.put(2021, point(2021, "4"));
        points.put(2022, point(2022, "-2"));
        points.put(2023, new ScopeConsolidation.Point(2023, null, true, 1, 1));
        points.put(2024, point(2024, "2"));
        var series = new ScopeConsolidation.Series(indicator, Consolidation.MEAN, 3, points);
        var cells = points.values().stream().map(p -> ScopeDashboards.cell(indicator, p)).toList();
        var chart = ScopeDashboards.chart(indicator, series, cells);
        var bars = chart.bars();
        assertThat(bars.get(0).y()).isEqualTo(22);
        assertThat(bars.get(0).y() + bars.get(0).height()).isEqualTo(chart.zeroY());
        assertThat(bars.get(1).y()).isEqualTo(chart.zeroY());
        assertThat(bars.get(1).height()).isEqualTo(bars.get(0).height() / 2);
        assertThat(bars.get(2).height()).isZero();
        assertThat(bars.get(3).current()).isTrue();
        assertThat(chart.description()).contains("moyenne des campus", "2021-2022 : 4 points", "2022-2023 : -2 points");
    }
}
