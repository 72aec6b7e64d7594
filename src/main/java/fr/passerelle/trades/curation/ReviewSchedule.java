package fr.passerelle.trades.curation;

import java.time.LocalDate;

/**
 * The yearly review of a curated sheet (EuroSIMA updates its sheets every year): a sheet not reviewed for more than a
 * year — counted from its last review, or from the day it was added while it has none — is overdue, and its pages say
 * « Revue annuelle en retard ». The day is the platform's (its clock, in its time zone).
 */
final class ReviewSchedule {

    private ReviewSchedule() {
    }

    static boolean isOverdue(LocalDate reviewedOn, LocalDate addedOn, LocalDate today) {
        LocalDate since = reviewedOn != null ? reviewedOn : addedOn;
        return since.plusYears(1).isBefore(today);
    }

    /** The day the next review is due. */
    static LocalDate dueOn(LocalDate reviewedOn, LocalDate addedOn) {
        return (reviewedOn != null ? reviewedOn : addedOn).plusYears(1);
    }
}
