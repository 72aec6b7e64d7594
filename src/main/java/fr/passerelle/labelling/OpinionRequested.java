package fr.passerelle.labelling;

import java.util.UUID;

/** The national administration asked the regional coordination for the CAEN and Crefop opinions a dossier awaits. */
record OpinionRequested(UUID applicationId) {
}
