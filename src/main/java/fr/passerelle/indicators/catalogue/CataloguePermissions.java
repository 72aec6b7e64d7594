package fr.passerelle.indicators.catalogue;

import fr.passerelle.identity.Actor;

/**
 * Who may do what with the indicator catalogue. Everyone in the back office who deals with campuses reads it — the
 * national administration, the regional coordination and the Conseil régional's referent, academic referents, DREETS
 * correspondents and operational directors —, not experts, partner members nor company recruiters. The national
 * administration alone adds, edits and retires indicators. The optional indicators an académie tracks are chosen by
 * that académie's referent, or by the national administration. (Declaring a campus's values follows the campus's own
 * rules: who runs it declares, who reads everything of it reads them — {@code campus.CampusRegistry}.)
 */
final class CataloguePermissions {

    private CataloguePermissions() {
    }

    static boolean canRead(Actor actor) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN, REGIONAL_COORDINATOR, REGIONAL_COUNCIL, ACADEMY_REFERENT, LABOUR_CORRESPONDENT, OPERATIONAL_DIRECTOR -> true;
            case EXPERT, PARTNER_MEMBER, COMPANY_RECRUITER, CLUSTER_STAFF, CANDIDATE -> false;
        };
    }

    static boolean canManage(Actor actor) {
        return actor.isNationalAdmin();
    }

    static boolean canChooseFor(Actor actor, String academyCode) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> true;
            case ACADEMY_REFERENT -> actor.academyCode() != null && actor.academyCode().equals(academyCode);
            default -> false;
        };
    }
}
