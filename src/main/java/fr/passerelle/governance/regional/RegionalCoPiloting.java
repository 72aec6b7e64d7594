package fr.passerelle.governance.regional;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.Sector;
import fr.passerelle.directory.Contact;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.directory.StoredFile;
import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.ClusterCommissions;
import fr.passerelle.governance.CoPiloting;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.RegionalSeat;
import fr.passerelle.governance.meetings.MeetingView;
import fr.passerelle.governance.meetings.ScopedBodies;
import fr.passerelle.governance.meetings.ScopedBodies.BodyPage;
import fr.passerelle.governance.meetings.ScopedBodies.BodySummary;
import fr.passerelle.governance.meetings.ScopedBodies.FileInfo;
import fr.passerelle.governance.meetings.ScopedBodies.Owner;
import fr.passerelle.governance.regional.RegionalPermissions.Place;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Mailer;
import fr.passerelle.territory.Academy;
import fr.passerelle.territory.Region;
import fr.passerelle.territory.Territories;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Regional co-piloting: the bodies of a région and the national networks of campuses, their members, meetings and
 * documents; and the commissions of a cluster, run the same way (ADR 0011). Every method takes the actor and checks, by
 * {@link RegionalPermissions} or {@link CommissionPermissions}, that they run (to change) or read (to see) the région,
 * the network or the cluster's commission; the bodies and meetings themselves are governance's ({@link ScopedBodies}).
 */
@Service
class RegionalCoPiloting implements CoPiloting, ClusterCommissions {

    static final String AUDITED_NETWORK = "campus_network";

