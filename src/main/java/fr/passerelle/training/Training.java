package fr.passerelle.training;

import java.util.UUID;

/** One training of a campus: a diploma delivered by a partner establishment through one route. */
public record Training(UUID id, UUID campusId, Diploma diploma, UUID organisationId, String organisationName, TrainingRoute route,
                       Integer sinceYear) {
}
