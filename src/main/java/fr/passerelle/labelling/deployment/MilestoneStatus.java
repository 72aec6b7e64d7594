package fr.passerelle.labelling.deployment;

import java.time.LocalDate;

/** Where a milestone stands on a given day: done, to come, or overdue (its planned day passed and it is not done). */
enum MilestoneStatus {
    DONE("Fait", "fr-badge--success"),
    PLANNED("Prévu", "fr-badge--info"),
    OVERDUE("En retard", "fr-badge--error");

    private final String label;
    private final String badgeClass;

    MilestoneStatus(String label, String badgeClass) {
        this.label = label;
        this.badgeClass = badgeClass;
    }

    public String label() {
        return label;
    }

    public String badgeClass() {
        return badgeClass;
    }

    /** The status of a milestone planned on {@code plannedOn} and done on {@code doneOn} (null while not done), seen on {@code today}. */
    static MilestoneStatus of(LocalDate plannedOn, LocalDate doneOn, LocalDate today) {
        if (doneOn != null) {
            return DONE;
        }
        return plannedOn.isBefore(today) ? OVERDUE : PLANNED;
    }
}
