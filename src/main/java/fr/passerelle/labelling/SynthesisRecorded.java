package fr.passerelle.labelling;

import java.util.UUID;

/** The expert group's synthesis is recorded: the CNEE's opinion is awaited. */
record SynthesisRecorded(UUID applicationId) {
}
