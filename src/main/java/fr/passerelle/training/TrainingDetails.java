package fr.passerelle.training;

import java.util.UUID;

/** A training to add to a campus: the diploma's CFD code, the establishment that delivers it, the route, the year it opened (optional). */
public record TrainingDetails(String diplomaCode, UUID organisationId, TrainingRoute route, Integer sinceYear) {
}
