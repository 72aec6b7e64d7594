package fr.passerelle.indicators.reports;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A report as its PDF and XLSX renderers print it, knowing nothing of what it reports on: a title, the scope it covers
 * (« Campus … », « Région … », « France entière »), the filters applied (year, themes), the date of its data — when it
 * was generated, in the platform's zone, and the latest school year of InserJeunes outcomes imported —, then sections,
 * each a heading with paragraphs and tables. Cells of a table are text or numbers ({@link Number}, written in French in
 * the PDF and as numbers in the XLSX); null is an empty cell.
 *
 * @param dataNote a last word on the data (e.g. « Résultats InserJeunes importés jusqu'à l'année scolaire 2023-2024 »),
 *                 or null
 */
public record Report(String title, String scope, List<Filter> filters, ZonedDateTime generatedAt, String dataNote,
                     List<Section> sections) {

    public Report {
        Objects.requireNonNull(title);
        Objects.requireNonNull(scope);
        Objects.requireNonNull(generatedAt);
        filters = List.copyOf(filters);
        sections = List.copyOf(sections);
    }

    /** A filter as printed: « Année » → « 2025 », « Thèmes » → « Tous ». */
    public record Filter(String label, String value) {
    }

    /** A part of the report: its own page group in the PDF, its own sheet in the XLSX. */
    public record Section(String heading, List<String> paragraphs, List<Table> tables) {

        public Section {
            Objects.requireNonNull(heading);
            paragraphs = List.copyOf(paragraphs);
            tables = List.copyOf(tables);
        }
    }

    /**
     * A table with its column headers; the caption (or null) is printed above it. Each row has as many cells as there
     * are headers.
     */
    public record Table(String caption, List<String> headers, List<List<Object>> rows) {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
            for (List<Object> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("A row of « " + caption + " » has " + row.size() + " cells for " + headers.size() + " headers");
                }
            }
        }
    }

    /** A number as French readers write it: « 1 234,5 » (no-break space between thousands, decimal comma). */
    public static String french(Number number) {
        var symbols = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.FRANCE);
        symbols.setGroupingSeparator('\u00A0');
        symbols.setDecimalSeparator(',');
        var format = new java.text.DecimalFormat("#,##0.##", symbols);
        return format.format(number instanceof BigDecimal d ? d : number.doubleValue());
    }
}
