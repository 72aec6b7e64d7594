package fr.passerelle.campus;

import fr.passerelle.identity.Actor;
import java.util.Collection;
import java.util.UUID;

/**
 * Who may do what with a campus of the registry. The national administrator may do everything; a regional
 * coordinator creates and edits the campuses of their région; an operational director edits their own campus;
 * an academic referent reads the back office of the campuses of their académie — a campus covering several académies
 * is read by the referent of each, as if it were theirs alone —, the Conseil régional's referent that of the campuses
 * of their région, a DREETS correspondent that of the campuses they follow: all three read everything of it, without
 * changing it; partner members read that of the campuses their organisation belongs to, but not its history, which
 * tells of everything. The label (category,
 * status, validity) changes through a labelling decision, or through the national administrator's correction.
 * Everything else is refused.
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
     * Reading a campus's back-office pages: those who may edit it, the academic referent of its académie, and members
     * of an organisation that partners it (who see there only the items opened to partners).
     */
    static boolean canRead(Actor actor, UUID campusId, String regionCode, Collection<String> academyCodes,
                           Collection<UUID> campusesOfActorOrganisation) {
        if (canEdit(actor, campusId, regionCode)) {
            return true;
        }
        return switch (actor.role()) {
            case ACADEMY_REFERENT, REGIONAL_COUNCIL, LABOUR_CORRESPONDENT -> overseesReadOnly(actor, campusId, regionCode, academyCodes);
            case PARTNER_MEMBER -> campusesOfActorOrganisation.contains(campusId);
            default -> false;
        };
    }

    /**
     * Reading everything of a campus — its history, which records every change of every item whatever its
     * visibility: those who may edit it (national administrator, regional coordinator of its région, its operational
     * director) and the academic referent of each of its académies. Partner members and members of its bodies, who see
     * only some items, do not.
     */
    static boolean canReadEverything(Actor actor, UUID campusId, String regionCode, Collection<String> academyCodes) {
        return canEdit(actor, campusId, regionCode) || overseesReadOnly(actor, campusId, regionCode, academyCodes);
    }

    /**
     * Those who oversee a campus without running it, and read everything of it: the academic referent of one of its
     * académies, the Conseil régional's referent of its région, the DREETS correspondent who follows it.
     */
    static boolean overseesReadOnly(Actor actor, UUID campusId, String regionCode, Collection<String> academyCodes) {
        return switch (actor.role()) {
            case ACADEMY_REFERENT -> isReferentOfOne(actor, academyCodes);
            case REGIONAL_COUNCIL -> actor.regionCode() != null && actor.regionCode().equals(regionCode);
            case LABOUR_CORRESPONDENT -> actor.follows(campusId);
            default -> false;
        };
    }

    /** Whether the actor's académie is one of the campus's académies (its main one or another). */
    private static boolean isReferentOfOne(Actor actor, Collection<String> academyCodes) {
        return actor.academyCode() != null && academyCodes.contains(actor.academyCode());
    }

    /** Correcting a campus's label outside a labelling decision, with a reason: the national administrator only. */
    static boolean canCorrectLabel(Actor actor) {
        return actor.isNationalAdmin();
    }

    static boolean canImport(Actor actor) {
        return actor.isNationalAdmin();
    }
}
