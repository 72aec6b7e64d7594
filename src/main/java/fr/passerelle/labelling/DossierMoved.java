package fr.passerelle.labelling;

import java.util.UUID;

/** A dossier entered a new step of the chain. */
public record DossierMoved(UUID applicationId, ApplicationStatus from, ApplicationStatus to) {
}
