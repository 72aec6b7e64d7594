package fr.passerelle.campus;

import java.time.LocalDate;

/** The label a national administrator sets by correction, outside a labelling decision, and why. */
record LabelCorrection(LabelCategory category, LabelStatus status, Integer firstLabelYear, LocalDate validFrom,
                       LocalDate validUntil, String reason) {
}
