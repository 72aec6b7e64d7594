package fr.passerelle.training;

import java.util.UUID;

/**
 * One training of a campus: a diploma delivered by a partner establishment through one route, with the town where that
 * establishment teaches it (null when the directory has no commune for it).
 */
public record Training(UUID id, UUID campusId, Diploma diploma, UUID organisationId, String organisationName, TrainingRoute route,
                       Integer sinceYear, String town) {
}
