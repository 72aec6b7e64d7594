package fr.passerelle.labelling;

import fr.passerelle.identity.Actor;

/**
 * Who may do what with a dossier. Promoters are the academic referent of its académie, the regional coordinator of
 * its région, the operational director of its campus and the accounts its promoters added to the team (the future
 * director of a new campus): they see their dossiers and write them while they are in
 * their hands. The regional coordinator also records the regional opinions (CAEN, Crefop). An expert sees only the
 * dossiers assigned to them that they have not declined. The national administrator runs the chain: experts, navettes,
 * synthesis, CNEE opinion and decision.
 */
final class ApplicationPermissions {

    private ApplicationPermissions() {
    }

    static boolean isPromoter(Actor actor, ApplicationView dossier) {
        return dossier.team().contains(actor.accountId())
                || coversTerritory(actor, dossier.regionCode(), dossier.academyCode(), dossier.campusId());
    }

    /**
     * Whether a campus (or a project) of this région and académie falls in the actor's promoting scope: the academic
     * referent for their académie, the regional coordinator for their région, the operational director for their campus.
     */
    static boolean coversTerritory(Actor actor, String regionCode, String academyCode, java.util.UUID campusId) {
        return switch (actor.role()) {
            case ACADEMY_REFERENT -> academyCode.equals(actor.academyCode());
            case REGIONAL_COORDINATOR -> regionCode.equals(actor.regionCode());
            case OPERATIONAL_DIRECTOR -> campusId != null && campusId.equals(actor.campusId());
            default -> false;
        };
    }

    /** Whether the actor may read the dossier; {@code activeExpert} tells whether they are assigned and did not decline. */
    static boolean canRead(Actor actor, ApplicationView dossier, boolean activeExpert) {
        return actor.isNationalAdmin() || isPromoter(actor, dossier) || activeExpert;
    }

    static boolean canWrite(Actor actor, ApplicationView dossier) {
        return isPromoter(actor, dossier) && dossier.status().isEditableByPromoters();
    }

    static boolean canGiveRegionalOpinion(Actor actor, ApplicationView dossier) {
        return actor.isNationalAdmin()
                || actor.role() == fr.passerelle.identity.Role.REGIONAL_COORDINATOR && dossier.regionCode().equals(actor.regionCode());
    }

    static boolean runsTheChain(Actor actor) {
        return actor.isNationalAdmin();
    }
}
