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
import java.util.EnumMap;
import java.util.HashMap;
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

    private static final String ACTIVE_MEMBERS = """
            cluster_membership m join directory_organisation o on o.organisation_id = m.organisation_id
             where m.cluster_id = :cluster and m.since <= :today and (m.until is null or m.until >= :today)""";

    /** The signs that separate the words of a name (turned into spaces with the accents folded, in one translate). */
    private static final String PUNCTUATION = "'’‘\"«»()[]{}.,;:!?/\\-–—_&+*#@%=<>|~^°";

    /**
     * The folded name of a company, a space before each of its words, to find a word at the start of one of them; a
     * {@code translate} (a regular expression costs ten times more on each of the cluster's names).
     */
    private static final String FOLDED_NAME = "' ' || translate(lower(o.name), '" + ACCENTED + PUNCTUATION.replace("'", "''") + "', '"
            + PLAIN + " ".repeat(PUNCTUATION.length()) + "')";

    /**
     * The cluster's active members ({@code m}, with the company's {@code name}) and their entries ({@code e}), and the
     * sub-clusters ({@code b}) if asked; with words, each name is folded once ({@code m.folded_name}: the fence
     * {@code offset 0} keeps PostgreSQL from folding it again for each word).
     */
    private static String from(Filter filter, boolean branches) {
        String members = filter.hasWords()
                ? "(select m.*, o.name, " + FOLDED_NAME + " as folded_name from " + ACTIVE_MEMBERS + " offset 0) m"
                : "(select m.*, o.name from " + ACTIVE_MEMBERS + ") m";
        return " from " + members
                + " left join cluster_matrix_entry e on e.cluster_id = m.cluster_id and e.organisation_id = m.organisation_id"
                + (branches ? " left join cluster_branch b on b.id = m.branch_id" : "") + " where true";
    }

    /** A facet left out of the filters, to count its values. */
    private enum Without {
        NONE, JOB_TITLE, SKILL, ACTIVITY, MARKET, BRANCH, STATE;

        String flag() {
            return "f_" + name().toLowerCase(Locale.ROOT);
        }
    }

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
        Found found = find(filter(scope, query, axes, vocabulary), (query.page() - 1) * PAGE_SIZE, axes, vocabulary);
        List<Facet> facets = new ArrayList<>();
        facets.add(jobTitleFacet(query, vocabulary, found.of(Without.JOB_TITLE)));
        for (MatrixAxis axis : MatrixAxis.values()) {
            facets.add(itemFacet(query, axes, axis, found.of(facetOf(axis))));
        }
        if (!branches.isEmpty()) {
            facets.add(branchFacet(query, branches, found.of(Without.BRANCH)));
        }
        facets.add(stateFacet(query, found.of(Without.STATE)));
        return new Results(found.rows(), found.total(), query.page(), PAGE_SIZE, facets);
    }

    /** Every company the search finds, by name, for an export (at most {@link #MAX_EXPORT}). */
    List<Row> all(Scope scope, MatrixQuery query, Axes axes) {
        Map<Integer, JobTitleChoice> vocabulary = jobTitlesInUse(scope.clusterId());
        Filter filter = filter(scope, query, axes, vocabulary);
        return jdbc.sql("select m.organisation_id, m.name, b.name as branch_name, " + STATE + " as state, e.validated_at, e.job_titles, e.skills,"
                        + " e.activities, e.markets" + from(filter, true)
                        + filter.where(Without.NONE) + " order by m.name, m.organisation_id limit " + MAX_EXPORT)
                .params(filter.params()).query((rs, n) -> row(rs.getObject("organisation_id", UUID.class), rs, axes, vocabulary)).list();
    }

    /** The ids of every company the search finds. */
    List<UUID> organisations(Scope scope, MatrixQuery query, Axes axes) {
        Filter filter = filter(scope, query, axes, jobTitlesInUse(scope.clusterId()));
        return jdbc.sql("select m.organisation_id" + from(filter, false) + filter.where(Without.NONE)).params(filter.params()).query(UUID.class).list();
    }

    /** How many active members have an entry, and how many of those are validated longer ago than the refresh period. */
    long[] summary(Scope scope) {
        return jdbc.sql("select count(e.id) as filled, count(*) filter (where e.validated_at < :freshSince) as stale"
                        + from(Filter.NONE, false))
                .param("cluster", scope.clusterId()).param("today", scope.today()).param("freshSince", scope.freshSince())
                .query((rs, n) -> new long[] {rs.getLong("filled"), rs.getLong("stale")}).single();
    }

    // --- facets

    private static Without facetOf(MatrixAxis axis) {
        return switch (axis) {
            case SKILL -> Without.SKILL;
            case ACTIVITY -> Without.ACTIVITY;
            case MARKET -> Without.MARKET;
        };
    }

    private Facet jobTitleFacet(MatrixQuery query, Map<Integer, JobTitleChoice> vocabulary, Map<String, Long> counts) {
        List<FacetValue> values = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(en -> label(vocabulary, en.getKey())))
                .filter(en -> values.size() < TOP_JOB_TITLES || query.jobTitles().contains(Integer.valueOf(en.getKey())))
                .forEach(en -> values.add(new FacetValue(en.getKey(), label(vocabulary, en.getKey()), en.getValue(),
                        query.jobTitles().contains(Integer.valueOf(en.getKey())))));
        query.jobTitles().stream().filter(j -> !counts.containsKey(j.toString())).forEach(j ->
                values.add(new FacetValue(j.toString(), label(vocabulary, j.toString()), 0, true)));
        return new Facet("job", "Métiers", values);
    }

    private Facet itemFacet(MatrixQuery query, Axes axes, MatrixAxis axis, Map<String, Long> counts) {
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

    private static Facet branchFacet(MatrixQuery query, List<ClusterBranch> branches, Map<String, Long> counts) {
        List<FacetValue> values = branches.stream().map(b -> new FacetValue(b.id().toString(), b.name(), counts.getOrDefault(b.id().toString(), 0L),
                query.branches().contains(b.id()))).filter(v -> v.count() > 0 || v.selected()).toList();
        return new Facet("branch", "Sous-clusters", values);
    }

    private static Facet stateFacet(MatrixQuery query, Map<String, Long> counts) {
        List<FacetValue> values = Arrays.stream(MatrixState.values()).map(s -> new FacetValue(s.name(), s.label(), counts.getOrDefault(s.name(), 0L),
                query.states().contains(s))).filter(v -> v.count() > 0 || v.selected()).toList();
        return new Facet("state", "État de la fiche", values);
    }

    /** A page of the companies found, how many they are, and the counts of every facet's values without its own filter. */
    private record Found(List<Row> rows, long total, Map<Without, Map<String, Long>> facets) {

        Map<String, Long> of(Without facet) {
            return facets.getOrDefault(facet, Map.of());
        }
    }

    /** What a facet's count leaves empty in the columns of a page's row. */
    private static final String NOT_A_ROW = ", null, null, null, null, null, null, null, null";

    /**
     * The whole search in one statement: the cluster's active members matching the words are read once, with a flag
     * per ticked facet; each facet's values are counted over the members matching every other facet (so that ticking a
     * second value of a facet adds companies), the total and the page of rows over those matching all of them.
     */
    private Found find(Filter filter, int offset, Axes axes, Map<Integer, JobTitleChoice> vocabulary) {
        StringBuilder sql = new StringBuilder("with found as materialized (select m.organisation_id, m.name, m.branch_id, b.name as branch_name, ")
                .append(STATE).append(" as state, e.id as entry_id, e.validated_at, e.job_titles, e.skills, e.activities, e.markets");
        for (Without facet : Filter.FACETS) {
            sql.append(", ").append(filter.flag(facet)).append(" as ").append(facet.flag());
        }
        sql.append(from(filter, true)).append(filter.words()).append(")");
        sql.append(" select 'NONE' as facet, null as value, count(*) as n, null::text as name, null::text as branch_name, null::text as state,")
                .append(" null::timestamptz as validated_at, null::integer[] as job_titles, null::uuid[] as skills, null::uuid[] as activities,")
                .append(" null::uuid[] as markets from found where ").append(Filter.flagsBut(Without.NONE));
        sql.append(arrayCount(Without.JOB_TITLE, "job_titles")).append(arrayCount(Without.SKILL, "skills"))
                .append(arrayCount(Without.ACTIVITY, "activities")).append(arrayCount(Without.MARKET, "markets"));
        sql.append(" union all select 'BRANCH', branch_id::text, count(*)").append(NOT_A_ROW).append(" from found where branch_id is not null and ")
                .append(Filter.flagsBut(Without.BRANCH)).append(" group by branch_id");
        sql.append(" union all select 'STATE', state, count(*)").append(NOT_A_ROW).append(" from found where ")
                .append(Filter.flagsBut(Without.STATE)).append(" group by state");
        sql.append(" union all (select 'ROW', organisation_id::text, 0, name, branch_name, state, validated_at, job_titles, skills, activities,")
                .append(" markets from found where ").append(Filter.flagsBut(Without.NONE))
                .append(" order by name, organisation_id limit :size offset :offset)");
        long[] total = {0};
        List<Row> rows = new ArrayList<>();
        Map<Without, Map<String, Long>> facets = new EnumMap<>(Without.class);
        jdbc.sql(sql.toString()).params(filter.params()).param("size", PAGE_SIZE).param("offset", offset).query(rs -> {
            String facet = rs.getString("facet");
            if (facet.equals("ROW")) {
                rows.add(row(UUID.fromString(rs.getString("value")), rs, axes, vocabulary));
            } else if (facet.equals("NONE")) {
                total[0] = rs.getLong("n");
            } else {
                facets.computeIfAbsent(Without.valueOf(facet), f -> new HashMap<>()).put(rs.getString("value"), rs.getLong("n"));
            }
        });
        return new Found(rows, total[0], facets);
    }

    private static String arrayCount(Without facet, String column) {
        return " union all select '" + facet.name() + "', v::text, count(*)" + NOT_A_ROW + " from found, unnest(found." + column + ") v"
                + " where entry_id is not null and " + Filter.flagsBut(facet) + " group by v";
    }

    // --- filters

    /**
     * A search in SQL: the words' condition (on every count) and one condition per ticked facet, each a boolean
     * expression over {@code m} (the membership), {@code o} (the organisation) and {@code e} (the entry, if any).
     */
    private record Filter(String words, Map<Without, String> flags, Map<String, Object> params) {

        /** No search: the scope's parameters are still needed. */
        static final Filter NONE = new Filter("", Map.of(), Map.of());

        static final List<Without> FACETS = List.of(Without.JOB_TITLE, Without.SKILL, Without.ACTIVITY, Without.MARKET, Without.BRANCH,
                Without.STATE);

        boolean hasWords() {
            return !words.isEmpty();
        }

        String flag(Without facet) {
            return flags.containsKey(facet) ? "coalesce(" + flags.get(facet) + ", false)" : "true";
        }

        /** The conditions of the search but one facet's ({@link Without#NONE}: all of them), after {@code where …}. */
        String where(Without without) {
            StringBuilder sql = new StringBuilder(words);
            flags.forEach((facet, condition) -> {
                if (facet != without) {
                    sql.append(" and ").append(condition);
                }
            });
            return sql.toString();
        }

        /** Over the flagged rows of {@code found}: every facet's flag but one. */
        static String flagsBut(Without without) {
            return String.join(" and ", FACETS.stream().filter(f -> f != without).map(Without::flag).toList());
        }
    }

    private Filter filter(Scope scope, MatrixQuery query, Axes axes, Map<Integer, JobTitleChoice> vocabulary) {
        Map<Without, String> flags = new EnumMap<>(Without.class);
        Map<String, Object> params = new HashMap<>();
        params.put("cluster", scope.clusterId());
        params.put("today", scope.today());
        params.put("freshSince", scope.freshSince());
        if (!query.jobTitles().isEmpty()) {
            flags.put(Without.JOB_TITLE, "e.job_titles && cast(:jobTitles as integer[])");
            params.put("jobTitles", query.jobTitles().toArray(Integer[]::new));
        }
        for (MatrixAxis axis : MatrixAxis.values()) {
            if (!query.items(axis).isEmpty()) {
                flags.put(facetOf(axis), "e." + axis.column() + " && cast(:" + axis.parameter() + " as uuid[])");
                params.put(axis.parameter(), query.items(axis).toArray(UUID[]::new));
            }
        }
        if (!query.branches().isEmpty()) {
            flags.put(Without.BRANCH, "m.branch_id = any(cast(:branches as uuid[]))");
            params.put("branches", query.branches().toArray(UUID[]::new));
        }
        if (!query.states().isEmpty()) {
            flags.put(Without.STATE, "(" + STATE + ") = any(cast(:states as text[]))");
            params.put("states", query.states().stream().map(Enum::name).toArray(String[]::new));
        }
        StringBuilder sql = new StringBuilder();
        List<String> words = words(query.text());
        Map<MatrixAxis, Map<UUID, String[]>> itemWords = new EnumMap<>(MatrixAxis.class);
        Map<Integer, String[]> jobWords = new HashMap<>();
        if (!words.isEmpty()) {
            for (MatrixAxis axis : MatrixAxis.values()) {
                Map<UUID, String[]> labels = new HashMap<>();
                axes.of(axis).forEach(item -> labels.put(item.id(), labelWords(item.label())));
                itemWords.put(axis, labels);
            }
            vocabulary.values().forEach(j -> jobWords.put(j.ogr(), labelWords(java.util.Objects.toString(j.label(), "") + " " + java.util.Objects.toString(j.tradeLabel(), ""))));
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            Integer[] jobs = jobWords.entrySet().stream().filter(en -> begins(en.getValue(), word)).map(Map.Entry::getKey).toArray(Integer[]::new);
            sql.append(" and (m.folded_name like :word").append(i);
            params.put("word" + i, "% " + word + "%");
            // Each axis's column against that axis's values only: an overlap compares every pair of elements.
            for (MatrixAxis axis : MatrixAxis.values()) {
                UUID[] items = itemWords.get(axis).entrySet().stream().filter(en -> begins(en.getValue(), word)).map(Map.Entry::getKey)
                        .toArray(UUID[]::new);
                if (items.length > 0) {
                    String name = axis.parameter() + "Word" + i;
                    sql.append(" or e.").append(axis.column()).append(" && cast(:").append(name).append(" as uuid[])");
                    params.put(name, items);
                }
            }
            if (jobs.length > 0) {
                sql.append(" or e.job_titles && cast(:jobs").append(i).append(" as integer[])");
                params.put("jobs" + i, jobs);
            }
            sql.append(")");
        }
        return new Filter(sql.toString(), flags, params);
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

    private Row row(UUID organisationId, ResultSet rs, Axes axes, Map<Integer, JobTitleChoice> vocabulary) throws SQLException {
        Timestamp validated = rs.getTimestamp("validated_at");
        return new Row(organisationId, rs.getString("name"), rs.getString("branch_name"),
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
        return label != null && begins(labelWords(label), word);
    }

    /** The folded words of a label, to compare with the words of a search. */
    private static String[] labelWords(String label) {
        return SEPARATORS.split(fold(label));
    }

    private static boolean begins(String[] labelWords, String word) {
        for (String part : labelWords) {
            if (part.startsWith(word)) {
                return true;
            }
        }
        return false;
    }
}
