package fr.passerelle.indicators.opendata;

import fr.passerelle.platform.Spreadsheet;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The open values of the public indicators as CSV, as the registry's open data writes it (UTF-8 without byte order
 * mark, {@code ;}, a header row, decimal point): streamed from the published snapshot, filtered by year
 * ({@code annee}), région ({@code region}) or académie ({@code academie}). The publication date is in the
 * {@code Last-Modified} header and in the column {@code date_publication}.
 */
@Controller
class OpenDataCsvController {

    static final String PATH = "/open-data/indicators.csv";
    static final String[] HEADER = {"annee", "periode", "code_indicateur", "indicateur", "theme", "unite", "valeur", "identifiant_campus",
            "campus", "code_region", "region", "code_academie", "academie", "date_publication"};

    private final OpenValueQueries queries;
    private final OpenIndicators publications;

    OpenDataCsvController(OpenValueQueries queries, OpenIndicators publications) {
        this.queries = queries;
        this.publications = publications;
    }

    @GetMapping(value = PATH, produces = "text/csv;charset=UTF-8")
    void csv(@RequestParam(name = "annee", required = false) String year, @RequestParam(name = "region", required = false) String region,
             @RequestParam(name = "academie", required = false) String academy, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        var filter = new OpenValueQueries.Filter(IndicatorsApiController.year(year), null, blankToNull(region), blankToNull(academy), null);
        Instant published = publications.latest().map(OpenIndicators.Publication::publishedAt).orElse(null);
        if (published != null && request.checkNotModified(published.toEpochMilli())) {
            return;
        }
        String publishedText = published == null ? "" : DateTimeFormatter.ISO_INSTANT.format(published);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicateurs-campus-des-metiers"
                + (filter.year() == null ? "" : "-" + filter.year()) + ".csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (CSVPrinter csv = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setRecordSeparator("\r\n").setHeader(HEADER).get()
                .print(writer)) {
            queries.forEach(filter, v -> {
                try {
                    csv.printRecord(v.year(), v.period().yearText(v.year()), v.indicatorCode(), text(v.indicatorName()), v.theme().label(),
                            v.unit().label(), v.value().stripTrailingZeros().toPlainString(), v.campusSlug(), text(v.campusName()), v.regionCode(), text(v.regionName()),
                            v.academyCode(), text(v.academyName()), publishedText);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String text(String value) {
        return Spreadsheet.csvCell(value);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static ResponseStatusException badRequest(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }
}
