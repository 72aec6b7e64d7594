package fr.passerelle.labelling;

import java.util.UUID;

/** The label is refused, with its reasons. */
record LabelRefused(UUID applicationId) {
}
