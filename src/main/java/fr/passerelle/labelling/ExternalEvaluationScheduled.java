package fr.passerelle.labelling;

import java.util.UUID;

/** An external evaluation was scheduled, or its date or evaluator changed ({@code rescheduled} when the evaluator stayed). */
record ExternalEvaluationScheduled(UUID evaluationId, UUID evaluatorId, boolean rescheduled) {
}
