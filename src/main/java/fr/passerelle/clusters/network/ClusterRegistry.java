package fr.passerelle.clusters.network;

import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.clusters.ClusterBranch;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterDetails;
import fr.passerelle.clusters.ClusterKind;
import fr.passerelle.clusters.ClusterMember;
import fr.passerelle.clusters.ClusterProfile;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.MembersPage;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Times;
import fr.passerelle.territory.Territories;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clusters' registry: profiles, sub-clusters and memberships, with the rules of {@link ClusterPermissions}; every
 * change audited on the cluster ({@code cluster}, its id). Lists are read in SQL over the module's tables and the
 * directory's published view {@code directory_organisation}.
 */
@Service
class ClusterRegistry implements Clusters {

    static final String AUDITED = "cluster";
    static final int MAX_PAGE_SIZE = 100;

    private static final String CARD = """
            select c.id, c.slug, o.name, o.acronym, c.kind, c.region_code, c.territory, c.sectors, c.jobs_represented, c.published,
                   (select count(*) from cluster_membership m where m.cluster_id = c.id and m.since <= :today
                       and (m.until is null or m.until >= :today)) as active_members
              from cluster c join directory_organisation o on o.organisation_id = c.id""";

    private static final String MEMBER = """
            select m.id, m.cluster_id, m.organisation_id, o.name, o.kind, m.branch_id, b.name as branch_name, m.since, m.until, m.listed,
                   m.since <= :today and (m.until is null or m.until >= :today) as active, m.version, count(*) over () as total
              from cluster_membership m join directory_organisation o on o.organisation_id = m.organisation_id
              left join cluster_branch b on b.id = m.branch_id""";

