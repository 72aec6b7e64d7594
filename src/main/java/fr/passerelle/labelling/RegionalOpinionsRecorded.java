package fr.passerelle.labelling;

import java.util.UUID;

/** The CAEN's and the Crefop's opinions are both recorded: the dossier goes to the experts. */
record RegionalOpinionsRecorded(UUID applicationId) {
}
