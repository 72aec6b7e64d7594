package fr.passerelle.trades.release;

import java.io.IOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.postgresql.copy.CopyManager;

/**
 * Reads the files of one release and streams every table of it into PostgreSQL ({@code COPY}), checking each row on
 * the way: a row that cannot be kept (a code that is not a number, a fiche or an item that the release does not
 * define, a value too long, a duplicate) is reported with its file, line and column and skipped; the others are kept.
 * A missing file or column refuses the whole release before anything is written.
 */
final class ReleaseLoader {

    /** The tables of a release that the import reads (France Travail's names, without {@code unix_} and the version). */
    static final List<String> TABLES = List.of("grand_domaine", "domaine_professionnel", "referentiel_code_rome", "cr_gd_dp",
            "referentiel_code_rome_riasec", "texte", "referentiel_appellation", "referentiel_macro_competence_riasec",
            "referentiel_competence", "referentiel_savoir", "referentiel_contexte_travail", "coherence_item", "liens_rome_referentiels",
            "rubrique_mobilite", "secteur_activite", "sous_secteur_activite", "arborescence_secteur_activite", "secteur_naf",
            "arborescence_secteur_naf", "themes", "arborescence_thematique", "centre_interet", "arborescence_centre_interet");

    /** What the import tells the page while it runs. */
    interface Progress {
        void step(String step);

        void advance(long rows);
    }

    private static final Pattern TRADE_CODE = Pattern.compile("[A-N]\\d{4}");

    /** A row that was reported and must be skipped. */
    private static final class Rejected extends RuntimeException {
        Rejected() {
            super(null, null, false, false);
        }
    }

    /** A fiche as the files describe it, gathered from several of them before it is written. */
    private static final class Trade {
        String code;
        int ogr;
        Integer sheetNumber;
        String label;
        String parentCode;
        String domainCode;
        String ecological;
        Boolean digital;
        Boolean demographic;
        Boolean regulated;
        Boolean executive;
        String riasecMajor;
        String riasecMinor;
        final TreeMap<Integer, String> definition = new TreeMap<>();
        final TreeMap<Integer, String> access = new TreeMap<>();
    }

    private final ReleaseFiles files;
    private final UUID release;
    private final CopyManager copies;
    private final Progress progress;
    private final CsvReader.Problems problems;
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    private final Map<String, Trade> trades = new LinkedHashMap<>();
    private final Set<Integer> jobTitles = new HashSet<>();
    private final Set<Integer> skills = new HashSet<>();
    private final Set<Integer> knowledge = new HashSet<>();
    private final Set<Integer> workContexts = new HashSet<>();
    private final Set<String> sectors = new HashSet<>();
    private final Set<String> nafSectors = new HashSet<>();
    private final Set<String> themes = new HashSet<>();
    private final Set<String> interests = new HashSet<>();
    private CsvReader reader;

    ReleaseLoader(ReleaseFiles files, UUID release, CopyManager copies, Progress progress, CsvReader.Problems problems) {
        this.files = files;
        this.release = release;
        this.copies = copies;
        this.progress = progress;
        this.problems = problems;
    }

    /** Refuses a release that lacks a file before anything is read. */
    static void checkFiles(ReleaseFiles files) {
        TABLES.forEach(files::fileOf);
    }

    /** An estimate of the rows ahead (lines of every file), for the progress bar. */
    static long estimateRows(ReleaseFiles files) throws IOException {
        long lines = 0;
        for (String table : TABLES) {
            lines += Math.max(0, CsvReader.countLines(files.open(files.fileOf(table))) - 1);
        }
        return lines;
    }

    /** Loads every table; returns the rows kept in each ("trades", "jobTitles", …). */
    Map<String, Integer> load() throws IOException, SQLException {
        checkFiles(files);
        grandDomains();
        domains();
        trades();
        jobTitles();
        skills();
        knowledge();
        workContexts();
        tradeItems();
        mobility();
        sectors();
        nafSectors();
        themes();
        interests();
        return counts;
    }

    // --- fiches and their domains ---

    private void grandDomains() throws IOException, SQLException {
        try (var in = open("grand_domaine"); var out = copy("rome_grand_domain", "code, label")) {
            int code = in.column("code_grand_domaine");
            int label = in.column("libelle_grand_domaine");
            Set<String> seen = new HashSet<>();
            each(in, row -> {
                String c = code(row, code, 1);
                String l = text(row, label, 300, true);
                unique(seen, c, row, code);
                out.row(c, l);
            });
            counts.put("grandDomains", (int) out.rows());
        }
    }

