package fr.passerelle.labelling;

import fr.passerelle.indicators.SelfEvaluations;
import fr.passerelle.indicators.Theme;
import fr.passerelle.indicators.Unit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The annex « Indicateurs et auto-évaluation » of a mid-term report or a pre-renewal evaluation, as taken at
 * {@code takenAt}: the campus's indicator values for each year of the label so far and its latest self-evaluation
 * submitted. It is a snapshot, so that the report stays as its authors and experts read it while it is reviewed. A value
 * counted from too few rows is shown masked to those who do not run the campus.
 */
record ReportAnnex(Instant takenAt, String takenBy, Content content) {

    /** What is stored: the years of the label so far (oldest first), the indicators tracked, the self-evaluation or null. */
    record Content(List<Integer> years, List<Line> indicators, SelfEvaluations.Submitted selfEvaluation) {

        Content {
            years = years == null ? List.of() : List.copyOf(years);
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }
    }

    /** One indicator: its name, theme and unit as the catalogue said, its yearly values. */
    record Line(String code, String name, Theme theme, Unit unit, String periodLabel, int maskBelow, List<Figure> figures) {
    }

    /** A value of a year; {@code value} null when there was nothing to count from. */
    record Figure(int year, String yearText, BigDecimal value, boolean masked) {
    }

    /** The indicators of one theme as a table shows them. */
    record ThemeTable(Theme theme, List<Row> rows) {

        public String label() {
            return theme.label();
        }
    }

    /** One indicator's row: its name, unit and a text per year of {@link Content#years()}. */
    record Row(String name, String unit, List<String> texts) {
    }

    /** The indicators by theme in the catalogue's order, each value as the reader may see it. */
    public List<ThemeTable> tables(boolean runsCampus) {
        Map<Theme, List<Row>> byTheme = new LinkedHashMap<>();
        for (Line line : content.indicators()) {
            List<String> texts = new ArrayList<>();
            for (int year : content.years()) {
                Figure figure = line.figures().stream().filter(f -> f.year() == year).findFirst().orElse(null);
                texts.add(text(line, figure, runsCampus));
            }
            byTheme.computeIfAbsent(line.theme(), t -> new ArrayList<>()).add(new Row(line.name(), line.unit().label(), texts));
        }
        return byTheme.entrySet().stream().map(e -> new ThemeTable(e.getKey(), e.getValue())).toList();
    }

    /** The headers of the years' columns, « 2024 ». */
    public List<String> yearHeaders() {
        return content.years().stream().map(String::valueOf).toList();
    }

    public SelfEvaluations.Submitted selfEvaluation() {
        return content.selfEvaluation();
    }

    /** The self-evaluation's theme, if it wrote anything about it. */
    public java.util.Optional<SelfEvaluations.ThemeSummary> themeOf(Theme theme) {
        return content.selfEvaluation() == null ? java.util.Optional.empty()
                : content.selfEvaluation().themes().stream().filter(t -> t.theme() == theme).findFirst();
    }

    static String text(Line line, Figure figure, boolean runsCampus) {
        if (figure == null || figure.value() == null) {
            return "—";
        }
        if (figure.masked() && !runsCampus) {
            return "masqué (moins de " + line.maskBelow() + ")";
        }
        return line.unit().format(figure.value());
    }
}
