package fr.passerelle.indicators.selfevaluation;

import fr.passerelle.indicators.CampusIndicators;
import fr.passerelle.indicators.IndicatorCatalogue;
import fr.passerelle.indicators.IndicatorDefinition;
import fr.passerelle.indicators.IndicatorValue;
import fr.passerelle.indicators.Theme;
import fr.passerelle.indicators.Unit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * For each theme, the indicators the campus tracks with their values of the campaign's year and the two years before,
 * and their trend from the year before — what the self-evaluation rates itself against. Values come from the module's
 * {@link CampusIndicators} and {@link IndicatorCatalogue}; a value counted from too few rows is shown masked to those
 * who do not run the campus.
 */
@Component
class ThemeIndicators {

    static final int YEARS = 3;

    private final IndicatorCatalogue catalogue;
    private final CampusIndicators values;

    ThemeIndicators(IndicatorCatalogue catalogue, CampusIndicators values) {
        this.catalogue = catalogue;
        this.values = values;
    }

    /** One indicator's line: its name and unit, a text per year (oldest first) and the trend. */
    record Line(String code, String name, String unit, List<String> values, String trend) {
    }

    /** The years shown, oldest first, and the lines of each theme. */
    record Table(List<Integer> years, Map<Theme, List<Line>> byTheme) {

        public List<Line> of(Theme theme) {
            return byTheme.getOrDefault(theme, List.of());
        }
    }

    Table of(UUID campusId, int year, boolean runsCampus) {
        List<Integer> years = new ArrayList<>();
        for (int y = year - YEARS + 1; y <= year; y++) {
            years.add(y);
        }
        Map<Integer, Map<String, IndicatorValue>> byYear = new HashMap<>();
        for (int y : years) {
            Map<String, IndicatorValue> found = new HashMap<>();
            values.valuesOf(campusId, y).forEach(v -> found.put(v.code(), v));
            byYear.put(y, found);
        }
        Map<Theme, List<Line>> byTheme = new EnumMap<>(Theme.class);
        for (IndicatorDefinition d : catalogue.tracked(campusId)) {
            List<String> texts = new ArrayList<>();
            for (int y : years) {
                texts.add(text(d, byYear.get(y).get(d.code()), runsCampus));
            }
            byTheme.computeIfAbsent(d.theme(), t -> new ArrayList<>()).add(new Line(d.code(), d.name(), d.unit().label(), texts,
                    trend(d, byYear.get(year - 1).get(d.code()), byYear.get(year).get(d.code()), runsCampus)));
        }
        return new Table(years, byTheme);
    }

    private static boolean shown(IndicatorValue v, boolean runsCampus) {
        return v != null && v.value() != null && (!v.masked() || runsCampus);
    }

    static String text(IndicatorDefinition d, IndicatorValue v, boolean runsCampus) {
        if (v == null || v.value() == null) {
            return "—";
        }
        if (v.masked() && !runsCampus) {
            return "masqué (moins de " + d.maskBelow() + ")";
        }
        return d.unit().format(v.value());
    }

    static String trend(IndicatorDefinition d, IndicatorValue before, IndicatorValue now, boolean runsCampus) {
        if (!shown(before, runsCampus) || !shown(now, runsCampus)) {
            return "—";
        }
        int cmp = now.value().compareTo(before.value());
        return cmp > 0 ? "en hausse" : cmp < 0 ? "en baisse" : "stable";
    }
}
