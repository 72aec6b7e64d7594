package fr.passerelle.labelling;

import java.util.List;
import java.util.UUID;

/** Experts were attached to a draft to support its writing (« appui à la construction »), apart from the formal review. */
record AdvisorsAttached(UUID applicationId, List<UUID> expertIds) {
}
