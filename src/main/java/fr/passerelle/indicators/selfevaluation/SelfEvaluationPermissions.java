package fr.passerelle.indicators.selfevaluation;

import fr.passerelle.identity.Actor;
import java.util.UUID;

/**
 * Who does what in the yearly self-evaluation campaign, in plain Java. The national administrator opens, extends and
 * closes campaigns and reads every self-evaluation (marking the validated ones read); the campus's operational
 * director drafts and submits its own; the academic referent of the campus's main académie reviews and forwards it or
 * sends it back; the regional coordinator of its région records the regional strategic committee's validation or sends
 * it back. Reading a self-evaluation is reading the campus's back office in full ({@code CampusRegistry.canReadEverything}),
 * decided by the campus module and passed in here. Everything else is refused.
 */
final class SelfEvaluationPermissions {

    private SelfEvaluationPermissions() {
    }

    /** Opening, extending and closing a campaign, adding campuses to it. */
    static boolean canRunCampaigns(Actor actor) {
        return actor.isNationalAdmin();
    }

    /** The campaigns list opens to those who follow campuses: every role reading a campus's back office in full. */
    static boolean canListCampaigns(Actor actor) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN, REGIONAL_COORDINATOR, REGIONAL_COUNCIL, ACADEMY_REFERENT, OPERATIONAL_DIRECTOR, LABOUR_CORRESPONDENT -> true;
            default -> false;
        };
    }

    /** Reading a campus's self-evaluation: whoever reads everything of the campus. */
    static boolean canRead(boolean readsEverythingOfCampus) {
        return readsEverythingOfCampus;
    }

    /** Drafting and submitting: the campus's own operational director only. */
    static boolean canDraft(Actor actor, UUID campusId) {
        return switch (actor.role()) {
            case OPERATIONAL_DIRECTOR -> campusId != null && campusId.equals(actor.campusId());
            default -> false;
        };
    }

    /** Reviewing (forwarding or sending back): the academic referent of the campus's main académie. */
    static boolean canReview(Actor actor, String campusMainAcademy) {
        return switch (actor.role()) {
            case ACADEMY_REFERENT -> actor.academyCode() != null && actor.academyCode().equals(campusMainAcademy);
            default -> false;
        };
    }

    /** Recording the regional strategic committee's validation, or sending back: the regional coordinator of the campus's région. */
    static boolean canValidate(Actor actor, String campusRegion) {
        return switch (actor.role()) {
            case REGIONAL_COORDINATOR -> actor.regionCode() != null && actor.regionCode().equals(campusRegion);
            default -> false;
        };
    }

    /** Marking a validated self-evaluation read by the national level. */
    static boolean canMarkRead(Actor actor) {
        return actor.isNationalAdmin();
    }
}
