package fr.passerelle.labelling;

/** The steps of a dossier, from the promoters' draft to the decision. */
public enum ApplicationStatus {
    DRAFT("Brouillon", "Les porteurs rédigent le dossier."),
    SUBMITTED("Avis régionaux", "Le dossier est déposé ; le CAEN et le Crefop rendent leur avis."),
    EXPERT_REVIEW("Expertise", "Le groupe interministériel d’expertise évalue le dossier."),
    CHANGES_REQUESTED("Navette", "Les experts ont demandé des compléments ; les porteurs révisent le dossier."),
    AWAITING_CNEE("Avis du CNEE", "La synthèse des experts est rendue ; le CNEE rend son avis."),
    AWAITING_DECISION("Décision", "La décision interministérielle est attendue."),
    GRANTED("Labellisé", "Le label est accordé."),
    REFUSED("Non retenu", "Le label n’est pas accordé."),
    REVIEWED("Rapport examiné", "Le groupe d’expertise a rendu son avis sur le rapport d’étape.");

    private final String label;
    private final String description;

    ApplicationStatus(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The step of the chain, from 1 (writing) to 6 (decided), for the stepper. */
    public int stepNumber() {
        return switch (this) {
            case DRAFT -> 1;
            case SUBMITTED -> 2;
            case EXPERT_REVIEW, CHANGES_REQUESTED -> 3;
            case AWAITING_CNEE -> 4;
            case AWAITING_DECISION -> 5;
            case GRANTED, REFUSED, REVIEWED -> 6;
        };
    }

    public static final int STEPS = 6;

    /** What comes next, for the stepper; null once decided. */
    public String nextStep() {
        return switch (this) {
            case DRAFT -> "Avis régionaux (CAEN et Crefop)";
            case SUBMITTED -> "Expertise";
            case EXPERT_REVIEW, CHANGES_REQUESTED -> "Avis du CNEE";
            case AWAITING_CNEE -> "Décision interministérielle";
            case AWAITING_DECISION -> "Label accordé ou refusé";
            case GRANTED, REFUSED, REVIEWED -> null;
        };
    }

    /** The DSFR badge of the step: success once labelled, error once refused, information otherwise. */
    public String badgeClass() {
        return switch (this) {
            case GRANTED -> "fr-badge--success";
            case REFUSED -> "fr-badge--error";
            default -> "fr-badge--info";
        };
    }

    public boolean isClosed() {
        return this == GRANTED || this == REFUSED || this == REVIEWED;
    }

    /** Whether the promoters may change the dossier's text and attachments. */
    public boolean isEditableByPromoters() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
