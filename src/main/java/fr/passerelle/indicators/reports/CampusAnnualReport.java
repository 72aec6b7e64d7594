package fr.passerelle.indicators.reports;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.governance.ActionPlans;
import fr.passerelle.governance.ActionSummary;
import fr.passerelle.identity.Actor;
import fr.passerelle.indicators.CampusIndicators;
import fr.passerelle.indicators.IndicatorCatalogue;
import fr.passerelle.indicators.IndicatorDefinition;
import fr.passerelle.indicators.IndicatorValue;
import fr.passerelle.indicators.SelfEvaluations;
import fr.passerelle.indicators.Theme;
import fr.passerelle.indicators.Unit;
import fr.passerelle.platform.Times;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report of a campus: every indicator it tracks, theme by theme, for the year and the three before, with
 * its unit and source; the detail of the year's values; its self-evaluation of the year; the actions of its plan for
 * the year with the learners and partners each reaches. Read by those who read everything of the campus
 * ({@link CampusRegistry#canReadEverything}); a value counted from too few rows is printed « moins de N » to all but
 * those who run the campus ({@link CampusRegistry#canManage}), as on the dashboard.
 */
@Service
class CampusAnnualReport {

    static final int YEARS = 4;

    private final CampusRegistry registry;
    private final IndicatorCatalogue catalogue;
    private final CampusIndicators indicators;
    private final SelfEvaluations selfEvaluations;
    private final ActionPlans actionPlans;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Times times;

    CampusAnnualReport(CampusRegistry registry, IndicatorCatalogue catalogue, CampusIndicators indicators, SelfEvaluations selfEvaluations,
                       ActionPlans actionPlans, JdbcClient jdbc, Clock clock, Times times) {
        this.registry = registry;
        this.catalogue = catalogue;
        this.indicators = indicators;
        this.selfEvaluations = selfEvaluations;
        this.actionPlans = actionPlans;
        this.jdbc = jdbc;
        this.clock = clock;
        this.times = times;
    }

    /** The campus's card, for the file name; refused to those who do not read everything of the campus. */
    CampusCard requireReader(Actor actor, UUID campusId) {
        CampusCard campus = registry.byId(campusId).orElseThrow(() -> new NoSuchElementException("Campus inconnu : " + campusId));
        if (!registry.canReadEverything(actor, campusId)) {
            throw new AccessDeniedException("Le rapport annuel d’un campus est réservé à sa direction opérationnelle, à ses co-pilotes "
                    + "(coordination de région académique, Conseil régional), au référent académique, au ou à la correspondant·e DREETS "
                    + "qui le suit et à l’administration nationale.");
        }
        return campus;
    }

    /** The report of the year, on one theme or (theme null) on all five. */
    @Transactional(readOnly = true)
    Report build(Actor actor, UUID campusId, int year, Theme theme) {
        CampusCard campus = requireReader(actor, campusId);
        boolean team = registry.canManage(actor, campusId);
        List<IndicatorDefinition> tracked = catalogue.tracked(campusId).stream().filter(d -> theme == null || d.theme() == theme).toList();
        Map<Integer, Map<String, IndicatorValue>> values = new HashMap<>();
        for (int y = year - YEARS + 1; y <= year; y++) {
            values.put(y, indicators.valuesOf(campusId, y).stream().collect(Collectors.toMap(IndicatorValue::code, Function.identity(), (a, b) -> a)));
        }

        List<Report.Section> sections = new ArrayList<>();
        for (Theme t : Theme.values()) {
            List<IndicatorDefinition> ofTheme = tracked.stream().filter(d -> d.theme() == t).toList();
            if (!ofTheme.isEmpty()) {
                sections.add(themeSection(t, ofTheme, values, year, team));
            }
        }
        sections.add(detailSection(tracked, values.get(year), year, team));
        sections.add(selfEvaluationSection(actor, campusId, year, theme));
        sections.add(actionsSection(campusId, year, theme));

        String outcomes = jdbc.sql("select max(school_year) from indicator_source_outcome").query(String.class).optional().orElse(null);
        return new Report("Rapport annuel " + year + " — " + campus.name(),
                "Campus « " + campus.name() + " », région " + campus.regionName() + ", académie de " + campus.academyNamesText(),
                List.of(new Report.Filter("Année", Integer.toString(year)),
                        new Report.Filter("Thèmes", theme == null ? "Les cinq thèmes" : theme.label()),
                        new Report.Filter("Petits effectifs", team ? "valeurs réelles (équipe du campus)"
                                : "valeurs comptées sur trop peu de réponses masquées (« moins de N »)")),
                ZonedDateTime.now(clock.withZone(times.zone())),
                outcomes == null ? "aucun résultat InserJeunes importé" : "résultats InserJeunes importés jusqu’à l’année scolaire " + outcomes,
                sections);
    }

    private static Report.Section themeSection(Theme theme, List<IndicatorDefinition> definitions, Map<Integer, Map<String, IndicatorValue>> values,
                                               int year, boolean team) {
        List<String> headers = new ArrayList<>(List.of("Indicateur", "Unité", "Source", "Période"));
        for (int y = year - YEARS + 1; y <= year; y++) {
            headers.add(Integer.toString(y));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorDefinition d : definitions) {
            List<Object> row = new ArrayList<>(List.of(d.name(), d.unit().label(), d.source().label(), d.period().label()));
            for (int y = year - YEARS + 1; y <= year; y++) {
                row.add(cell(d, values.get(y).get(d.code()), team));
            }
            rows.add(row);
        }
        return new Report.Section(theme.label(), List.of(),
                List.of(new Report.Table("Indicateurs, de " + (year - YEARS + 1) + " à " + year, headers, rows)));
    }

    private static Report.Section detailSection(List<IndicatorDefinition> definitions, Map<String, IndicatorValue> values, int year, boolean team) {
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorDefinition d : definitions) {
            IndicatorValue value = values.get(d.code());
            if (d.breakdown() == null || value == null || (value.masked() && !team)) {
                continue;
            }
            value.breakdown().forEach((key, v) -> rows.add(new ArrayList<>(List.of(d.theme().label(), d.name(), d.breakdown().label(),
                    d.breakdown().keyLabel(key), v == null ? "—" : number(v, d.unit()), d.unit().label()))));
        }
        return new Report.Section("Détail des valeurs " + year,
                List.of("Les valeurs de l’année détaillées par voie de formation, public, cause ou établissement ; une valeur masquée "
                        + "n’est pas détaillée."),
                List.of(new Report.Table(null, List.of("Thème", "Indicateur", "Ventilation", "Élément", "Valeur", "Unité"), rows)));
    }

    private Report.Section selfEvaluationSection(Actor actor, UUID campusId, int year, Theme theme) {
        Optional<SelfEvaluations.YearSummary> summary = selfEvaluations.summary(actor, campusId, year);
        String heading = "Auto-évaluation " + year;
        if (summary.isEmpty()) {
            return new Report.Section(heading, List.of("Le campus n’a pas d’auto-évaluation pour " + year + "."), List.of());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (SelfEvaluations.ThemeSummary t : summary.get().themes()) {
            if (theme == null || t.theme() == theme) {
                rows.add(new ArrayList<>(List.of(t.theme().label(), orNone(t.ratingText(), "non notée"), orNone(t.strengths(), "—"),
                        orNone(t.progressAreas(), "—"), orNone(t.plannedActions(), "—"))));
            }
        }
        return new Report.Section(heading, List.of("Statut : " + summary.get().status()),
                List.of(new Report.Table(null, List.of("Thème", "Note", "Points forts", "Axes de progrès", "Actions envisagées"), rows)));
    }

    private Report.Section actionsSection(UUID campusId, int year, Theme theme) {
        Map<UUID, long[]> reach = new HashMap<>();
        jdbc.sql("select action_id, learners, partners from indicator_source_action where campus_id = :campus and year = :year")
                .param("campus", campusId).param("year", year)
                .query(rs -> {
                    reach.put(rs.getObject(1, UUID.class), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        List<List<Object>> rows = new ArrayList<>();
        for (ActionSummary action : actionPlans.actionsOf(campusId, year, year)) {
            long[] counts = reach.getOrDefault(action.id(), new long[] {0, 0});
            rows.add(new ArrayList<>(List.of(action.title(), action.status().label(), counts[0], counts[1])));
        }
        List<String> paragraphs = theme == null ? List.of() : List.of("Toutes les actions de l’année, quel que soit leur thème.");
        return new Report.Section("Plan d’actions " + year, paragraphs,
                List.of(new Report.Table(null, List.of("Action", "Statut", "Apprenants", "Partenaires"), rows)));
    }

    /** A value as the reader may see it: « moins de N » when masked to them, a dash when there is none. */
    static Object cell(IndicatorDefinition definition, IndicatorValue value, boolean team) {
        if (value == null || value.value() == null) {
            return "—";
        }
        if (value.masked() && !team) {
            return "moins de " + definition.maskBelow();
        }
        return number(value.value(), definition.unit());
    }

    private static Object number(BigDecimal value, Unit unit) {
        return unit == Unit.YES_NO ? (value.signum() == 0 ? "non" : "oui") : value;
    }

    private static String orNone(String text, String none) {
        return text == null || text.isBlank() ? none : text;
    }

}
