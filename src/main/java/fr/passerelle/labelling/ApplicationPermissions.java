package fr.passerelle.labelling;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what with a dossier. Promoters are the academic referent of each of its académies, the regional coordinator of
 * its région, the operational director of its campus and the accounts its promoters added to the team (the future
 * director of a new campus): they see their dossiers and write them while they are in their hands. The two co-pilots
 * of the région record the regional opinions (ADR 0009): the région académique's coordination the CAEN's, the Conseil
 * régional's referent the Crefop's; the latter reads the dossiers of its région, and a DREETS correspondent those of the
 * campuses they follow, without writing them. An expert sees only the dossiers assigned to them
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
            case WRITE, SUBMIT, RESUBMIT, MANAGE_TEAM, REFRESH_ANNEX -> isPromoter(actor, dossier);
            case RECORD_REGIONAL_OPINION -> canGiveRegionalOpinion(actor, dossier);
            case SCORE -> activeExpert;
            case ASSIGN_EXPERTS, REQUEST_CHANGES, RECORD_SYNTHESIS, RECORD_CNEE_OPINION, DECIDE -> runsTheChain(actor);
        };
    }

    static boolean isPromoter(Actor actor, ApplicationView dossier) {
        return dossier.team().contains(actor.accountId())
                || coversTerritory(actor, dossier.regionCode(), dossier.academyCodes(), dossier.campusId());
    }

    /**
     * Whether a campus (or a project) of this région and these académies falls in the actor's promoting scope: the
     * academic referent of any of its académies (each, for a campus common to several, as for a campus of theirs alone),
     * the regional coordinator for their région, the operational director for their campus.
     */
    static boolean coversTerritory(Actor actor, String regionCode, Collection<String> academyCodes, UUID campusId) {
        return switch (actor.role()) {
            case ACADEMY_REFERENT -> actor.academyCode() != null && academyCodes.contains(actor.academyCode());
            case REGIONAL_COORDINATOR -> regionCode.equals(actor.regionCode());
            case OPERATIONAL_DIRECTOR -> campusId != null && campusId.equals(actor.campusId());
            default -> false;
        };
    }

    /**
     * Whether the actor follows the label a granted dossier gave, and may ask its promoters for a stage report (« point
     * d'étape »): the academic referent of one of its académies, the regional coordinator of its région (the promoting
     * scope of {@link #coversTerritory}, but the campus's own director, who writes the reports) and the national
     * administration, who runs the chain.
     */
    static boolean followsLabel(Actor actor, ApplicationView granted) {
        return runsTheChain(actor) || actor.role() != Role.OPERATIONAL_DIRECTOR
                && coversTerritory(actor, granted.regionCode(), granted.academyCodes(), granted.campusId());
    }

    /** Whether the actor may open a dossier at all: academic referents and regional coordinators for projects, directors for their campus. */
    static boolean mayPromoteNewCampuses(Actor actor) {
        return actor.role() == Role.ACADEMY_REFERENT || actor.role() == Role.REGIONAL_COORDINATOR;
    }

    /** Whether the actor may read the dossier; {@code activeExpert} tells whether they are assigned and did not decline. */
    static boolean canRead(Actor actor, ApplicationView dossier, boolean activeExpert) {
        return actor.isNationalAdmin() || isPromoter(actor, dossier) || activeExpert || followsFromTheRegion(actor, dossier);
    }

    /**
     * The co-pilot and the State service who follow a dossier without writing it: the Conseil régional's referent for
     * the dossiers of its région, the DREETS correspondent for those of the campuses they follow.
     */
    static boolean followsFromTheRegion(Actor actor, ApplicationView dossier) {
        return switch (actor.role()) {
            case REGIONAL_COUNCIL -> dossier.regionCode().equals(actor.regionCode());
            case LABOUR_CORRESPONDENT -> actor.follows(dossier.campusId());
            default -> false;
        };
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

    /** Whether the actor records one of the regional opinions of the dossier (see {@link #recordsOpinionOf}). */
    static boolean canGiveRegionalOpinion(Actor actor, ApplicationView dossier) {
        return recordsOpinionOf(actor, OpinionBody.CAEN, dossier) || recordsOpinionOf(actor, OpinionBody.CREFOP, dossier);
    }

    /**
     * Who records a regional opinion (ADR 0009): the CAEN's, the rectorat side — the région académique's coordination of
     * the dossier's région; the Crefop's, the Conseil régional's referent of that région; either, the national
     * administration standing in. Other bodies' opinions are not regional.
     */
    static boolean recordsOpinionOf(Actor actor, OpinionBody body, ApplicationView dossier) {
        if (!body.regional()) {
            return false;
        }
        if (actor.isNationalAdmin()) {
            return true;
        }
        Role recorder = body == OpinionBody.CAEN ? Role.REGIONAL_COORDINATOR : Role.REGIONAL_COUNCIL;
        return actor.role() == recorder && dossier.regionCode().equals(actor.regionCode());
    }

    static boolean runsTheChain(Actor actor) {
        return actor.isNationalAdmin();
    }

    /** Reviewers see the reviewers' side of a dossier (tags, private notes, all scores): the administration and its active experts. */
    static boolean isReviewer(Actor actor, boolean activeExpert) {
        return actor.isNationalAdmin() || activeExpert;
    }
}
