package fr.passerelle.labelling;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.UUID;

/**
 * Who does what with the external evaluation of an Excellence label: the national administration schedules, changes and
 * cancels it; the evaluator it appointed (an expert) files the report, the administration may file it for them; they
 * read it, and so do those who read everything of the campus (its direction, the academic referents of its académies, the
 * co-pilots of its région, the DREETS correspondent who follows it).
 */
final class ExternalEvaluationPermissions {

    private ExternalEvaluationPermissions() {
    }

    static boolean mayPlan(Actor actor) {
        return actor.isNationalAdmin();
    }

    static boolean mayReport(Actor actor, UUID evaluatorId) {
        return actor.isNationalAdmin() || isEvaluator(actor, evaluatorId);
    }

    static boolean mayRead(Actor actor, UUID evaluatorId, boolean readsEverythingOfTheCampus) {
        return actor.isNationalAdmin() || isEvaluator(actor, evaluatorId) || readsEverythingOfTheCampus;
    }

    /** The list of evaluations: the administration, experts (their own), and the overseers of campuses (theirs). */
    static boolean mayList(Actor actor) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN, EXPERT, REGIONAL_COORDINATOR, REGIONAL_COUNCIL, ACADEMY_REFERENT, LABOUR_CORRESPONDENT, OPERATIONAL_DIRECTOR -> true;
            default -> false;
        };
    }

    private static boolean isEvaluator(Actor actor, UUID evaluatorId) {
        return actor.role() == Role.EXPERT && actor.accountId() != null && actor.accountId().equals(evaluatorId);
    }
}
