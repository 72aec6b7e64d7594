package fr.passerelle.clusters.matrix;

import fr.passerelle.clusters.ClusterBranch;
import fr.passerelle.clusters.matrix.MatrixViews.Axes;
import fr.passerelle.clusters.matrix.MatrixViews.Facet;
import fr.passerelle.clusters.matrix.MatrixViews.FacetValue;
import fr.passerelle.clusters.matrix.MatrixViews.Item;
import fr.passerelle.clusters.matrix.MatrixViews.Results;
import fr.passerelle.clusters.matrix.MatrixViews.Row;
import fr.passerelle.trades.JobTitleChoice;
import fr.passerelle.trades.Trades;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cross search of a cluster's matrix, all in SQL over the active memberships of the cluster, the directory's
 * published view of organisations and the entries: each facet is an array overlap on a GIN-indexed column (OR within
 * a facet), the facets are ANDed, and each free word must match a label of one of the axes (the cluster's key skills,
 * activities and markets, the job titles in use in the cluster, their fiches) or the company's name. The words are
 * resolved in Java against the cluster's vocabulary first, so that SQL only compares ids. Counts per facet value are
 * those of the search without that facet's own filter (ticking a second value adds companies), computed in SQL.
 */
@Component
class MatrixSearch {

    static final int PAGE_SIZE = 20;
    static final int MAX_EXPORT = 20_000;
    static final int TOP_JOB_TITLES = 15;
    static final int TOP_SKILLS = 20;

    private static final String ACCENTED = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ";
    private static final String PLAIN = "aaaaaaceeeeiiiinooooouuuuyyoa";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> LITTLE = Set.of("de", "du", "des", "la", "le", "les", "et", "ou", "en", "au", "aux", "un", "une",
            "pour", "par", "sur", "dans", "avec", "secteur");

    private static final String STATE = """
            case when e.id is null then 'NOT_FILLED'
                 when e.correction_requested_at is not null then 'CORRECTION_REQUESTED'
                 when e.validated_at is null or e.filled_at > e.validated_at then 'TO_VALIDATE'
                 when e.validated_at < :freshSince then 'STALE'
                 else 'UP_TO_DATE' end""";

    private static final String FROM = """
              from cluster_membership m
              join directory_organisation o on o.organisation_id = m.organisation_id
              left join cluster_matrix_entry e on e.cluster_id = m.cluster_id and e.organisation_id = m.organisation_id
             where m.cluster_id = :cluster and m.since <= :today and (m.until is null or m.until >= :today)""";

    private static final String FROM_WITH_BRANCH = """
              from cluster_membership m
              join directory_organisation o on o.organisation_id = m.organisation_id
              left join cluster_matrix_entry e on e.cluster_id = m.cluster_id and e.organisation_id = m.organisation_id
              left join cluster_branch b on b.id = m.branch_id
             where m.cluster_id = :cluster and m.since <= :today and (m.until is null or m.until >= :today)""";

    /** A facet left out of the filters, to count its values. */
    private enum Without { NONE, JOB_TITLE, SKILL, ACTIVITY, MARKET, BRANCH, STATE }

    /** The cluster, the day and the refresh period a search is made in. */
    record Scope(UUID clusterId, LocalDate today, int refreshMonths, ZoneId zone) {

        Timestamp freshSince() {
            return Timestamp.from(MatrixRules.freshSince(today, refreshMonths).atStartOfDay(zone).toInstant());
        }
    }

    private final JdbcClient jdbc;
    private final Trades trades;

    MatrixSearch(JdbcClient jdbc, Trades trades) {
        this.jdbc = jdbc;
        this.trades = trades;
    }

