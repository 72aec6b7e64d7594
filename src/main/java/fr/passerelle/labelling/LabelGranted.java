package fr.passerelle.labelling;

import java.util.UUID;

/** The label is granted: the campus is labelled for four years. */
record LabelGranted(UUID applicationId) {
}
