package fr.passerelle.labelling;

import java.util.UUID;

/** The expert group gave its opinion on a progress report, which closes it. */
record ProgressReportReviewed(UUID applicationId) {
}