    Results search(Scope scope, MatrixQuery query, Axes axes, List<ClusterBranch> branches) {
        Map<Integer, JobTitleChoice> vocabulary = jobTitlesInUse(scope.clusterId());
        Filter filter = filter(scope, query, axes, vocabulary, Without.NONE);
        int offset = (query.page() - 1) * PAGE_SIZE;
        List<Row> rows = new ArrayList<>();
        long[] total = {0};
        jdbc.sql("select m.organisation_id, o.name, b.name as branch_name, " + STATE + " as state, e.validated_at, e.job_titles, e.skills,"
                        + " e.activities, e.markets, count(*) over () as total " + FROM_WITH_BRANCH
                        + filter.sql + " order by o.name, m.organisation_id limit :size offset :offset")
                .params(filter.params).param("size", PAGE_SIZE).param("offset", offset)
                .query(rs -> {
                    total[0] = rs.getLong("total");
                    rows.add(row(rs, axes, vocabulary));
                });
        if (rows.isEmpty() && query.page() > 1) {
            total[0] = count(filter);
        }
        List<Facet> facets = new ArrayList<>();
        facets.add(jobTitleFacet(scope, query, axes, vocabulary));
        for (MatrixAxis axis : MatrixAxis.values()) {
            facets.add(itemFacet(scope, query, axes, vocabulary, axis));
        }
        if (!branches.isEmpty()) {
            facets.add(branchFacet(scope, query, axes, vocabulary, branches));
        }
        facets.add(stateFacet(scope, query, axes, vocabulary));
        return new Results(rows, total[0], query.page(), PAGE_SIZE, facets);
    }

    /** Every company the search finds, by name, for an export (at most {@link #MAX_EXPORT}). */
    List<Row> all(Scope scope, MatrixQuery query, Axes axes) {
        Map<Integer, JobTitleChoice> vocabulary = jobTitlesInUse(scope.clusterId());
        Filter filter = filter(scope, query, axes, vocabulary, Without.NONE);
        return jdbc.sql("select m.organisation_id, o.name, b.name as branch_name, " + STATE + " as state, e.validated_at, e.job_titles, e.skills,"
                        + " e.activities, e.markets " + FROM_WITH_BRANCH
                        + filter.sql + " order by o.name, m.organisation_id limit " + MAX_EXPORT)
                .params(filter.params).query((rs, n) -> row(rs, axes, vocabulary)).list();
    }

    /** The ids of every company the search finds. */
    List<UUID> organisations(Scope scope, MatrixQuery query, Axes axes) {
        Filter filter = filter(scope, query, axes, jobTitlesInUse(scope.clusterId()), Without.NONE);
        return jdbc.sql("select m.organisation_id " + FROM + filter.sql).params(filter.params).query(UUID.class).list();
    }

    /** How many active members have an entry, and how many of those are validated longer ago than the refresh period. */
    long[] summary(Scope scope) {
        return jdbc.sql("select count(e.id) as filled, count(*) filter (where e.validated_at < :freshSince) as stale " + FROM)
                .param("cluster", scope.clusterId()).param("today", scope.today()).param("freshSince", scope.freshSince())
                .query((rs, n) -> new long[] {rs.getLong("filled"), rs.getLong("stale")}).single();
    }

    // --- facets

