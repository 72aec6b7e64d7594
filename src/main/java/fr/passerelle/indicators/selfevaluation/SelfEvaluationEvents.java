package fr.passerelle.indicators.selfevaluation;

import java.util.UUID;

/** What happened to a self-evaluation, for the notices telling the next actor. */
final class SelfEvaluationEvents {

    private SelfEvaluationEvents() {
    }

    record Submitted(UUID selfEvaluationId) {
    }

    record Forwarded(UUID selfEvaluationId) {
    }

    record SentBack(UUID selfEvaluationId, SelfEvaluation.ReturnedBy by, String comment) {
    }

    record Validated(UUID selfEvaluationId) {
    }
}
