package fr.passerelle.governance.meetings;

import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.College;
import fr.passerelle.governance.RegionalSeat;
import fr.passerelle.governance.StrategicSeat;
import fr.passerelle.platform.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A governing body — of a campus, of a région, of a national network of campuses or of a cluster, exactly one of them
 * (ADR 0011) —, its
 * seats over time, its chair (one of its members) and how many times a year it
 * should meet. A seat runs from the day it started to the day it ended: a seat that ended (its member was taken out of
 * the directory) stays in {@code body_member} with its end date, outside {@link #members()} but inside
 * {@link #membersOn} for the days it was held, so that a past meeting keeps the members it had.
 */
@Entity
@Table(name = "governing_body")
class GoverningBody {

    static final int MAX_MEETINGS_PER_YEAR = 52;

    @Id
    private UUID id;
    private UUID campusId;
    private String regionCode;
    private UUID networkId;
    private UUID clusterId;
    @Enumerated(EnumType.STRING)
    private BodyKind kind;
    private String name;
    private Instant createdAt;
    private UUID chairPersonId;
    private Integer meetingsPerYear;
    @Version
    private long version;
    @ElementCollection
    @CollectionTable(name = "body_member", joinColumns = @JoinColumn(name = "body_id"))
    private List<Membership> memberships = new ArrayList<>();

    protected GoverningBody() {
    }

    static GoverningBody constitute(UUID campusId, BodyKind kind, String name, Instant now) {
        var body = create(kind, BodyKind.Scope.CAMPUS, name, now);
        body.campusId = campusId;
        return body;
    }

    /** A body of a région: its strategic committee, its cell, its directors' group. */
    static GoverningBody constituteForRegion(String regionCode, BodyKind kind, String name, Instant now) {
        var body = create(kind, BodyKind.Scope.REGION, name, now);
        body.regionCode = regionCode;
        return body;
    }

    /** The body of a national thematic network, which meets as the network. */
    static GoverningBody constituteForNetwork(UUID networkId, String name, Instant now) {
        var body = create(BodyKind.NATIONAL_NETWORK, BodyKind.Scope.NETWORK, name, now);
        body.networkId = networkId;
        return body;
    }

    /** A commission of a cluster: its employment commission, its training commission. */
    static GoverningBody constituteForCluster(UUID clusterId, BodyKind kind, String name, Instant now) {
        var body = create(kind, BodyKind.Scope.CLUSTER, name, now);
        body.clusterId = clusterId;
        return body;
    }

    private static GoverningBody create(BodyKind kind, BodyKind.Scope scope, String name, Instant now) {
        if (kind == null || kind.scope() != scope) {
            throw new BusinessRuleException("kind", "Choisissez le type d'instance.");
        }
        var body = new GoverningBody();
        body.id = UUID.randomUUID();
        body.kind = kind;
        body.name = name.strip();
        body.createdAt = now;
        return body;
    }

    /**
     * Appoints a person from {@code since} (not after {@code today}), holding an expected seat on a strategic
     * committee or sitting in a college of a steering committee. Refused, on the field at fault, when the person
     * already sits on the body or the seat or college does not fit its kind.
     */
    Membership appoint(UUID personId, LocalDate since, StrategicSeat seat, College college, LocalDate today, String fullName) {
        return appoint(personId, since, seat, college, null, today, fullName);
    }

    /** Appoints a person as {@link #appoint(UUID, LocalDate, StrategicSeat, College, LocalDate, String)} does, holding a seat of a regional body or network. */
    Membership appoint(UUID personId, LocalDate since, StrategicSeat seat, College college, RegionalSeat regionalSeat, LocalDate today,
                       String fullName) {
        if (since == null) {
            throw new BusinessRuleException("startedOn", "Indiquez depuis quand la personne siège.");
        }
        if (since.isAfter(today)) {
            throw new BusinessRuleException("startedOn", "La date d'entrée dans l'instance ne peut être postérieure à aujourd'hui.");
        }
        checkRole(seat, college);
        checkRegionalSeat(regionalSeat);
        if (current(personId).isPresent()) {
            throw new BusinessRuleException("personId", fullName + " siège déjà dans cette instance.");
        }
        if (memberships.stream().anyMatch(m -> m.personId().equals(personId) && !m.endedOn().isBefore(since))) {
            throw new BusinessRuleException("startedOn", "Le précédent mandat de " + fullName + " ne s'achève qu'après cette date.");
        }
        var membership = new Membership(personId, since, seat, college, regionalSeat);
        memberships.add(membership);
        return membership;
    }

    /** Gives a sitting member an expected seat (strategic committee) or a college (steering committee), or takes it away. */
    Membership assign(UUID personId, StrategicSeat seat, College college) {
        checkRole(seat, college);
        Membership membership = current(personId)
                .orElseThrow(() -> new BusinessRuleException(null, "Cette personne ne siège plus dans l'instance."));
        membership.assign(seat, college);
        return membership;
    }

    /** Names the chair (a sitting member, or nobody) and the number of meetings expected a year (or none). */
    void configure(UUID chairPersonId, Integer meetingsPerYear) {
        if (chairPersonId != null && current(chairPersonId).isEmpty()) {
            throw new BusinessRuleException("chairPersonId", "La présidence revient à un membre de l'instance.");
        }
        if (meetingsPerYear != null && (meetingsPerYear < 1 || meetingsPerYear > MAX_MEETINGS_PER_YEAR)) {
            throw new BusinessRuleException("meetingsPerYear", "Le nombre de réunions par an est compris entre 1 et " + MAX_MEETINGS_PER_YEAR + ".");
        }
        this.chairPersonId = chairPersonId;
        this.meetingsPerYear = meetingsPerYear;
    }

    private void checkRole(StrategicSeat seat, College college) {
        if (seat != null && kind != BodyKind.STRATEGIC) {
            throw new BusinessRuleException("seat", "Les sièges attendus sont ceux du comité d'orientation stratégique.");
        }
        if (college != null && kind != BodyKind.STEERING) {
            throw new BusinessRuleException("college", "Les collèges sont ceux du comité de pilotage.");
        }
    }

    /** Gives a sitting member of a regional body or network their seat, or takes it away. */
    Membership assignRegionalSeat(UUID personId, RegionalSeat regionalSeat) {
        checkRegionalSeat(regionalSeat);
        Membership membership = current(personId)
                .orElseThrow(() -> new BusinessRuleException(null, "Cette personne ne siège plus dans l'instance."));
        membership.assignRegionalSeat(regionalSeat);
        return membership;
    }

    private void checkRegionalSeat(RegionalSeat regionalSeat) {
        if (regionalSeat != null && (kind.scope() == BodyKind.Scope.CAMPUS || kind.scope() == BodyKind.Scope.CLUSTER)) {
            throw new BusinessRuleException("regionalSeat", "Les sièges régionaux sont ceux des instances régionales et des réseaux.");
        }
    }

    private Optional<Membership> current(UUID personId) {
        return memberships.stream().filter(m -> m.current() && m.personId().equals(personId)).findFirst();
    }

    /** The expected seats of a strategic committee that no sitting member holds; none for other bodies. */
    List<StrategicSeat> missingSeats() {
        if (kind != BodyKind.STRATEGIC) {
            return List.of();
        }
        return StrategicSeat.missing(memberships.stream().filter(Membership::current).map(Membership::seat).filter(s -> s != null).toList());
    }

    UUID id() {
        return id;
    }

    UUID campusId() {
        return campusId;
    }

    String regionCode() {
        return regionCode;
    }

    UUID networkId() {
        return networkId;
    }

    UUID clusterId() {
        return clusterId;
    }

    BodyKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version;
    }

    UUID chairPersonId() {
        return chairPersonId;
    }

    Integer meetingsPerYear() {
        return meetingsPerYear;
    }

    /** Those who sit on the body now. */
    Set<UUID> members() {
        return memberships.stream().filter(Membership::current).map(Membership::personId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Those who sat on the body that day. */
    Set<UUID> membersOn(LocalDate day) {
        return memberships.stream().filter(m -> m.heldOn(day)).map(Membership::personId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Every seat, sitting or ended. */
    List<Membership> memberships() {
        return List.copyOf(memberships);
    }
}
