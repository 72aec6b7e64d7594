package fr.passerelle.directory;

import fr.passerelle.identity.Actor;
import java.util.Set;
import java.util.UUID;

/**
 * Who may register and edit organisations, and the people who work for them. Those who manage campuses and their
 * partners register organisations. The national administrator edits any. A regional coordinator edits those located
 * in their région and, among those with no commune, those whose campuses all lie in their région (an organisation
 * that partners only campuses of one région is that région's business). A partner member or a recruiter edits their
 * own organisation. Scope never falls open on a missing field: an organisation with no commune and no campus, or
 * with campuses in several régions, is edited by the national administrator (and its own members) only. The partners,
 * contacts and partnership agreements of a campus are edited by those who edit the campus: the national administrator,
 * the regional coordinator of its région and its operational director.
 */
final class DirectoryPermissions {

    private DirectoryPermissions() {
    }

    static boolean canRegister(Actor actor) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN, REGIONAL_COORDINATOR, ACADEMY_REFERENT, OPERATIONAL_DIRECTOR -> true;
            default -> false;
        };
    }

    /**
     * @param regionCode    the région the organisation is located in, null when it has no commune
     * @param campusRegions the régions of the campuses the organisation is a member of
     */
    static boolean canEdit(Actor actor, UUID organisationId, String regionCode, Set<String> campusRegions) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> true;
            case REGIONAL_COORDINATOR -> actor.regionCode() != null && (regionCode != null
                    ? regionCode.equals(actor.regionCode())
                    : campusRegions.equals(Set.of(actor.regionCode())));
            case PARTNER_MEMBER, COMPANY_RECRUITER, CLUSTER_STAFF -> organisationId.equals(actor.organisationId());
            default -> false;
        };
    }

    /** Editing the partners, contacts and agreements of a campus located in {@code campusRegion}. */
    static boolean canEditMembersOf(Actor actor, UUID campusId, String campusRegion) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> true;
            case REGIONAL_COORDINATOR -> actor.regionCode() != null && actor.regionCode().equals(campusRegion);
            case OPERATIONAL_DIRECTOR -> campusId.equals(actor.campusId());
            default -> false;
        };
    }
}
