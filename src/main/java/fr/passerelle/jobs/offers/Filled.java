package fr.passerelle.jobs.offers;

/** How a closed offer was filled, as its recruiter says when closing it (the cluster counts those filled through the platform). */
enum Filled {
    PLATFORM("Pourvue grâce à la plateforme"),
    OTHERWISE("Pourvue par un autre moyen"),
    NOT_FILLED("Non pourvue");

    private final String label;

    Filled(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
