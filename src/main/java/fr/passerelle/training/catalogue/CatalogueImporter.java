package fr.passerelle.training.catalogue;

import fr.passerelle.training.TrainingRoute;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the files of the national training catalogue and writes them in PostgreSQL, then assembles the trainings.
 * Each file is written in its own transaction: its good rows are kept, its rejected rows are reported with their
 * file, line and column and a French reason (wrong encoding, missing column, unknown code, malformed value). A file
 * the import does not get keeps what an earlier import wrote. Upserts by code: importing the same files again
 * updates, never duplicates. Holds no state between runs; the caller keeps the progress in PostgreSQL.
 */
public final class CatalogueImporter {

    /** Where the importer reports what it does. */
    public interface Progress {
        void file(String name, int done, int total);

        void kept(String file, int rows);

        void rejected(String file, int line, String column, String message);
    }

    /** The campuses' trainings and establishments the catalogue links to (another module's data, given by its API). */
    public interface CampusLinks {
        /** One training recorded by a campus: its CFD, route, the UAI of the establishment (or null), and its région code. */
        record Link(String cfd, TrainingRoute route, String uai, boolean apprenticeCentre, String regionCode) {
        }

        List<Link> links();

        CampusLinks NONE = List::of;
    }

    /** A file the importer knows: how its name starts, the encoding its publisher uses, the columns it needs. */
    record FileSpec(String prefix, Charset encoding, List<String> required) {
        boolean matches(String fileName) {
            return fileName.toLowerCase(Locale.ROOT).startsWith(prefix) && fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
        }
    }

    static final FileSpec GROUPS = new FileSpec("bcn_n_groupe_specialite", StandardCharsets.UTF_8,
            List.of("GROUPE_SPECIALITE", "DOMAINE_SPECIALITE", "LIBELLE_LONG"));
    static final FileSpec LEVELS = new FileSpec("bcn_n_niveau_formation_diplome", StandardCharsets.UTF_8,
            List.of("NIVEAU_FORMATION_DIPLOME", "LIBELLE_100", "NIVEAU_QUALIFICATION_RNCP"));
    static final FileSpec CPC = new FileSpec("diplomes_professionnels_cpc", StandardCharsets.UTF_8,
            List.of("Commission professionnelle consultative", "Secteur", "Code diplôme", "Intitulé de la spécialité (et options)", "Code RNCP"));
    static final FileSpec BCN = new FileSpec("bcn_n_formation_diplome", CatalogueEncoding.CP1252,
            List.of("FORMATION_DIPLOME", "NIVEAU_FORMATION_DIPLOME", "GROUPE_SPECIALITE", "LIBELLE_COURT", "LIBELLE_LONG_200", "DATE_OUVERTURE",
                    "DATE_FERMETURE", "NIVEAU_QUALIFICATION_RNCP"));
    static final FileSpec RNCP = new FileSpec("rncp_info", CatalogueEncoding.CP1252,
            List.of("Numero_Fiche", "Intitule", "Date_Fin_Enregistrement", "Actif", "Nomenclature_Europe_Intitule", "Abrege_Code", "Abrege_Intitule",
                    "Type_Enregistrement"));
    static final FileSpec RNCP_ROME = new FileSpec("rncp_rome", CatalogueEncoding.CP1252, List.of("CodeRNCP", "Rome"));
    static final FileSpec KIT = new FileSpec("kit_apprentissage", StandardCharsets.UTF_8,
            List.of("Code_Diplome", "Code_RNCP", "Niveau fiche RNCP", "Accès à l'apprentissage de la fiche RNCP (oui/non)", "Fiche ACTIVE/INACTIVE"));
    static final FileSpec ONISEP = new FileSpec("onisep_ideo", StandardCharsets.UTF_8,
            List.of("libellé type formation", "libellé formation principal", "durée", "code RNCP", "libellé niveau RNCP", "lien site onisep.fr",
                    "domaine/sous-domaine"));
    static final FileSpec CFA = new FileSpec("cfa_", CatalogueEncoding.CP1252,
            List.of("numero_uai", "commune", "commune_libe", "denomination_principale", "patronyme_uai", "numero_siren_siret_uai", "adresse_uai",
                    "code_postal_uai"));
    static final FileSpec LYCEES = new FileSpec("lycees-donnees-generales", StandardCharsets.UTF_8,
            List.of("CODE_UAI", "NUM_SIRET", "NOM_ETABLISSEMENT", "ADRESSE_POSTALE", "CODE_POSTAL", "CODE_INSEE", "COMMUNE", "TELEPHONE", "SITE_WEB",
                    "MAIL", "GEO"));
    static final List<String> OUTCOME_COLUMNS = List.of("n°UAI de l'établissement", "Libellé de l'établissement", "Région",
            "Taux de poursuite d'études", "Taux", "Taux attendu", "Valeur ajoutée", "Part en poursuite d'études",
            "Part en emploi 6 mois après la sortie", "Part des autres situations");
    static final FileSpec OUTCOMES_LP = new FileSpec("inserjeunes_depp_lycees_pro", StandardCharsets.UTF_8, concat(OUTCOME_COLUMNS, "Dont apprentis en EPLE"));
    static final FileSpec OUTCOMES_CFA = new FileSpec("inserjeunes_depp_cfa", StandardCharsets.UTF_8, OUTCOME_COLUMNS);

    /** In the order they are read: a file may check codes against those read before it. */
    static final List<FileSpec> FILES = List.of(GROUPS, LEVELS, CPC, BCN, RNCP, RNCP_ROME, KIT, ONISEP, CFA, LYCEES, OUTCOMES_LP, OUTCOMES_CFA);

