package fr.passerelle.labelling;

import java.util.UUID;

/** The promoters submitted the first version of a dossier: the regional opinions are awaited. */
record ApplicationSubmitted(UUID applicationId) {
}
