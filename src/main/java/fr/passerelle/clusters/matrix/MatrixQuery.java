package fr.passerelle.clusters.matrix;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A cross search of a cluster's skills matrix as the address carries it (so that it can be shared): free words over
 * the axes' labels and the companies' names, and values ticked on each facet — AND across facets, OR within one.
 * Values that cannot be read are left out, never guessed.
 */
record MatrixQuery(String text, Set<Integer> jobTitles, Set<UUID> skills, Set<UUID> activities, Set<UUID> markets, Set<UUID> branches,
                   Set<MatrixState> states, int page) {

    static final int MAX_TEXT = 200;
    static final int MAX_VALUES = 100;

    MatrixQuery {
        text = text == null ? "" : fr.passerelle.platform.Text.withoutControlCharacters(text).strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        jobTitles = Set.copyOf(jobTitles == null ? Set.of() : jobTitles);
        skills = Set.copyOf(skills == null ? Set.of() : skills);
        activities = Set.copyOf(activities == null ? Set.of() : activities);
        markets = Set.copyOf(markets == null ? Set.of() : markets);
        branches = Set.copyOf(branches == null ? Set.of() : branches);
        states = Set.copyOf(states == null ? Set.of() : states);
        page = Math.max(1, page);
    }

    static MatrixQuery all() {
        return new MatrixQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 1);
    }

    static MatrixQuery from(MultiValueMap<String, String> params) {
        int page = 1;
        String p = params.getFirst("page");
        if (p != null && p.strip().matches("\\d{1,6}")) {
            page = Integer.parseInt(p.strip());
        }
        return new MatrixQuery(params.getFirst("q"), values(params, "job", v -> v.matches("\\d{1,9}") ? Integer.valueOf(v) : null),
                values(params, MatrixAxis.SKILL.parameter(), MatrixQuery::uuid), values(params, MatrixAxis.ACTIVITY.parameter(), MatrixQuery::uuid),
                values(params, MatrixAxis.MARKET.parameter(), MatrixQuery::uuid), values(params, "branch", MatrixQuery::uuid),
                values(params, "state", v -> {
                    try {
                        return MatrixState.valueOf(v);
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }), page);
    }

    Set<UUID> items(MatrixAxis axis) {
        return switch (axis) {
            case SKILL -> skills;
            case ACTIVITY -> activities;
            case MARKET -> markets;
        };
    }

    boolean isEmpty() {
        return text.isBlank() && jobTitles.isEmpty() && skills.isEmpty() && activities.isEmpty() && markets.isEmpty() && branches.isEmpty()
                && states.isEmpty();
    }

    /** The address of this search on {@code path}, at {@code page} (1: no page parameter). */
    String url(String path, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (!text.isBlank()) {
            uri.queryParam("q", text);
        }
        jobTitles.stream().sorted().forEach(v -> uri.queryParam("job", v));
        for (MatrixAxis axis : MatrixAxis.values()) {
            items(axis).stream().map(UUID::toString).sorted().forEach(v -> uri.queryParam(axis.parameter(), v));
        }
        branches.stream().map(UUID::toString).sorted().forEach(v -> uri.queryParam("branch", v));
        states.stream().sorted().forEach(v -> uri.queryParam("state", v.name()));
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    private static <T> Set<T> values(MultiValueMap<String, String> params, String name, Function<String, T> parse) {
        List<String> raw = params.getOrDefault(name, List.of());
        Set<T> values = new LinkedHashSet<>();
        for (String value : new ArrayList<>(raw)) {
            if (value == null || value.isBlank() || values.size() >= MAX_VALUES) {
                continue;
            }
            T parsed = parse.apply(value.strip());
            if (parsed != null) {
                values.add(parsed);
            }
        }
        return values;
    }

    private static UUID uuid(String value) {
        try {
            return value.length() == 36 ? UUID.fromString(value) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