    /** Diplomas closed before this date, and the levels 6xx, 7xx and 9xx (cycles, primary school, attestations), stay out, as in V22. */
    static final LocalDate CUT_OFF = LocalDate.of(2024, 1, 1);
    private static final DateTimeFormatter BCN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter RNCP_DATE = DateTimeFormatter.ofPattern("M/d/yy");
    private static final Pattern UAI = Pattern.compile("\\d{7}[A-Z]");
    private static final Pattern CFD = Pattern.compile("[0-9A-Z]{8}");
    private static final Pattern RNCP_CODE = Pattern.compile("RNCP\\d{1,6}");
    /** "400-24202 V", "320-33609T", "50025224R": level, number, and the letter of the BCN key. */
    private static final Pattern CPC_CODE = Pattern.compile("(\\d{3})-?(\\d{5})\\s*[A-Z]?");
    private static final Pattern ROME = Pattern.compile("[A-N]\\d{4}");
    private static final Pattern ONISEP_ID = Pattern.compile("(FOR\\.\\d+)");
    private static final Pattern GEO = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(20\\d\\d)_(20\\d\\d)");

    /** Readable French labels of the common BCN levels (as tools/GenerateDiplomas.java wrote V22); others take the nomenclature's label. */
    static final Map<String, String> LEVEL_LABELS = Map.ofEntries(
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

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final CampusLinks campusLinks;

    public CatalogueImporter(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, CampusLinks campusLinks) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.campusLinks = campusLinks;
    }