    private final ScopedBodies bodies;
    private final NetworkRepository networks;
    private final CampusRegistry registry;
    private final Territories territories;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    RegionalCoPiloting(ScopedBodies bodies, NetworkRepository networks, CampusRegistry registry, Territories territories, Directory directory,
                       AuditTrail audit, Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.bodies = bodies;
        this.networks = networks;
        this.registry = registry;
        this.territories = territories;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the actor may do in a région, a network or a cluster's commissions: {@code runs} to change, always read.
     * {@code path} is the page of the région's co-piloting, of the network or of the cluster's commissions, under which
     * its meetings are; {@code bodiesPath} the address under which each body has its page. {@code readable} the bodies
     * the actor reads, null for all of them (a commission's member reads the commissions they sit on only).
     */
    record Access(Scope scope, Owner owner, String title, boolean runs, String path, String bodiesPath, Set<UUID> readable) {

        public boolean network() {
            return scope.networkId() != null;
        }

        public boolean cluster() {
            return scope.clusterId() != null;
        }

        boolean readsBody(UUID bodyId) {
            return readable == null || readable.contains(bodyId);
        }
    }

    // --- who acts --------------------------------------------------------------------------------------------------

    /** Where the actor stands: the région of their académie and of their campus. */
    Place placeOf(Actor actor) {
        String academyRegion = actor.academyCode() == null ? null : territories.academy(actor.academyCode()).map(Academy::regionCode).orElse(null);
        String campusRegion = actor.campusId() == null ? null : registry.byId(actor.campusId()).map(CampusCard::regionCode).orElse(null);
        return new Place(academyRegion, campusRegion);
    }

    /** The région or network, for those who read it; 404 when unknown, refused to the others. */
    @Transactional(readOnly = true)
    Access read(Actor actor, Scope scope) {
        Access access = access(actor, scope);
        if (access == null) {
            throw new AccessDeniedException(scope.isRegion() ? "Le co-pilotage de cette région est réservé à ses co-pilotes, à ses référents et aux directions de ses campus."
                    : scope.isCluster() ? "Les commissions de ce cluster sont réservées à son équipe, à l'administration nationale et à leurs membres."
                    : "Ce réseau est réservé à l'administration nationale, à son représentant et aux directions de ses campus.");
        }
        return access;
    }

    /** The région or network, for those who run it; refused to the others. */
    @Transactional(readOnly = true)
    Access run(Actor actor, Scope scope) {
        Access access = read(actor, scope);
        if (!access.runs()) {
            throw new AccessDeniedException(scope.isRegion() ? "Seuls les co-pilotes de la région et l'administration nationale font vivre ses instances."
                    : scope.isCluster() ? "Seules l'équipe du cluster et l'administration nationale font vivre ses commissions."
                    : "Seule l'administration nationale fait vivre les réseaux de campus.");
        }
        return access;
    }

    private Access access(Actor actor, Scope scope) {
        if (scope.isRegion()) {
            Region region = territories.region(scope.regionCode()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            if (!RegionalPermissions.readsRegion(actor, region.code(), placeOf(actor))) {
                return null;
            }
            return new Access(scope, Owner.region(region.code(), "Région " + region.name()), region.name(),
                    RegionalPermissions.runsRegion(actor, region.code()), "/gestion/regions/" + region.code(),
                    "/gestion/regions/" + region.code() + "/instances", null);
        }
        if (scope.isCluster()) {
            return clusterAccess(actor, scope);
        }
        Network network = network0(scope.networkId());
        if (!RegionalPermissions.readsNetwork(actor, network.campusIds(), network.representativePersonId(), directory.peopleWithEmail(actor.email()))) {
            return null;
        }
        return new Access(scope, Owner.network(network.id(), "Réseau " + network.name()), network.name(), RegionalPermissions.runsNetworks(actor),
                "/gestion/reseaux/" + network.id(), "/gestion/reseaux/" + network.id() + "/instances", null);
    }

    /** A cluster's commissions: run by its staff and the national administrator, each read by those who sit on it. */
    private Access clusterAccess(Actor actor, Scope scope) {
        OrganisationSummary cluster = directory.organisation(scope.clusterId()).filter(o -> o.kind() == OrganisationKind.CLUSTER)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Owner owner = Owner.cluster(cluster.id(), cluster.displayName());
        boolean runs = CommissionPermissions.runs(actor, cluster.id());
        Set<UUID> readable = null;
        if (!runs) {
            List<UUID> people = directory.peopleWithEmail(actor.email());
            readable = bodies.sitting(owner).entrySet().stream()
                    .filter(body -> CommissionPermissions.reads(actor, cluster.id(), body.getValue(), people))
                    .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
            if (readable.isEmpty()) {
                return null;
            }
        }
        String path = "/gestion/clusters/" + cluster.id() + "/commissions";
        return new Access(scope, owner, "Commissions de " + cluster.displayName(), runs, path, path, readable);
    }

    /** The scope, for those who read that body of it; refused to the others. */
    private Access readBody(Actor actor, Scope scope, UUID bodyId) {
        Access access = read(actor, scope);
        if (!access.readsBody(bodyId)) {
            throw new AccessDeniedException("Cette commission est réservée à l'équipe du cluster, à l'administration nationale et à ses membres.");
        }
        return access;
    }

    /** The owner, for those who read the body of that meeting; refused to the others. */
    private Owner readMeeting(Actor actor, Scope scope, UUID meetingId) {
        Access access = read(actor, scope);
        if (access.readable() != null) {
            readBody(actor, scope, bodies.bodyOf(access.owner(), meetingId));
        }
        return access.owner();
    }

    /** The régions whose co-piloting the actor reads: every one for the national administrator, else theirs. */
    @Transactional(readOnly = true)
    List<Region> regions(Actor actor) {
        if (actor.isNationalAdmin()) {
            return territories.regions();
        }
        String own = RegionalPermissions.ownRegion(actor, placeOf(actor));
        return own == null ? List.of() : territories.region(own).stream().toList();
    }

    // --- bodies ----------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    List<BodySummary> bodies(Actor actor, Scope scope) {
        Access access = read(actor, scope);
        return bodies.bodies(access.owner()).stream().filter(b -> access.readsBody(b.id())).toList();
    }

    @Override
    @Transactional
    public UUID constitute(Actor actor, UUID clusterId, BodyKind kind, String name, Integer meetingsPerYear) {
        Owner owner = run(actor, Scope.cluster(clusterId)).owner();
        UUID body = bodies.constitute(owner, kind, name);
        if (meetingsPerYear != null) {
            bodies.configure(owner, body, null, null, meetingsPerYear);
        }
        return body;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ClusterCommissions.Summary> summary(Actor actor, UUID clusterId) {
        if (directory.organisation(clusterId).filter(o -> o.kind() == OrganisationKind.CLUSTER).isEmpty()) {
            return Optional.empty();
        }
        Access access = access(actor, Scope.cluster(clusterId));
        if (access == null) {
            return Optional.empty();
        }
        ScopedBodies.Overview overview = bodies.overview(access.owner(), access.readable());
        return Optional.of(new ClusterCommissions.Summary(overview.bodies(), overview.nextMeeting(), access.runs()));
    }

    @Override
    @Transactional
    public UUID constitute(Actor actor, String regionCode, BodyKind kind, String name) {
        Access access = run(actor, Scope.region(regionCode));
        return bodies.constitute(access.owner(), kind, name);
    }

    @Transactional(readOnly = true)
    BodyPage body(Actor actor, Scope scope, UUID bodyId) {
        return bodies.body(readBody(actor, scope, bodyId).owner(), bodyId);
    }

    @Transactional(readOnly = true)
    List<FileInfo> documents(Actor actor, Scope scope, UUID bodyId) {
        return bodies.documents(readBody(actor, scope, bodyId).owner(), bodyId);
    }

    /** The people of the directory matching the text, for those who appoint members. */
    @Transactional(readOnly = true)
    List<Contact> people(Actor actor, Scope scope, String text) {
        run(actor, scope);
        return directory.searchPeople(text, 20);
    }

    @Override
    @Transactional
    public void appoint(Actor actor, Scope scope, UUID bodyId, UUID personId, LocalDate since, RegionalSeat seat) {
        bodies.appoint(run(actor, scope).owner(), bodyId, personId, since, seat);
    }

    @Override
    @Transactional
    public void configure(Actor actor, Scope scope, UUID bodyId, UUID chairPersonId, Integer meetingsPerYear) {
        bodies.configure(run(actor, scope).owner(), bodyId, null, chairPersonId, meetingsPerYear);
    }

    @Transactional
    void configure(Actor actor, Scope scope, UUID bodyId, long expectedVersion, UUID chairPersonId, Integer meetingsPerYear) {
        bodies.configure(run(actor, scope).owner(), bodyId, expectedVersion, chairPersonId, meetingsPerYear);
    }

    @Transactional
    UUID addDocument(Actor actor, Scope scope, UUID bodyId, String title, String fileName, byte[] content) {
        return bodies.addDocument(run(actor, scope).owner(), bodyId, title, fileName, content, actor.displayName());
    }

    @Transactional(readOnly = true)
    Optional<StoredFile> documentContent(Actor actor, Scope scope, UUID documentId) {
        Access access = read(actor, scope);
        if (access.readable() != null) {
            readBody(actor, scope, bodies.bodyOfDocument(access.owner(), documentId));
        }
        return bodies.documentContent(access.owner(), documentId);
    }

    // --- meetings --------------------------------------------------------------------------------------------------

    @Override
    @Transactional
    public UUID plan(Actor actor, Scope scope, UUID bodyId, MeetingDetails details) {
        return schedule(actor, scope, bodyId, details).id();
    }

    @Transactional
    MeetingView schedule(Actor actor, Scope scope, UUID bodyId, MeetingDetails details) {
        return bodies.plan(run(actor, scope).owner(), bodyId, details);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RegionalMeeting> meetings(Actor actor, String regionCode, BodyKind kind, int year) {
        Access access = read(actor, Scope.region(regionCode));
        return jdbc.sql("""
                        select m.id, b.id, b.name, b.kind, m.starts_at, m.ends_at, m.cancelled_at is not null,
                               (select count(*) from attendance a where a.meeting_id = m.id), coalesce(m.minutes, '') <> ''
                          from meeting m join governing_body b on b.id = m.body_id
                         where b.region_code = :region and b.kind = :kind
                           and m.starts_at >= :from and m.starts_at < :to
                         order by m.starts_at, m.id""")
                .param("region", access.scope().regionCode()).param("kind", kind.name())
                .param("from", java.sql.Timestamp.valueOf(LocalDate.of(year, 1, 1).atStartOfDay()))
                .param("to", java.sql.Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay()))
                .query((rs, n) -> new RegionalMeeting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        BodyKind.valueOf(rs.getString(4)), rs.getTimestamp(5).toLocalDateTime(), rs.getTimestamp(6).toLocalDateTime(),
                        rs.getBoolean(7), rs.getInt(8), rs.getBoolean(9)))
                .list();
    }

    @Transactional(readOnly = true)
    MeetingView meeting(Actor actor, Scope scope, UUID meetingId) {
        return bodies.meeting(readMeeting(actor, scope, meetingId), meetingId);
    }

    @Transactional(readOnly = true)
    Optional<FileInfo> minutesFile(Actor actor, Scope scope, UUID meetingId) {
        return bodies.minutesFile(readMeeting(actor, scope, meetingId), meetingId);
    }

    @Transactional(readOnly = true)
    Optional<StoredFile> minutesContent(Actor actor, Scope scope, UUID meetingId) {
        return bodies.minutesContent(readMeeting(actor, scope, meetingId), meetingId);
    }

    @Transactional
    ScopedBodies.Invitations invite(Actor actor, Scope scope, UUID meetingId) {
        return bodies.invite(run(actor, scope).owner(), meetingId);
    }

    /** Sends the satisfaction survey of an ended meeting to its members who attended (those who run the bodies only). */
    @Transactional
    ScopedBodies.Invitations sendSurvey(Actor actor, Scope scope, UUID meetingId) {
        return bodies.sendSurvey(run(actor, scope).owner(), meetingId);
    }

    @Transactional(readOnly = true)
    fr.passerelle.governance.meetings.MeetingSatisfaction satisfaction(Actor actor, Scope scope, UUID meetingId) {
        return bodies.satisfaction(readMeeting(actor, scope, meetingId), meetingId);
    }

    @Transactional(readOnly = true)
    Mailer.Attachment invitation(Actor actor, Scope scope, UUID meetingId) {
        return bodies.invitation(readMeeting(actor, scope, meetingId), meetingId);
    }

    boolean sendsMail() {
        return bodies.sendsMail();
    }

    @Transactional
    boolean reschedule(Actor actor, Scope scope, UUID meetingId, long expectedVersion, MeetingDetails details) {
        return bodies.reschedule(run(actor, scope).owner(), meetingId, expectedVersion, details);
    }

    @Transactional
    MeetingView cancel(Actor actor, Scope scope, UUID meetingId, long expectedVersion, String reason) {
        return bodies.cancel(run(actor, scope).owner(), meetingId, expectedVersion, reason);
    }

    @Transactional
    void recordAttendance(Actor actor, Scope scope, UUID meetingId, long expectedVersion, Map<UUID, AttendanceStatus> statuses) {
        bodies.recordAttendance(run(actor, scope).owner(), meetingId, expectedVersion, statuses);
    }

    @Transactional
    void recordMinutes(Actor actor, Scope scope, UUID meetingId, long expectedVersion, String minutes, String decisions) {
        bodies.recordMinutes(run(actor, scope).owner(), meetingId, expectedVersion, minutes, decisions);
    }

    @Transactional
    void attachMinutes(Actor actor, Scope scope, UUID meetingId, String fileName, byte[] content) {
        bodies.attachMinutes(run(actor, scope).owner(), meetingId, fileName, content, actor.displayName());
    }

    @Override
    @Transactional
    public void recordOutcome(Actor actor, Scope scope, UUID meetingId, Map<UUID, AttendanceStatus> attendance, String minutes, String decisions) {
        Owner owner = run(actor, scope).owner();
        bodies.recordAttendance(owner, meetingId, bodies.meeting(owner, meetingId).version(), attendance);
        bodies.recordMinutes(owner, meetingId, bodies.meeting(owner, meetingId).version(), minutes, decisions);
    }

    // --- networks --------------------------------------------------------------------------------------------------

    /** A network as lists show it. */
    record NetworkSummary(UUID id, String name, Sector sector, int campuses) {
    }

    /** A network as its page shows it: its member campuses by name, its representative and the body it meets as. */
    record NetworkView(UUID id, String name, Sector sector, Contact representative, List<CampusCard> campuses, UUID bodyId, long version) {
    }

    /** The networks the actor reads: every one for the national administrator, else those they represent or whose member campus they direct. */
    @Transactional(readOnly = true)
    List<NetworkSummary> networks(Actor actor) {
        List<UUID> people = directory.peopleWithEmail(actor.email());
        return networks.findAllByOrderByNameAsc().stream()
                .filter(n -> RegionalPermissions.readsNetwork(actor, n.campusIds(), n.representativePersonId(), people))
                .map(n -> new NetworkSummary(n.id(), n.name(), n.sector(), n.campusIds().size())).toList();
    }

    @Transactional(readOnly = true)
    NetworkView network(Actor actor, UUID networkId) {
        Access access = read(actor, Scope.network(networkId));
        return view(network0(networkId), access);
    }

    private NetworkView view(Network network, Access access) {
        Contact representative = network.representativePersonId() == null ? null
                : directory.contacts(Set.of(network.representativePersonId())).stream().findFirst().orElse(null);
        List<CampusCard> campuses = network.campusIds().stream().map(registry::byId).flatMap(Optional::stream)
                .sorted(Comparator.comparing(CampusCard::name, java.text.Collator.getInstance(java.util.Locale.FRENCH))).toList();
        UUID bodyId = bodies.bodies(access.owner()).stream().findFirst().map(BodySummary::id).orElse(null);
        return new NetworkView(network.id(), network.name(), network.sector(), representative, campuses, bodyId, network.version());
    }

    @Override
    @Transactional
    public UUID createNetwork(Actor actor, String name, Sector sector, UUID representativePersonId, Collection<UUID> campusIds) {
        requireRunsNetworks(actor);
        if (name != null && networks.existsByNameIgnoreCase(name.strip())) {
            throw new BusinessRuleException("name", "Un réseau « " + name.strip() + " » existe déjà.");
        }
        Contact representative = representativePersonId == null ? null : person(representativePersonId, "representativePersonId");
        Network network = Network.create(name, sector, representativePersonId, Instant.now(clock));
        List<String> names = new ArrayList<>();
        for (UUID campusId : campusIds) {
            CampusCard campus = campus(campusId);
            network.join(campusId, campus.name());
            names.add(campus.name());
        }
        networks.saveAndFlush(network);
        bodies.constitute(Owner.network(network.id(), "Réseau " + network.name()), BodyKind.NATIONAL_NETWORK, network.name());
        List<AuditTrail.Change> changes = new ArrayList<>(List.of(new AuditTrail.Change("Réseau", null, network.name()),
                new AuditTrail.Change("Filière", null, sector.label())));
        if (representative != null) {
            changes.add(new AuditTrail.Change("Représentant·e national·e", null, representative.fullName()));
        }
        if (!names.isEmpty()) {
            changes.add(new AuditTrail.Change("Campus membres", null, String.join(", ", names)));
        }
        audit.record(AUDITED_NETWORK, network.id(), "RESEAU_CREE", "Réseau créé : " + network.name(), changes);
        return network.id();
    }

    @Override
    @Transactional(readOnly = true)
    public UUID bodyOfNetwork(Actor actor, UUID networkId) {
        return network(actor, networkId).bodyId();
    }

    /** Changes the network's name, sector and representative, on the version the form was opened with. */
    @Transactional
    void describe(Actor actor, UUID networkId, long expectedVersion, String name, Sector sector, UUID representativePersonId) {
        requireRunsNetworks(actor);
        Network network = network0(networkId);
        checkVersion(network, expectedVersion);
        String before = nameOf(network.representativePersonId());
        var diff = new AuditTrail.Diff().field("Nom", network.name(), name).field("Filière", network.sector().label(), sector == null ? null : sector.label());
        if (representativePersonId != null) {
            person(representativePersonId, "representativePersonId");
        }
        network.describe(name, sector, representativePersonId);
        networks.saveAndFlush(network);
        diff.field("Représentant·e national·e", before, nameOf(representativePersonId));
        if (!diff.isEmpty()) {
            audit.record(AUDITED_NETWORK, network.id(), "RESEAU_MODIFIE", "Réseau modifié : " + network.name(), diff.changes());
        }
    }

    @Transactional
    void addCampus(Actor actor, UUID networkId, UUID campusId) {
        requireRunsNetworks(actor);
        if (campusId == null) {
            throw new BusinessRuleException("campusId", "Choisissez un campus.");
        }
        Network network = network0(networkId);
        CampusCard campus = campus(campusId);
        network.join(campusId, campus.name());
        networks.saveAndFlush(network);
        audit.record(AUDITED_NETWORK, network.id(), "RESEAU_CAMPUS_AJOUTE", "Campus ajouté au réseau " + network.name() + " : " + campus.name(),
                List.of(new AuditTrail.Change("Campus membre", null, campus.name())));
    }

    @Transactional
    void removeCampus(Actor actor, UUID networkId, UUID campusId) {
        requireRunsNetworks(actor);
        Network network = network0(networkId);
        String name = registry.byId(campusId).map(CampusCard::name).orElse(campusId.toString());
        network.leave(campusId);
        networks.saveAndFlush(network);
        audit.record(AUDITED_NETWORK, network.id(), "RESEAU_CAMPUS_RETIRE", "Campus retiré du réseau " + network.name() + " : " + name,
                List.of(new AuditTrail.Change("Campus membre", name, null)));
    }

    /** Every campus, for the national administrator who adds one to a network. */
    @Transactional(readOnly = true)
    List<CampusCard> campuses(Actor actor) {
        requireRunsNetworks(actor);
        return registry.all();
    }

    private void requireRunsNetworks(Actor actor) {
        if (!RegionalPermissions.runsNetworks(actor)) {
            throw new AccessDeniedException("Seule l'administration nationale crée et fait vivre les réseaux de campus.");
        }
    }

    private Network network0(UUID networkId) {
        return networks.findById(networkId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private CampusCard campus(UUID campusId) {
        return registry.byId(campusId).orElseThrow(() -> new BusinessRuleException("campusId", "Choisissez un campus de la liste."));
    }

    private Contact person(UUID personId, String field) {
        return directory.contacts(Set.of(personId)).stream().findFirst()
                .orElseThrow(() -> new BusinessRuleException(field, "Choisissez une personne de l'annuaire."));
    }

    private String nameOf(UUID personId) {
        return personId == null ? null : directory.contacts(Set.of(personId)).stream().map(Contact::fullName).findFirst().orElse(null);
    }

    private static void checkVersion(Network network, long expectedVersion) {
        if (network.version() != expectedVersion) {
            throw new BusinessRuleException(null, "Ce réseau a été modifié par quelqu'un d'autre pendant votre saisie : "
                    + "rechargez la page, vos modifications n'ont pas été enregistrées.");
        }
    }
}
