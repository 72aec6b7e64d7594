package fr.passerelle.trades;

import fr.passerelle.platform.Text;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The trade search's URL parameters, shared by the search page and the API, so that a search URL can be shared and
 * gives the same fiches everywhere: {@code q} (words), {@code grand-domaine=H}, {@code domaine=H29},
 * {@code secteur=16}, {@code transition=GREEN} (GREEN, BROWN, STRATEGIC, WHITE), {@code tag=REGULATED} (DIGITAL,
 * DEMOGRAPHIC, REGULATED, EXECUTIVE), {@code page}, {@code taille}.
 */
final class TradeQueryParameters {

    static final String TEXT = "q";
    static final String GRAND_DOMAIN = "grand-domaine";
    static final String DOMAIN = "domaine";
    static final String SECTOR = "secteur";
    static final String ECOLOGICAL = "transition";
    static final String TAG = "tag";
    static final String PAGE = "page";
    static final String SIZE = "taille";

    private static final Pattern GRAND_DOMAIN_CODE = Pattern.compile("[A-Za-z]");
    private static final Pattern DOMAIN_CODE = Pattern.compile("[A-Za-z][0-9]{2}");
    private static final Pattern SECTOR_CODE = Pattern.compile("[0-9A-Za-z]{1,10}");

    private TradeQueryParameters() {
    }

    /** Reads a query; values of the wrong shape are reported in {@code errors} (French messages) and otherwise ignored. */
    static TradeQuery parse(MultiValueMap<String, String> params, int defaultSize, List<String> errors) {
        String text = params.getFirst(TEXT) == null ? "" : Text.withoutControlCharacters(params.getFirst(TEXT));
        if (text.strip().length() > TradeQuery.MAX_TEXT) {
            errors.add("La recherche est limitée à " + TradeQuery.MAX_TEXT + " caractères : la suite est ignorée.");
        }
        return new TradeQuery(text,
                codes(params.get(GRAND_DOMAIN), GRAND_DOMAIN_CODE, "grand domaine", errors),
                codes(params.get(DOMAIN), DOMAIN_CODE, "domaine professionnel", errors),
                codes(params.get(SECTOR), SECTOR_CODE, "secteur d'activité", errors),
                enums(params.get(ECOLOGICAL), EcologicalTransition::parse, "transition écologique", errors),
                enums(params.get(TAG), TradeTag::parse, "caractéristique", errors),
                number(params.getFirst(PAGE), 1, PAGE, errors),
                number(params.getFirst(SIZE), defaultSize, SIZE, errors));
    }

    /** The URL of a query, for links, pagination and the address bar. */
    static String url(String path, TradeQuery query, int page) {
        var uri = UriComponentsBuilder.fromPath(path);
        if (!query.text().isEmpty()) {
            uri.queryParam(TEXT, query.text());
        }
        query.grandDomains().stream().sorted().forEach(v -> uri.queryParam(GRAND_DOMAIN, v));
        query.domains().stream().sorted().forEach(v -> uri.queryParam(DOMAIN, v));
        query.sectors().stream().sorted().forEach(v -> uri.queryParam(SECTOR, v));
        query.ecological().stream().sorted().forEach(v -> uri.queryParam(ECOLOGICAL, v.name()));
        query.tags().stream().sorted().forEach(v -> uri.queryParam(TAG, v.name()));
        if (page > 1) {
            uri.queryParam(PAGE, page);
        }
        return uri.encode().build().toUriString();
    }

    private static Set<String> codes(List<String> values, Pattern shape, String what, List<String> errors) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : values(values)) {
            if (shape.matcher(value).matches()) {
                codes.add(value.toUpperCase(Locale.ROOT));
            } else {
                errors.add("« " + shortened(value) + " » n'est pas un code de " + what + ".");
            }
        }
        return codes;
    }

    private static <T> Set<T> enums(List<String> values, Function<String, Optional<T>> parse, String what, List<String> errors) {
        Set<T> parsed = new LinkedHashSet<>();
        for (String value : values(values)) {
            parse.apply(value).ifPresentOrElse(parsed::add,
                    () -> errors.add("« " + shortened(value) + " » n'est pas une valeur de " + what + "."));
        }
        return parsed;
    }

    private static int number(String value, int fallback, String name, List<String> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.strip();
        if (!v.matches("\\d{1,6}") || Integer.parseInt(v) < 1) {
            errors.add("« " + name + " » est un nombre entier positif, pas « " + shortened(v) + " ».");
            return fallback;
        }
        return Integer.parseInt(v);
    }

    private static Collection<String> values(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