    /** What an import did: rows kept and rejected per file, trainings assembled, and the files it did not know. */
    public record Result(Map<String, Integer> kept, Map<String, Integer> rejected, int trainings, List<String> ignoredFiles) {
        public int keptCount() {
            return kept.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int rejectedCount() {
            return rejected.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Imports the files given by name, then assembles the trainings. */
    public Result run(Map<String, byte[]> files, Progress progress) {
        Map<String, Integer> kept = new TreeMap<>();
        Map<String, Integer> rejected = new TreeMap<>();
        List<String> ignored = new ArrayList<>();
        Map<FileSpec, String> found = new LinkedHashMap<>();
        for (String name : files.keySet()) {
            FileSpec spec = FILES.stream().filter(s -> s.matches(name)).findFirst().orElse(null);
            if (spec == null) {
                ignored.add(name);
            } else {
                found.putIfAbsent(spec, name);
            }
        }
        int total = found.size() + 1;
        int done = 0;
        Context context = new Context();
        for (FileSpec spec : FILES) {
            String name = found.get(spec);
            if (name == null) {
                continue;
            }
            progress.file(name, done, total);
            Sink sink = new Sink(name, progress);
            CsvFile file = CsvFile.read(name, files.get(name), spec.encoding());
            if (sink.header(file, spec.required())) {
                transactions.executeWithoutResult(status -> read(spec, file, sink, context));
            }
            kept.put(name, sink.kept);
            rejected.put(name, sink.rejected);
            progress.kept(name, sink.kept);
            done++;
        }
        progress.file("assemblage des formations", done, total);
        int trainings = transactions.execute(status -> assemble());
        progress.file("assemblage des formations", total, total);
        return new Result(kept, rejected, trainings, ignored);
    }

    private void read(FileSpec spec, CsvFile file, Sink sink, Context context) {
        if (spec == GROUPS) {
            groups(file, sink);
        } else if (spec == LEVELS) {
            levels(file, sink, context);
        } else if (spec == CPC) {
            cpc(file, sink, context);
        } else if (spec == BCN) {
            bcn(file, sink, context);
        } else if (spec == RNCP) {
            rncp(file, sink);
        } else if (spec == RNCP_ROME) {
            rncpRome(file, sink);
        } else if (spec == KIT) {
            kit(file, sink);
        } else if (spec == ONISEP) {
            onisep(file, sink);
        } else if (spec == CFA) {
            cfa(file, sink);
        } else if (spec == LYCEES) {
            lycees(file, sink);
        } else if (spec == OUTCOMES_LP || spec == OUTCOMES_CFA) {
            outcomes(file, sink, spec == OUTCOMES_LP);
        }
    }

    /** What the files read earlier in the same import tell the later ones. */
    private static final class Context {
        final Map<String, String> levelLabels = new HashMap<>();
        final Map<String, Integer> levelQualifications = new HashMap<>();
        final Map<String, String[]> cpc = new HashMap<>();
    }

    // ---- one method per file ----------------------------------------------------------------------------------------

    private void groups(CsvFile file, Sink sink) {
        List<Object[]> rows = new ArrayList<>();
        for (CsvFile.Record r : file.records()) {
            Row row = sink.row(file, r);
            if (row == null) {
                continue;
            }
            String code = row.required("GROUPE_SPECIALITE");
            String domain = row.required("DOMAINE_SPECIALITE");
            String label = row.required("LIBELLE_LONG");
            if (code == null || domain == null || label == null) {
                continue;
            }
            if (!code.matches("\\d{3}")) {
                row.malformed("GROUPE_SPECIALITE", code, "trois chiffres");
                continue;
            }
            rows.add(new Object[] {code, domain.length() > 2 ? domain.substring(0, 2) : domain, cut(label.replaceFirst("^DO\\d+ : ", ""), 150)});
            sink.kept++;
        }
        jdbc.batchUpdate("""
                insert into training_specialty_group (code, domain_code, label) values (?, ?, ?)
                on conflict (code) do update set domain_code = excluded.domain_code, label = excluded.label""", rows);
    }

    private void levels(CsvFile file, Sink sink, Context context) {
        for (CsvFile.Record r : file.records()) {
            Row row = sink.row(file, r);
            if (row == null) {
                continue;
            }
            String code = row.required("NIVEAU_FORMATION_DIPLOME");
            String label = row.required("LIBELLE_100");
            if (code == null || label == null) {
                continue;
            }
            context.levelLabels.put(code, label);
            Integer level = NationalLevels.fromBcnQualification(row.get("NIVEAU_QUALIFICATION_RNCP"));
            if (level != null) {
                context.levelQualifications.put(code, level);
            }
            sink.kept++;
        }
    }

    private void cpc(CsvFile file, Sink sink, Context context) {
        List<Object[]> rows = new ArrayList<>();
        Set<String> known = new HashSet<>(jdbc.queryForList("select code from diploma", String.class));
        for (CsvFile.Record r : file.records()) {
            Row row = sink.row(file, r);
            if (row == null) {
                continue;
            }
            String code = row.required("Code diplôme");
            String label = row.required("Intitulé de la spécialité (et options)");
            if (code == null || label == null) {
                continue;
            }
            Matcher cpcCode = CPC_CODE.matcher(code);
            String cfd = cpcCode.matches() ? cpcCode.group(1) + cpcCode.group(2) : code;
            if (!cpcCode.matches()) {
                row.malformed("Code diplôme", code, "un code diplôme comme 400-24202 V");
                continue;
            }
            String rncp = row.get("Code RNCP");
            String rncpCode = rncp == null ? null : rncp.matches("\\d{1,6}") ? "RNCP" + rncp : null;
            context.cpc.put(cfd, new String[] {label, row.get("Commission professionnelle consultative"), row.get("Secteur"), rncpCode});
            if (known.contains(cfd)) {
                rows.add(new Object[] {cut(row.get("Commission professionnelle consultative"), 150), cut(row.get("Secteur"), 150), rncpCode, cfd});
            }
            sink.kept++;
        }
        jdbc.batchUpdate("update diploma set cpc = ?, cpc_sector = ?, cpc_rncp_code = ? where code = ?", rows);
    }

    private void bcn(CsvFile file, Sink sink, Context context) {
        Set<String> groups = new HashSet<>(jdbc.queryForList("select code from training_specialty_group", String.class));
        Instant now = Instant.now(clock);
        List<Object[]> rows = new ArrayList<>();
        for (CsvFile.Record r : file.records()) {
            Row row = sink.row(file, r);
            if (row == null) {
                continue;
            }
            String code = row.required("FORMATION_DIPLOME");
            String level = row.required("NIVEAU_FORMATION_DIPLOME");
            String shortLabel = row.required("LIBELLE_COURT");
            String longLabel = row.required("LIBELLE_LONG_200");
            if (code == null || level == null || shortLabel == null || longLabel == null) {
                continue;
            }
            if (!CFD.matcher(code).matches()) {
                row.malformed("FORMATION_DIPLOME", code, "un code formation diplôme de 8 caractères");
                continue;
            }
            LocalDate opened = row.date("DATE_OUVERTURE", BCN_DATE);
            LocalDate closed = row.date("DATE_FERMETURE", BCN_DATE);
            if (row.failed) {
                continue;
            }
            if (!context.levelLabels.isEmpty() && !context.levelLabels.containsKey(level)) {
                row.unknown("NIVEAU_FORMATION_DIPLOME", level, "bcn_n_niveau_formation_diplome");
                continue;
            }
            String group = row.get("GROUPE_SPECIALITE");
            if (group != null && !groups.isEmpty() && !groups.contains(group)) {
                row.unknown("GROUPE_SPECIALITE", group, "bcn_n_groupe_specialite");
                continue;
            }
            if ((closed != null && !closed.isAfter(CUT_OFF)) || "679".indexOf(level.charAt(0)) >= 0) {
                sink.kept++; // read, but outside the diplomas the platform offers (as V22)
                continue;
            }
            String levelLabel = LEVEL_LABELS.getOrDefault(level, context.levelLabels.containsKey(level) ? sentence(context.levelLabels.get(level)) : "Autre diplôme");
            String[] cpc = context.cpc.get(code);
            String label = cpc != null ? cpc[0] : sentence(withoutLevel(longLabel, shortLabel));
            Integer national = NationalLevels.first(NationalLevels.fromBcnLevelCode(level, shortLabel),
                    NationalLevels.fromBcnQualification(row.get("NIVEAU_QUALIFICATION_RNCP")), context.levelQualifications.get(level));
            rows.add(new Object[] {code, level, cut(levelLabel, 100), cut(shortLabel, 40), cut(label, 255), opened == null ? null : Date.valueOf(opened),
                    closed == null ? null : Date.valueOf(closed), national, group, Timestamp.from(now)});
            sink.kept++;
        }
        jdbc.batchUpdate("""
                insert into diploma (code, level_code, level_label, short_label, label, opened_on, closed_on, national_level, nsf_code, imported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (code) do update set level_code = excluded.level_code, level_label = excluded.level_label,
                    short_label = excluded.short_label, label = excluded.label, opened_on = excluded.opened_on, closed_on = excluded.closed_on,
                    national_level = coalesce(excluded.national_level, diploma.national_level), nsf_code = excluded.nsf_code,
                    imported_at = excluded.imported_at""", rows);
        if (!context.cpc.isEmpty()) {
            List<Object[]> cpcRows = new ArrayList<>();
            context.cpc.forEach((cfd, c) -> cpcRows.add(new Object[] {cut(c[1], 150), cut(c[2], 150), c[3], cfd}));
            jdbc.batchUpdate("update diploma set cpc = ?, cpc_sector = ?, cpc_rncp_code = ? where code = ?", cpcRows);
        }
    }

    private void rncp(CsvFile file, Sink sink) {
        List<Object[]> rows = new ArrayList<>();
        for (CsvFile.Record r : file.records()) {
            Row row = sink.row(file, r);
            if (row == null) {
                continue;
            }
            String code = row.required("Numero_Fiche");
            String label = row.required("Intitule");
            String active = row.required("Actif");
            if (code == null || label == null || active == null) {
                continue;
            }
            if (!RNCP_CODE.matcher(code).matches()) {
                row.malformed("Numero_Fiche", code, "un code comme RNCP1234");
                continue;
            }
            if (!active.equals("ACTIVE") && !active.equals("INACTIVE")) {
                row.malformed("Actif", active, "ACTIVE ou INACTIVE");
                continue;
            }
            LocalDate ends = row.date("Date_Fin_Enregistrement", RNCP_DATE);
            if (row.failed) {
                continue;
            }
            rows.add(new Object[] {code, cut(label.replace('\r', ' ').replace('\n', ' ').strip(), 1000),
                    NationalLevels.fromWording(row.get("Nomenclature_Europe_Intitule")), active.equals("ACTIVE"), cut(row.get("Abrege_Code"), 40),
                    cut(row.get("Abrege_Intitule"), 200), cut(row.get("Type_Enregistrement"), 100), ends == null ? null : Date.valueOf(ends)});
            sink.kept++;
        }
        jdbc.batchUpdate("""
                insert into catalogue_rncp (code, label, national_level, active, type_code, type_label, registration, ends_on)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (code) do update set label = excluded.label, national_level = excluded.national_level, active = excluded.active,
                    type_code = excluded.type_code, type_label = excluded.type_label, registration = excluded.registration,
                    ends_on = excluded.ends_on""", rows);
    }

    private void rncpRome(CsvFile file, Sink sink) {
        Set<String> known = new HashSet<>(jdbc.queryForList("select code from catalogue_rncp", String.class));
        Set<List<String>> links = new java.util.LinkedHashSet<>();
        for (CsvFile.Record r : file.records()) {
            Row row = sink.row(file, r);
            if (row == null) {
                continue;
            }
            String code = row.required("CodeRNCP");
            String rome = row.required("Rome");
            if (code == null || rome == null) {
                continue;
            }
            if (!RNCP_CODE.matcher(code).matches()) {
                row.malformed("CodeRNCP", code, "un code comme RNCP1234");
                continue;
            }
            if (!ROME.matcher(rome).matches()) {
                row.malformed("Rome", rome, "un code ROME comme A1101");
                continue;
            }
            if (!known.contains(code)) {
                row.unknown("CodeRNCP", code, "rncp_info");
                continue;
            }
            links.add(List.of(code, rome));
            sink.kept++;
        }
        // The file is the whole list: it replaces the links of an earlier import.
        jdbc.update("delete from catalogue_rncp_rome");
        jdbc.batchUpdate("insert into catalogue_rncp_rome (rncp_code, rome_code) values (?, ?)",
                links.stream().map(l -> new Object[] {l.get(0), l.get(1)}).toList());
    }

    private void kit(CsvFile file, Sink sink) {
        Set<String> diplomas = new HashSet<>(jdbc.queryForList("select code from diploma", String.class));
        Set<String> rncp = new HashSet<>(jdbc.queryForList("select code from catalogue_rncp", String.class));
        Map<List<String>, Object[]> rows = new LinkedHashMap<>();
        for (CsvFile.Record r : file.records()) {
            Row row = sink.row(file, r);
            if (row == null) {
                continue;
            }
            String cfd = row.required("Code_Diplome");
            String code = row.required("Code_RNCP");
            if (cfd == null || code == null) {
                continue;
            }
            if (!CFD.matcher(cfd).matches()) {
                row.malformed("Code_Diplome", cfd, "un code formation diplôme de 8 caractères");
                continue;
            }
            if (!RNCP_CODE.matcher(code).matches()) {
                row.malformed("Code_RNCP", code, "un code comme RNCP1234");
                continue;
            }
            if (!diplomas.contains(cfd) && !rncp.contains(code)) {
                row.unknownPair("Code_RNCP", cfd, code);
                continue;
            }
            String access = row.get("Accès à l'apprentissage de la fiche RNCP (oui/non)");
            Boolean apprenticeship = access == null ? null : access.equalsIgnoreCase("oui") ? Boolean.TRUE
                    : access.equalsIgnoreCase("non") ? Boolean.FALSE : null;
            if (access != null && apprenticeship == null && !access.equalsIgnoreCase("NR")) {
                row.malformed("Accès à l'apprentissage de la fiche RNCP (oui/non)", access, "oui, non ou NR");
                continue;
            }
            String state = row.get("Fiche ACTIVE/INACTIVE");
            rows.put(List.of(cfd, code), new Object[] {cfd, code, NationalLevels.fromWording(row.get("Niveau fiche RNCP")), apprenticeship,
                    state == null ? null : state.equalsIgnoreCase("ACTIVE")});
            sink.kept++;
        }
        jdbc.update("delete from catalogue_kit");
        jdbc.batchUpdate("insert into catalogue_kit (cfd, rncp_code, national_level, apprenticeship, active) values (?, ?, ?, ?, ?)",
                List.copyOf(rows.values()));
    }

    private void onisep(CsvFile file, Sink sink) {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        for (CsvFile.Record r : file.records()) {
            Row row = sink.row(file, r);
            if (row == null) {
                continue;
            }
            String label = row.required("libellé formation principal");
            String url = row.required("lien site onisep.fr");
            if (label == null || url == null) {
                continue;
            }
            Matcher id = ONISEP_ID.matcher(url);
            if (!id.find()) {
                row.malformed("lien site onisep.fr", url, "un lien vers une formation d'onisep.fr (FOR.1234)");
                continue;
            }
            String rncp = row.get("code RNCP");
            if (rncp != null && !rncp.matches("\\d{1,6}")) {
                row.malformed("code RNCP", rncp, "un numéro de fiche RNCP");
                continue;
            }
            rows.put(id.group(1), new Object[] {id.group(1), cut(row.get("libellé type formation"), 200), cut(label, 1000), cut(row.get("durée"), 40),
                    rncp == null ? null : "RNCP" + rncp, NationalLevels.fromWording(row.get("libellé niveau RNCP")),
                    cut(row.get("domaine/sous-domaine"), 500), cut(url, 300)});
            sink.kept++;
        }
        jdbc.batchUpdate("""
                insert into catalogue_onisep (onisep_id, type_label, label, duration, rncp_code, national_level, domain, url)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (onisep_id) do update set type_label = excluded.type_label, label = excluded.label, duration = excluded.duration,
                    rncp_code = excluded.rncp_code, national_level = excluded.national_level, domain = excluded.domain, url = excluded.url""",
                List.copyOf(rows.values()));
    }

    private static final String UPSERT_ESTABLISHMENT = """
            insert into catalogue_establishment (uai, name, kind, siret, address, postal_code, commune_code, commune_name, region_name,
                latitude, longitude, phone, website, email)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (uai) do update set name = excluded.name, kind = excluded.kind,
                siret = coalesce(excluded.siret, catalogue_establishment.siret),
                address = coalesce(excluded.address, catalogue_establishment.address),
                postal_code = coalesce(excluded.postal_code, catalogue_establishment.postal_code),
                commune_code = coalesce(excluded.commune_code, catalogue_establishment.commune_code),
                commune_name = coalesce(excluded.commune_name, catalogue_establishment.commune_name),
                region_name = coalesce(excluded.region_name, catalogue_establishment.region_name),
                latitude = coalesce(excluded.latitude, catalogue_establishment.latitude),
                longitude = coalesce(excluded.longitude, catalogue_establishment.longitude),
                phone = coalesce(excluded.phone, catalogue_establishment.phone),
                website = coalesce(excluded.website, catalogue_establishment.website),
                email = coalesce(excluded.email, catalogue_establishment.email)""";

    private void cfa(CsvFile file, Sink sink) {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        for (CsvFile.Record r : file.records()) {
            Row row = sink.row(file, r);
            if (row == null) {
                continue;
            }
            String uai = row.required("numero_uai");
            if (uai == null) {
                continue;
            }
            if (!UAI.matcher(uai).matches()) {
                row.malformed("numero_uai", uai, "un UAI de 7 chiffres et une lettre");
                continue;
            }
            String siret = row.get("numero_siren_siret_uai");
            if (siret != null && !siret.matches("\\d{9}|\\d{14}")) {
                row.malformed("numero_siren_siret_uai", siret, "un SIREN (9 chiffres) ou un SIRET (14 chiffres)");
                continue;
            }
            String commune = row.get("commune");
            if (commune != null && !commune.matches("[0-9][0-9AB]\\d{3}")) {
                row.malformed("commune", commune, "un code commune INSEE de 5 caractères");
                continue;
            }
            String name = String.join(" ", java.util.stream.Stream.of(row.get("denomination_principale"), row.get("patronyme_uai"))
                    .filter(s -> s != null && !s.isBlank()).toList());
            rows.put(uai, new Object[] {uai, cut(name.isBlank() ? uai : name, 300), "CFA", siret != null && siret.length() == 14 ? siret : null,
                    cut(row.get("adresse_uai"), 300), cut(row.get("code_postal_uai"), 10), commune, cut(row.get("commune_libe"), 150), null, null, null,
                    null, null, null});
            sink.kept++;
        }
        jdbc.batchUpdate(UPSERT_ESTABLISHMENT, List.copyOf(rows.values()));
    }

    private void lycees(CsvFile file, Sink sink) {
        Map<String, Object[]> rows = new LinkedHashMap<>();
        for (CsvFile.Record r : file.records()) {
            Row row = sink.row(file, r);
            if (row == null) {
                continue;
            }
            String uai = row.required("CODE_UAI");
            String name = row.required("NOM_ETABLISSEMENT");
            if (uai == null || name == null) {
                continue;
            }
            if (!UAI.matcher(uai).matches()) {
                row.malformed("CODE_UAI", uai, "un UAI de 7 chiffres et une lettre");
                continue;
            }
            String siret = row.get("NUM_SIRET");
            if (siret != null && !siret.matches("\\d{14}")) {
                row.malformed("NUM_SIRET", siret, "un SIRET de 14 chiffres");
                continue;
            }
            Double lat = null;
            Double lon = null;
            String geo = row.get("GEO");
            if (geo != null) {
                Matcher m = GEO.matcher(geo);
                if (!m.matches() || Math.abs(Double.parseDouble(m.group(1))) > 90 || Math.abs(Double.parseDouble(m.group(2))) > 180) {
                    row.malformed("GEO", geo, "« latitude, longitude »");
                    continue;
                }
                lat = Double.parseDouble(m.group(1));
                lon = Double.parseDouble(m.group(2));
            }
            rows.put(uai, new Object[] {uai, cut(name, 300), "LYCEE", siret, cut(row.get("ADRESSE_POSTALE"), 300), cut(row.get("CODE_POSTAL"), 10),
                    row.get("CODE_INSEE"), cut(row.get("COMMUNE"), 150), "Île-de-France", lat, lon, cut(row.get("TELEPHONE"), 30),
                    cut(row.get("SITE_WEB"), 300), cut(row.get("MAIL"), 200)});
            sink.kept++;
        }
        jdbc.batchUpdate(UPSERT_ESTABLISHMENT, List.copyOf(rows.values()));
    }

    private void outcomes(CsvFile file, Sink sink, boolean lyceesPro) {
        Matcher year = SCHOOL_YEAR.matcher(file.name());
        String schoolYear = year.find() ? year.group(1) + "-" + year.group(2) : "inconnue";
        String source = lyceesPro ? "INSERJEUNES_LP" : "INSERJEUNES_CFA";
        Map<List<String>, Object[]> rows = new LinkedHashMap<>();
        Map<String, Object[]> establishments = new LinkedHashMap<>();
        for (CsvFile.Record r : file.records()) {
            Row row = sink.row(file, r);
            if (row == null) {
                continue;
            }
            String uai = row.required("n°UAI de l'établissement");
            String name = row.required("Libellé de l'établissement");
            if (uai == null || name == null) {
                continue;
            }
            if (!UAI.matcher(uai).matches()) {
                row.malformed("n°UAI de l'établissement", uai, "un UAI de 7 chiffres et une lettre");
                continue;
            }
            String population = "ALL";
            if (lyceesPro) {
                String who = row.required("Dont apprentis en EPLE");
                if (who == null) {
                    continue;
                }
                if (who.equalsIgnoreCase("dont apprentis")) {
                    population = "APPRENTICES";
                } else if (who.equalsIgnoreCase("dont élèves en voie pro sco")) {
                    population = "STUDENTS";
                } else if (!who.equalsIgnoreCase("ensemble")) {
                    row.malformed("Dont apprentis en EPLE", who, "« ensemble », « dont apprentis » ou « dont élèves en voie pro sco »");
                    continue;
                }
            }
            Integer further = row.rate("Taux de poursuite d'études", false);
            Integer employment = row.rate("Taux", false);
            Integer expected = row.rate("Taux attendu", false);
            Integer added = row.rate("Valeur ajoutée", true);
            Integer shareStudy = row.rate("Part en poursuite d'études", false);
            Integer shareEmployed = row.rate("Part en emploi 6 mois après la sortie", false);
            Integer shareOther = row.rate("Part des autres situations", false);
            if (row.failed) {
                continue;
            }
            String region = row.get("Région");
            rows.put(List.of(uai, population), new Object[] {uai, schoolYear, source, population, cut(name, 300), cut(region, 100), further,
                    employment, expected, added, shareStudy, shareEmployed, shareOther});
            establishments.putIfAbsent(uai, new Object[] {uai, cut(name, 300), lyceesPro ? "LYCEE" : "CFA", null, null, null, null, null,
                    cut(region, 100), null, null, null, null, null});
            sink.kept++;
        }
        jdbc.update("delete from catalogue_outcome where source = ? and school_year = ?", source, schoolYear);
        jdbc.batchUpdate("""
                insert into catalogue_outcome (uai, school_year, source, population, establishment_name, region_name, further_study_rate,
                    employment_rate, expected_employment_rate, value_added, share_further_study, share_employed, share_other)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", List.copyOf(rows.values()));
        // Establishments the other lists do not know keep the name and région InserJeunes gives them.
        jdbc.batchUpdate("""
                insert into catalogue_establishment (uai, name, kind, siret, address, postal_code, commune_code, commune_name, region_name,
                    latitude, longitude, phone, website, email)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (uai) do update set region_name = coalesce(catalogue_establishment.region_name, excluded.region_name)""",
                List.copyOf(establishments.values()));
    }

    // ---- assembling the trainings -----------------------------------------------------------------------------------

    private record Draft(String code, String kind, String cfd, String rncpCode, String typeLabel, String label, Integer level, String nsf,
                         String domain, String duration, String cpc, String cpcSector, String onisepUrl, Set<String> rncpCodes) {
    }

    private record RncpInfo(String label, Integer level, boolean active, String typeLabel) {
    }

    /** Builds the trainings from what every file wrote, with their routes and régions; returns how many there are. */
    public int assemble() {
        Map<String, RncpInfo> rncp = new HashMap<>();
        jdbc.query("select code, label, national_level, active, type_label from catalogue_rncp", rs -> {
            rncp.put(rs.getString(1), new RncpInfo(rs.getString(2), (Integer) rs.getObject(3), rs.getBoolean(4), rs.getString(5)));
        });
        Map<String, Set<String>> kitByCfd = new HashMap<>();
        Map<String, Boolean> apprenticeshipByRncp = new HashMap<>();
        Set<String> activeInKit = new HashSet<>();
        jdbc.query("select cfd, rncp_code, apprenticeship, active from catalogue_kit", rs -> {
            if (Boolean.TRUE.equals(rs.getObject(4))) {
                activeInKit.add(rs.getString(2));
            }
            kitByCfd.computeIfAbsent(rs.getString(1), c -> new HashSet<>()).add(rs.getString(2));
            Boolean flag = (Boolean) rs.getObject(3);
            if (flag != null) {
                apprenticeshipByRncp.merge(rs.getString(2), flag, Boolean::logicalOr);
            }
        });
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Set<String> rncpOfDiplomas = new HashSet<>();
        jdbc.query("select code, level_label, label, national_level, nsf_code, cpc, cpc_sector, cpc_rncp_code from diploma", rs -> {
            String cfd = rs.getString(1);
            Set<String> codes = new java.util.TreeSet<>(kitByCfd.getOrDefault(cfd, Set.of()));
            if (rs.getString(8) != null) {
                codes.add(rs.getString(8));
            }
            // A Kit fiche newer than the RNCP export is kept by its code: the sheet and LHÉO name it, without its wording.
            rncpOfDiplomas.addAll(codes);
            drafts.put(cfd, new Draft(cfd, "DIPLOMA", cfd, codes.isEmpty() ? null : codes.iterator().next(), rs.getString(2), rs.getString(3),
                    (Integer) rs.getObject(4), rs.getString(5), null, null, rs.getString(6), rs.getString(7), null, codes));
        });
        record Onisep(String id, String typeLabel, String label, String duration, String rncp, Integer level, String domain, String url) {
        }
        List<Onisep> onisep = jdbc.query("select onisep_id, type_label, label, duration, rncp_code, national_level, domain, url from catalogue_onisep order by onisep_id",
                (rs, n) -> new Onisep(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), (Integer) rs.getObject(6),
                        rs.getString(7), rs.getString(8)));
        Set<String> rncpOfOnisep = new HashSet<>();
        onisep.stream().map(Onisep::rncp).filter(rncp::containsKey).forEach(rncpOfOnisep::add);
        rncp.forEach((code, info) -> {
            if (rncpOfDiplomas.contains(code) || !(info.active() || apprenticeshipByRncp.containsKey(code) || rncpOfOnisep.contains(code))) {
                return;
            }
            drafts.put(code, new Draft(code, "CERTIFICATION", null, code, info.typeLabel(), info.label(), info.level(), null, null, null, null, null,
                    null, Set.of(code)));
        });
        // ONISEP completes the trainings of its RNCP fiche, or stands alone.
        Map<String, List<String>> trainingsByRncp = new HashMap<>();
        drafts.values().forEach(d -> d.rncpCodes().forEach(c -> trainingsByRncp.computeIfAbsent(c, k -> new ArrayList<>()).add(d.code())));
        for (Onisep o : onisep) {
            List<String> targets = o.rncp() == null ? List.of() : trainingsByRncp.getOrDefault(o.rncp(), List.of());
            if (targets.isEmpty()) {
                drafts.put(o.id(), new Draft(o.id(), "ONISEP", null, o.rncp(), o.typeLabel(), o.label(), o.level(), null, o.domain(), o.duration(),
                        null, null, o.url(), o.rncp() != null && rncp.containsKey(o.rncp()) ? Set.of(o.rncp()) : Set.of()));
            } else {
                for (String code : targets) {
                    Draft d = drafts.get(code);
                    if (d.onisepUrl() == null) {
                        drafts.put(code, new Draft(d.code(), d.kind(), d.cfd(), d.rncpCode(), d.typeLabel() == null ? o.typeLabel() : d.typeLabel(), d.label(),
                                d.level() == null ? o.level() : d.level(), d.nsf(), o.domain(), o.duration(), d.cpc(), d.cpcSector(), o.url(), d.rncpCodes()));
                    }
                }
            }
        }
        // Routes and régions from the campuses' trainings.
        Map<String, Set<TrainingRoute>> recorded = new HashMap<>();
        Map<String, Set<String>> regions = new HashMap<>();
        Set<String> cfaUais = new HashSet<>(jdbc.queryForList("select uai from catalogue_establishment where kind = 'CFA'", String.class));
        Set<String> deliveredByCfa = new HashSet<>();
        for (CampusLinks.Link link : campusLinks.links()) {
            recorded.computeIfAbsent(link.cfd(), c -> EnumSet.noneOf(TrainingRoute.class)).add(link.route());
            if (link.regionCode() != null) {
                regions.computeIfAbsent(link.cfd(), c -> new java.util.TreeSet<>()).add(link.regionCode());
            }
            if (link.apprenticeCentre() || (link.uai() != null && cfaUais.contains(link.uai()))) {
                deliveredByCfa.add(link.cfd());
            }
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Object[]> rows = new ArrayList<>();
        for (Draft d : drafts.values()) {
            boolean activeRncp = d.rncpCodes().stream().anyMatch(c -> rncp.containsKey(c) ? rncp.get(c).active() : activeInKit.contains(c));
            Boolean kit = d.rncpCodes().stream().map(apprenticeshipByRncp::get).filter(java.util.Objects::nonNull).reduce(Boolean::logicalOr).orElse(null);
            boolean diploma = d.kind().equals("DIPLOMA");
            Set<TrainingRoute> routes = TrainingRoutes.of(new TrainingRoutes.Facts(diploma, d.onisepUrl() != null, kit, activeRncp,
                    diploma && deliveredByCfa.contains(d.cfd()), diploma ? recorded.get(d.cfd()) : null));
            Integer level = d.level() == null ? d.rncpCodes().stream().map(rncp::get).filter(java.util.Objects::nonNull).map(RncpInfo::level)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null) : d.level();
            rows.add(new Object[] {UUID.randomUUID(), d.code(), d.kind(), d.cfd(), d.rncpCode(), cut(d.typeLabel(), 200), cut(d.label(), 1000), level,
                    d.nsf(), cut(d.domain(), 500), d.duration(), d.cpc(), d.cpcSector(), d.onisepUrl(), d.rncpCodes().isEmpty() ? null : activeRncp, kit,
                    TrainingRoutes.format(routes), diploma ? String.join(",", regions.getOrDefault(d.cfd(), Set.of())) : "", now});
        }
        jdbc.batchUpdate("""
                insert into catalogue_training (id, code, kind, cfd, rncp_code, type_label, label, national_level, nsf_code, domain, duration, cpc,
                    cpc_sector, onisep_url, rncp_active, apprenticeship_access, routes, region_codes, imported_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (code) do update set kind = excluded.kind, cfd = excluded.cfd, rncp_code = excluded.rncp_code,
                    type_label = excluded.type_label, label = excluded.label, national_level = excluded.national_level, nsf_code = excluded.nsf_code,
                    domain = excluded.domain, duration = excluded.duration, cpc = excluded.cpc, cpc_sector = excluded.cpc_sector,
                    onisep_url = excluded.onisep_url, rncp_active = excluded.rncp_active, apprenticeship_access = excluded.apprenticeship_access,
                    routes = excluded.routes, region_codes = excluded.region_codes, imported_at = excluded.imported_at""", rows);
        jdbc.update("delete from catalogue_training_rncp");
        List<Object[]> links = new ArrayList<>();
        jdbc.query("select id, code from catalogue_training", rs -> {
            Draft d = drafts.get(rs.getString(2));
            if (d != null) {
                for (String c : d.rncpCodes()) {
                    links.add(new Object[] {rs.getObject(1, UUID.class), c});
                }
            }
        });
        jdbc.batchUpdate("insert into catalogue_training_rncp (training_id, rncp_code) values (?, ?)", links);
        return drafts.size();
    }

    // ---- rows and rejections ----------------------------------------------------------------------------------------

    /** Counts and reports the rows of one file. */
    private static final class Sink {
        final String file;
        final Progress progress;
        int kept;
        int rejected;

        Sink(String file, Progress progress) {
            this.file = file;
            this.progress = progress;
        }

        void reject(int line, String column, String message) {
            rejected++;
            progress.rejected(file, line, column, message);
        }

        /** Checks the header; a missing column rejects the whole file, which is then not read. */
        boolean header(CsvFile csv, List<String> required) {
            if (csv.header().isEmpty()) {
                reject(1, null, "Le fichier est vide : aucun en-tête n'a été trouvé.");
                return false;
            }
            List<String> missing = required.stream().filter(c -> csv.column(c) < 0).toList();
            if (!missing.isEmpty()) {
                for (String column : missing) {
                    reject(1, column, "Colonne « " + column + " » absente de l'en-tête"
                            + (csv.header().stream().anyMatch(h -> h.indexOf(CsvFile.INVALID) >= 0 || CatalogueEncoding.looksLikeUtf8ReadAsCp1252(h))
                            ? " (l'en-tête n'est pas lisible dans l'encodage " + encodingName(csv) + " : vérifiez l'encodage du fichier)" : "")
                            + " : le fichier n'est pas importé.");
                }
                return false;
            }
            return true;
        }

        /** The row, or null (rejected) when it lacks columns or holds text in a wrong encoding. */
        Row row(CsvFile csv, CsvFile.Record record) {
            List<String> cells = record.cells();
            if (cells.size() < csv.header().size()) {
                String column = csv.header().get(cells.size());
                reject(record.line(), column, "Ligne incomplète : " + cells.size() + " valeurs au lieu de " + csv.header().size()
                        + ", la colonne « " + column + " » manque.");
                return null;
            }
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                boolean invalid = cell.indexOf(CsvFile.INVALID) >= 0;
                boolean mixed = !csv.isUtf8() && CatalogueEncoding.looksLikeUtf8ReadAsCp1252(cell);
                if (invalid || mixed) {
                    String column = i < csv.header().size() ? csv.header().get(i) : "colonne " + (i + 1);
                    reject(record.line(), column, invalid
                            ? "Encodage incorrect : la valeur contient des octets qui ne sont pas du " + encodingName(csv) + "."
                            : "Encodage incorrect : la valeur semble écrite en UTF-8 dans un fichier en Windows-1252 (« " + cut(cell.strip(), 60) + " »).");
                    return null;
                }
            }
            return new Row(this, csv, record);
        }

        private static String encodingName(CsvFile csv) {
            return csv.isUtf8() ? "UTF-8" : "Windows-1252";
        }
    }

    /** One record, read by column title; the first problem rejects it. */
    private static final class Row {
        final Sink sink;
        final CsvFile csv;
        final CsvFile.Record record;
        boolean failed;

        Row(Sink sink, CsvFile csv, CsvFile.Record record) {
            this.sink = sink;
            this.csv = csv;
            this.record = record;
        }

        /** The trimmed value, null when blank. */
        String get(String column) {
            int i = csv.column(column);
            if (i < 0 || i >= record.cells().size()) {
                return null;
            }
            String value = record.cells().get(i).strip();
            return value.isEmpty() ? null : value;
        }

        String required(String column) {
            String value = get(column);
            if (value == null && !failed) {
                fail(column, "Valeur manquante : la colonne « " + column + " » est vide.");
            }
            return value;
        }

        LocalDate date(String column, DateTimeFormatter format) {
            String value = get(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                malformed(column, value, "une date");
                return null;
            }
        }

        /** A percentage (0–100, or any integer when it may be negative); blank or "nd" (non disponible) stays null, never 0. */
        Integer rate(String column, boolean signed) {
            String value = get(column);
            if (value == null || failed || value.equalsIgnoreCase("nd")) {
                return null;
            }
            try {
                int rate = Integer.parseInt(value.replace(" ", "").replace("%", ""));
                if (!signed && (rate < 0 || rate > 100)) {
                    malformed(column, value, "un pourcentage entre 0 et 100");
                    return null;
                }
                if (signed && (rate < -100 || rate > 100)) {
                    malformed(column, value, "un nombre de points entre -100 et 100");
                    return null;
                }
                return rate;
            } catch (NumberFormatException e) {
                malformed(column, value, signed ? "un nombre entier de points" : "un pourcentage entier");
                return null;
            }
        }

        void malformed(String column, String value, String expected) {
            fail(column, "Valeur mal formée : « " + cut(value, 80) + " » n'est pas " + expected + ".");
        }

        void unknown(String column, String value, String list) {
            fail(column, "Code inconnu : « " + value + " » n'existe pas dans " + list + ".");
        }

        void unknownPair(String column, String cfd, String rncp) {
            fail(column, "Codes inconnus : ni le diplôme « " + cfd + " » (BCN) ni la fiche « " + rncp + " » (rncp_info) ne sont connus.");
        }

        private void fail(String column, String message) {
            if (!failed) {
                failed = true;
                sink.reject(record.line(), column, message);
            }
        }
    }

    // ---- wording ----------------------------------------------------------------------------------------------------

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

    static String cut(String text, int max) {
        return text == null ? null : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new ArrayList<>(list);
        all.add(more);
        return List.copyOf(all);
    }
}