    private void domains() throws IOException, SQLException {
        try (var in = open("domaine_professionnel"); var out = copy("rome_professional_domain", "code, label, grand_domain_code")) {
            int code = in.column("code_domaine_professionnel");
            int label = in.column("libelle_domaine_professionnel");
            Set<String> seen = new HashSet<>();
            each(in, row -> {
                String c = code(row, code, 3);
                String l = text(row, label, 300, true);
                unique(seen, c, row, code);
                out.row(c, l, c.substring(0, 1));
            });
            counts.put("domains", (int) out.rows());
        }
    }

    private void trades() throws IOException, SQLException {
        try (var in = open("referentiel_code_rome")) {
            int code = in.column("code_rome");
            int sheet = in.column("code_fiche_metier");
            int ogr = in.column("code_ogr");
            int label = in.column("libelle_rome");
            int eco = in.column("transition_eco");
            int digital = in.column("transition_num");
            int demo = in.column("transition_demo");
            int regulated = in.column("emploi_reglemente");
            int executive = in.column("emploi_cadre");
            int parent = in.column("code_rome_parent");
            each(in, row -> {
                var trade = new Trade();
                trade.code = tradeCode(row, code);
                if (trades.containsKey(trade.code)) {
                    reject(row, code, "la fiche " + trade.code + " est déjà définie plus haut.");
                }
                trade.ogr = ogr(row, ogr);
                trade.sheetNumber = optionalNumber(row, sheet);
                trade.label = text(row, label, 300, true);
                trade.ecological = text(row, eco, 100, false);
                trade.digital = flag(row, digital);
                trade.demographic = flag(row, demo);
                trade.regulated = flag(row, regulated);
                trade.executive = flag(row, executive);
                String parentCode = text(row, parent, 5, false);
                if (parentCode != null && !TRADE_CODE.matcher(parentCode).matches()) {
                    reject(row, parent, "« " + parentCode + " » n’est pas un code ROME (une lettre et quatre chiffres).");
                }
                trade.parentCode = parentCode;
                trades.put(trade.code, trade);
            });
        }
        try (var in = open("cr_gd_dp")) {
            int code = in.column("code_rome");
            int domain = in.column("code_domaine_professionel");
            each(in, row -> knownTrade(row, code).domainCode = text(row, domain, 3, false));
        }
        try (var in = open("referentiel_code_rome_riasec")) {
            int code = in.column("code_rome");
            int major = in.column("riasec_majeur");
            int minor = in.column("riasec_mineur");
            each(in, row -> {
                Trade trade = knownTrade(row, code);
                trade.riasecMajor = riasec(row, major);
                trade.riasecMinor = riasec(row, minor);
            });
        }
        try (var in = open("texte")) {
            int code = in.column("code_rome");
            int block = in.column("code_compo_bloc");
            int position = in.column("position_phrase");
            int text = in.column("libelle_texte");
            each(in, row -> {
                Trade trade = knownTrade(row, code);
                int b = number(row, block);
                int p = number(row, position);
                String sentence = text(row, text, Integer.MAX_VALUE, true);
                switch (b) {
                    case 3 -> trade.definition.put(p, sentence);
                    case 4 -> trade.access.put(p, sentence);
                    default -> reject(row, block, "le bloc " + b + " n’a pas de texte (3 : définition, 4 : accès à l’emploi).");
                }
            });
        }
        step("Enregistrement des fiches métiers");
        try (var out = copy("rome_trade", "code, ogr, sheet_number, label, parent_code, domain_code, ecological_transition, digital_transition,"
                + " demographic_transition, regulated, executive, riasec_major, riasec_minor, definition, access")) {
            for (Trade t : trades.values()) {
                out.row(t.code, t.ogr, t.sheetNumber, t.label, t.parentCode, t.domainCode, t.ecological, t.digital, t.demographic, t.regulated,
                        t.executive, t.riasecMajor, t.riasecMinor, lines(t.definition), lines(t.access));
            }
            counts.put("trades", (int) out.rows());
        }
    }

    private static String lines(TreeMap<Integer, String> sentences) {
        return sentences.isEmpty() ? null : String.join("\n", sentences.values());
    }

    // --- the items of the fiches ---

