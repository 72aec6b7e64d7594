package fr.passerelle.indicators.regional;

import fr.passerelle.identity.Actor;
import java.util.UUID;

/**
 * Who prepares, records and reads the regional strategic committee's yearly review, in plain Java.
 *
 * <p>The two co-pilots of the région — its regional coordinator (rectorat) and the Conseil régional's referent — prepare
 * the review, record the committee's appreciations, its conclusion and its validation of the indicators, and reopen it
 * for a correction; the national administrator may too, in every région. They read every campus's real values, as
 * those who run the région. The academic referent of an académie of the région reads the whole review, with the values
 * masked as outside a campus's team. The operational director of a campus of the région reads the review of their own
 * campus only — its figures, self-evaluation, appreciation and recommendations — and the région's conclusion: the other
 * campuses' figures and appreciations are not theirs to read (the campus dashboard refuses them the other campuses), so
 * they are told only how many other campuses were reviewed. Everyone else is refused, the DREETS correspondent
 * included, who reads the région's bodies but not the campuses they do not follow.
 */
final class ReviewPermissions {

    private ReviewPermissions() {
    }

    /**
     * Where an actor stands, worked out from their account: the région of their académie (an academic referent) and the
     * région of their campus (an operational director); null when they have none.
     */
    record Place(String academyRegion, String campusRegion) {
        static final Place NOWHERE = new Place(null, null);
    }

    /** Preparing the review, recording appreciations, conclusion and validation, reopening it. */
    static boolean canRecord(Actor actor, String regionCode) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> true;
            case REGIONAL_COORDINATOR, REGIONAL_COUNCIL -> regionCode != null && regionCode.equals(actor.regionCode());
            default -> false;
        };
    }

    /** Reading every campus of the review. */
    static boolean readsWhole(Actor actor, String regionCode, Place place) {
        if (canRecord(actor, regionCode)) {
            return true;
        }
        return actor.role() == fr.passerelle.identity.Role.ACADEMY_REFERENT && regionCode != null && regionCode.equals(place.academyRegion());
    }

    /** Opening the review at all: the whole, or one's own campus in it. */
    static boolean canRead(Actor actor, String regionCode, Place place) {
        if (readsWhole(actor, regionCode, place)) {
            return true;
        }
        return actor.role() == fr.passerelle.identity.Role.OPERATIONAL_DIRECTOR && actor.campusId() != null && regionCode != null
                && regionCode.equals(place.campusRegion());
    }

    /** Whether the campus's line (figures, self-evaluation, appreciation) is shown to the actor. */
    static boolean seesCampus(Actor actor, String regionCode, Place place, UUID campusId) {
        if (readsWhole(actor, regionCode, place)) {
            return true;
        }
        return canRead(actor, regionCode, place) && campusId.equals(actor.campusId());
    }

    /**
     * Whether the actor sees the campus's values counted from too few rows: those who run the région, and the campus's
     * own director (as on the campus dashboard); the others see them masked.
     */
    static boolean seesMaskedValues(Actor actor, String regionCode, UUID campusId) {
        if (canRecord(actor, regionCode)) {
            return true;
        }
        return actor.role() == fr.passerelle.identity.Role.OPERATIONAL_DIRECTOR && campusId.equals(actor.campusId());
    }
}
