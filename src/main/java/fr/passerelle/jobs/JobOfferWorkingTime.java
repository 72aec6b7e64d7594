package fr.passerelle.jobs;

/** Full or part time, with schema.org's {@code employmentType} value. */
public enum JobOfferWorkingTime {
    FULL_TIME("Temps plein"),
    PART_TIME("Temps partiel");

    private final String label;

    JobOfferWorkingTime(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
