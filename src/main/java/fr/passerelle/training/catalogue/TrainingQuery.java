package fr.passerelle.training.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.util.MultiValueMap;

/**
 * A search of the catalogue as its URL writes it, so that a search can be shared: {@code q} (words), {@code secteur}
 * (NSF domain, two digits), {@code niveau} (3 to 8), {@code voie} (SCHOOL, APPRENTICESHIP, CONTINUING, VAE),
 * {@code region} (INSEE code), {@code page} (from 1), {@code taille}. Values it cannot read are left out with a French message.
 */
record TrainingQuery(String text, Set<String> sectors, Set<String> levels, Set<String> routes, Set<String> regions, int page, int size) {

    enum Dimension { SECTOR, LEVEL, ROUTE, REGION }

    static final int MAX_SIZE = 200;
    private static final Set<String> ROUTES = Set.of("SCHOOL", "APPRENTICESHIP", "CONTINUING", "VAE");

    int offset() {
        return (page - 1) * size;
    }

    static TrainingQuery parse(MultiValueMap<String, String> params, int defaultSize, List<String> errors) {
        String text = params.getFirst("q") == null ? "" : params.getFirst("q").strip();
        if (text.length() > 200) {
            text = text.substring(0, 200);
        }
        Set<String> sectors = values(params, "secteur", v -> v.matches("\\d{2}"), "secteur", errors);
        Set<String> levels = values(params, "niveau", v -> v.matches("[1-8]"), "niveau", errors);
        Set<String> routes = values(params, "voie", ROUTES::contains, "voie", errors);
        Set<String> regions = values(params, "region", v -> v.matches("\\d{2,3}"), "région", errors);
        int page = number(params.getFirst("page"), 1, 1, 100_000, "page", errors);
        int size = number(params.getFirst("taille"), defaultSize, 1, MAX_SIZE, "taille", errors);
        return new TrainingQuery(text, sectors, levels, routes, regions, page, size);
    }

    private static Set<String> values(MultiValueMap<String, String> params, String name, java.util.function.Predicate<String> valid, String label,
                                      List<String> errors) {
        Set<String> values = new TreeSet<>();
        for (String value : params.getOrDefault(name, List.of())) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String v = value.strip();
            if (valid.test(v)) {
                values.add(v);
            } else {
                errors.add("Valeur de " + label + " inconnue : « " + v + " », ignorée.");
            }
        }
        return values;
    }

    private static int number(String text, int otherwise, int min, int max, String label, List<String> errors) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < min || n > max) {
                errors.add("La " + label + " doit être comprise entre " + min + " et " + max + ".");
                return otherwise;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add("La " + label + " « " + text.strip() + " » n'est pas un nombre.");
            return otherwise;
        }
    }

    /** The URL of this search at another page. */
    String url(String path, int otherPage) {
        List<String> parts = new ArrayList<>();
        if (!text.isEmpty()) {
            parts.add("q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        sectors.forEach(v -> parts.add("secteur=" + v));
        levels.forEach(v -> parts.add("niveau=" + v));
        routes.forEach(v -> parts.add("voie=" + v));
        regions.forEach(v -> parts.add("region=" + v));
        if (otherPage > 1) {
            parts.add("page=" + otherPage);
        }
        return parts.isEmpty() ? path : path + "?" + String.join("&", parts);
    }
}
