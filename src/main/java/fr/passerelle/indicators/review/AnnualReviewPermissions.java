package fr.passerelle.indicators.review;

import fr.passerelle.identity.Actor;
import java.util.UUID;

/**
 * Who does what with a campus's annual review, in plain Java. Reading it is reading the campus's back office in full
 * ({@code CampusRegistry.canReadEverything}: its director, its co-pilots of the région, its academic referents, its
 * DREETS correspondent, the national administration), decided by the campus module and passed in here. The campus's
 * operational director, or the national administration, comments and submits it; the academic referent of the
 * campus's main académie acknowledges it or sends it back. The list of an académie's reviews opens to its referents and
 * to the national administration. Everything else is refused.
 */
final class AnnualReviewPermissions {

    private AnnualReviewPermissions() {
    }

    /** Reading a campus's reviews, their PDF included: whoever reads everything of the campus. */
    static boolean canRead(boolean readsEverythingOfCampus) {
        return readsEverythingOfCampus;
    }

    /** Commenting and submitting: the campus's own operational director, or the national administration. */
    static boolean canWrite(Actor actor, UUID campusId) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> true;
            case OPERATIONAL_DIRECTOR -> campusId != null && campusId.equals(actor.campusId());
            default -> false;
        };
    }

    /** Acknowledging or sending back: the academic referent of the campus's main académie. */
    static boolean canAcknowledge(Actor actor, String campusMainAcademy) {
        return switch (actor.role()) {
            case ACADEMY_REFERENT -> actor.academyCode() != null && actor.academyCode().equals(campusMainAcademy);
            default -> false;
        };
    }

    /** The list of the reviews of an académie's campuses: its referents, and the national administration. */
    static boolean canListAcademy(Actor actor, String academyCode) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> true;
            case ACADEMY_REFERENT -> actor.academyCode() != null && actor.academyCode().equals(academyCode);
            default -> false;
        };
    }
}
