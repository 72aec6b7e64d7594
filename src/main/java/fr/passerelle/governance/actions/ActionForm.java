package fr.passerelle.governance.actions;

import fr.passerelle.governance.ActionCodes;
import fr.passerelle.governance.ActionCodes.Audience;
import fr.passerelle.governance.ActionDetails;
import fr.passerelle.governance.ActionDetails.Reach;
import fr.passerelle.governance.Visibility;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.FrenchInput;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.util.MultiValueMap;

/**
 * The action form as typed, so that a refused form comes back exactly as it was sent. Learners reached are the grid
 * of fields {@code l-<AUDIENCE>-<sex>} (sex: girls, boys, unspecified), bound apart ({@link #withLearners}) because
 * their names are not properties; their problems are reported on {@code learners[l-<AUDIENCE>-<sex>]}.
 */
record ActionForm(String version, String year, String type,
                  @Size(max = 255, message = "L’intitulé est trop long : 255 caractères au plus.") String title,
                  String description, String status,
                  @Size(max = 1000, message = "La cause de l’abandon fait 1000 caractères au plus.") String abandonCause,
                  String startsOn, String endsOn,
                  @Size(max = 255, message = "Le lieu fait 255 caractères au plus.") String place,
                  String visibility, List<String> partnerIds, Map<String, String> learners, String teachers, String cost, String funding) {

    static final List<String> SEXES = List.of("girls", "boys", "unspecified");

    ActionForm {
        version = nn(version);
        year = nn(year);
        type = nn(type);
        title = nn(title);
        description = nn(description);
        status = nn(status);
        abandonCause = nn(abandonCause);
        startsOn = nn(startsOn);
        endsOn = nn(endsOn);
        place = nn(place);
        visibility = nn(visibility);
        partnerIds = partnerIds == null ? List.of() : List.copyOf(partnerIds);
        learners = learners == null ? Map.of() : Map.copyOf(learners);
        teachers = nn(teachers);
        cost = nn(cost);
        funding = nn(funding);
    }

    static ActionForm empty(int year) {
        return new ActionForm("0", Integer.toString(year), "", "", "", ActionCodes.Status.PLANNED.name(), "", "", "", "", Visibility.PARTNERS.name(),
                List.of(), Map.of(), "0", "", "");
    }

    static ActionForm of(CampusActions.ActionView view) {
        ActionDetails d = view.details();
        Map<String, String> learners = new HashMap<>();
        d.learners().forEach((audience, reach) -> {
            learners.put(cell(audience.name(), "girls"), Integer.toString(reach.girls()));
            learners.put(cell(audience.name(), "boys"), Integer.toString(reach.boys()));
            learners.put(cell(audience.name(), "unspecified"), Integer.toString(reach.unspecified()));
        });
        String funding = d.budgetLineId() != null ? "ligne:" + d.budgetLineId() : d.funder() != null ? "financeur:" + d.funder() : "";
        return new ActionForm(Long.toString(view.version()), Integer.toString(d.year()), d.type().name(), d.title(), nn(d.description()),
                d.status().name(), nn(d.abandonCause()), d.startsOn() == null ? "" : d.startsOn().toString(),
                d.endsOn() == null ? "" : d.endsOn().toString(), nn(d.place()), d.visibility().name(),
                d.partnerIds().stream().map(UUID::toString).toList(), learners, Integer.toString(d.teachers()),
                d.cost() == null ? "" : d.cost().toPlainString().replace('.', ','), funding);
    }

    /** The form with the learners grid as sent: the fields {@code l-<AUDIENCE>-<sex>} of the request. */
    ActionForm withLearners(MultiValueMap<String, String> params) {
        Map<String, String> grid = new HashMap<>();
        for (Audience audience : Audience.values()) {
            for (String sex : SEXES) {
                String name = cell(audience.name(), sex);
                String value = params.getFirst(name);
                grid.put(name, value == null ? "" : value);
            }
        }
        return new ActionForm(version, year, type, title, description, status, abandonCause, startsOn, endsOn, place, visibility, partnerIds,
                grid, teachers, cost, funding);
    }

    static String cell(String audience, String sex) {
        return "l-" + audience + "-" + sex;
    }

    /** The key of a learners cell's problem. */
    static String learnersField(String cell) {
        return "learners[" + cell + "]";
    }

    public String learner(String audience, String sex) {
        return learners.getOrDefault(cell(audience, sex), "");
    }

    public boolean hasPartner(String id) {
        return partnerIds.contains(id);
    }

    /** The version of the action the form was opened on; -1 when missing, which the service answers as a stale form. */
    long expectedVersion() {
        return expectedVersion(version);
    }

    static long expectedVersion(String version) {
        Integer read = FrenchInput.wholeNumber(null, version, 0, Integer.MAX_VALUE, "La version de l’action");
        return read == null ? -1 : read;
    }

    /** The year whose budget lines the form offers: the one typed when it reads, else {@code fallback}. */
    int budgetYear(int fallback) {
        try {
            Integer read = FrenchInput.wholeNumber("year", year, 2013, 2100, "L’année");
            return read == null ? fallback : read;
        } catch (BusinessRuleException e) {
            return fallback;
        }
    }

    /**
     * The details typed, read with {@link FrenchInput}. What cannot be read and what breaks the action's {@code rules}
     * (given what could be read) are refused together, by field, so that one round trip shows every problem.
     *
     * @throws BusinessRuleException with every problem
     */
    ActionDetails toDetails(Function<ActionDetails, Map<String, String>> rules) {
        Map<String, String> problems = new LinkedHashMap<>();
        Integer readYear = read(problems, () -> FrenchInput.wholeNumber("year", year, Integer.MIN_VALUE, Integer.MAX_VALUE, "L’année"));
        if (readYear == null && !problems.containsKey("year")) {
            problems.put("year", "Année invalide.");
        }
        var readType = read(problems, () -> FrenchInput.choice("type", type, ActionCodes.Type.class, "Choisissez le type d’action."));
        var readStatus = read(problems, () -> FrenchInput.choice("status", status, ActionCodes.Status.class, "Choisissez le statut de l’action."));
        var readVisibility = read(problems, () -> FrenchInput.choice("visibility", visibility, Visibility.class,
                "Choisissez qui peut voir l’action : tout le monde ou les partenaires du campus."));
        Set<UUID> partners = new LinkedHashSet<>();
        for (String id : partnerIds) {
            UUID partner = read(problems, () -> FrenchInput.id("partnerIds", id, "Organisation inconnue : choisissez parmi les partenaires du campus."));
            if (partner != null) {
                partners.add(partner);
            }
        }
        Map<Audience, Reach> reached = new EnumMap<>(Audience.class);
        for (Audience audience : Audience.values()) {
            int[] counts = new int[3];
            for (int i = 0; i < 3; i++) {
                String cell = cell(audience.name(), SEXES.get(i));
                counts[i] = learnersCount(learners.getOrDefault(cell, ""), learnersField(cell), problems);
            }
            reached.put(audience, new Reach(counts[0], counts[1], counts[2]));
        }
        Integer readTeachers = read(problems, () -> FrenchInput.wholeNumber("teachers", teachers, Integer.MIN_VALUE, Integer.MAX_VALUE,
                "Le nombre d’enseignants"));
        String funder = funding.startsWith("financeur:") ? funding.substring("financeur:".length()) : null;
        UUID line = funding.startsWith("ligne:")
                ? read(problems, () -> FrenchInput.id("funding", funding.substring("ligne:".length()), "Ligne de financement inconnue."))
                : null;
        LocalDate from = read(problems, () -> FrenchInput.date("startsOn", startsOn));
        LocalDate to = read(problems, () -> FrenchInput.date("endsOn", endsOn));
        BigDecimal readCost = read(problems, () -> FrenchInput.amount("cost", cost));
        var details = new ActionDetails(readYear == null ? 0 : readYear, readType, title, description, readStatus, abandonCause, from, to, place,
                readVisibility, partners, reached, readTeachers == null ? 0 : readTeachers, readCost, funder, line);
        rules.apply(details).forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems);
        }
        return details;
    }

    private static int learnersCount(String text, String field, Map<String, String> problems) {
        Integer value = read(problems, () -> FrenchInput.wholeNumber(field, text, Integer.MIN_VALUE, Integer.MAX_VALUE,
                "Le nombre de personnes touchées"));
        if (value != null && value < 0) {
            problems.put(field, "Le nombre de personnes touchées ne peut être négatif (« " + text.strip() + " »).");
            return 0;
        }
        return value == null ? 0 : value;
    }

    /** What {@code reading} reads, or null with its problem put on its field. */
    private static <T> T read(Map<String, String> problems, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (BusinessRuleException e) {
            e.problems().forEach(problems::putIfAbsent);
            return null;
        }
    }

    private static String nn(String text) {
        return text == null ? "" : text;
    }
}
