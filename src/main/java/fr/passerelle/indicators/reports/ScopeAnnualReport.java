package fr.passerelle.indicators.reports;

import fr.passerelle.identity.Actor;
import fr.passerelle.indicators.ConsolidatedIndicators;
import fr.passerelle.indicators.ConsolidatedIndicators.CampusOrder;
import fr.passerelle.indicators.ConsolidatedIndicators.CampusValue;
import fr.passerelle.indicators.ConsolidatedIndicators.CampusValuesPage;
import fr.passerelle.indicators.ConsolidatedIndicators.ConsolidatedValue;
import fr.passerelle.indicators.ConsolidatedIndicators.Level;
import fr.passerelle.indicators.ConsolidatedIndicators.Scope;
import fr.passerelle.indicators.Theme;
import fr.passerelle.indicators.Unit;
import fr.passerelle.platform.Times;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report of a région, an académie or the nation: every indicator consolidated over the campuses of the scope
 * ({@link ConsolidatedIndicators}), theme by theme, for the year and the three before, with the rule that consolidates
 * it and how many campuses gave a value; then, theme by theme, the value of each campus of the scope for the year. Read
 * by those who read the scope's dashboard; a consolidated value counted from too few rows is printed masked for every
 * reader, a campus's value to those who do not run that campus, as on the dashboards.
 */
@Service
class ScopeAnnualReport {

    static final int YEARS = 4;
    /** Campuses fetched per query for the per-campus tables (the API's largest page). */
    static final int PAGE = 200;
    /** Indicators per table of campus values. */
    static final int COLUMNS = 4;

    private final ConsolidatedIndicators consolidated;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Times times;

    ScopeAnnualReport(ConsolidatedIndicators consolidated, JdbcClient jdbc, Clock clock, Times times) {
        this.consolidated = consolidated;
        this.jdbc = jdbc;
        this.clock = clock;
        this.times = times;
    }

    /** The file name's stem: « rapport-annuel-2025-region-32 ». */
    static String fileStem(Scope scope, int year, Theme theme) {
        String where = switch (scope.level()) {
            case NATION -> "france";
            case REGION -> "region-" + scope.code();
            case ACADEMY -> "academie-" + scope.code();
        };
        return "rapport-annuel-" + year + "-" + where + (theme == null ? "" : "-" + theme.name().toLowerCase());
    }

    /**
     * The report of the year, on one theme or (theme null) on all five; refused ({@code AccessDeniedException}) to those
     * who may not read the scope, unknown scopes raise {@code NoSuchElementException}.
     */
    @Transactional(readOnly = true)
    Report build(Actor actor, Scope scope, int year, Theme theme) {
        // Two consolidations give four years: each value carries the year before.
        Map<String, ConsolidatedValue> current = byCode(consolidated.valuesOf(actor, scope, year));
        Map<String, ConsolidatedValue> earlier = byCode(consolidated.valuesOf(actor, scope, year - 2));
        List<ConsolidatedValue> shown = current.values().stream().filter(v -> theme == null || v.theme() == theme).toList();

        List<Report.Section> sections = new ArrayList<>();
        for (Theme t : Theme.values()) {
            List<ConsolidatedValue> ofTheme = shown.stream().filter(v -> v.theme() == t).toList();
            if (!ofTheme.isEmpty()) {
                sections.add(themeSection(t, ofTheme, earlier, year));
            }
        }
        for (Theme t : Theme.values()) {
            List<ConsolidatedValue> ofTheme = shown.stream().filter(v -> v.theme() == t).toList();
            if (!ofTheme.isEmpty()) {
                sections.add(campusSection(actor, scope, t, ofTheme, year));
            }
        }

        String name = consolidated.nameOf(scope);
        String outcomes = jdbc.sql("select max(school_year) from indicator_source_outcome").query(String.class).optional().orElse(null);
        return new Report("Rapport annuel " + year + " — " + name, scopeText(scope, name),
                List.of(new Report.Filter("Année", Integer.toString(year)),
                        new Report.Filter("Thèmes", theme == null ? "Les cinq thèmes" : theme.label()),
                        new Report.Filter("Consolidation", "nombres et montants : somme des campus ; taux, moyennes et scores : moyenne des campus "
                                + "(chaque campus compte autant) ; oui/non : nombre de campus répondant oui"),
                        new Report.Filter("Petits effectifs", "valeur consolidée comptée sur trop peu de réponses masquée pour tous ; "
                                + "valeur d’un campus masquée à qui ne fait pas partie de son équipe"),
                        new Report.Filter("Fraîcheur", consolidated.freshness(year - YEARS + 1, year))),
                ZonedDateTime.now(clock.withZone(times.zone())),
                outcomes == null ? "aucun résultat InserJeunes importé" : "résultats InserJeunes importés jusqu’à l’année scolaire " + outcomes,
                sections);
    }

