package fr.passerelle.campus;

import fr.passerelle.identity.Actor;
import java.util.Collection;
import java.util.UUID;

/**
 * Who may do what with a campus of the registry. The national administrator may do everything; a regional
 * coordinator creates and edits the campuses of their région; an operational director edits their own campus;
 * an academic referent reads the back office of the campuses of their académie; partner members read that of the
 * campuses their organisation belongs to. Everything else is refused.
 */
final class CampusPermissions {

    private CampusPermissions() {
    }

    static boolean canCreateIn(Actor actor, String regionCode) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> true;
            case REGIONAL_COORDINATOR -> actor.regionCode() != null && actor.regionCode().equals(regionCode);
            default -> false;
        };
    }

    static boolean canCreateAny(Actor actor) {
        return actor.isNationalAdmin() || actor.role() == fr.passerelle.identity.Role.REGIONAL_COORDINATOR;
    }

    static boolean canEdit(Actor actor, UUID campusId, String regionCode) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> true;
            case REGIONAL_COORDINATOR -> actor.regionCode() != null && actor.regionCode().equals(regionCode);
            case OPERATIONAL_DIRECTOR -> campusId.equals(actor.campusId());
            default -> false;
        };
    }

    /**
     * Running the life of a campus (bodies and meetings, budget, action plan, calendar, documents): its operational
     * director, and the national administrator. Regional coordinators and academic referents oversee it read-only.
     */
    static boolean canManage(Actor actor, UUID campusId) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> true;
            case OPERATIONAL_DIRECTOR -> campusId.equals(actor.campusId());
            default -> false;
        };
    }

    /**
     * Reading a campus's back-office pages (its history): those who may edit it, the academic referent of its
     * académie, and members of an organisation that partners it.
     */
    static boolean canRead(Actor actor, UUID campusId, String regionCode, String academyCode,
                           Collection<UUID> campusesOfActorOrganisation) {
        if (canEdit(actor, campusId, regionCode)) {
            return true;
        }
        return switch (actor.role()) {
            case ACADEMY_REFERENT -> actor.academyCode() != null && actor.academyCode().equals(academyCode);
            case PARTNER_MEMBER -> campusesOfActorOrganisation.contains(campusId);
            default -> false;
        };
    }

    static boolean canImport(Actor actor) {
        return actor.isNationalAdmin();
    }
}
