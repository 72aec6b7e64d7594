package fr.passerelle.labelling;

/**
 * A step of the support calendar of a campus project towards the label, as source 001 lists them: « études de la
 * Direccte ou du Carif-Oref / réunions avec les différents partenaires / lettres d'accompagnement / passage devant le
 * Crefop et le CAEN », and the submission of the dossier. {@link #opinionBody} ties a passage to the regional opinion a
 * dossier records.
 */
public enum SupportStep {
    DREETS_STUDY("Étude de la DREETS (ex-Direccte)"),
    CARIF_OREF_STUDY("Étude du Carif-Oref"),
    PARTNERS_MEETING("Réunion avec les partenaires"),
    SUPPORT_LETTER("Lettre d’accompagnement"),
    CREFOP_PASSAGE("Passage devant le Crefop"),
    CAEN_PASSAGE("Passage devant le CAEN"),
    SUBMISSION("Dépôt du dossier");

    private final String label;

    SupportStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The regional body whose opinion this passage is, or null. */
    public OpinionBody opinionBody() {
        return switch (this) {
            case CREFOP_PASSAGE -> OpinionBody.CREFOP;
            case CAEN_PASSAGE -> OpinionBody.CAEN;
            default -> null;
        };
    }
}
