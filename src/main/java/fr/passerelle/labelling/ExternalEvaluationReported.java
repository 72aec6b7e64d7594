package fr.passerelle.labelling;

import java.util.UUID;

/** The evaluator filed the report and conclusion of an external evaluation. */
record ExternalEvaluationReported(UUID evaluationId) {
}
