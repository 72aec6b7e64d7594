package fr.passerelle.labelling;

import fr.passerelle.platform.Times;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.Spreadsheet;
import fr.passerelle.territory.Territories;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The board of dossiers for reviewers and promoters: the dossiers the actor may read ({@link Applications#visibleTo}),
 * filtered, sorted and paginated, with the columns each account chose, counts per step, and its exports.
 */
@Service
class ReviewBoard {

    static final String PATH = "/gestion/labellisation/tableau";
    static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm", Locale.FRENCH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH);

    /** The columns of the board; the project's name is always shown. */
    enum Column {
        PROJECT("projet", "Projet"),
        CAMPUS("campus", "Campus"),
        REGION("region", "Région"),
        ACADEMY("academie", "Académie"),
        CALL("appel", "Appel à projets"),
        CATEGORY("categorie", "Catégorie"),
        STEP("etape", "Étape"),
        SINCE("depuis", "Dans l’étape depuis"),
        EXPERTS("experts", "Experts"),
        SCORE("note", "Note moyenne des experts"),
        TAGS("etiquettes", "Étiquettes"),
        LAST_MESSAGE("message", "Dernier message");

        private final String key;
        private final String label;

        Column(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }

        /** Experts and tags are for reviewers; the experts' scores are internal to the national administration. */
        boolean availableTo(Actor actor) {
            return switch (this) {
                case EXPERTS, TAGS -> ApplicationFollowUp.seesTags(actor);
                case SCORE -> actor.isNationalAdmin();
                default -> true;
            };
        }

        public boolean sortable() {
            return this != EXPERTS && this != TAGS && this != LAST_MESSAGE && this != SCORE;
        }

        static java.util.Optional<Column> byKey(String key) {
            return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
        }
    }

    static final List<Column> DEFAULT_COLUMNS = List.of(Column.PROJECT, Column.REGION, Column.CALL, Column.CATEGORY, Column.STEP, Column.SINCE,
            Column.EXPERTS, Column.TAGS, Column.LAST_MESSAGE);

    /** The filters, sort and page of the board, as the URL carries them. */
    record Filters(String call, String region, String step, String category, String expert, String tag, String q, String sort, String order, int page) {

        static final Filters NONE = new Filters("", "", "", "", "", "", "", "", "", 1);

        Filters {
            call = clean(call);
            region = clean(region);
            step = clean(step);
            category = clean(category);
            expert = clean(expert);
            tag = clean(tag);
            q = clean(q);
            sort = clean(sort);
            order = "desc".equals(order) ? "desc" : "asc";
            page = Math.max(1, page);
        }

        private static String clean(String value) {
            return value == null ? "" : value.strip();
        }

        public boolean any() {
            return !(call + region + step + category + expert + tag + q).isEmpty();
        }

        public boolean descending() {
            return "desc".equals(order);
        }

        /** Drops the filters the actor may not use: tags are for reviewers, the expert filter for the administration. */
        Filters forActor(Actor actor) {
            return new Filters(call, region, step, category, actor.isNationalAdmin() ? expert : "", ApplicationFollowUp.seesTags(actor) ? tag : "", q,
                    sort, order, page);
        }

        Filters withPage(int newPage) {
            return new Filters(call, region, step, category, expert, tag, q, sort, order, newPage);
        }

        Filters withStep(String newStep) {
            return new Filters(call, region, newStep, category, expert, tag, q, sort, order, 1);
        }

        Filters sortedBy(String column) {
            String newOrder = column.equals(sort) && !descending() ? "desc" : "asc";
            return new Filters(call, region, step, category, expert, tag, q, column, newOrder, 1);
        }

        /** The URL of the board, or of an export ({@code path}), with these filters. */
        public String url(String path) {
            var builder = UriComponentsBuilder.fromPath(path);
            param(builder, "appel", call);
            param(builder, "region", region);
            param(builder, "etape", step);
            param(builder, "categorie", category);
            param(builder, "expert", expert);
            param(builder, "etiquette", tag);
            param(builder, "q", q);
            param(builder, "tri", sort);
            if (!sort.isEmpty()) {
                param(builder, "ordre", order);
            }
            if (page > 1) {
                builder.queryParam("page", page);
            }
            return builder.encode().build().toUriString();
        }

        public String url() {
            return url(PATH);
        }

        public String pageUrl(int newPage) {
            return withPage(newPage).url();
        }

        public String stepUrl(String newStep) {
            return withStep(newStep).url();
        }

        public String sortUrl(String column) {
            return sortedBy(column).url();
        }

        /** aria-sort of a column header. */
        public String ariaSort(String column) {
            return column.equals(sort) ? (descending() ? "descending" : "ascending") : null;
        }

        private static void param(UriComponentsBuilder builder, String name, String value) {
            if (value != null && !value.isEmpty()) {
                builder.queryParam(name, value);
            }
        }
    }

    /** One dossier on the board, with what its columns show. */
    record Row(ApplicationView dossier, String campusName, List<String> experts, Double score, List<String> tags,
               ApplicationMessages.Message lastMessage, long daysInStep) {

        public String since() {
            return daysInStep == 0 ? "aujourd’hui" : daysInStep == 1 ? "1 jour" : daysInStep + " jours";
        }

        public String scoreText() {
            return score == null ? "" : String.format(Locale.FRENCH, "%.1f / 4", score);
        }

        public String lastMessageText() {
            return lastMessage == null ? "" : lastMessage.when() + " — " + lastMessage.authorName() + " (" + lastMessage.side().label() + ")";
        }

        /** The cell of a column as text, for exports. */
        Object cell(Column column) {
            return switch (column) {
                case PROJECT -> dossier.projectName();
                case CAMPUS -> campusName == null ? "Projet de nouveau campus" : campusName;
                case REGION -> dossier.regionName();
                case ACADEMY -> dossier.academyName();
                case CALL -> dossier.callTitle();
                case CATEGORY -> dossier.category().label();
                case STEP -> dossier.status().label();
                case SINCE -> daysInStep;
                case EXPERTS -> String.join(", ", experts);
                case SCORE -> score == null ? null : Math.round(score * 100) / 100.0;
                case TAGS -> String.join(", ", tags);
                case LAST_MESSAGE -> lastMessageText();
            };
        }
    }

    /** One page of the board. */
    record Board(List<Row> rows, int total, int page, int pages, Map<ApplicationStatus, Long> counts, long unfilteredByStep,
                 List<Column> columns, List<Column> available) {

        public boolean shows(String key) {
            return columns.stream().anyMatch(c -> c.key().equals(key));
        }

        public long count(ApplicationStatus status) {
            return counts.getOrDefault(status, 0L);
        }

        public List<Integer> pageNumbers() {
            return java.util.stream.IntStream.rangeClosed(1, pages).boxed().toList();
        }
    }

    private final JdbcClient jdbc;
    private final ApplicationQueries applications;
    private final ApplicationFollowUp followUp;
    private final ApplicationMessages messages;
    private final Calls calls;
    private final Territories territories;
    private final Accounts accounts;
    private final Clock clock;
    private final fr.passerelle.campus.CampusRegistry registry;

    ReviewBoard(JdbcClient jdbc, ApplicationQueries applications, ApplicationFollowUp followUp, ApplicationMessages messages, Calls calls, Territories territories,
                Accounts accounts, Clock clock, fr.passerelle.campus.CampusRegistry registry) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.applications = applications;
        this.followUp = followUp;
        this.messages = messages;
        this.calls = calls;
        this.territories = territories;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Whether the board opens to the actor: partners and recruiters have no dossier, the board is not theirs. */
    static boolean allows(Actor actor) {
        return actor.role() != Role.PARTNER_MEMBER && actor.role() != Role.COMPANY_RECRUITER;
    }

    /** Partners and recruiters have no dossier: the board is not theirs. */
    static void checkAllowed(Actor actor) {
        if (!allows(actor)) {
            throw new AccessDeniedException("Le tableau des dossiers de labellisation est réservé aux porteurs et aux évaluateurs.");
        }
    }

    @Transactional(readOnly = true)
    Board board(Actor actor, Filters filters) {
        checkAllowed(actor);
        List<Row> all = rows(actor, filters, true);
        List<Row> matching = all.stream().filter(r -> filters.step().isEmpty() || r.dossier().status().name().equals(filters.step())).toList();
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        for (Row row : all) {
            counts.merge(row.dossier().status(), 1L, Long::sum);
        }
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(filters.page(), pages);
        List<Row> pageRows = matching.subList((page - 1) * PAGE_SIZE, Math.min(matching.size(), page * PAGE_SIZE));
        return new Board(pageRows, matching.size(), page, pages, counts, all.size(), columns(actor), available(actor));
    }

    /** Every dossier matching the filters (all pages), sorted, for the exports. */
    @Transactional(readOnly = true)
    List<Row> matching(Actor actor, Filters filters) {
        checkAllowed(actor);
        return rows(actor, filters, false);
    }

    /** The dossiers the actor may read matching the filters; the step filter is left to the caller when {@code exceptStep}. */
    private List<Row> rows(Actor actor, Filters filters, boolean exceptStep) {
        boolean reviewer = ApplicationFollowUp.seesTags(actor);
        List<ApplicationView> visible = applications.visibleTo(actor);
        List<UUID> ids = visible.stream().map(ApplicationView::id).toList();
        Map<UUID, List<String>> experts = new HashMap<>();
        Map<UUID, List<UUID>> expertIds = new HashMap<>();
        Map<UUID, Double> scores = new HashMap<>();
        Map<UUID, String> campusNames = new HashMap<>();
        if (!ids.isEmpty()) {
            record Assigned(UUID applicationId, UUID expertId, String name) {
            }
            jdbc.sql("select e.application_id, e.expert_id from expert_assignment e where e.declined_at is null and e.application_id in (:ids)")
                    .param("ids", ids)
                    .query((rs, n) -> new Assigned(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            accounts.byId(rs.getObject(2, UUID.class)).map(fr.passerelle.identity.Actor::displayName).orElse("Compte supprimé")))
                    .list().stream().sorted(Comparator.comparing(Assigned::name)).forEach(a -> {
                        expertIds.computeIfAbsent(a.applicationId(), k -> new ArrayList<>()).add(a.expertId());
                        experts.computeIfAbsent(a.applicationId(), k -> new ArrayList<>()).add(a.name());
                    });
            if (actor.isNationalAdmin()) {
                jdbc.sql("""
                                select r.application_id, avg(s.score) from expert_review r
                                  join application a on a.id = r.application_id and r.round = greatest(a.round, 1)
                                  join expert_score s on s.review_id = r.id
                                 where r.submitted_at is not null and s.score is not null and r.application_id in (:ids)
                                 group by r.application_id""")
                        .param("ids", ids).query((rs, n) -> scores.put(rs.getObject(1, UUID.class), rs.getDouble(2))).list();
            }
            List<UUID> campusIds = visible.stream().map(ApplicationView::campusId).filter(Objects::nonNull).distinct().toList();
            if (!campusIds.isEmpty()) {
                campusIds.forEach(campusId -> registry.byId(campusId).ifPresent(c -> campusNames.put(campusId, c.name())));
            }
        }
        Map<UUID, List<String>> tags = reviewer ? followUp.tagsOf(ids) : Map.of();
        Map<UUID, ApplicationMessages.Message> last = messages.lastOf(ids);
        Instant now = Instant.now(clock);
        String q = fold(filters.q());
        UUID expert = actor.isNationalAdmin() ? parseUuid(filters.expert()) : null;
        List<Row> rows = new ArrayList<>();
        for (ApplicationView dossier : visible) {
            UUID id = dossier.id();
            List<String> dossierTags = tags.getOrDefault(id, List.of());
            if (!filters.call().isEmpty() && !dossier.callId().toString().equals(filters.call())
                    || !filters.region().isEmpty() && !dossier.regionCode().equals(filters.region())
                    || !exceptStep && !filters.step().isEmpty() && !dossier.status().name().equals(filters.step())
                    || !filters.category().isEmpty() && !dossier.category().name().equals(filters.category())
                    || expert != null && !expertIds.getOrDefault(id, List.of()).contains(expert)
                    || !filters.expert().isEmpty() && actor.isNationalAdmin() && expert == null
                    || reviewer && !filters.tag().isEmpty() && dossierTags.stream().noneMatch(t -> t.equalsIgnoreCase(filters.tag()))
                    || !q.isEmpty() && !fold(dossier.projectName()).contains(q)) {
                continue;
            }
            long days = Duration.between(dossier.statusSince(), now).toDays();
            rows.add(new Row(dossier, dossier.campusId() == null ? null : campusNames.get(dossier.campusId()),
                    experts.getOrDefault(id, List.of()), scores.get(id), dossierTags, last.get(id), Math.max(0, days)));
        }
        Comparator<Row> order = switch (Column.byKey(filters.sort()).filter(Column::sortable).orElse(Column.PROJECT)) {
            case CAMPUS -> Comparator.comparing((Row r) -> fold(Objects.toString(r.campusName(), "")));
            case REGION -> Comparator.comparing((Row r) -> fold(r.dossier().regionName()));
            case ACADEMY -> Comparator.comparing((Row r) -> fold(r.dossier().academyName()));
            case CALL -> Comparator.comparing((Row r) -> r.dossier().callYear()).thenComparing(r -> fold(r.dossier().callTitle()));
            case CATEGORY -> Comparator.comparing((Row r) -> r.dossier().category());
            case STEP -> Comparator.comparing((Row r) -> r.dossier().status());
            case SINCE -> Comparator.comparing((Row r) -> r.dossier().statusSince()).reversed();
            default -> Comparator.comparing((Row r) -> fold(r.dossier().projectName()));
        };
        if (filters.sort().isEmpty()) {
            return rows; // newest dossiers first, as visibleTo gives them
        }
        rows.sort(filters.descending() ? order.reversed().thenComparing(r -> fold(r.dossier().projectName()))
                : order.thenComparing(r -> fold(r.dossier().projectName())));
        return rows;
    }

    /** The tags on the dossiers the actor may read, for the filter. */
    @Transactional(readOnly = true)
    List<String> tagsInUse(Actor actor) {
        if (!ApplicationFollowUp.seesTags(actor)) {
            return List.of();
        }
        return followUp.tagsOf(applications.visibleTo(actor).stream().map(ApplicationView::id).toList()).values().stream().flatMap(List::stream)
                .collect(Collectors.toCollection(() -> new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER))).stream().toList();
    }

    // --- chosen columns ------------------------------------------------------------------------------------------------

    List<Column> available(Actor actor) {
        return Arrays.stream(Column.values()).filter(c -> c.availableTo(actor)).toList();
    }

    /** The columns the account chose, or the default ones; always with the project first. */
    @Transactional(readOnly = true)
    List<Column> columns(Actor actor) {
        List<Column> chosen = jdbc.sql("select columns from board_preference where account_id = ?").param(actor.accountId()).query(String.class)
                .optional().map(ReviewBoard::parseColumns).orElse(DEFAULT_COLUMNS);
        return withProject(chosen.stream().filter(c -> c.availableTo(actor)).toList());
    }

    @Transactional
    List<Column> choose(Actor actor, List<String> keys) {
        List<Column> chosen = withProject(parseColumns(String.join(",", keys == null ? List.of() : keys)).stream()
                .filter(c -> c.availableTo(actor)).toList());
        jdbc.sql("""
                        insert into board_preference (account_id, columns, updated_at) values (?, ?, ?)
                        on conflict (account_id) do update set columns = excluded.columns, updated_at = excluded.updated_at""")
                .params(actor.accountId(), chosen.stream().map(Column::key).collect(Collectors.joining(",")), Timestamp.from(Instant.now(clock)))
                .update();
        return chosen;
    }

    private static List<Column> parseColumns(String text) {
        Set<Column> columns = new java.util.LinkedHashSet<>();
        for (String key : text.split(",")) {
            Column.byKey(key.strip()).ifPresent(columns::add);
        }
        return columns.stream().sorted().toList();
    }

    private static List<Column> withProject(List<Column> columns) {
        List<Column> result = new ArrayList<>();
        result.add(Column.PROJECT);
        columns.stream().filter(c -> c != Column.PROJECT).forEach(result::add);
        return result;
    }

    // --- filters as people read them, and the exports --------------------------------------------------------------------

    /** The filters in use, as label → value lines, for the page and the exports. */
    Map<String, String> describe(Filters filters) {
        Map<String, String> lines = new LinkedHashMap<>();
        if (!filters.call().isEmpty()) {
            UUID call = parseUuid(filters.call());
            lines.put("Appel à projets", call == null ? filters.call() : calls.byId(call).map(c -> c.title() + " (" + c.year() + ")").orElse(filters.call()));
        }
        if (!filters.region().isEmpty()) {
            lines.put("Région", territories.region(filters.region()).map(r -> r.name()).orElse(filters.region()));
        }
        if (!filters.step().isEmpty()) {
            lines.put("Étape", Arrays.stream(ApplicationStatus.values()).filter(s -> s.name().equals(filters.step())).map(ApplicationStatus::label)
                    .findFirst().orElse(filters.step()));
        }
        if (!filters.category().isEmpty()) {
            lines.put("Catégorie", LabelCategory.parse(filters.category()).map(LabelCategory::label).orElse(filters.category()));
        }
        if (!filters.expert().isEmpty()) {
            UUID expert = parseUuid(filters.expert());
            lines.put("Expert affecté", expert == null ? filters.expert() : accounts.byId(expert).map(Actor::displayName).orElse(filters.expert()));
        }
        if (!filters.tag().isEmpty()) {
            lines.put("Étiquette", filters.tag());
        }
        if (!filters.q().isEmpty()) {
            lines.put("Nom du projet contenant", filters.q());
        }
        return lines;
    }

    /**
     * The board as a spreadsheet: a title line, the date and author of the export and the filters used, a blank line,
     * then the header and one line per dossier, with every column the actor may see (not only those shown).
     */
    @Transactional(readOnly = true)
    Spreadsheet.Table export(Actor actor, Filters filters) {
        List<Row> rows = matching(actor, filters);
        List<Column> columns = available(actor);
        List<List<Object>> lines = new ArrayList<>();
        lines.add(List.of("Exporté le", Times.current().format(Instant.now(clock), STAMP)));
        lines.add(List.of("Par", actor.displayName()));
        Map<String, String> used = describe(filters);
        if (used.isEmpty()) {
            lines.add(List.of("Filtres", "aucun (tous les dossiers visibles)"));
        } else {
            used.forEach((label, value) -> lines.add(List.of("Filtre — " + label, value)));
        }
        lines.add(List.of("Dossiers", rows.size()));
        lines.add(List.of());
        lines.add(columns.stream().map(c -> (Object) (c == Column.SINCE ? "Dans l’étape depuis (jours)" : c.label())).toList());
        for (Row row : rows) {
            List<Object> values = new ArrayList<>();
            columns.forEach(c -> values.add(row.cell(c)));
            lines.add(values);
        }
        return new Spreadsheet.Table("Dossiers", List.of("Passerelle — tableau des dossiers de labellisation"), lines, List.of());
    }

    String fileName(String extension) {
        return "dossiers-labellisation-" + Times.current().format(Instant.now(clock), DAY).replace('/', '-') + "." + extension;
    }

    static UUID parseUuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Lower case without accents, to compare names as people type them. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }
}
