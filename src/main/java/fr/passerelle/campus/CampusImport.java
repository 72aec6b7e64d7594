package fr.passerelle.campus;

import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Text;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

/**
 * Reads a registry CSV (UTF-8, {@code ;}-separated, header row, columns below) and imports it. A preview checks
 * every row against the reference data without writing anything; the import then writes the valid rows only,
 * creating campuses (matched by name, case ignored) or updating them, and reports each rejected row by line and
 * column.
 */
@Service
class CampusImport {

    /** The documented columns: name in the file → field, and whether it is required. */
    static final Map<String, Column> COLUMNS = columns();

    record Column(String name, String field, boolean required, String description) {
    }

    record Problem(long line, String column, String message) {
    }

    /** One row read from the file: its line, the identity it describes, or its problems. */
    record Row(long line, CampusIdentity identity, String supportName, String supportUai, UUID existingId,
               List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    record Preview(List<Row> rows, List<Problem> fileProblems) {
        public long validCount() {
            return rows.stream().filter(Row::valid).count();
        }

        public long creations() {
            return rows.stream().filter(r -> r.valid() && r.existingId() == null).count();
        }

        public long updates() {
            return rows.stream().filter(r -> r.valid() && r.existingId() != null).count();
        }

        public List<Problem> problems() {
            List<Problem> all = new ArrayList<>(fileProblems);
            rows.forEach(r -> all.addAll(r.problems()));
            return all;
        }
    }

    private final CampusRegistry registry;
    private final CampusRepository campuses;
    private final Directory directory;

    CampusImport(CampusRegistry registry, CampusRepository campuses, Directory directory) {
        this.registry = registry;
        this.campuses = campuses;
        this.directory = directory;
    }

    /** Reads and checks the file; writes nothing. */
    Preview preview(InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Row> rows = new ArrayList<>();
        try (Reader reader = withoutByteOrderMark(new InputStreamReader(in, decoder));
             CSVParser parser = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setHeader()
                     .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
            List<Problem> fileProblems = checkHeader(header);
            if (!fileProblems.isEmpty()) {
                return new Preview(List.of(), fileProblems);
            }
            for (CSVRecord record : parser) {
                rows.add(read(record));
            }
        } catch (CharacterCodingException e) {
            return new Preview(List.of(), List.of(new Problem(0, null,
                    "Le fichier n'est pas en UTF-8 : enregistrez-le en « CSV UTF-8 » puis recommencez.")));
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return new Preview(rows, List.of(new Problem(rows.size() + 2L, null,
                    "Le fichier CSV est mal formé à partir de cette ligne : un guillemet n'est pas refermé, ou un séparateur manque.")));
        }
        flagDuplicates(rows);
        return new Preview(rows, List.of());
    }

    /** Writes one valid row, as the given actor; returns the campus. */
    CampusCard apply(Actor actor, Row row) {
        if (!row.valid()) {
            throw new IllegalArgumentException("Ligne " + row.line() + " invalide");
        }
        UUID support = resolveSupport(actor, row.supportName(), row.supportUai());
        CampusIdentity identity = withSupport(row.identity(), support);
        Optional<Campus> existing = campuses.findByNameIgnoreCase(identity.name());
        return registry.importRow(actor, existing.map(Campus::id).orElse(null), existing.map(Campus::version).orElse(0L), identity);
    }

    private Row read(CSVRecord record) {
        long line = record.getRecordNumber() + 1;
        List<Problem> problems = new ArrayList<>();
        java.util.function.Function<String, String> value = column ->
                record.isMapped(column) && record.isSet(column) ? Text.trimToNull(Text.withoutControlCharacters(record.get(column))) : null;
        for (Column column : COLUMNS.values()) {
            if (column.required() && value.apply(column.name()) == null) {
                problems.add(new Problem(line, column.name(), "Valeur obligatoire manquante."));
            }
        }
        Sector sector = parse(value.apply("filiere"), Sector::parse, line, "filiere",
                "Filière inconnue : utilisez l'une des 12 filières officielles.", problems);
        List<Sector> otherSectors = new ArrayList<>();
        for (String other : list(value.apply("autres_filieres"))) {
            Sector parsed = parse(other, Sector::parse, line, "autres_filieres",
                    "Filière inconnue : utilisez les 12 filières officielles, séparées par « ; ».", problems);
            if (parsed != null) {
                otherSectors.add(parsed);
            }
        }
        LabelCategory category = parse(value.apply("categorie"), LabelCategory::parse, line, "categorie",
                "Catégorie inconnue : Standard ou Excellence.", problems);
        LabelStatus status = Optional.ofNullable(parse(value.apply("statut_label"), LabelStatus::parse, line, "statut_label",
                "Statut inconnu : Labellisé, Candidat, Label échu ou Label retiré.", problems)).orElse(LabelStatus.LABELLED);
        Double latitude = decimal(value.apply("latitude"), line, "latitude", "La latitude", problems);
        Double longitude = decimal(value.apply("longitude"), line, "longitude", "La longitude", problems);
        Integer year = null;
        try {
            year = FrenchInput.wholeNumber("annee_label", value.apply("annee_label"), 2013, 2100, "L'année du label");
        } catch (BusinessRuleException e) {
            problems.add(new Problem(line, "annee_label", e.getMessage() + " Le label existe depuis 2013."));
        }
        LocalDate from = date(value.apply("debut_validite"), line, "debut_validite", problems);
        LocalDate until = date(value.apply("fin_validite"), line, "fin_validite", problems);
        String uai = value.apply("uai_support");
        if (uai != null && !fr.passerelle.directory.Identifiers.isValidUai(uai)) {
            problems.add(new Problem(line, "uai_support", "Code UAI invalide : 7 chiffres et une lettre de contrôle."));
        }
        if (!problems.isEmpty()) {
            return new Row(line, null, null, null, null, problems);
        }
        CampusIdentity identity = new CampusIdentity(value.apply("nom"), sector, value.apply("code_region"),
                value.apply("code_academie"), value.apply("code_commune"), null, latitude, longitude, null, category, status,
                year, from, until, value.apply("site_web"), value.apply("description"), value.apply("directeur_nom"),
                value.apply("directeur_email"), value.apply("directeur_telephone"), otherSectors, list(value.apply("autres_academies")));
        UUID existingId = campuses.findByNameIgnoreCase(identity.name()).map(Campus::id).orElse(null);
        try {
            identity = registry.check(identity, existingId);
        } catch (BusinessRuleException e) {
            problems.add(new Problem(line, columnOf(e.field()), e.getMessage()));
            return new Row(line, null, null, null, null, problems);
        }
        return new Row(line, identity, value.apply("etablissement_support"), uai, existingId, problems);
    }

    private static void flagDuplicates(List<Row> rows) {
        Map<String, Long> firstLine = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (!row.valid()) {
                continue;
            }
            String key = row.identity().name().toLowerCase(java.util.Locale.FRENCH);
            Long first = firstLine.putIfAbsent(key, row.line());
            if (first != null) {
                rows.set(i, new Row(row.line(), null, null, null, null, List.of(new Problem(row.line(), "nom",
                        "Ce campus figure déjà à la ligne " + first + " du fichier."))));
            }
        }
    }

