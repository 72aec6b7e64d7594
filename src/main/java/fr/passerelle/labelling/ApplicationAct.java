package fr.passerelle.labelling;

/**
 * The business acts on a dossier. Whether an act is possible depends on the dossier's step ({@link #possibleAt});
 * whether an actor may take it depends on their role and scope too ({@link ApplicationPermissions#allowedActs}). The
 * aggregate guards the first, the pages show only the acts the second allows.
 */
enum ApplicationAct {
    /** Write the criteria and attach documents. */
    WRITE("Le dossier ne se modifie plus."),
    /** Submit the first version. */
    SUBMIT("Le dossier a déjà été déposé."),
    /** Submit a new version with the answer to a navette. */
    RESUBMIT("Une nouvelle version se dépose en réponse à une navette."),
    RECORD_REGIONAL_OPINION("Les avis régionaux se saisissent une fois le dossier déposé, avant l'expertise."),
    ASSIGN_EXPERTS("Les experts s'affectent entre le dépôt et la synthèse."),
    SCORE("Le dossier n'est pas en expertise : les notes ne peuvent plus changer."),
    REQUEST_CHANGES("Une navette part pendant l'expertise."),
    RECORD_SYNTHESIS("La synthèse se rédige pendant l'expertise."),
    RECORD_CNEE_OPINION("L'avis du CNEE se saisit après la synthèse des experts."),
    DECIDE("La décision se prend après l'avis du CNEE."),
    /** Add accounts to (or remove them from) the promoters' team. */
    MANAGE_TEAM("Le dossier est clos : son équipe ne change plus."),
    /** Take again the annex « Indicateurs et auto-évaluation » of a report with today's data. */
    REFRESH_ANNEX("L’annexe est figée depuis le dépôt du rapport : elle ne s’actualise plus.");

    private final String refusal;

    ApplicationAct(String refusal) {
        this.refusal = refusal;
    }

    /** Why the act is refused at another step, in French. */
    String refusal() {
        return refusal;
    }

    /** Whether a dossier of this kind at this step allows the act, whoever asks. */
    boolean possibleAt(ApplicationStatus status, boolean progressReport) {
        return switch (this) {
            case WRITE -> status.isEditableByPromoters();
            case SUBMIT -> status == ApplicationStatus.DRAFT;
            case RESUBMIT -> status == ApplicationStatus.CHANGES_REQUESTED;
            case RECORD_REGIONAL_OPINION -> status == ApplicationStatus.SUBMITTED && !progressReport;
            case ASSIGN_EXPERTS -> status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.EXPERT_REVIEW
                    || status == ApplicationStatus.CHANGES_REQUESTED;
            case SCORE, REQUEST_CHANGES, RECORD_SYNTHESIS -> status == ApplicationStatus.EXPERT_REVIEW;
            case RECORD_CNEE_OPINION -> status == ApplicationStatus.AWAITING_CNEE && !progressReport;
            case DECIDE -> status == ApplicationStatus.AWAITING_DECISION && !progressReport;
            case MANAGE_TEAM -> !status.isClosed();
            case REFRESH_ANNEX -> status == ApplicationStatus.DRAFT && progressReport;
        };
    }
}
