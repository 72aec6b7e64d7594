package fr.passerelle.labelling;

import java.util.UUID;

/** The progress report of a label at mid-term is open, pre-filled: its promoters write it. */
record ProgressReportOpened(UUID applicationId) {
}
