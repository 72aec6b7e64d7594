package fr.passerelle.directory;

import fr.passerelle.identity.Actor;
import java.util.UUID;

/**
 * Who may register and edit organisations. Those who manage campuses and their partners register them; the
 * national administrator edits any; a regional coordinator edits those located in their région (or nowhere yet);
 * a partner member or a recruiter edits their own organisation.
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

    /** @param regionCode the région the organisation is located in, null when it has no commune */
    static boolean canEdit(Actor actor, UUID organisationId, String regionCode) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> true;
            case REGIONAL_COORDINATOR -> regionCode == null || regionCode.equals(actor.regionCode());
            case PARTNER_MEMBER, COMPANY_RECRUITER -> organisationId.equals(actor.organisationId());
            default -> false;
        };
    }
}
