package fr.passerelle.clusters.matrix;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.clusters.ClusterDetails;
import fr.passerelle.clusters.ClusterMatrix;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.matrix.MatrixViews.Audience;
import fr.passerelle.clusters.matrix.MatrixViews.Axes;
import fr.passerelle.clusters.matrix.MatrixViews.Entry;
import fr.passerelle.clusters.matrix.MatrixViews.Item;
import fr.passerelle.clusters.matrix.MatrixViews.Results;
import fr.passerelle.clusters.matrix.MatrixViews.Row;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.notifications.Notice;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Replay;
import fr.passerelle.platform.Spreadsheet;
import fr.passerelle.platform.Times;
import fr.passerelle.trades.JobTitleChoice;
import fr.passerelle.trades.SkillSummary;
import fr.passerelle.trades.Trades;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A cluster's skills matrix (source 004, « Fiche 1 »): its lists (key skills taken from ROME, activities, markets),
 * the entries of its member companies filled in by its staff and validated by the companies, the cross search, its
 * exports and the message to the companies found. Every act checks {@link Clusters#access} through
 * {@link MatrixRules} and is audited: the lists on the cluster ({@code cluster_matrix}, the cluster's id), an entry on
 * itself ({@code cluster_matrix_entry}, its id).
 */
@Service
class SkillsMatrix implements ClusterMatrix {

    static final String AUDITED_MATRIX = "cluster_matrix";
    static final String AUDITED_ENTRY = "cluster_matrix_entry";
    static final int MAX_LABEL = 300;
    static final int MAX_ITEMS = 500;
    static final Notice.Category MESSAGE = new Notice.Category("CLUSTER_MATRIX_MESSAGE", "Message de votre cluster");

    private final Clusters clusters;
    private final Directory directory;
    private final Trades trades;
    private final Accounts accounts;
    private final Notifications notifications;
    private final MatrixEntryRepository entries;
    private final MatrixSearch search;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    SkillsMatrix(Clusters clusters, Directory directory, Trades trades, Accounts accounts, Notifications notifications,
                 MatrixEntryRepository entries, MatrixSearch search, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.clusters = clusters;
        this.directory = directory;
        this.trades = trades;
        this.accounts = accounts;
        this.notifications = notifications;
        this.entries = entries;
        this.search = search;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Times.current().zone()));
    }

    /** Now, or the replayed time of a past act (the demo's history). */
    private Instant now() {
        return Instant.now(Replay.clockOr(clock));
    }

    // --- the public API (ClusterMatrix)

    @Override
    @Transactional
    public UUID addKeySkill(Actor actor, UUID clusterId, int skillOgr) {
        return addSkill(actor, clusterId, skillOgr).id();
    }

    @Override
    @Transactional
    public UUID addActivity(Actor actor, UUID clusterId, String label) {
        return addItem(actor, clusterId, MatrixAxis.ACTIVITY, label).id();
    }

    @Override
    @Transactional
    public UUID addMarket(Actor actor, UUID clusterId, String label) {
        return addItem(actor, clusterId, MatrixAxis.MARKET, label).id();
    }

    @Override
    @Transactional
    public void fill(Actor actor, UUID clusterId, UUID organisationId, Collection<Integer> jobTitles, Collection<UUID> keySkills,
                     Collection<UUID> activities, Collection<UUID> markets) {
        Long version = entries.findByClusterIdAndOrganisationId(clusterId, organisationId).map(MatrixEntry::version).orElse(null);
        fill(actor, clusterId, organisationId, version, jobTitles, keySkills, activities, markets);
    }

    @Override
    @Transactional
    public void validate(Actor actor, UUID clusterId, UUID organisationId) {
        long version = entries.findByClusterIdAndOrganisationId(clusterId, organisationId).map(MatrixEntry::version).orElse(-1L);
        validate(actor, clusterId, organisationId, version);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasLists(UUID clusterId) {
        return jdbc.sql("select exists (select 1 from cluster_matrix_item where cluster_id = :cluster)").param("cluster", clusterId)
                .query(Boolean.class).single();
    }

    // --- reading

    /** What the actor may do on the matrix of the cluster; 404 for an unknown cluster. */
    ClusterAccess access(Actor actor, UUID clusterId) {
        details(clusterId);
        return clusters.access(actor, clusterId);
    }

    @Transactional(readOnly = true)
    ClusterDetails readable(Actor actor, UUID clusterId) {
        ClusterDetails details = details(clusterId);
        if (!MatrixRules.canRead(clusters.access(actor, clusterId))) {
            throw new AccessDeniedException("La matrice de compétences est réservée à l'équipe du cluster et à ses membres.");
        }
        return details;
    }

    @Transactional(readOnly = true)
    Axes axes(Actor actor, UUID clusterId) {
        readable(actor, clusterId);
        return axes(clusterId);
    }

    @Transactional(readOnly = true)
    Results search(Actor actor, UUID clusterId, MatrixQuery query) {
        return searchPage(actor, clusterId, query).results();
    }

    /** What the search page shows, read in one transaction: the cluster, what the actor may do on it, the results. */
    record SearchPage(ClusterDetails details, ClusterAccess access, Results results, boolean hasLists) {
    }

    @Transactional(readOnly = true)
    SearchPage searchPage(Actor actor, UUID clusterId, MatrixQuery query) {
        ClusterDetails details = details(clusterId);
        ClusterAccess access = clusters.access(actor, clusterId);
        if (!MatrixRules.canRead(access)) {
            throw new AccessDeniedException("La matrice de compétences est réservée à l'équipe du cluster et à ses membres.");
        }
        Axes axes = axes(clusterId);
        boolean hasLists = !(axes.skills().isEmpty() && axes.activities().isEmpty() && axes.markets().isEmpty());
        return new SearchPage(details, access, search.search(scope(details), query, axes, clusters.branches(clusterId)), hasLists);
    }

    /** How many active members have an entry, and how many of those are « à mettre à jour ». */
    @Transactional(readOnly = true)
    long[] summary(UUID clusterId) {
        return search.summary(scope(details(clusterId)));
    }

    @Transactional(readOnly = true)
    Entry entry(Actor actor, UUID clusterId, UUID organisationId) {
        ClusterDetails details = readable(actor, clusterId);
        OrganisationSummary organisation = activeMember(clusterId, organisationId);
        return view(details, organisation, entries.findByClusterIdAndOrganisationId(clusterId, organisationId).orElse(null));
    }

    @Transactional(readOnly = true)
    List<AuditTrail.Entry> history(Actor actor, UUID clusterId, UUID organisationId) {
        readable(actor, clusterId);
        return entries.findByClusterIdAndOrganisationId(clusterId, organisationId).map(e -> audit.history(AUDITED_ENTRY, e.id())).orElse(List.of());
    }

    /** The ROME skills matching what is typed, for the staff's picker of key skills. */
    List<SkillSummary> searchSkills(Actor actor, UUID clusterId, String text) {
        requireRunner(actor, clusterId);
        return trades.searchSkills(text, 20);
    }

    // --- the cluster's lists

    @Transactional
    Item addSkill(Actor actor, UUID clusterId, Integer skillOgr) {
        requireRunner(actor, clusterId);
        SkillSummary skill = skillOgr == null ? null : trades.skill(skillOgr).orElse(null);
        if (skill == null) {
            throw new BusinessRuleException("skill", "Choisissez une compétence du ROME dans la liste.");
        }
        if (jdbc.sql("select count(*) from cluster_matrix_item where cluster_id = :cluster and skill_ogr = :ogr").param("cluster", clusterId)
                .param("ogr", skillOgr).query(Long.class).single() > 0) {
            throw new BusinessRuleException("skill", "« " + skill.label() + " » est déjà une compétence clé du cluster.");
        }
        return insert(clusterId, MatrixAxis.SKILL, skill.label(), skillOgr);
    }

    @Transactional
    Item addItem(Actor actor, UUID clusterId, MatrixAxis axis, String label) {
        requireRunner(actor, clusterId);
        if (axis == MatrixAxis.SKILL) {
            throw new IllegalArgumentException("Key skills are taken from ROME");
        }
        String name = label == null ? "" : fr.passerelle.platform.Text.withoutControlCharacters(label).strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new BusinessRuleException("label", "Donnez le libellé de l'" + (axis == MatrixAxis.ACTIVITY ? "activité." : "marché."));
        }
        if (name.length() > MAX_LABEL) {
            throw new BusinessRuleException("label", "Le libellé ne doit pas dépasser " + MAX_LABEL + " caractères.");
        }
        if (jdbc.sql("select count(*) from cluster_matrix_item where cluster_id = :cluster and axis = :axis and lower(label) = lower(:label)")
                .param("cluster", clusterId).param("axis", axis.name()).param("label", name).query(Long.class).single() > 0) {
            throw new BusinessRuleException("label", "« " + name + " » figure déjà dans la liste.");
        }
        return insert(clusterId, axis, name, null);
    }

    private Item insert(UUID clusterId, MatrixAxis axis, String label, Integer skillOgr) {
        long count = jdbc.sql("select count(*) from cluster_matrix_item where cluster_id = :cluster and axis = :axis").param("cluster", clusterId)
                .param("axis", axis.name()).query(Long.class).single();
        if (count >= MAX_ITEMS) {
            throw new BusinessRuleException("label", "La liste compte déjà " + MAX_ITEMS + " valeurs : retirez-en avant d'en ajouter.");
        }
        int position = jdbc.sql("select coalesce(max(position), -1) + 1 from cluster_matrix_item where cluster_id = :cluster and axis = :axis")
                .param("cluster", clusterId).param("axis", axis.name()).query(Integer.class).single();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into cluster_matrix_item (id, cluster_id, axis, label, skill_ogr, position, created_at)
                        values (:id, :cluster, :axis, :label, :ogr, :position, :now)""")
                .param("id", id).param("cluster", clusterId).param("axis", axis.name()).param("label", label).param("ogr", skillOgr)
                .param("position", position).param("now", Timestamp.from(now())).update();
        audit.record(AUDITED_MATRIX, clusterId, "ITEM_ADDED", axis.title() + " : « " + label + " » ajouté(e) à la liste",
                List.of(new AuditTrail.Change(axis.title(), null, label)));
        return new Item(id, axis, label, skillOgr, position, 0);
    }

    /** Moves a value one place up (or down) in its list. */
    @Transactional
    void move(Actor actor, UUID clusterId, UUID itemId, boolean up) {
        requireRunner(actor, clusterId);
        Item item = item(clusterId, itemId);
        List<Item> list = axes(clusterId).of(item.axis());
        int index = list.indexOf(list.stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow());
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= list.size()) {
            return;
        }
        List<Item> reordered = new ArrayList<>(list);
        reordered.add(other, reordered.remove(index));
        for (int p = 0; p < reordered.size(); p++) {
            jdbc.sql("update cluster_matrix_item set position = :p where id = :id").param("p", p).param("id", reordered.get(p).id()).update();
        }
        audit.record(AUDITED_MATRIX, clusterId, "ITEM_MOVED", item.axis().title() + " : « " + item.label() + " » déplacé(e) vers le "
                + (up ? "haut" : "bas"), List.of());
    }

    /** How many entries tick the value: what removing it would touch. */
    @Transactional(readOnly = true)
    long uses(Actor actor, UUID clusterId, UUID itemId) {
        requireRunner(actor, clusterId);
        return item(clusterId, itemId).uses();
    }

    /** Removes a value from the list and from every entry ticking it; how many entries it touched. */
    @Transactional
    long remove(Actor actor, UUID clusterId, UUID itemId) {
        requireRunner(actor, clusterId);
        Item item = item(clusterId, itemId);
        String column = item.axis().column();
        int touched = jdbc.sql("update cluster_matrix_entry set " + column + " = array_remove(" + column + ", :item), version = version + 1,"
                        + " updated_at = :now where cluster_id = :cluster and " + column + " @> array[cast(:item as uuid)]")
                .param("item", itemId).param("cluster", clusterId).param("now", Timestamp.from(now())).update();
        jdbc.sql("delete from cluster_matrix_item where id = :id").param("id", itemId).update();
        audit.record(AUDITED_MATRIX, clusterId, "ITEM_REMOVED", item.axis().title() + " : « " + item.label() + " » retiré(e) de la liste"
                + (touched == 0 ? "" : " et de " + touched + " fiche" + (touched > 1 ? "s" : "")), List.of(new AuditTrail.Change(item.axis().title(),
                item.label(), null)));
        return touched;
    }

    // --- entries

    /**
     * The staff fill in (or change) a member company's entry; {@code expectedVersion} is null for a new entry, else
     * the version the form was opened with.
     */
    @Transactional
    Entry fill(Actor actor, UUID clusterId, UUID organisationId, Long expectedVersion, Collection<Integer> jobTitles, Collection<UUID> skills,
               Collection<UUID> activities, Collection<UUID> markets) {
        ClusterDetails details = requireRunner(actor, clusterId);
        OrganisationSummary organisation = activeMember(clusterId, organisationId);
        MatrixEntry entry = entries.findByClusterIdAndOrganisationId(clusterId, organisationId).orElse(null);
        checkVersion(entry, expectedVersion);
        Axes axes = axes(clusterId);
        List<Integer> jobs = jobTitles.stream().filter(Objects::nonNull).distinct().toList();
        List<JobTitleChoice> known = jobs.isEmpty() ? List.of() : trades.jobTitles(jobs);
        if (known.size() != jobs.size()) {
            throw new BusinessRuleException("jobTitles", "Choisissez les métiers parmi les appellations du ROME.");
        }
        checkItems(axes, MatrixAxis.SKILL, skills);
        checkItems(axes, MatrixAxis.ACTIVITY, activities);
        checkItems(axes, MatrixAxis.MARKET, markets);
        Instant now = now();
        boolean created = entry == null;
        AuditTrail.Diff diff = new AuditTrail.Diff();
        if (created) {
            entry = MatrixEntry.open(clusterId, organisationId, now);
        }
        diff.field("Métiers", created ? null : jobLabels(entry.jobTitles()), jobLabels(jobs));
        for (MatrixAxis axis : MatrixAxis.values()) {
            Collection<UUID> after = switch (axis) {
                case SKILL -> skills;
                case ACTIVITY -> activities;
                case MARKET -> markets;
            };
            diff.field(axis.title(), created ? null : labels(axes, entry.items(axis)), labels(axes, after));
        }
        if (!created && diff.isEmpty()) {
            return view(details, organisation, entry);
        }
        entry.fill(jobs, skills, activities, markets, actor.displayName(), now);
        try {
            entries.saveAndFlush(entry);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw stale();
        }
        audit.record(AUDITED_ENTRY, entry.id(), created ? "CREATION" : "UPDATE", (created ? "Fiche de « " : "Fiche de « ") + organisation.name()
                + (created ? " » renseignée par le cluster" : " » modifiée par le cluster"), diff.changes());
        return view(details, organisation, entry);
    }

    /** The company confirms its entry as it stands. */
    @Transactional
    Entry validate(Actor actor, UUID clusterId, UUID organisationId, long expectedVersion) {
        ClusterDetails details = details(clusterId);
        MatrixEntry entry = answerable(actor, clusterId, organisationId, expectedVersion);
        OrganisationSummary organisation = directory.organisation(organisationId).orElseThrow();
        entry.validate(actor.displayName(), now());
        flush(entry);
        audit.record(AUDITED_ENTRY, entry.id(), "VALIDATION", "Fiche de « " + organisation.name() + " » validée par l'entreprise",
                List.of(new AuditTrail.Change("Validée par", null, actor.displayName())));
        return view(details, organisation, entry);
    }

    /** The company asks the staff to correct its entry. */
    @Transactional
    Entry requestCorrection(Actor actor, UUID clusterId, UUID organisationId, long expectedVersion, String comment) {
        ClusterDetails details = details(clusterId);
        MatrixEntry entry = answerable(actor, clusterId, organisationId, expectedVersion);
        OrganisationSummary organisation = directory.organisation(organisationId).orElseThrow();
        entry.requestCorrection(comment, actor.displayName(), now());
        flush(entry);
        audit.record(AUDITED_ENTRY, entry.id(), "CORRECTION_REQUESTED", "Correction de la fiche de « " + organisation.name()
                + " » demandée par l'entreprise", List.of(new AuditTrail.Change("Correction demandée", null, entry.correctionComment())));
        return view(details, organisation, entry);
    }

    // --- exports and messages

    /** The companies the search finds, for a call for tenders. */
    @Transactional(readOnly = true)
    Spreadsheet.Table export(Actor actor, UUID clusterId, MatrixQuery query) {
        ClusterDetails details = requireRunner(actor, clusterId);
        List<Row> rows = search.all(scope(details), query, axes(clusterId));
        Times times = Times.current();
        List<List<Object>> cells = new ArrayList<>();
        for (Row row : rows) {
            cells.add(java.util.Arrays.asList(row.name(), row.branch(), String.join(", ", row.jobTitles()), String.join(", ", row.skills()),
                    String.join(", ", row.activities()), String.join(", ", row.markets()), row.state().label(),
                    row.validatedAt() == null ? null : LocalDate.ofInstant(row.validatedAt(), times.zone())));
        }
        return new Spreadsheet.Table("Matrice", List.of("Entreprise", "Sous-cluster", "Métiers", "Compétences clés", "Activités", "Marchés",
                "État de la fiche", "Validée le"), cells, List.of());
    }

    /** The companies the search finds and the accounts of their people. */
    @Transactional(readOnly = true)
    Audience audience(Actor actor, UUID clusterId, MatrixQuery query) {
        ClusterDetails details = requireRunner(actor, clusterId);
        List<UUID> organisations = search.organisations(scope(details), query, axes(clusterId));
        return new Audience(organisations.size(), accounts.ofOrganisations(organisations).size());
    }

    /** Notifies the people of the companies the search finds; how many accounts were notified. */
    @Transactional
    Audience message(Actor actor, UUID clusterId, MatrixQuery query, String subject, String text) {
        ClusterDetails details = requireRunner(actor, clusterId);
        List<UUID> organisations = search.organisations(scope(details), query, axes(clusterId));
        Set<UUID> recipients = accounts.ofOrganisations(organisations).stream().map(Actor::accountId).collect(Collectors.toCollection(LinkedHashSet::new));
        if (recipients.isEmpty()) {
            throw new BusinessRuleException("Aucune personne des entreprises trouvées n'a de compte sur la plateforme : rien n'est envoyé.");
        }
        String body = text.strip() + "\n\n— " + actor.displayName() + ", " + details.card().displayName();
        notifications.send(Notice.to(recipients, MESSAGE, subject.strip(), body, "/gestion/clusters/" + clusterId + "/matrice"));
        audit.record(AUDITED_MATRIX, clusterId, "MESSAGE_SENT", "Message « " + subject.strip() + " » envoyé à " + recipients.size() + " personne"
                        + (recipients.size() > 1 ? "s" : "") + " de " + organisations.size() + " entreprise" + (organisations.size() > 1 ? "s" : ""),
                List.of(new AuditTrail.Change("Recherche", null, query.url("/gestion/clusters/" + clusterId + "/matrice", 1))));
        return new Audience(organisations.size(), recipients.size());
    }

    // --- helpers

    private ClusterDetails details(UUID clusterId) {
        return clusters.details(clusterId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Cluster inconnu"));
    }

    private ClusterDetails requireRunner(Actor actor, UUID clusterId) {
        ClusterDetails details = details(clusterId);
        if (!MatrixRules.canRun(clusters.access(actor, clusterId))) {
            throw new AccessDeniedException("La matrice est tenue par l'équipe du cluster.");
        }
        return details;
    }

    private MatrixEntry answerable(Actor actor, UUID clusterId, UUID organisationId, long expectedVersion) {
        details(clusterId);
        if (!MatrixRules.canAnswerFor(actor, clusters.access(actor, clusterId), organisationId)) {
            throw new AccessDeniedException("Seules les personnes de l'entreprise valident sa fiche.");
        }
        MatrixEntry entry = entries.findByClusterIdAndOrganisationId(clusterId, organisationId)
                .orElseThrow(() -> new BusinessRuleException("Le cluster n'a pas encore renseigné la fiche de votre entreprise."));
        checkVersion(entry, expectedVersion);
        return entry;
    }

    private void checkVersion(MatrixEntry entry, Long expectedVersion) {
        if (entry == null ? expectedVersion != null : expectedVersion == null || entry.version() != expectedVersion) {
            throw stale();
        }
    }

    private static ConcurrentEditException stale() {
        return new ConcurrentEditException("Cette fiche a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte : rechargez la page.");
    }

    private void flush(MatrixEntry entry) {
        try {
            entries.saveAndFlush(entry);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw stale();
        }
    }

    private OrganisationSummary activeMember(UUID clusterId, UUID organisationId) {
        if (organisationId == null || !clusters.isActiveMember(clusterId, organisationId, today())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Cette organisation n'est pas membre du cluster");
        }
        return directory.organisation(organisationId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Organisation inconnue"));
    }

    private MatrixSearch.Scope scope(ClusterDetails details) {
        return new MatrixSearch.Scope(details.card().id(), today(), details.profile().matrixRefreshMonths(), Times.current().zone());
    }

    /** The cluster's lists, each value with how many entries tick it (for the lists' page and a removal's warning). */
    Axes axesWithUses(UUID clusterId) {
        return axes(clusterId, """
                select i.id, i.axis, i.label, i.skill_ogr, i.position, coalesce(u.n, 0) as uses
                  from cluster_matrix_item i
                  left join (select v, count(*) as n
                               from cluster_matrix_entry e, unnest(e.skills || e.activities || e.markets) v
                              where e.cluster_id = :cluster group by v) u on u.v = i.id
                 where i.cluster_id = :cluster order by i.axis, i.position, i.label""");
    }

    /** The cluster's lists, without their uses (0): what a search or an entry needs. */
    Axes axes(UUID clusterId) {
        return axes(clusterId, """
                select i.id, i.axis, i.label, i.skill_ogr, i.position, 0 as uses
                  from cluster_matrix_item i where i.cluster_id = :cluster order by i.axis, i.position, i.label""");
    }

    private Axes axes(UUID clusterId, String sql) {
        List<Item> items = jdbc.sql(sql).param("cluster", clusterId)
                .query((rs, n) -> new Item(rs.getObject("id", UUID.class), MatrixAxis.valueOf(rs.getString("axis")), rs.getString("label"),
                        (Integer) rs.getObject("skill_ogr"), rs.getInt("position"), rs.getLong("uses")))
                .list();
        return new Axes(items.stream().filter(i -> i.axis() == MatrixAxis.SKILL).toList(),
                items.stream().filter(i -> i.axis() == MatrixAxis.ACTIVITY).toList(),
                items.stream().filter(i -> i.axis() == MatrixAxis.MARKET).toList());
    }

    private Item item(UUID clusterId, UUID itemId) {
        return axesWithUses(clusterId).find(itemId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Valeur inconnue"));
    }

    private static void checkItems(Axes axes, MatrixAxis axis, Collection<UUID> ids) {
        Set<UUID> known = new HashSet<>(axes.of(axis).stream().map(Item::id).toList());
        if (!known.containsAll(ids)) {
            throw new BusinessRuleException(axis.parameter(), "Choisissez les " + axis.title().toLowerCase() + " dans les listes du cluster.");
        }
    }

    private static String labels(Axes axes, Collection<UUID> ids) {
        return java.util.stream.Stream.of(axes.skills(), axes.activities(), axes.markets()).flatMap(List::stream).filter(i -> ids.contains(i.id())).map(Item::label).collect(Collectors.joining(", "));
    }

    private String jobLabels(Collection<Integer> ogrs) {
        return ogrs.isEmpty() ? "" : trades.jobTitles(ogrs).stream().map(JobTitleChoice::displayName).collect(Collectors.joining(", "));
    }

    private Entry view(ClusterDetails details, OrganisationSummary organisation, MatrixEntry entry) {
        int months = details.profile().matrixRefreshMonths();
        if (entry == null) {
            return new Entry(details.card().id(), organisation.id(), organisation.name(), false, MatrixState.NOT_FILLED, List.of(), List.of(),
                    List.of(), List.of(), null, null, null, null, null, null, null, 0, false);
        }
        LocalDate today = today();
        var zone = Times.current().zone();
        return new Entry(details.card().id(), organisation.id(), organisation.name(), true,
                MatrixRules.state(entry.filledAt(), entry.validatedAt(), entry.correctionRequestedAt(), today, months, zone),
                entry.jobTitles().isEmpty() ? List.of() : trades.jobTitles(entry.jobTitles()), entry.skills(), entry.activities(), entry.markets(),
                entry.filledAt(), entry.filledBy(), entry.validatedAt(), entry.validatedBy(), entry.correctionRequestedAt(),
                entry.correctionRequestedBy(), entry.correctionComment(), entry.version(), MatrixRules.stale(entry.validatedAt(), today, months, zone));
    }
}
