package fr.passerelle.labelling;

import java.util.UUID;

/** The promoters submitted a new version in answer to a navette: the experts resume. */
record ApplicationResubmitted(UUID applicationId, int round) {
}