    private void jobTitles() throws IOException, SQLException {
        try (var in = open("referentiel_appellation"); var out = copy("rome_job_title", "ogr, label, short_label, trade_code, ecological_transition,"
                + " digital_transition, demographic_transition, regulated, executive, principal, rarely_used")) {
            int ogr = in.column("code_ogr");
            int label = in.column("libelle_appellation_long");
            int shortLabel = in.column("libelle_appellation_court");
            int code = in.column("code_rome");
            int eco = in.column("transition_eco");
            int digital = in.column("transition_num");
            int demo = in.column("transition_demo");
            int regulated = in.column("emploi_reglemente");
            int executive = in.column("emploi_cadre");
            int classification = in.column("classification");
            int rare = in.column("peu_usite");
            each(in, row -> {
                int o = ogr(row, ogr);
                String kind = text(row, classification, 20, false);
                if (kind != null && !kind.equals("PRINCIPALE") && !kind.equals("SYNONYME")) {
                    reject(row, classification, "« " + kind + " » n’est ni PRINCIPALE ni SYNONYME.");
                }
                Object[] values = {o, text(row, label, 300, true), text(row, shortLabel, 300, false), knownTrade(row, code).code,
                        text(row, eco, 100, false), flag(row, digital), flag(row, demo), flag(row, regulated), flag(row, executive),
                        "PRINCIPALE".equals(kind), Boolean.TRUE.equals(flag(row, rare))};
                unique(jobTitles, o, row, ogr);
                out.row(values);
            });
            counts.put("jobTitles", (int) out.rows());
        }
    }

    private void skills() throws IOException, SQLException {
        Map<Integer, String[]> riasec = new HashMap<>();
        try (var in = open("referentiel_macro_competence_riasec")) {
            int ogr = in.column("code_ogr");
            int major = in.column("riasec_majeur");
            int minor = in.column("riasec_mineur");
            each(in, row -> riasec.put(ogr(row, ogr), new String[] {riasec(row, major), riasec(row, minor)}));
        }
        int[] macros = {0};
        try (var in = open("referentiel_competence"); var out = copy("rome_skill", "ogr, macro, label, definition, macro_ogr, macro_code, category,"
                + " subcategory, ecological_transition, digital_transition, heterogeneity, riasec_major, riasec_minor")) {
            int ogr = in.column("code_ogr");
            int nature = in.column("nature");
            int label = in.column("libelle_competence");
            int definition = in.column("definition");
            int macroOgr = in.column("code_ogr_macro_comp");
            int macroCode = in.column("code_macro_comp");
            int category = in.column("cat_comp");
            int subcategory = in.column("sous_cat_comp");
            int eco = in.column("transition_eco");
            int digital = in.column("transition_num");
            int heterogeneity = in.column("libelle_heterogeneite");
            each(in, row -> {
                int o = ogr(row, ogr);
                String n = text(row, nature, 100, true);
                boolean macro = n.equals("Macro-compétence");
                if (!macro && !n.equals("Compétence")) {
                    reject(row, nature, "« " + n + " » n’est ni « Compétence » ni « Macro-compétence ».");
                }
                String[] r = macro ? riasec.getOrDefault(o, new String[2]) : new String[2];
                Object[] values = {o, macro, text(row, label, 500, true), text(row, definition, Integer.MAX_VALUE, false),
                        optionalNumber(row, macroOgr), text(row, macroCode, 10, false), text(row, category, 100, false),
                        text(row, subcategory, 100, false), flag(row, eco), flag(row, digital), text(row, heterogeneity, 100, false), r[0], r[1]};
                unique(skills, o, row, ogr);
                out.row(values);
                if (macro) {
                    macros[0]++;
                }
            });
            counts.put("skills", (int) out.rows() - macros[0]);
            counts.put("macroSkills", macros[0]);
        }
    }

    private void knowledge() throws IOException, SQLException {
        try (var in = open("referentiel_savoir"); var out = copy("rome_knowledge",
                "ogr, label, category, subcategory, ecological_transition, digital_transition")) {
            int ogr = in.column("code_ogr_savoir");
            int label = in.column("libelle_savoir");
            int category = in.column("categorie_savoir");
            int subcategory = in.column("sous_categorie_savoir");
            int eco = in.column("transition_eco");
            int digital = in.column("transition_num");
            each(in, row -> {
                int o = ogr(row, ogr);
                Object[] values = {o, text(row, label, 500, true), text(row, category, 100, false), text(row, subcategory, 100, false),
                        flag(row, eco), flag(row, digital)};
                unique(knowledge, o, row, ogr);
                out.row(values);
            });
            counts.put("knowledge", (int) out.rows());
        }
    }

