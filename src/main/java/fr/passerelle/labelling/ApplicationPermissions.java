package fr.passerelle.labelling;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what with a dossier. Promoters are the academic referent of its académie, the regional coordinator of
 * its région, the operational director of its campus and the accounts its promoters added to the team (the future
 * director of a new campus): they see their dossiers and write them while they are in their hands. The regional
 * coordinator also records the regional opinions (CAEN, Crefop). An expert sees only the dossiers assigned to them
 * that they have not declined, and scores them. The national administrator runs the chain: experts, navettes,
 * synthesis, CNEE opinion and decision. {@link #allowedActs} joins these rules to what the dossier's step allows.
 */
final class ApplicationPermissions {

    private ApplicationPermissions() {
    }

    /** The acts the actor may take on the dossier now; {@code activeExpert} tells whether they are assigned and did not decline. */
    static Set<ApplicationAct> allowedActs(Actor actor, ApplicationView dossier, boolean activeExpert) {
        Set<ApplicationAct> acts = EnumSet.noneOf(ApplicationAct.class);
        for (ApplicationAct act : ApplicationAct.values()) {
            if (act.possibleAt(dossier.status(), dossier.progressReport()) && mayTake(actor, act, dossier, activeExpert)) {
                acts.add(act);
            }
        }
        return acts;
    }

    /** Whether the actor's role and scope let them take the act, at whichever step. */
    static boolean mayTake(Actor actor, ApplicationAct act, ApplicationView dossier, boolean activeExpert) {
        return switch (act) {
            case WRITE, SUBMIT, RESUBMIT, MANAGE_TEAM -> isPromoter(actor, dossier);
            case RECORD_REGIONAL_OPINION -> canGiveRegionalOpinion(actor, dossier);
            case SCORE -> activeExpert;
            case ASSIGN_EXPERTS, REQUEST_CHANGES, RECORD_SYNTHESIS, RECORD_CNEE_OPINION, DECIDE -> runsTheChain(actor);
        };
    }

    static boolean isPromoter(Actor actor, ApplicationView dossier) {
        return dossier.team().contains(actor.accountId())
                || coversTerritory(actor, dossier.regionCode(), dossier.academyCode(), dossier.campusId());
    }

    /**
     * Whether a campus (or a project) of this région and académie falls in the actor's promoting scope: the academic
     * referent for their académie, the regional coordinator for their région, the operational director for their campus.
     */
    static boolean coversTerritory(Actor actor, String regionCode, String academyCode, UUID campusId) {
        return switch (actor.role()) {
            case ACADEMY_REFERENT -> academyCode.equals(actor.academyCode());
            case REGIONAL_COORDINATOR -> regionCode.equals(actor.regionCode());
            case OPERATIONAL_DIRECTOR -> campusId != null && campusId.equals(actor.campusId());
            default -> false;
        };
    }

    /** Whether the actor may open a dossier at all: academic referents and regional coordinators for projects, directors for their campus. */
    static boolean mayPromoteNewCampuses(Actor actor) {
        return actor.role() == Role.ACADEMY_REFERENT || actor.role() == Role.REGIONAL_COORDINATOR;
    }

    /** Whether the actor may read the dossier; {@code activeExpert} tells whether they are assigned and did not decline. */
    static boolean canRead(Actor actor, ApplicationView dossier, boolean activeExpert) {
        return actor.isNationalAdmin() || isPromoter(actor, dossier) || activeExpert;
    }

    /**
     * Whether the actor supports the writing of the dossier as an attached advisor ({@code attached}): an expert, while
     * the dossier is a draft. They read it and write in its advice thread; they neither write the dossier nor review it.
     */
    static boolean advises(Actor actor, ApplicationView dossier, boolean attached) {
        return attached && actor.role() == Role.EXPERT && dossier.status() == ApplicationStatus.DRAFT;
    }

    /** Whether the national administrator may attach or detach advisors: while the dossier is a draft. */
    static boolean mayManageAdvisors(Actor actor, ApplicationView dossier) {
        return runsTheChain(actor) && dossier.status() == ApplicationStatus.DRAFT;
    }

    static boolean canWrite(Actor actor, ApplicationView dossier) {
        return isPromoter(actor, dossier) && dossier.status().isEditableByPromoters();
    }

    static boolean canGiveRegionalOpinion(Actor actor, ApplicationView dossier) {
        return actor.isNationalAdmin() || actor.role() == Role.REGIONAL_COORDINATOR && dossier.regionCode().equals(actor.regionCode());
    }

    static boolean runsTheChain(Actor actor) {
        return actor.isNationalAdmin();
    }

    /** Reviewers see the reviewers' side of a dossier (tags, private notes, all scores): the administration and its active experts. */
    static boolean isReviewer(Actor actor, boolean activeExpert) {
        return actor.isNationalAdmin() || activeExpert;
    }
}
