package fr.passerelle.jobs.candidates;

/**
 * What a candidate may consent to, each with the wording they read and its version: a new wording gets a new version,
 * and each consent keeps the version it was given under.
 */
enum ConsentPurpose {
    CV_BANK("Banque de CV", 1, "J’accepte que mon profil et mon CV soient consultés par les recruteur·ses des entreprises membres "
            + "d’un cluster partenaire, dans la banque de CV réservée à ses membres. Je vois qui l’a consulté."),
    ALERTS("Alertes", 1, "J’accepte de recevoir par e-mail les nouvelles offres d’emploi correspondant à mes recherches enregistrées."),
    FAIR_SHARING("Salons", 1, "J’accepte que mon profil soit transmis aux exposant·es d’un salon ou forum de l’emploi auquel je m’inscris.");

    private final String label;
    private final int version;
    private final String wording;

    ConsentPurpose(String label, int version, String wording) {
        this.label = label;
        this.version = version;
        this.wording = wording;
    }

    public String label() {
        return label;
    }

    public int version() {
        return version;
    }

    public String wording() {
        return wording;
    }

    /** The purpose named in a URL ({@code banque-cv}, {@code alertes}, {@code salons}). */
    public String slug() {
        return switch (this) {
            case CV_BANK -> "banque-cv";
            case ALERTS -> "alertes";
            case FAIR_SHARING -> "salons";
        };
    }

    static java.util.Optional<ConsentPurpose> ofSlug(String slug) {
        return java.util.Arrays.stream(values()).filter(p -> p.slug().equals(slug)).findFirst();
    }
}