    private void workContexts() throws IOException, SQLException {
        try (var in = open("referentiel_contexte_travail"); var out = copy("rome_work_context", "ogr, label, type_code, type_label")) {
            int ogr = in.column("code_ogr");
            int label = in.column("libelle_cont_travail");
            int type = in.column("code_type_cont_trav");
            int typeLabel = in.column("libelle_type_cont_trav");
            each(in, row -> {
                int o = ogr(row, ogr);
                Object[] values = {o, text(row, label, 500, true), text(row, type, 10, false), text(row, typeLabel, 200, false)};
                unique(workContexts, o, row, ogr);
                out.row(values);
            });
            counts.put("workContexts", (int) out.rows());
        }
    }

    private void tradeItems() throws IOException, SQLException {
        Map<String, String> core = new HashMap<>(1 << 17);
        try (var in = open("coherence_item")) {
            int code = in.column("code_rome");
            int ogr = in.column("code_ogr");
            int flag = in.column("coeur_metier");
            each(in, row -> {
                String value = text(row, flag, 20, false);
                if (value == null) {
                    return;
                }
                String c = switch (value) {
                    case "Principale" -> "CORE";
                    case "Émergente", "Emergente" -> "EMERGING";
                    default -> {
                        reject(row, flag, "« " + value + " » n’est ni « Principale » ni « Émergente ».");
                        yield null;
                    }
                };
                core.put(knownTrade(row, code).code + "/" + ogr(row, ogr), c);
            });
        }
        try (var in = open("liens_rome_referentiels"); var out = copy("rome_trade_item", "trade_code, block, rubric, ogr, core")) {
            int code = in.column("code_rome");
            int block = in.column("code_compo_bloc");
            int rubric = in.column("code_rubrique");
            int ogr = in.column("code_ogr");
            Set<String> seen = new HashSet<>(1 << 18);
            each(in, row -> {
                Trade trade = knownTrade(row, code);
                int b = number(row, block);
                Integer r = optionalNumber(row, rubric);
                int o = ogr(row, ogr);
                boolean known = switch (b) {
                    case 1 -> o == trade.ogr;
                    case 2 -> jobTitles.contains(o);
                    case 5 -> r == null ? unknownRubric(row, rubric) : switch (r) {
                        case 1, 2 -> skills.contains(o);
                        case 3 -> knowledge.contains(o);
                        default -> unknownRubric(row, rubric);
                    };
                    case 6 -> workContexts.contains(o);
                    default -> {
                        reject(row, block, "le bloc " + b + " n’a pas d’items (1, 2, 5 ou 6 attendu).");
                        yield false;
                    }
                };
                if (!known) {
                    reject(row, ogr, "l’item " + o + " n’existe pas dans le référentiel " + referential(b, r) + " de cette version.");
                }
                if (!seen.add(trade.code + "/" + b + "/" + o)) {
                    reject(row, ogr, "le lien de la fiche " + trade.code + " à l’item " + o + " figure déjà plus haut.");
                }
                out.row(trade.code, b, r, o, core.get(trade.code + "/" + o));
            });
            counts.put("tradeItems", (int) out.rows());
        }
    }

    private boolean unknownRubric(CsvReader.Row row, int rubric) {
        reject(row, rubric, "la rubrique « " + row.get(rubric) + " » du bloc 5 n’existe pas (1, 2 ou 3 attendu).");
        return false;
    }

    private static String referential(int block, Integer rubric) {
        return switch (block) {
            case 1 -> "des fiches";
            case 2 -> "des appellations";
            case 6 -> "des contextes de travail";
            default -> rubric != null && rubric == 3 ? "des savoirs" : "des compétences";
        };
    }

    private void mobility() throws IOException, SQLException {
        try (var in = open("rubrique_mobilite"); var out = copy("rome_mobility", "trade_code, target_code, rank")) {
            int code = in.column("code_rome");
            int target = in.column("code_rome_cible");
            int rank = in.column("numero_ordre");
            Set<String> seen = new HashSet<>();
            each(in, row -> {
                String from = knownTrade(row, code).code;
                String to = knownTrade(row, target).code;
                unique(seen, from + "/" + to, row, target);
                out.row(from, to, optionalNumber(row, rank));
            });
            counts.put("mobility", (int) out.rows());
        }
    }

    // --- sectors, NAF, themes, centres of interest ---

