package fr.passerelle.training.catalogue;

/** Why a cluster labels a training: a new training, or one being restructured with the cluster (Materialia, source 004). */
public enum LabelNature {
    NEW("formation nouvelle"),
    RESTRUCTURED("formation en restructuration");

    private final String label;

    LabelNature(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
