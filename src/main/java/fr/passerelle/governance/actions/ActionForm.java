package fr.passerelle.governance.actions;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.governance.ActionCodes;
import fr.passerelle.governance.ActionCodes.Audience;
import fr.passerelle.governance.ActionDetails;
import fr.passerelle.governance.ActionDetails.Reach;
import fr.passerelle.governance.Visibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/**
 * The action form as typed, every field a string so that a refused form comes back exactly as it was sent. Learners
 * reached are the fields {@code l-<AUDIENCE>-<sex>} (sex: girls, boys, unspecified).
 */
record ActionForm(long version, String year, String type, String title, String description, String status, String abandonCause,
                  String startsOn, String endsOn, String place, String visibility, List<String> partnerIds, Map<String, String> learners,
                  String teachers, String cost, String funding) {

    static final List<String> SEXES = List.of("girls", "boys", "unspecified");


    static ActionForm empty(int year) {
        return new ActionForm(0, Integer.toString(year), "", "", "", ActionCodes.Status.PLANNED.name(), "", "", "", "", Visibility.PARTNERS.name(),
                List.of(), Map.of(), "0", "", "");
    }

    static ActionForm from(MultiValueMap<String, String> params) {
        Map<String, String> learners = new HashMap<>();
        for (Audience audience : Audience.values()) {
            for (String sex : SEXES) {
                String name = cell(audience.name(), sex);
                learners.put(name, value(params, name));
            }
        }
        long version;
        try {
            version = Long.parseLong(value(params, "version"));
        } catch (NumberFormatException e) {
            version = -1;
        }
        return new ActionForm(version, value(params, "year"), value(params, "type"), value(params, "title"), value(params, "description"),
                value(params, "status"), value(params, "abandonCause"), value(params, "startsOn"), value(params, "endsOn"),
                value(params, "place"), value(params, "visibility"), params.getOrDefault("partnerIds", List.of()), learners,
                value(params, "teachers"), value(params, "cost"), value(params, "funding"));
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
        return new ActionForm(view.version(), Integer.toString(d.year()), d.type().name(), d.title(), nn(d.description()), d.status().name(),
                nn(d.abandonCause()), d.startsOn() == null ? "" : d.startsOn().toString(), d.endsOn() == null ? "" : d.endsOn().toString(),
                nn(d.place()), d.visibility().name(), d.partnerIds().stream().map(UUID::toString).toList(), learners,
                Integer.toString(d.teachers()), d.cost() == null ? "" : d.cost().toPlainString().replace('.', ','), funding);
    }

    static String cell(String audience, String sex) {
        return "l-" + audience + "-" + sex;
    }

    public String learner(String audience, String sex) {
        return learners.getOrDefault(cell(audience, sex), "");
    }

    public boolean hasPartner(String id) {
        return partnerIds.contains(id);
    }

    /** The details typed, with the problems of reading them put in {@code problems} by field. */
    ActionDetails details(Map<String, String> problems) {
        int parsedYear = 0;
        try {
            parsedYear = Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            problems.put("year", "Année invalide.");
        }
        var parsedType = Arrays.stream(ActionCodes.Type.values()).filter(t -> t.name().equals(type)).findFirst().orElse(null);
        var parsedStatus = Arrays.stream(ActionCodes.Status.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        var parsedVisibility = Arrays.stream(Visibility.values()).filter(v -> v.name().equals(visibility)).findFirst().orElse(null);
        Set<UUID> partners = new LinkedHashSet<>();
        for (String id : partnerIds) {
            try {
                partners.add(UUID.fromString(id.strip()));
            } catch (IllegalArgumentException e) {
                problems.put("partnerIds", "Organisation inconnue : choisissez parmi les partenaires du campus.");
            }
        }
        Map<Audience, Reach> reached = new EnumMap<>(Audience.class);
        for (Audience audience : Audience.values()) {
            int[] counts = new int[3];
            for (int i = 0; i < 3; i++) {
                counts[i] = count(learners.getOrDefault(cell(audience.name(), SEXES.get(i)), ""), cell(audience.name(), SEXES.get(i)), problems);
            }
            reached.put(audience, new Reach(counts[0], counts[1], counts[2]));
        }
        int parsedTeachers = teachers.isBlank() ? 0 : count(teachers, "teachers", problems);
        String funder = funding.startsWith("financeur:") ? funding.substring("financeur:".length()) : null;
        UUID line = null;
        if (funding.startsWith("ligne:")) {
            try {
                line = UUID.fromString(funding.substring("ligne:".length()));
            } catch (IllegalArgumentException e) {
                problems.put("funding", "Ligne de financement inconnue.");
            }
        }
        return new ActionDetails(parsedYear, parsedType, title, description, parsedStatus, abandonCause, date(startsOn, "startsOn", problems),
                date(endsOn, "endsOn", problems), place, parsedVisibility, partners, reached, parsedTeachers, amount(cost, "cost", problems),
                funder, line);
    }

    private static int count(String text, String field, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(text.strip().replaceAll("[\\s\\u00A0\\u202F]", ""));
            if (value < 0 && !field.equals("teachers")) {
                problems.put(field, "Le nombre de personnes touchées ne peut être négatif (« " + text.strip() + " »).");
                return 0;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.put(field, "Nombre entier attendu : « " + text.strip() + " ».");
            return 0;
        }
    }

    private static LocalDate date(String text, String field, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return FrenchInput.date(field, text);
        } catch (BusinessRuleException e) {
            problems.put(field, e.getMessage());
            return null;
        }
    }

    /** An amount typed the French way ("1 234,56 €") or the plain way ("1234.56"); null when empty. */
    private static BigDecimal amount(String text, String field, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return FrenchInput.amount(field, text);
        } catch (BusinessRuleException e) {
            problems.put(field, e.getMessage());
            return null;
        }
    }

    private static String value(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private static String nn(String text) {
        return text == null ? "" : text;
    }
}
