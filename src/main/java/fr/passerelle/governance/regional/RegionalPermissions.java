package fr.passerelle.governance.regional;

import fr.passerelle.identity.Actor;
import java.util.Collection;
import java.util.UUID;

/**
 * Who runs and who reads the regional co-piloting bodies and the national networks of campuses, in plain Java.
 *
 * <p>A région's bodies (strategic committee, cell, directors' group) and its shared space: the national administrator
 * everywhere; the two co-pilots of the région — its regional coordinator (rectorat) and the Conseil régional's
 * referent — run them; the academic referent of an académie of the région, the DREETS correspondent of the région and
 * the operational directors of the région's campuses read them (and attend). Everyone else is refused, the co-pilots
 * and readers of another région included.
 *
 * <p>A national network: the national administrator creates and runs it; its national representative (a person of the
 * directory, known to an account by its e-mail address) and the operational directors of its member campuses read it
 * (and attend). Everyone else is refused.
 */
public final class RegionalPermissions {

    private RegionalPermissions() {
    }

    /**
     * Where an actor stands, worked out from their account: the région of their académie (an academic referent) and the
     * région of their campus (an operational director); null when they have none.
     */
    public record Place(String academyRegion, String campusRegion) {
        public static final Place NOWHERE = new Place(null, null);
    }

    public static boolean runsRegion(Actor actor, String regionCode) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> true;
            case REGIONAL_COORDINATOR, REGIONAL_COUNCIL -> regionCode != null && regionCode.equals(actor.regionCode());
            default -> false;
        };
    }

    public static boolean readsRegion(Actor actor, String regionCode, Place place) {
        if (runsRegion(actor, regionCode)) {
            return true;
        }
        if (regionCode == null) {
            return false;
        }
        return switch (actor.role()) {
            case ACADEMY_REFERENT -> regionCode.equals(place.academyRegion());
            case LABOUR_CORRESPONDENT -> regionCode.equals(actor.regionCode());
            case OPERATIONAL_DIRECTOR -> regionCode.equals(place.campusRegion());
            default -> false;
        };
    }

    /** The région whose co-piloting the actor reads on their own account, if one: what the landing page offers them. */
    public static String ownRegion(Actor actor, Place place) {
        return switch (actor.role()) {
            case REGIONAL_COORDINATOR, REGIONAL_COUNCIL, LABOUR_CORRESPONDENT -> actor.regionCode();
            case ACADEMY_REFERENT -> place.academyRegion();
            case OPERATIONAL_DIRECTOR -> place.campusRegion();
            default -> null;
        };
    }

    public static boolean runsNetworks(Actor actor) {
        return actor.isNationalAdmin();
    }

    /**
     * @param memberCampuses  the network's member campuses
     * @param representative  the person who represents it nationally, or null
     * @param actorPeople     the people of the directory bearing the actor's e-mail address
     */
    public static boolean readsNetwork(Actor actor, Collection<UUID> memberCampuses, UUID representative, Collection<UUID> actorPeople) {
        if (runsNetworks(actor)) {
            return true;
        }
        if (representative != null && actorPeople.contains(representative)) {
            return true;
        }
        return actor.role() == fr.passerelle.identity.Role.OPERATIONAL_DIRECTOR && actor.campusId() != null
                && memberCampuses.contains(actor.campusId());
    }
}