    private final ClusterRepository clusters;
    private final ClusterMembershipRepository memberships;
    private final BranchRepository branches;
    private final Directory directory;
    private final Territories territories;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    ClusterRegistry(ClusterRepository clusters, ClusterMembershipRepository memberships, BranchRepository branches, Directory directory,
                    Territories territories, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.clusters = clusters;
        this.memberships = memberships;
        this.branches = branches;
        this.directory = directory;
        this.territories = territories;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Times.current().zone()));
    }

    // --- reads

    @Override
    @Transactional(readOnly = true)
    public Optional<ClusterCard> cluster(UUID id) {
        return jdbc.sql(CARD + " where c.id = :id").param("today", today()).param("id", id).query(this::card).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ClusterCard> bySlug(String slug) {
        return jdbc.sql(CARD + " where c.slug = :slug").param("today", today()).param("slug", slug).query(this::card).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ClusterDetails> details(UUID id) {
        return clusters.findById(id).flatMap(c -> cluster(id).map(card -> new ClusterDetails(card, c.profile(), c.version())));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isActiveMember(UUID clusterId, UUID organisationId, LocalDate day) {
        if (clusterId == null || organisationId == null) {
            return false;
        }
        return memberships.findByClusterIdAndOrganisationId(clusterId, organisationId).stream().anyMatch(m -> m.activeOn(day));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> activeClustersOf(UUID organisationId) {
        if (organisationId == null) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select distinct cluster_id from cluster_membership
                         where organisation_id = :organisation and since <= :today and (until is null or until >= :today)""")
                .param("organisation", organisationId).param("today", today()).query(UUID.class).list());
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> activeMemberIds(UUID clusterId) {
        return new HashSet<>(jdbc.sql("""
                        select distinct organisation_id from cluster_membership
                         where cluster_id = :cluster and since <= :today and (until is null or until >= :today)""")
                .param("cluster", clusterId).param("today", today()).query(UUID.class).list());
    }

    @Override
    @Transactional(readOnly = true)
    public ClusterAccess access(Actor actor, UUID clusterId) {
        if (actor == null || clusterId == null || !clusters.existsById(clusterId)) {
            return ClusterAccess.PUBLIC;
        }
        boolean member = actor.organisationId() != null && isActiveMember(clusterId, actor.organisationId(), today());
        return ClusterPermissions.access(actor, clusterId, member);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClusterCard> readableClusters(Actor actor) {
        if (actor == null) {
            return List.of();
        }
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> jdbc.sql(CARD + " order by o.name").param("today", today()).query(this::card).list();
            case CLUSTER_STAFF -> actor.organisationId() == null ? List.of() : cluster(actor.organisationId()).stream().toList();
            case COMPANY_RECRUITER, PARTNER_MEMBER -> activeClustersOf(actor.organisationId()).stream().map(this::cluster)
                    .flatMap(Optional::stream).sorted(java.util.Comparator.comparing(ClusterCard::name)).toList();
            default -> List.of();
        };
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClusterBranch> branches(UUID clusterId) {
        return branches.findByClusterIdOrderByPositionAscNameAsc(clusterId).stream().map(Branch::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public MembersPage members(Actor actor, UUID clusterId, String text, boolean activeOnly, int page, int size) {
        requireMembersManager(actor, clusterId);
        String where = " where m.cluster_id = :cluster"
                + (activeOnly ? " and m.since <= :today and (m.until is null or m.until >= :today)" : "")
                + (text == null || text.isBlank() ? "" : " and (o.name ilike :text or o.acronym ilike :text)");
        return page(where, clusterId, text, page, size);
    }

    @Override
    @Transactional(readOnly = true)
    public MembersPage listedMembers(UUID clusterId, int page, int size) {
        return page(" where m.cluster_id = :cluster and m.listed and m.since <= :today and (m.until is null or m.until >= :today)",
                clusterId, null, page, size);
    }

    private MembersPage page(String where, UUID clusterId, String text, int page, int size) {
        int shownSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        int shownPage = Math.max(1, page);
        var statement = jdbc.sql(MEMBER + where + " order by o.name, m.since desc, m.id limit :size offset :offset")
                .param("cluster", clusterId).param("today", today()).param("size", shownSize).param("offset", (shownPage - 1) * shownSize);
        if (text != null && !text.isBlank()) {
            statement = statement.param("text", "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long[] total = {0};
        List<ClusterMember> members = new ArrayList<>();
        statement.query(rs -> {
            total[0] = rs.getLong("total");
            members.add(member(rs));
        });
        return new MembersPage(members, total[0], shownPage, shownSize);
    }

    /** One membership of the cluster, for those who keep them (not part of the module's API: its pages only). */
    @Transactional(readOnly = true)
    Optional<ClusterMember> membership(Actor actor, UUID clusterId, UUID membershipId) {
        requireMembersManager(actor, clusterId);
        return jdbc.sql(MEMBER + " where m.id = :id and m.cluster_id = :cluster").param("id", membershipId).param("cluster", clusterId)
                .param("today", today()).query((rs, n) -> member(rs)).optional();
    }

    // --- changes

    @Override
    @Transactional
    public ClusterCard register(Actor actor, UUID organisationId, ClusterProfile profile) {
        if (!ClusterPermissions.canRegister(actor, profile.regionCode())) {
            throw new AccessDeniedException("Un cluster est enregistré par l'administration nationale ou par les co-pilotes de sa région.");
        }
        OrganisationSummary organisation = directory.organisation(organisationId)
                .orElseThrow(() -> new BusinessRuleException("organisationId", "Choisissez une organisation de l'annuaire."));
        if (organisation.kind() != OrganisationKind.CLUSTER) {
            throw new BusinessRuleException("organisationId", "« " + organisation.name() + " » n'est pas un pôle ou un cluster dans l'annuaire.");
        }
        if (clusters.existsById(organisationId)) {
            throw new BusinessRuleException("organisationId", "« " + organisation.name() + " » est déjà enregistré comme cluster.");
        }
        checkProfile(profile);
        Cluster cluster = clusters.saveAndFlush(Cluster.register(organisationId, uniqueSlug(organisation.acronym() != null ? organisation.acronym()
                : organisation.name()), profile, Instant.now(clock)));
        audit.record(AUDITED, cluster.id(), "CREATION", "Cluster « " + organisation.name() + " » enregistré",
                describe(new AuditTrail.Diff(), null, profile).changes());
        return cluster(cluster.id()).orElseThrow();
    }

    @Override
    @Transactional
    public ClusterCard describe(Actor actor, UUID clusterId, long expectedVersion, ClusterProfile profile) {
        Cluster cluster = clusters.findById(clusterId).orElseThrow(() -> new NoSuchElementException("Cluster inconnu"));
        if (!ClusterPermissions.canEditProfile(actor, clusterId, cluster.regionCode())
                || (!cluster.regionCode().equals(profile.regionCode()) && !ClusterPermissions.canEditProfile(actor, clusterId, profile.regionCode()))) {
            throw new AccessDeniedException("Le profil d'un cluster est tenu par son équipe, les co-pilotes de sa région et l'administration nationale.");
        }
        if (cluster.version() != expectedVersion) {
            throw new ConcurrentEditException("Ce profil a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert : rechargez la page.");
        }
        checkProfile(profile);
        ClusterProfile before = cluster.profile();
        cluster.describe(profile, Instant.now(clock));
        AuditTrail.Diff diff = describe(new AuditTrail.Diff(), before, profile);
        if (!diff.isEmpty()) {
            audit.record(AUDITED, clusterId, "UPDATE", "Profil du cluster modifié", diff.changes());
        }
        clusters.flush();
        return cluster(clusterId).orElseThrow();
    }

    @Override
    @Transactional
    public ClusterBranch addBranch(Actor actor, UUID clusterId, String name, String description) {
        Cluster cluster = requireProfileEditor(actor, clusterId);
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException("name", "Donnez un nom au sous-cluster.");
        }
        List<Branch> existing = branches.findByClusterIdOrderByPositionAscNameAsc(clusterId);
        if (existing.stream().anyMatch(b -> b.name().equalsIgnoreCase(name.strip()))) {
            throw new BusinessRuleException("name", "Ce cluster a déjà un sous-cluster « " + name.strip() + " ».");
        }
        Branch branch = branches.save(Branch.open(cluster.id(), name, description, existing.size()));
        audit.record(AUDITED, clusterId, "BRANCH_ADDED", "Sous-cluster « " + branch.name() + " » ajouté", List.of());
        return branch.view();
    }

    @Override
    @Transactional
    public void removeBranch(Actor actor, UUID clusterId, UUID branchId) {
        requireProfileEditor(actor, clusterId);
        Branch branch = branches.findById(branchId).filter(b -> b.clusterId().equals(clusterId))
                .orElseThrow(() -> new NoSuchElementException("Sous-cluster inconnu"));
        branches.delete(branch);
        audit.record(AUDITED, clusterId, "BRANCH_REMOVED", "Sous-cluster « " + branch.name() + " » retiré (ses membres restent au cluster)", List.of());
    }

    @Override
    @Transactional
    public ClusterMember addMember(Actor actor, UUID clusterId, UUID organisationId, UUID branchId, LocalDate since, LocalDate until,
                                   boolean listed) {
        requireMembersManager(actor, clusterId);
        if (organisationId == null) {
            throw new BusinessRuleException("organisationId", "Choisissez l'entreprise ou l'établissement membre.");
        }
        OrganisationSummary organisation = directory.organisation(organisationId)
                .orElseThrow(() -> new BusinessRuleException("organisationId", "Choisissez une organisation de l'annuaire."));
        checkBranch(clusterId, branchId);
        ClusterMembership membership = ClusterMembership.join(clusterId, organisationId, branchId, since, until, listed, Instant.now(clock));
        refuseOverlap(membership, organisation);
        memberships.save(membership);
        audit.record(AUDITED, clusterId, "MEMBER_ADDED", "Adhésion de « " + organisation.name() + " »",
                List.of(new AuditTrail.Change("Adhésion", null, period(since, until))));
        memberships.flush();
        return member(membership.id());
    }

    @Override
    @Transactional
    public ClusterMember changeMembership(Actor actor, UUID clusterId, UUID membershipId, long expectedVersion, UUID branchId, LocalDate since,
                                          LocalDate until, boolean listed) {
        requireMembersManager(actor, clusterId);
        ClusterMembership membership = membershipOf(clusterId, membershipId);
        if (membership.version() != expectedVersion) {
            throw new ConcurrentEditException("Cette adhésion a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte : rechargez la page.");
        }
        checkBranch(clusterId, branchId);
        String before = period(membership.since(), membership.until()) + (membership.listed() ? ", nommé" : "");
        membership.change(branchId, since, until, listed, Instant.now(clock));
        OrganisationSummary organisation = directory.organisation(membership.organisationId()).orElseThrow();
        refuseOverlap(membership, organisation);
        audit.record(AUDITED, clusterId, "MEMBER_CHANGED", "Adhésion de « " + organisation.name() + " » modifiée",
                List.of(new AuditTrail.Change("Adhésion", before, period(since, until) + (listed ? ", nommé" : ""))));
        memberships.flush();
        return member(membershipId);
    }

    @Override
    @Transactional
    public ClusterMember endMembership(Actor actor, UUID clusterId, UUID membershipId, LocalDate day) {
        requireMembersManager(actor, clusterId);
        ClusterMembership membership = membershipOf(clusterId, membershipId);
        if (day != null && day.isBefore(membership.since())) {
            throw new BusinessRuleException("until", "La fin de l'adhésion précède son début.");
        }
        String before = period(membership.since(), membership.until());
        membership.end(day, Instant.now(clock));
        OrganisationSummary organisation = directory.organisation(membership.organisationId()).orElseThrow();
        audit.record(AUDITED, clusterId, "MEMBER_ENDED", "Fin de l'adhésion de « " + organisation.name() + " »",
                List.of(new AuditTrail.Change("Adhésion", before, period(membership.since(), membership.until()))));
        memberships.flush();
        return member(membershipId);
    }

    @Override
    @Transactional
    public void removeMembership(Actor actor, UUID clusterId, UUID membershipId) {
        requireMembersManager(actor, clusterId);
        ClusterMembership membership = membershipOf(clusterId, membershipId);
        if (membership.until() != null && membership.until().isBefore(today())) {
            throw new BusinessRuleException("Une adhésion terminée fait partie de l'histoire du cluster : elle est conservée.");
        }
        OrganisationSummary organisation = directory.organisation(membership.organisationId()).orElseThrow();
        memberships.delete(membership);
        audit.record(AUDITED, clusterId, "MEMBER_REMOVED", "Adhésion de « " + organisation.name() + " » supprimée (saisie par erreur)",
                List.of(new AuditTrail.Change("Adhésion", period(membership.since(), membership.until()), null)));
    }

    // --- helpers

    private Cluster requireProfileEditor(Actor actor, UUID clusterId) {
        Cluster cluster = clusters.findById(clusterId).orElseThrow(() -> new NoSuchElementException("Cluster inconnu"));
        if (!ClusterPermissions.canEditProfile(actor, clusterId, cluster.regionCode())) {
            throw new AccessDeniedException("Le profil d'un cluster est tenu par son équipe, les co-pilotes de sa région et l'administration nationale.");
        }
        return cluster;
    }

    private void requireMembersManager(Actor actor, UUID clusterId) {
        if (!clusters.existsById(clusterId)) {
            throw new NoSuchElementException("Cluster inconnu");
        }
        if (!ClusterPermissions.canManageMembers(actor, clusterId)) {
            throw new AccessDeniedException("Les adhésions d'un cluster sont tenues par son équipe et l'administration nationale.");
        }
    }

    private ClusterMembership membershipOf(UUID clusterId, UUID membershipId) {
        return memberships.findById(membershipId).filter(m -> m.clusterId().equals(clusterId))
                .orElseThrow(() -> new NoSuchElementException("Adhésion inconnue"));
    }

    private void checkBranch(UUID clusterId, UUID branchId) {
        if (branchId != null && branches.findById(branchId).filter(b -> b.clusterId().equals(clusterId)).isEmpty()) {
            throw new BusinessRuleException("branchId", "Choisissez un sous-cluster de ce cluster.");
        }
    }

    private void refuseOverlap(ClusterMembership membership, OrganisationSummary organisation) {
        memberships.findByClusterIdAndOrganisationId(membership.clusterId(), membership.organisationId()).stream()
                .filter(other -> !other.id().equals(membership.id()))
                .filter(other -> other.overlaps(membership.since(), membership.until()))
                .findFirst().ifPresent(other -> {
                    throw new BusinessRuleException("since", "« " + organisation.name() + " » est déjà membre sur cette période ("
                            + period(other.since(), other.until()) + ").");
                });
    }

    private void checkProfile(ClusterProfile profile) {
        if (profile.regionCode() != null && territories.region(profile.regionCode()).isEmpty()) {
            throw new BusinessRuleException("regionCode", "Choisissez une région de la liste.");
        }
        if (profile.chairOrganisationId() != null && directory.organisation(profile.chairOrganisationId()).isEmpty()) {
            throw new BusinessRuleException("chairOrganisationId", "Choisissez une organisation de l'annuaire.");
        }
    }

    private ClusterMember member(UUID membershipId) {
        return jdbc.sql(MEMBER + " where m.id = :id").param("id", membershipId).param("today", today()).query((rs, n) -> member(rs)).single();
    }

    private ClusterMember member(ResultSet rs) throws SQLException {
        return new ClusterMember(rs.getObject("id", UUID.class), rs.getObject("cluster_id", UUID.class),
                rs.getObject("organisation_id", UUID.class), rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")),
                rs.getObject("branch_id", UUID.class), rs.getString("branch_name"), rs.getObject("since", LocalDate.class),
                rs.getObject("until", LocalDate.class), rs.getBoolean("listed"), rs.getBoolean("active"), rs.getLong("version"));
    }

    private ClusterCard card(ResultSet rs, int row) throws SQLException {
        Array sectors = rs.getArray("sectors");
        List<Sector> list = sectors == null ? List.of() : Arrays.stream((String[]) sectors.getArray()).map(Sector::valueOf).toList();
        int jobs = rs.getInt("jobs_represented");
        return new ClusterCard(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"), rs.getString("acronym"),
                ClusterKind.valueOf(rs.getString("kind")), rs.getString("region_code"), rs.getString("territory"), list,
                rs.getInt("active_members"), rs.wasNull() ? null : jobs, rs.getBoolean("published"));
    }

    private static String period(LocalDate since, LocalDate until) {
        Times times = Times.current();
        return "depuis le " + times.date(since) + (until == null ? "" : " jusqu'au " + times.date(until));
    }

    private AuditTrail.Diff describe(AuditTrail.Diff diff, ClusterProfile before, ClusterProfile after) {
        return diff.field("Type", before == null ? null : before.kind().label(), after.kind().label())
                .field("Région", before == null ? null : territories.regionName(before.regionCode()), territories.regionName(after.regionCode()))
                .field("Territoire", before == null ? null : before.territory(), after.territory())
                .field("Filières", before == null ? null : sectorLabels(before), sectorLabels(after))
                .field("Présidence", before == null ? null : organisationName(before.chairOrganisationId()), organisationName(after.chairOrganisationId()))
                .field("Emplois représentés", before == null ? null : before.jobsRepresented(), after.jobsRepresented())
                .field("Année des chiffres", before == null ? null : before.figuresYear(), after.figuresYear())
                .field("Année de création", before == null ? null : before.foundedYear(), after.foundedYear())
                .field("Mise à jour de la matrice (mois)", before == null ? null : before.matrixRefreshMonths(), after.matrixRefreshMonths())
                .field("Publié dans l'annuaire", before == null ? null : (before.published() ? "oui" : "non"), after.published() ? "oui" : "non");
    }

    private static String sectorLabels(ClusterProfile profile) {
        return String.join(", ", profile.sectors().stream().map(Sector::label).toList());
    }

    private String organisationName(UUID id) {
        return id == null ? null : directory.organisation(id).map(OrganisationSummary::name).orElse(null);
    }

    private String uniqueSlug(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.FRENCH)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "cluster";
        }
        if (base.length() > 110) {
            base = base.substring(0, 110).replaceAll("-$", "");
        }
        String slug = base;
        for (int i = 2; clusters.existsBySlug(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }
}
