package fr.passerelle.labelling;

/** Who gives an opinion on a dossier. */
public enum OpinionBody {
    CAEN("CAEN", "Conseil académique de l’éducation nationale"),
    CREFOP("Crefop", "Comité régional de l’emploi, de la formation et de l’orientation professionnelles"),
    EXPERT_GROUP("Groupe d’expertise", "Synthèse du groupe interministériel d’expertise"),
    CNEE("CNEE", "Conseil national éducation-économie");

    private final String label;
    private final String fullName;

    OpinionBody(String label, String fullName) {
        this.label = label;
        this.fullName = fullName;
    }

    public String label() {
        return label;
    }

    public String fullName() {
        return fullName;
    }

    public boolean regional() {
        return this == CAEN || this == CREFOP;
    }
}