    private Facet jobTitleFacet(Scope scope, MatrixQuery query, Axes axes, Map<Integer, JobTitleChoice> vocabulary) {
        Filter filter = filter(scope, query, axes, vocabulary, Without.JOB_TITLE);
        Map<String, Long> counts = counts(filter, "e.job_titles");
        List<FacetValue> values = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(en -> label(vocabulary, en.getKey())))
                .filter(en -> values.size() < TOP_JOB_TITLES || query.jobTitles().contains(Integer.valueOf(en.getKey())))
                .forEach(en -> values.add(new FacetValue(en.getKey(), label(vocabulary, en.getKey()), en.getValue(),
                        query.jobTitles().contains(Integer.valueOf(en.getKey())))));
        query.jobTitles().stream().filter(j -> !counts.containsKey(j.toString())).forEach(j ->
                values.add(new FacetValue(j.toString(), label(vocabulary, j.toString()), 0, true)));
        return new Facet("job", "Métiers", values);
    }

    private Facet itemFacet(Scope scope, MatrixQuery query, Axes axes, Map<Integer, JobTitleChoice> vocabulary, MatrixAxis axis) {
        Filter filter = filter(scope, query, axes, vocabulary, switch (axis) {
            case SKILL -> Without.SKILL;
            case ACTIVITY -> Without.ACTIVITY;
            case MARKET -> Without.MARKET;
        });
        Map<String, Long> counts = counts(filter, "e." + axis.column());
        Set<UUID> selected = query.items(axis);
        List<FacetValue> values = new ArrayList<>();
        List<Item> items = axes.of(axis);
        if (axis == MatrixAxis.SKILL) {
            items = items.stream().sorted(Comparator.comparing((Item i) -> -counts.getOrDefault(i.id().toString(), 0L))
                    .thenComparing(Item::position)).toList();
        }
        for (Item item : items) {
            long count = counts.getOrDefault(item.id().toString(), 0L);
            boolean ticked = selected.contains(item.id());
            if (ticked || (count > 0 && (axis != MatrixAxis.SKILL || values.size() < TOP_SKILLS))) {
                values.add(new FacetValue(item.id().toString(), item.label(), count, ticked));
            }
        }
        return new Facet(axis.parameter(), axis.title(), values);
    }

    private Facet branchFacet(Scope scope, MatrixQuery query, Axes axes, Map<Integer, JobTitleChoice> vocabulary, List<ClusterBranch> branches) {
        Filter filter = filter(scope, query, axes, vocabulary, Without.BRANCH);
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select m.branch_id::text as value, count(*) as n " + FROM + filter.sql + " and m.branch_id is not null group by m.branch_id")
                .params(filter.params).query(rs -> {
                    counts.put(rs.getString("value"), rs.getLong("n"));
                });
        List<FacetValue> values = branches.stream().map(b -> new FacetValue(b.id().toString(), b.name(), counts.getOrDefault(b.id().toString(), 0L),
                query.branches().contains(b.id()))).filter(v -> v.count() > 0 || v.selected()).toList();
        return new Facet("branch", "Sous-clusters", values);
    }

    private Facet stateFacet(Scope scope, MatrixQuery query, Axes axes, Map<Integer, JobTitleChoice> vocabulary) {
        Filter filter = filter(scope, query, axes, vocabulary, Without.STATE);
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select " + STATE + " as value, count(*) as n " + FROM + filter.sql + " group by 1").params(filter.params)
                .query(rs -> {
                    counts.put(rs.getString("value"), rs.getLong("n"));
                });
        List<FacetValue> values = Arrays.stream(MatrixState.values()).map(s -> new FacetValue(s.name(), s.label(), counts.getOrDefault(s.name(), 0L),
                query.states().contains(s))).filter(v -> v.count() > 0 || v.selected()).toList();
        return new Facet("state", "État de la fiche", values);
    }

    /** How many entries found (without one facet's filter) tick each value of an array column. */
    private Map<String, Long> counts(Filter filter, String column) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select v::text as value, count(*) as n from (select " + column + " as arr " + FROM + filter.sql
                        + " and e.id is not null) x, unnest(x.arr) v group by v")
                .params(filter.params).query(rs -> {
                    counts.put(rs.getString("value"), rs.getLong("n"));
                });
        return counts;
    }

    private long count(Filter filter) {
        return jdbc.sql("select count(*) " + FROM + filter.sql).params(filter.params).query(Long.class).single();
    }

    // --- filters

    private record Filter(String sql, Map<String, Object> params) {
    }

    private Filter filter(Scope scope, MatrixQuery query, Axes axes, Map<Integer, JobTitleChoice> vocabulary, Without without) {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        params.put("cluster", scope.clusterId());
        params.put("today", scope.today());
        params.put("freshSince", scope.freshSince());
        if (without != Without.JOB_TITLE && !query.jobTitles().isEmpty()) {
            sql.append(" and e.job_titles && cast(:jobTitles as integer[])");
            params.put("jobTitles", query.jobTitles().toArray(Integer[]::new));
        }
        for (MatrixAxis axis : MatrixAxis.values()) {
            boolean left = switch (axis) {
                case SKILL -> without == Without.SKILL;
                case ACTIVITY -> without == Without.ACTIVITY;
                case MARKET -> without == Without.MARKET;
            };
            if (!left && !query.items(axis).isEmpty()) {
                sql.append(" and e.").append(axis.column()).append(" && cast(:").append(axis.parameter()).append(" as uuid[])");
                params.put(axis.parameter(), query.items(axis).toArray(UUID[]::new));
            }
        }
        if (without != Without.BRANCH && !query.branches().isEmpty()) {
            sql.append(" and m.branch_id = any(cast(:branches as uuid[]))");
            params.put("branches", query.branches().toArray(UUID[]::new));
        }
        if (without != Without.STATE && !query.states().isEmpty()) {
            sql.append(" and (").append(STATE).append(") = any(cast(:states as text[]))");
            params.put("states", query.states().stream().map(Enum::name).toArray(String[]::new));
        }
        List<String> words = words(query.text());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            UUID[] items = java.util.stream.Stream.of(axes.skills(), axes.activities(), axes.markets()).flatMap(List::stream)
                    .filter(item -> matches(item.label(), word)).map(Item::id).toArray(UUID[]::new);
            Integer[] jobs = vocabulary.values().stream().filter(j -> matches(j.label(), word) || matches(j.tradeLabel(), word))
                    .map(JobTitleChoice::ogr).toArray(Integer[]::new);
            sql.append(" and (' ' || regexp_replace(translate(lower(o.name), '").append(ACCENTED).append("', '").append(PLAIN)
                    .append("'), '[^a-z0-9]+', ' ', 'g') like :word").append(i);
            params.put("word" + i, "% " + word + "%");
            if (items.length > 0) {
                sql.append(" or e.skills && cast(:items").append(i).append(" as uuid[]) or e.activities && cast(:items").append(i)
                        .append(" as uuid[]) or e.markets && cast(:items").append(i).append(" as uuid[])");
                params.put("items" + i, items);
            }
            if (jobs.length > 0) {
                sql.append(" or e.job_titles && cast(:jobs").append(i).append(" as integer[])");
                params.put("jobs" + i, jobs);
            }
            sql.append(")");
        }
        return new Filter(sql.toString(), params);
    }

    /** The job titles ticked in at least one entry of the cluster, by OGR code. */
    private Map<Integer, JobTitleChoice> jobTitlesInUse(UUID clusterId) {
        List<Integer> ogrs = jdbc.sql("select distinct unnest(job_titles) from cluster_matrix_entry where cluster_id = :cluster")
                .param("cluster", clusterId).query(Integer.class).list();
        Map<Integer, JobTitleChoice> choices = new HashMap<>();
        for (int from = 0; from < ogrs.size(); from += 1000) {
            trades.jobTitles(ogrs.subList(from, Math.min(ogrs.size(), from + 1000))).forEach(j -> choices.put(j.ogr(), j));
        }
        return choices;
    }

    private Row row(ResultSet rs, Axes axes, Map<Integer, JobTitleChoice> vocabulary) throws SQLException {
        Timestamp validated = rs.getTimestamp("validated_at");
        return new Row(rs.getObject("organisation_id", UUID.class), rs.getString("name"), rs.getString("branch_name"),
                MatrixState.valueOf(rs.getString("state")), validated == null ? null : validated.toInstant(),
                ints(rs.getArray("job_titles")).stream().map(j -> label(vocabulary, j.toString())).sorted().toList(),
                labels(rs.getArray("skills"), axes), labels(rs.getArray("activities"), axes), labels(rs.getArray("markets"), axes));
    }

    private static List<Integer> ints(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
    }

    /** The labels of the ids, in the cluster's order of its list. */
    private static List<String> labels(Array array, Axes axes) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Set<UUID> ids = Set.of((UUID[]) array.getArray());
        return java.util.stream.Stream.of(axes.skills(), axes.activities(), axes.markets()).flatMap(List::stream)
                .filter(i -> ids.contains(i.id())).map(Item::label).toList();
    }

    private static String label(Map<Integer, JobTitleChoice> vocabulary, String ogr) {
        JobTitleChoice choice = vocabulary.get(Integer.valueOf(ogr));
        return choice == null ? "Appellation " + ogr : choice.label();
    }

    // --- words

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        return MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The words of a search: folded, two letters at least, little words and repeats left out, twelve at most. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String part : SEPARATORS.split(fold(text).replaceAll("\\b(?:l|d|qu|j|n|s|c)['’]", " "))) {
            if (part.length() >= 2 && !LITTLE.contains(part) && !words.contains(part) && words.size() < 12) {
                words.add(part);
            }
        }
        return words;
    }

    /** Whether a word of the label begins with the word searched. */
    static boolean matches(String label, String word) {
        if (label == null) {
            return false;
        }
        for (String part : SEPARATORS.split(fold(label))) {
            if (part.startsWith(word)) {
                return true;
            }
        }
        return false;
    }
}
