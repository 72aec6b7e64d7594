package fr.passerelle.labelling;

import java.time.LocalDate;

/**
 * A dated milestone of a project's support calendar, as entered: its step, the day it is planned, the day it was done
 * (none while it is to come), the signatory of a support letter, and a note.
 */
public record SupportMilestone(SupportStep step, LocalDate plannedOn, LocalDate doneOn, String signatory, String note) {
}