    private void sectors() throws IOException, SQLException {
        try (var out = copy("rome_sector", "code, label, definition, parent_code")) {
            try (var in = open("secteur_activite")) {
                int code = in.column("code_sect_activite");
                int label = in.column("libelle_sect_activite");
                int definition = in.column("definition_sect_activite");
                each(in, row -> {
                    String c = code(row, code, 10);
                    Object[] values = {c, text(row, label, 300, true), text(row, definition, Integer.MAX_VALUE, false), null};
                    unique(sectors, c, row, code);
                    out.row(values);
                });
            }
            Set<String> parents = Set.copyOf(sectors);
            try (var in = open("sous_secteur_activite")) {
                int code = in.column("code_ss_sect_activite");
                int label = in.column("libelle_ss_sect_activite");
                int definition = in.column("definition_ss_sect_activite");
                int parent = in.column("code_sect_activite");
                each(in, row -> {
                    String c = code(row, code, 10);
                    String p = code(row, parent, 10);
                    if (!parents.contains(p)) {
                        reject(row, parent, "le secteur « " + p + " » n’existe pas dans cette version.");
                    }
                    Object[] values = {c, text(row, label, 300, true), text(row, definition, Integer.MAX_VALUE, false), p};
                    unique(sectors, c, row, code);
                    out.row(values);
                });
            }
            counts.put("sectors", (int) out.rows());
        }
        try (var in = open("arborescence_secteur_activite"); var out = copy("rome_trade_sector", "trade_code, sector_code, principal")) {
            int sector = in.column("code_sect_activite");
            int subsector = in.column("code_ss_sect_activite");
            int code = in.column("code_rome");
            int principal = in.column("principal");
            Set<String> seen = new HashSet<>();
            each(in, row -> {
                String s = text(row, subsector, 10, false);
                int column = s == null ? sector : subsector;
                s = s == null ? code(row, sector, 10) : s;
                if (!sectors.contains(s)) {
                    reject(row, column, "le secteur « " + s + " » n’existe pas dans cette version.");
                }
                String t = knownTrade(row, code).code;
                boolean p = yesNo(row, principal);
                unique(seen, t + "/" + s, row, column);
                out.row(t, s, p);
            });
            counts.put("tradeSectors", (int) out.rows());
        }
    }

    private void nafSectors() throws IOException, SQLException {
        referential("secteur_naf", "code_secteur_naf", "libelle_secteur_naf", null, "rome_naf_sector", nafSectors, "nafSectors");
        links("arborescence_secteur_naf", "code_secteur_naf", null, "rome_trade_naf", "naf_code", nafSectors, "tradeNafs");
    }

    private void themes() throws IOException, SQLException {
        referential("themes", "code_theme", "libelle_theme", "definition_theme", "rome_theme", themes, "themes");
        links("arborescence_thematique", "code_theme", null, "rome_trade_theme", "theme_code", themes, "tradeThemes");
    }

    private void interests() throws IOException, SQLException {
        referential("centre_interet", "code_centre_interet", "libelle_centre_interet", "definition_centre_interet", "rome_interest", interests,
                "interests");
        links("arborescence_centre_interet", "code_centre_interet", "principal", "rome_trade_interest", "interest_code", interests, "tradeInterests");
    }

    /** A list of codes with a label (and a definition), kept in {@code known}. */
    private void referential(String file, String codeColumn, String labelColumn, String definitionColumn, String table, Set<String> known,
                             String count) throws IOException, SQLException {
        try (var in = open(file); var out = copy(table, definitionColumn == null ? "code, label" : "code, label, definition")) {
            int code = in.column(codeColumn);
            int label = in.column(labelColumn);
            int definition = definitionColumn == null ? -1 : in.column(definitionColumn);
            each(in, row -> {
                String c = code(row, code, 10);
                String l = text(row, label, 300, true);
                String d = definition < 0 ? null : text(row, definition, Integer.MAX_VALUE, false);
                unique(known, c, row, code);
                if (definition < 0) {
                    out.row(c, l);
                } else {
                    out.row(c, l, d);
                }
            });
            counts.put(count, (int) out.rows());
        }
    }

    /** The fiches of each code of a referential (with their "principal" flag when the file has one). */
    private void links(String file, String codeColumn, String principalColumn, String table, String column, Set<String> known, String count)
            throws IOException, SQLException {
        try (var in = open(file); var out = copy(table, "trade_code, " + column + (principalColumn == null ? "" : ", principal"))) {
            int code = in.column(codeColumn);
            int trade = in.column("code_rome");
            int principal = principalColumn == null ? -1 : in.column(principalColumn);
            Set<String> seen = new HashSet<>();
            each(in, row -> {
                String c = code(row, code, 10);
                if (!known.contains(c)) {
                    reject(row, code, "le code « " + c + " » n’existe pas dans cette version.");
                }
                String t = knownTrade(row, trade).code;
                boolean p = principal >= 0 && yesNo(row, principal);
                unique(seen, t + "/" + c, row, code);
                if (principal < 0) {
                    out.row(t, c);
                } else {
                    out.row(t, c, p);
                }
            });
            counts.put(count, (int) out.rows());
        }
    }