    private static List<Problem> checkHeader(List<String> header) {
        List<Problem> problems = new ArrayList<>();
        for (Column column : COLUMNS.values()) {
            if (column.required() && !header.contains(column.name())) {
                problems.add(new Problem(1, column.name(), "Colonne obligatoire absente de la ligne d'en-tête."));
            }
        }
        for (String name : header) {
            if (!name.isEmpty() && !COLUMNS.containsKey(name)) {
                problems.add(new Problem(1, name, "Colonne inconnue : voir la liste des colonnes documentées."));
            }
        }
        return problems;
    }

    private UUID resolveSupport(Actor actor, String name, String uai) {
        if (name == null && uai == null) {
            return null;
        }
        Optional<OrganisationSummary> found = uai != null ? directory.findByUai(uai) : Optional.empty();
        if (found.isEmpty() && name != null) {
            found = directory.findByName(name);
        }
        if (found.isPresent()) {
            return found.get().id();
        }
        try {
            return directory.register(actor, new OrganisationDetails(OrganisationKind.SCHOOL, name == null ? "Établissement " + uai : name,
                    null, uai, null, null, null, null, null, null, null, null)).id();
        } catch (BusinessRuleException e) {
            throw new BusinessRuleException("supportEstablishmentId", e.getMessage());
        }
    }

