package fr.passerelle.campus;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import fr.passerelle.platform.Text;
import fr.passerelle.territory.Municipality;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search's URL parameters, shared by the search page, the API and open data, so that a search URL can be
 * shared and the same filters give the same campuses everywhere. Values are codes: {@code region=32},
 * {@code academie=09}, {@code filiere=DIGITAL}, {@code categorie=EXCELLENCE}, {@code statut=LABELLED}; a place and a
 * distance in kilometres: {@code lieu=Lille&distance=20} or {@code lieu=59000} (30 km when no distance is given).
 */
final class CampusQueryParameters {

    static final String TEXT = "q";
    static final String REGION = "region";
    static final String ACADEMY = "academie";
    static final String SECTOR = "filiere";
    static final String CATEGORY = "categorie";
    static final String STATUS = "statut";
    static final String PLACE = "lieu";
    static final String DISTANCE = "distance";
    static final String PAGE = "page";
    static final String SIZE = "taille";

    private CampusQueryParameters() {
    }

    /**
     * Reads a query; unknown values are reported in {@code errors} (French messages) and otherwise ignored.
     */
    static CampusQuery parse(MultiValueMap<String, String> params, int defaultSize, List<String> errors,
                             BiFunction<String, Integer, List<Municipality>> locate) {
        return new CampusQuery(text(params.getFirst(TEXT), errors),
                codes(params.get(REGION)), codes(params.get(ACADEMY)),
                enums(params.get(SECTOR), Sector::parse, "filière", errors),
                enums(params.get(CATEGORY), LabelCategory::parse, "catégorie", errors),
                enums(params.get(STATUS), LabelStatus::parse, "statut", errors),
                near(params.getFirst(PLACE), params.getFirst(DISTANCE), errors, locate),
                number(params.getFirst(PAGE), 1, PAGE, errors),
                number(params.getFirst(SIZE), defaultSize, SIZE, errors));
    }

    /**
     * The place typed, resolved to a commune's centre, with the distance; null when no place is typed, or when it names
     * no commune or several (the reader is told which, and how to choose).
     */
    private static Near near(String place, String distance, List<String> errors,
                             BiFunction<String, Integer, List<Municipality>> locate) {
        String typed = place == null ? "" : Text.withoutControlCharacters(place).strip();
        int kilometres = Near.DEFAULT_KILOMETRES;
        if (distance != null && !distance.isBlank()) {
            String value = distance.strip();
            if (!value.matches("\\d{1,4}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > Near.MAX_KILOMETRES) {
                errors.add("« distance » est un nombre entier de kilomètres entre 1 et " + Near.MAX_KILOMETRES + ", pas « "
                        + shortened(value) + " ».");
            } else {
                kilometres = Integer.parseInt(value);
            }
        }
        if (typed.isEmpty()) {
            return null;
        }
        if (typed.length() > 100) {
            errors.add("Le lieu ne peut dépasser 100 caractères.");
            return null;
        }
        List<Municipality> found = locate.apply(typed, 6);
        if (found.isEmpty()) {
            errors.add("Aucune commune ne correspond à « " + shortened(typed) + " » : saisissez le nom d'une commune "
                    + "(ex. Lille) ou un code postal (ex. 59000).");
            return null;
        }
        boolean postcode = typed.matches("[0-9][0-9AB][0-9]{3}");
        if (found.size() > 1 && !postcode) {
            errors.add("Plusieurs communes s'appellent « " + shortened(typed) + " » : précisez le département, par exemple "
                    + found.stream().map(m -> "« " + m.name() + " (" + m.departmentCode() + ") »").collect(Collectors.joining(", "))
                    + ", ou saisissez le code postal.");
            return null;
        }
        Municipality commune = found.get(0);
        String label = commune.name() + (commune.mainPostalCode() != null ? " (" + commune.mainPostalCode() + ")" : "");
        return new Near(typed, label, commune.latitude(), commune.longitude(), kilometres);
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** The URL of a query, for links, pagination and the address bar. */
    static String url(String path, CampusQuery query, int page) {
        var uri = UriComponentsBuilder.fromPath(path);
        if (!query.text().isEmpty()) {
            uri.queryParam(TEXT, query.text());
        }
        query.regions().stream().sorted().forEach(v -> uri.queryParam(REGION, v));
        query.academies().stream().sorted().forEach(v -> uri.queryParam(ACADEMY, v));
        query.sectors().stream().sorted().forEach(v -> uri.queryParam(SECTOR, v.name()));
        query.categories().stream().sorted().forEach(v -> uri.queryParam(CATEGORY, v.name()));
        query.statuses().stream().sorted().forEach(v -> uri.queryParam(STATUS, v.name()));
        if (query.near() != null) {
            uri.queryParam(PLACE, query.near().typed());
            uri.queryParam(DISTANCE, query.near().kilometres());
        }
        if (page > 1) {
            uri.queryParam(PAGE, page);
        }
        return uri.encode().build().toUriString();
    }

    /**
     * The words searched, at most {@link CampusQuery#MAX_TEXT} characters: longer text is cut there, and the reader told
     * (the search page searches the text cut, the API and open data refuse it).
     * The bound keeps every term — a prefix {@code numeri*} included — far below what the search engine can expand.
     */
    private static String text(String value, List<String> errors) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > CampusQuery.MAX_TEXT) {
            errors.add("La recherche ne peut dépasser " + CampusQuery.MAX_TEXT + " caractères ("
                    + java.text.NumberFormat.getIntegerInstance(java.util.Locale.FRANCE).format(text.codePointCount(0, text.length()))
                    + " saisis).");
            return text.substring(0, text.offsetByCodePoints(0, CampusQuery.MAX_TEXT));
        }
        return text;
    }

    private static Set<String> codes(Collection<String> values) {
        Set<String> codes = new LinkedHashSet<>();
        if (values != null) {
            values.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip)
                    .filter(v -> !v.isEmpty()).forEach(codes::add);
        }
        return codes;
    }

    private static <E> Set<E> enums(Collection<String> values, Function<String, Optional<E>> parser, String name,
                                    List<String> errors) {
        Set<E> parsed = new LinkedHashSet<>();
        for (String value : codes(values)) {
            parser.apply(value).ifPresentOrElse(parsed::add,
                    () -> errors.add("Valeur inconnue pour « " + name + " » : " + value));
        }
        return parsed;
    }

    private static int number(String value, int fallback, String name, List<String> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String typed = value.strip();
        if (!typed.matches("\\d{1,9}")) {
            errors.add("« " + name + " » doit être un entier positif, pas « " + (typed.length() > 20 ? typed.substring(0, 20) + "…" : typed) + " ».");
            return fallback;
        }
        int number = Integer.parseInt(typed);
        if (number < 1 || number > CampusQuery.MAX_PAGE) {
            errors.add("« " + name + " » doit être un entier entre 1 et " + CampusQuery.MAX_PAGE + ".");
            return fallback;
        }
        return number;
    }
}