    // --- reading rows and checking values ---

    @FunctionalInterface
    private interface RowWork {
        void accept(CsvReader.Row row) throws SQLException;
    }

    private CsvReader open(String table) throws IOException {
        String name = files.fileOf(table);
        step("Lecture de " + name);
        reader = new CsvReader(name, files.open(name), problems);
        return reader;
    }

    private CopyWriter copy(String table, String columns) throws SQLException {
        return new CopyWriter(copies, table, columns, release);
    }

    private void step(String step) {
        progress.step(step);
    }

    private void each(CsvReader in, RowWork work) throws IOException, SQLException {
        long before = in.records();
        CsvReader.Row row;
        while ((row = in.next()) != null) {
            try {
                work.accept(row);
            } catch (Rejected skipped) {
                // reported where it was found
            }
            long read = in.records();
            if (read - before >= 1000) {
                progress.advance(read - before);
                before = read;
            }
        }
        progress.advance(in.records() - before);
    }

    private void reject(CsvReader.Row row, int column, String message) {
        problems.report(reader.file(), row.line(), column < 0 ? null : reader.header().get(column), message);
        throw new Rejected();
    }

    private String text(CsvReader.Row row, int column, int max, boolean required) {
        String value = row.get(column).strip();
        if (value.isEmpty()) {
            if (required) {
                reject(row, column, "ce champ est vide.");
            }
            return null;
        }
        if (value.length() > max) {
            reject(row, column, "ce champ a " + value.length() + " caractères, " + max + " au plus.");
        }
        return value;
    }

    private String code(CsvReader.Row row, int column, int max) {
        return text(row, column, max, true);
    }

    private String tradeCode(CsvReader.Row row, int column) {
        String value = text(row, column, 5, true);
        if (!TRADE_CODE.matcher(value).matches()) {
            reject(row, column, "« " + value + " » n’est pas un code ROME (une lettre et quatre chiffres).");
        }
        return value;
    }

    private Trade knownTrade(CsvReader.Row row, int column) {
        String code = row.get(column).strip();
        Trade trade = trades.get(code);
        if (trade == null) {
            reject(row, column, code.isEmpty() ? "ce champ est vide." : "la fiche « " + code + " » n’existe pas dans cette version.");
        }
        return trade;
    }

    private int ogr(CsvReader.Row row, int column) {
        String value = row.get(column).strip();
        if (!value.matches("\\d{1,9}")) {
            reject(row, column, "« " + value + " » n’est pas un code OGR (un nombre entier).");
        }
        return Integer.parseInt(value);
    }

    private int number(CsvReader.Row row, int column) {
        String value = row.get(column).strip();
        if (!value.matches("\\d{1,9}")) {
            reject(row, column, "« " + value + " » n’est pas un nombre entier.");
        }
        return Integer.parseInt(value);
    }

    private Integer optionalNumber(CsvReader.Row row, int column) {
        return row.get(column).isBlank() ? null : number(row, column);
    }

    private Boolean flag(CsvReader.Row row, int column) {
        return switch (row.get(column).strip()) {
            case "" -> null;
            case "O", "o", "oui", "Oui" -> true;
            case "N", "n", "non", "Non" -> false;
            default -> {
                reject(row, column, "« " + row.get(column) + " » n’est ni O ni N.");
                yield null;
            }
        };
    }

    private boolean yesNo(CsvReader.Row row, int column) {
        return Boolean.TRUE.equals(flag(row, column));
    }

    private String riasec(CsvReader.Row row, int column) {
        String value = row.get(column).strip();
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("[RIASEC]")) {
            reject(row, column, "« " + value + " » n’est pas une lettre RIASEC (R, I, A, S, E ou C).");
        }
        return value;
    }

    /** The last check of a row: its key is new (and is now known). */
    private <T> void unique(Set<T> seen, T key, CsvReader.Row row, int column) {
        if (!seen.add(key)) {
            reject(row, column, "« " + key + " » figure déjà plus haut dans le fichier.");
        }
    }
}
