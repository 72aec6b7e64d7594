package fr.passerelle.training.catalogue;

/** Where a cluster's label of a training stands. */
public enum LabelStatus {
    IN_PROGRESS("labellisation en cours"),
    GRANTED("labellisée"),
    WITHDRAWN("label retiré");

    private final String label;

    LabelStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
