package fr.passerelle.labelling;

import java.util.UUID;

/** The CNEE's opinion is recorded: the decision is awaited. */
record CneeOpinionRecorded(UUID applicationId) {
}