    private static CampusIdentity withSupport(CampusIdentity i, UUID support) {
        return new CampusIdentity(i.name(), i.sector(), i.regionCode(), i.academyCode(), i.municipalityCode(), i.municipalityName(),
                i.latitude(), i.longitude(), support, i.category(), i.labelStatus(), i.firstLabelYear(), i.labelValidFrom(),
                i.labelValidUntil(), i.website(), i.description(), i.directorName(), i.directorEmail(), i.directorPhone(),
                i.otherSectors(), i.otherAcademyCodes());
    }

    /** The values of a cell that holds several, separated by « ; » (blank ones skipped). */
    private static List<String> list(String cell) {
        if (cell == null) {
            return List.of();
        }
        return java.util.Arrays.stream(cell.split(";")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    static String columnOf(String field) {
        if (field == null) {
            return null;
        }
        return COLUMNS.values().stream().filter(c -> c.field().equals(field)).map(Column::name).findFirst().orElse(field);
    }

    private static <T> T parse(String value, java.util.function.Function<String, Optional<T>> parser, long line, String column,
                               String message, List<Problem> problems) {
        if (value == null) {
            return null;
        }
        Optional<T> parsed = parser.apply(value);
        if (parsed.isEmpty()) {
            problems.add(new Problem(line, column, message + " (valeur lue : « " + value + " »)"));
        }
        return parsed.orElse(null);
    }

    private static Double decimal(String value, long line, String column, String what, List<Problem> problems) {
        if (value == null) {
            return null;
        }
        try {
            return FrenchInput.decimal(column, value, -Double.MAX_VALUE, Double.MAX_VALUE, what);
        } catch (BusinessRuleException e) {
            problems.add(new Problem(line, column, e.getMessage()));
            return null;
        }
    }

    /** Dates as written in the file, read strictly by {@link FrenchInput#date}: 31/02 is refused rather than read as 28/02. */
    private static LocalDate date(String value, long line, String column, List<Problem> problems) {
        try {
            return FrenchInput.date(column, value);
        } catch (BusinessRuleException e) {
            problems.add(new Problem(line, column, e.getMessage()));
            return null;
        }
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        var pushback = new java.io.PushbackReader(new java.io.BufferedReader(reader), 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }


    private static Map<String, Column> columns() {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (Column c : List.of(
                new Column("nom", "name", true, "Nom du campus (clé : une ligne dont le nom existe déjà met ce campus à jour)"),
                new Column("filiere", "sector", true, "L'une des 12 filières officielles, en toutes lettres"),
                new Column("code_region", "regionCode", true, "Code INSEE de la région (ex. 32)"),
                new Column("autres_filieres", "otherSectors", false,
                        "Autres filières d'un campus multi-filières, en toutes lettres ou par leur code, séparées par « ; »"),
                new Column("code_academie", "academyCode", true, "Code de l'académie principale (ex. 09 pour Lille)"),
                new Column("autres_academies", "otherAcademyCodes", false,
                        "Codes des autres académies d'un campus interacadémique, de la même région, séparés par « ; » (ex. 20 pour Amiens)"),
                new Column("code_commune", "municipalityCode", false, "Code INSEE de la commune (ex. 59350)"),
                new Column("latitude", "latitude", false, "Latitude WGS84, ex. 50.6292 (à défaut, centre de la commune)"),
                new Column("longitude", "longitude", false, "Longitude WGS84, ex. 3.0573"),
                new Column("etablissement_support", "supportEstablishmentId", false, "Nom de l'établissement support"),
                new Column("uai_support", "supportEstablishmentUai", false, "UAI de l'établissement support"),
                new Column("categorie", "category", true, "Standard ou Excellence"),
                new Column("statut_label", "labelStatus", false, "Labellisé (par défaut), Candidat, Label échu ou Label retiré"),
                new Column("annee_label", "firstLabelYear", false, "Année de première labellisation"),
                new Column("debut_validite", "labelValidFrom", false, "Début de validité du label (AAAA-MM-JJ)"),
                new Column("fin_validite", "labelValidUntil", false, "Fin de validité du label (AAAA-MM-JJ)"),
                new Column("description", "description", false, "Présentation"),
                new Column("site_web", "website", false, "Adresse du site"),
                new Column("directeur_nom", "directorName", false, "Direction opérationnelle : prénom et nom"),
                new Column("directeur_email", "directorEmail", false, "Direction opérationnelle : e-mail"),
                new Column("directeur_telephone", "directorPhone", false, "Direction opérationnelle : téléphone"))) {
            columns.put(c.name(), c);
        }
        return java.util.Collections.unmodifiableMap(columns);
    }
}
