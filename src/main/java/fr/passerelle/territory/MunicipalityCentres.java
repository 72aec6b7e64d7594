package fr.passerelle.territory;

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
                Double longitude = coordinate(record, "longitude", -180, 180, line, rejected);
                Double latitude = coordinate(record, "latitude", -90, 90, line, rejected);
                if (longitude == null || latitude == null) {
                    continue;
                }
                int rows = jdbc.sql("update municipality set latitude = ?, longitude = ? where code = ?")
                        .params(latitude, longitude, record.get("code")).update();
                if (rows == 0) {
                    rejected.add(new Rejected(line, "code", "Commune inconnue : « " + record.get("code") + " »."));
                } else {
                    updated++;
                }
            }
        }
        return new Result(updated, rejected);
    }

    private static Double coordinate(CSVRecord record, String column, double min, double max, long line, List<Rejected> rejected) {
        String value = record.isSet(column) ? record.get(column) : "";
        try {
            double number = Double.parseDouble(value.replace(',', '.'));
            if (number < min || number > max) {
                rejected.add(new Rejected(line, column, "Valeur hors des bornes [" + (int) min + ", " + (int) max + "] : " + value));
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            rejected.add(new Rejected(line, column, "Nombre décimal attendu, pas « " + value + " »."));
            return null;
        }
    }
}
