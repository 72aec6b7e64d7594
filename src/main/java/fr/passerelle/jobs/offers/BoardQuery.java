package fr.passerelle.jobs.offers;

import fr.passerelle.jobs.JobOfferContract;
import fr.passerelle.jobs.JobOfferLevel;
import fr.passerelle.territory.Municipality;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * A search of the job board as its address says it, shared by the page, its Atom feed and the API: words ({@code q}),
 * a trade ({@code metier}, a ROME fiche code such as H2913, or {@code appellation}, a job title's OGR code), the facets
 * ({@code contrat}, {@code domaine}, {@code region}, {@code niveau}, {@code cluster}, each repeatable), a commune and a
 * radius ({@code commune=Saint-Nazaire&rayon=30}) and the page. An unknown value is ignored and said in {@code errors}.
 */
record BoardQuery(String text, String tradeCode, Integer jobTitleOgr, Set<JobOfferContract> contracts, Set<String> domains, Set<String> regions,
                  Set<JobOfferLevel> levels, Set<UUID> clusters, Near near, String placeTyped, int page, int size) {

    static final int[] RADII = {10, 30, 50, 100};
    static final int DEFAULT_RADIUS = 30;
    private static final Pattern TRADE = Pattern.compile("[A-N]\\d{4}");
    private static final Pattern REGION = Pattern.compile("\\d{2,3}");

    /** A commune's centre and a radius in kilometres. */
    record Near(String label, double latitude, double longitude, int kilometres) {
    }

    /** The facets a query filters on, each left out when counting its own values. */
    enum Dimension {
        CONTRACT, DOMAIN, REGION, LEVEL, CLUSTER, DISTANCE
    }

    boolean filters(Dimension dimension) {
        return switch (dimension) {
            case CONTRACT -> !contracts.isEmpty();
            case DOMAIN -> !domains.isEmpty();
            case REGION -> !regions.isEmpty();
            case LEVEL -> !levels.isEmpty();
            case CLUSTER -> !clusters.isEmpty();
            case DISTANCE -> near != null;
        };
    }

    int offset() {
        return (page - 1) * size;
    }

    static BoardQuery parse(MultiValueMap<String, String> params, int size, List<String> errors, Function<String, List<Municipality>> locate) {
        String text = first(params, "q");
        if (text != null && text.length() > 200) {
            text = text.substring(0, 200);
        }
        String trade = first(params, "metier");
        if (trade != null && !TRADE.matcher(trade.toUpperCase()).matches()) {
            errors.add("« metier » est le code d’une fiche du ROME, par exemple H2913 : « " + trade + " » est ignoré.");
            trade = null;
        }
        String appellation = first(params, "appellation");
        Integer ogr = appellation != null && appellation.matches("\\d{1,9}") ? Integer.valueOf(appellation) : null;
        Set<JobOfferContract> contracts = enums(params, "contrat", JobOfferContract.class, errors);
        Set<JobOfferLevel> levels = enums(params, "niveau", JobOfferLevel.class, errors);
        Set<String> domains = new LinkedHashSet<>();
        for (String d : values(params, "domaine")) {
            if (d.matches("[A-Na-n]")) {
                domains.add(d.toUpperCase());
            } else {
                errors.add("« domaine » est la lettre d’un grand domaine du ROME (A à N) : « " + d + " » est ignoré.");
            }
        }
        Set<String> regions = new LinkedHashSet<>();
        for (String r : values(params, "region")) {
            if (REGION.matcher(r).matches()) {
                regions.add(r);
            } else {
                errors.add("« region » est le code INSEE d’une région : « " + r + " » est ignoré.");
            }
        }
        Set<UUID> clusters = new LinkedHashSet<>();
        for (String c : values(params, "cluster")) {
            try {
                clusters.add(UUID.fromString(c));
            } catch (IllegalArgumentException e) {
                errors.add("« cluster » est l’identifiant d’un cluster : « " + c + " » est ignoré.");
            }
        }
        String place = first(params, "commune");
        Near near = null;
        if (place != null) {
            int km = DEFAULT_RADIUS;
            String radius = first(params, "rayon");
            if (radius != null) {
                if (radius.matches("\\d{1,3}") && Integer.parseInt(radius) >= 1 && Integer.parseInt(radius) <= 200) {
                    km = Integer.parseInt(radius);
                } else {
                    errors.add("« rayon » est un nombre de kilomètres de 1 à 200 : " + DEFAULT_RADIUS + " km retenus.");
                }
            }
            List<Municipality> found = place.length() > 100 ? List.of() : locate.apply(place);
            if (found.size() == 1 || !found.isEmpty() && place.matches("\\d{5}")) {
                Municipality m = found.get(0);
                near = new Near(m.name() + " (" + m.departmentCode() + ")", m.latitude(), m.longitude(), km);
            } else if (found.isEmpty()) {
                errors.add("Aucune commune ne répond à « " + place + " » : la distance n’est pas prise en compte.");
            } else {
                errors.add("Plusieurs communes répondent à « " + place + " » : précisez le département, par exemple « " + found.get(0).name()
                        + " (" + found.get(0).departmentCode() + ") ».");
            }
        }
        String pageText = first(params, "page");
        int page = pageText != null && pageText.matches("\\d{1,5}") ? Math.max(1, Integer.parseInt(pageText)) : 1;
        return new BoardQuery(text == null ? "" : text, trade == null ? null : trade.toUpperCase(), ogr, contracts, domains, regions, levels,
                clusters, near, place, Math.min(page, 500), size);
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> values(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().limit(30).toList();
    }

    private static <E extends Enum<E>> Set<E> enums(MultiValueMap<String, String> params, String name, Class<E> type, List<String> errors) {
        Set<E> chosen = new LinkedHashSet<>();
        for (String v : values(params, name)) {
            Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(v)).findFirst()
                    .ifPresentOrElse(chosen::add, () -> errors.add("« " + name + " » : valeur inconnue « " + v + " », ignorée."));
        }
        return chosen;
    }

    /** The address of this search at a page, on {@code path} (the board, its feed, the API). */
    String url(String path, int atPage) {
        List<String> parts = new ArrayList<>();
        add(parts, "q", text.isEmpty() ? null : text);
        add(parts, "metier", tradeCode);
        add(parts, "appellation", jobTitleOgr == null ? null : jobTitleOgr.toString());
        contracts.forEach(c -> add(parts, "contrat", c.name()));
        domains.forEach(d -> add(parts, "domaine", d));
        regions.forEach(r -> add(parts, "region", r));
        levels.forEach(l -> add(parts, "niveau", l.name()));
        clusters.forEach(c -> add(parts, "cluster", c.toString()));
        if (near != null) {
            add(parts, "commune", placeTyped);
            add(parts, "rayon", Integer.toString(near.kilometres()));
        }
        if (atPage > 1) {
            add(parts, "page", Integer.toString(atPage));
        }
        return parts.isEmpty() ? path : path + "?" + String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
