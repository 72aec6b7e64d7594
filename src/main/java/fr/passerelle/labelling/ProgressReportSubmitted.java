package fr.passerelle.labelling;

import java.util.UUID;

/** The promoters submitted their progress report: the expert group examines it. */
record ProgressReportSubmitted(UUID applicationId, int round) {
}
