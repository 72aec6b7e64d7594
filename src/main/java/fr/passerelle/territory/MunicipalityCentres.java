package fr.passerelle.territory;

import fr.passerelle.platform.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports commune centres from a geo.api.gouv.fr extract ({@code geoapi_communes.csv}: comma-separated, header
 * row with at least {@code code}, {@code longitude}, {@code latitude}). Rows with an unknown commune or a bad
 * coordinate are reported by line and column and skipped; the others are written.
 */
@Service
public class MunicipalityCentres {

    private final JdbcClient jdbc;

    MunicipalityCentres(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Rejected(long line, String column, String reason) {
    }

    public record Result(int updated, List<Rejected> rejected) {
    }

    @Transactional
    public Result importCsv(InputStream in) throws IOException {
        List<Rejected> rejected = new ArrayList<>();
        int updated = 0;
        long lastLine = 1;
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.Builder.create(CSVFormat.DEFAULT).setHeader().setSkipHeaderRecord(true)
                     .setTrim(true).setIgnoreEmptyLines(true).get().parse(reader)) {
            for (String column : List.of("code", "longitude", "latitude")) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    return new Result(0, List.of(new Rejected(1, column, "Colonne obligatoire absente de la ligne d'en-tête.")));
                }
            }
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                lastLine = line;
                Double longitude = coordinate(record, "longitude", -180, 180, line, rejected);
                Double latitude = coordinate(record, "latitude", -90, 90, line, rejected);
                if (longitude == null || latitude == null) {
                    continue;
                }
                String code = value(record, "code");
                if (!code.matches("[0-9][0-9AB][0-9]{3}")) {
                    rejected.add(new Rejected(line, "code", "Code commune INSEE attendu (5 caractères, ex. 59350), pas « " + shortened(code) + " »."));
                    continue;
                }
                int rows = jdbc.sql("update municipality set latitude = ?, longitude = ? where code = ?")
                        .params(latitude, longitude, code).update();
                if (rows == 0) {
                    rejected.add(new Rejected(line, "code", "Commune inconnue : « " + code + " »."));
                } else {
                    updated++;
                }
            }
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // The parser's own words (in English, about its internals) are not for the reader.
            rejected.add(new Rejected(lastLine + 1, null,
                    "Le fichier CSV est mal formé à partir de cette ligne : un guillemet n'est pas refermé, un séparateur manque "
                            + "ou une colonne est en double dans l'en-tête. Les lignes précédentes sont enregistrées."));
        }
        return new Result(updated, rejected);
    }

    /** The cell as written, without control characters, or "" when the line stops before it. */
    private static String value(CSVRecord record, String column) {
        return record.isSet(column) ? Text.withoutControlCharacters(record.get(column)).strip() : "";
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "…";
    }

    private static Double coordinate(CSVRecord record, String column, double min, double max, long line, List<Rejected> rejected) {
        String value = value(record, column);
        if (!value.matches("-?\\d{1,3}([.,]\\d+)?")) {
            rejected.add(new Rejected(line, column, "Nombre décimal attendu, pas « " + shortened(value) + " »."));
            return null;
        }
        double number = Double.parseDouble(value.replace(',', '.'));
        if (number < min || number > max) {
            rejected.add(new Rejected(line, column, "Valeur hors des bornes [" + (int) min + ", " + (int) max + "] : " + value));
            return null;
        }
        return number;
    }
}
