package fr.passerelle.labelling;

import java.util.UUID;

/** The reviewers sent the dossier back to its promoters with their requests (a navette). */
record ChangesRequested(UUID applicationId, int round) {
}
