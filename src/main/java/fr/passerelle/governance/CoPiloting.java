package fr.passerelle.governance;

import fr.passerelle.campus.Sector;
import fr.passerelle.identity.Actor;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Regional co-piloting for other modules (the demo data; indicators lists the strategic committee's meetings for its yearly review): the bodies of a région (regional strategic committee,
 * regional cell, directors' working group) and the national thematic networks of campuses, with their members and
 * meetings; and, with {@link Scope#cluster}, the members and meetings of a cluster's commissions ({@link ClusterCommissions}). Every method checks the actor's role and scope, and is audited. Pages stay inside governance.
 */
public interface CoPiloting {

    /** Constitutes a body of the région (a kind of scope {@link BodyKind.Scope#REGION}); returns its id. */
    UUID constitute(Actor actor, String regionCode, BodyKind kind, String name);

    /** Creates a national network of campuses with its body; returns the network's id. */
    UUID createNetwork(Actor actor, String name, Sector sector, UUID representativePersonId, Collection<UUID> campusIds);

    /** The body a network meets as. */
    UUID bodyOfNetwork(Actor actor, UUID networkId);

    /** Where a body or meeting hangs: a région (by its code), a network or a cluster (its commissions, {@link ClusterCommissions}). */
    record Scope(String regionCode, UUID networkId, UUID clusterId) {

        public static Scope region(String regionCode) {
            return new Scope(regionCode, null, null);
        }

        public static Scope network(UUID networkId) {
            return new Scope(null, networkId, null);
        }

        public static Scope cluster(UUID clusterId) {
            return new Scope(null, null, clusterId);
        }

        public boolean isRegion() {
            return regionCode != null;
        }

        public boolean isCluster() {
            return clusterId != null;
        }
    }

    /** Appoints a person of the directory to the body from {@code since}, holding {@code seat} (optional). */
    void appoint(Actor actor, Scope scope, UUID bodyId, UUID personId, LocalDate since, RegionalSeat seat);

    /** Names the chair (a member, or nobody) and the number of meetings expected a year (or none). */
    void configure(Actor actor, Scope scope, UUID bodyId, UUID chairPersonId, Integer meetingsPerYear);

    /** Plans a meeting of the body; returns its id. */
    UUID plan(Actor actor, Scope scope, UUID bodyId, MeetingDetails details);

    /** Records who attended a meeting, and its minutes and decisions. */
    void recordOutcome(Actor actor, Scope scope, UUID meetingId, Map<UUID, AttendanceStatus> attendance, String minutes, String decisions);

    /**
     * A meeting of a body of a région, as other modules list it: {@code attended} how many members' attendance was
     * recorded, {@code minutes} whether its minutes are written.
     */
    record RegionalMeeting(UUID id, UUID bodyId, String bodyName, BodyKind kind, LocalDateTime startsAt, LocalDateTime endsAt,
                           boolean cancelled, int attended, boolean minutes) {
    }

    /**
     * The meetings, cancelled ones included, of the région's bodies of that kind starting in the calendar year, oldest
     * first; for those who read the région's co-piloting, refused to the others.
     */
    List<RegionalMeeting> meetings(Actor actor, String regionCode, BodyKind kind, int year);
}