    private static String scopeText(Scope scope, String name) {
        return scope.level() == Level.NATION ? "France entière : tous les campus du registre"
                : scope.level() == Level.REGION ? "Région " + name + " : les campus de la région"
                : name.substring(0, 1).toUpperCase() + name.substring(1) + " : les campus qui comptent l’académie parmi les leurs";
    }

    private static Map<String, ConsolidatedValue> byCode(List<ConsolidatedValue> values) {
        return values.stream().collect(Collectors.toMap(ConsolidatedValue::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static Report.Section themeSection(Theme theme, List<ConsolidatedValue> values, Map<String, ConsolidatedValue> earlier, int year) {
        List<String> headers = new ArrayList<>(List.of("Indicateur", "Unité", "Consolidation"));
        for (int y = year - YEARS + 1; y <= year; y++) {
            headers.add(Integer.toString(y));
        }
        headers.add("Campus renseignés en " + year);
        List<List<Object>> rows = new ArrayList<>();
        for (ConsolidatedValue v : values) {
            ConsolidatedValue before = earlier.get(v.code());
            List<Object> row = new ArrayList<>(List.of(v.name(), v.unit().label(), v.consolidation().label()));
            row.add(before == null ? "—" : cell(before.previousValue(), before.previousMasked(), v.unit()));
            row.add(before == null ? "—" : cell(before.value(), before.masked(), v.unit()));
            row.add(cell(v.previousValue(), v.previousMasked(), v.unit()));
            row.add(cell(v.value(), v.masked(), v.unit()));
            row.add(v.campuses() + " sur " + v.campusesTracking());
            rows.add(row);
        }
        return new Report.Section(theme.label(), List.of(),
                List.of(new Report.Table("Valeurs consolidées, de " + (year - YEARS + 1) + " à " + year, headers, rows)));
    }

    /** One row per campus of the scope (by name), one column per indicator of the theme. */
    private Report.Section campusSection(Actor actor, Scope scope, Theme theme, List<ConsolidatedValue> values, int year) {
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, Map<String, CampusValue>> byCampus = new LinkedHashMap<>();
        for (ConsolidatedValue v : values) {
            int page = 1;
            CampusValuesPage found;
            do {
                found = consolidated.campusValues(actor, scope, v.code(), year, CampusOrder.NAME, page++, PAGE);
                for (CampusValue c : found.campuses()) {
                    names.putIfAbsent(c.campusId(), c.campusName());
                    byCampus.computeIfAbsent(c.campusId(), id -> new LinkedHashMap<>()).put(v.code(), c);
                }
            } while (found.page() < found.pages());
        }
        List<Map.Entry<UUID, String>> campuses = names.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(java.text.Collator.getInstance(java.util.Locale.FRENCH))).toList();
        // A few indicators per table, so that a printed page keeps its columns readable.
        List<Report.Table> tables = new ArrayList<>();
        for (int from = 0; from < values.size(); from += COLUMNS) {
            List<ConsolidatedValue> group = values.subList(from, Math.min(values.size(), from + COLUMNS));
            List<String> headers = new ArrayList<>(List.of("Campus"));
            group.forEach(v -> headers.add(v.name() + " (" + v.unit().label() + ")"));
            List<List<Object>> rows = new ArrayList<>();
            for (Map.Entry<UUID, String> campus : campuses) {
                List<Object> row = new ArrayList<>(List.of(campus.getValue()));
                for (ConsolidatedValue v : group) {
                    CampusValue c = byCampus.get(campus.getKey()).get(v.code());
                    row.add(c == null ? "non suivi" : campusCell(c, v.unit()));
                }
                rows.add(row);
            }
            tables.add(new Report.Table(null, headers, rows));
        }
        return new Report.Section("Campus — " + theme.label(),
                List.of("Valeur de chaque campus en " + year + " : " + campuses.size() + " campus, par ordre alphabétique ; « non suivi » : "
                        + "l’indicateur, optionnel, n’est pas choisi par l’académie du campus."),
                tables);
    }

    private static Object cell(BigDecimal value, boolean masked, Unit unit) {
        if (masked) {
            return "masquée (petit effectif)";
        }
        if (value == null) {
            return "—";
        }
        return value;
    }

    /** A campus's own value: yes/no printed as words (the consolidated one counts the campuses answering yes). */
    private static Object campusCell(CampusValue value, Unit unit) {
        if (value.masked() || value.value() == null || unit != Unit.YES_NO) {
            return cell(value.value(), value.masked(), unit);
        }
        return value.value().signum() == 0 ? "non" : "oui";
    }
}
