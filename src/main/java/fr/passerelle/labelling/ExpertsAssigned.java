package fr.passerelle.labelling;

import java.util.List;
import java.util.UUID;

/** Experts were assigned to a dossier. */
record ExpertsAssigned(UUID applicationId, List<UUID> expertIds) {
}
