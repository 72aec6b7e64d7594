import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the Flyway migration V22__diplomas.sql from the BCN files (Banque centrale des nomenclatures, MENJ,
 * Licence Ouverte). Run from the repository root with the JDK alone (no build needed):
 *
 * <pre>java tools/GenerateDiplomas.java ../shared/data/formations &gt; src/main/resources/db/migration/V22__diplomas.sql</pre>
 *
 * Keeps the diplomas still open on 2024-01-01 (no closing date, or closing after it), without the general-education
 * cycles, the primary school and the attestations (levels 6xx, 7xx, 9xx). The professional diplomas listed by the
 * CPC file keep its accented wording; the other labels are the BCN ones in sentence case.
 */
public class GenerateDiplomas {

    static final LocalDate CUT_OFF = LocalDate.of(2024, 1, 1);
    static final DateTimeFormatter BCN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Readable French labels of the common levels; the others take the nomenclature's long label. */
    static final Map<String, String> LEVELS = Map.ofEntries(
            Map.entry("500", "CAP"), Map.entry("503", "CAP agricole"), Map.entry("400", "Bac pro"),
            Map.entry("403", "Bac pro agricole"), Map.entry("320", "BTS"), Map.entry("323", "BTS agricole"),
            Map.entry("010", "Mention complémentaire"), Map.entry("450", "Brevet professionnel"),
            Map.entry("453", "Brevet professionnel agricole"), Map.entry("553", "Brevet professionnel agricole"),
            Map.entry("461", "Certificat de spécialisation"), Map.entry("561", "Certificat de spécialisation"),
            Map.entry("463", "Certificat de spécialisation agricole"), Map.entry("363", "Certificat de spécialisation agricole"),
            Map.entry("563", "Certificat de spécialisation agricole"), Map.entry("370", "Classe préparatoire"),
            Map.entry("321", "Diplôme des métiers d’art"), Map.entry("430", "Bac technologique"),
            Map.entry("433", "Bac technologique agricole"), Map.entry("470", "Bac général"),
            Map.entry("401", "Brevet des métiers d’art"), Map.entry("420", "Brevet de technicien"),
            Map.entry("205", "Licence"), Map.entry("250", "Licence pro"), Map.entry("251", "BUT"), Map.entry("350", "DUT"),
            Map.entry("135", "Master"), Map.entry("170", "Diplôme d’ingénieur"), Map.entry("241", "DN MADE"),
            Map.entry("140", "DSAA"), Map.entry("322", "Diplôme assimilé au BTS"));

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/formations");
        Map<String, String> levelNames = new HashMap<>();
        for (Map<String, String> row : read(dir.resolve("bcn_n_niveau_formation_diplome.csv"), StandardCharsets.UTF_8)) {
            levelNames.put(row.get("NIVEAU_FORMATION_DIPLOME"), row.get("LIBELLE_100"));
        }
        Map<String, String> cpcLabels = new HashMap<>();
        for (Map<String, String> row : read(dir.resolve("diplomes_professionnels_cpc.csv"), StandardCharsets.UTF_8)) {
            String code = row.get("Code diplôme").split(" ")[0].replace("-", "");
            cpcLabels.put(code, row.get("Intitulé de la spécialité (et options)").strip());
        }
        Map<String, String> lines = new TreeMap<>();
        for (Map<String, String> row : read(dir.resolve("bcn_n_formation_diplome.csv"), Charset.forName("windows-1252"))) {
            String code = row.get("FORMATION_DIPLOME");
            String level = row.get("NIVEAU_FORMATION_DIPLOME");
            LocalDate opened = date(row.get("DATE_OUVERTURE"));
            LocalDate closed = date(row.get("DATE_FERMETURE"));
            if (code.length() != 8 || (closed != null && !closed.isAfter(CUT_OFF)) || "679".indexOf(level.charAt(0)) >= 0) {
                continue;
            }
            String levelLabel = LEVELS.getOrDefault(level, levelNames.containsKey(level) ? sentence(levelNames.get(level)) : "Autre diplôme");
            String label = cpcLabels.getOrDefault(code, sentence(withoutLevel(row.get("LIBELLE_LONG_200"), row.get("LIBELLE_COURT"))));
            lines.put(code, "(" + String.join(", ", quote(code), quote(level), quote(levelLabel), quote(row.get("LIBELLE_COURT")),
                    quote(label), opened == null ? "null" : quote(opened.toString()), closed == null ? "null" : quote(closed.toString())) + ")");
        }
        StringBuilder sql = new StringBuilder();
        sql.append("-- Diplomas of the BCN (Banque centrale des nomenclatures, MENJ; data.gouv.fr, Licence Ouverte 2.0):\n")
                .append("-- n_formation_diplome and n_niveau_formation_diplome, copied from mission-apprentissage/tjp-pilotage,\n")
                .append("-- with the accented wording of the \"Liste des diplômes professionnels\" (CPC) where it exists.\n")
                .append("-- Only diplomas still open on ").append(CUT_OFF).append(" (levels 6xx, 7xx and 9xx left out).\n")
                .append("-- Generated file: do not edit by hand; see tools/GenerateDiplomas.java.\n")
                .append("-- Count: ").append(lines.size()).append(" diplomas.\n\n")
                .append("create table diploma (\n")
                .append("    code        varchar(8)   primary key, -- CFD, code formation diplôme\n")
                .append("    level_code  varchar(3)   not null,    -- NIVEAU_FORMATION_DIPLOME\n")
                .append("    level_label varchar(100) not null,    -- CAP, Bac pro, BTS, Licence pro…\n")
                .append("    short_label varchar(40)  not null,\n")
                .append("    label       varchar(255) not null,\n")
                .append("    opened_on   date,\n")
                .append("    closed_on   date\n")
                .append(");\n\n")
                .append("insert into diploma (code, level_code, level_label, short_label, label, opened_on, closed_on) values\n")
                .append(String.join(",\n", lines.values())).append(";\n");
        System.out.print(sql);
    }

    static List<Map<String, String>> read(Path file, Charset charset) throws IOException {
        List<String> all = Files.readAllLines(file, charset);
        String[] header = all.get(0).replace("\uFEFF", "").split(";", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : all.subList(1, all.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(";", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i].strip() : "");
            }
            rows.add(row);
        }
        return rows;
    }

    static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text, BCN_DATE);
    }

    /** "ANALYSES DE BIOLOGIE MEDICALE (BTS)" → "ANALYSES DE BIOLOGIE MEDICALE": the level is shown apart. */
    static String withoutLevel(String label, String shortLevel) {
        int open = label.lastIndexOf(" (");
        String first = shortLevel.split(" ")[0].replaceAll("[^A-Z].*$", "");
        if (open > 0 && label.endsWith(")") && !first.isEmpty() && label.substring(open + 2).startsWith(first)) {
            return label.substring(0, open);
        }
        return label;
    }

    static String sentence(String text) {
        String lower = text.strip().toLowerCase(Locale.FRENCH);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
