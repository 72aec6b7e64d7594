package fr.passerelle.clusters.matrix;

/**
 * The axes of a cluster's skills matrix besides the trades (ROME job titles): the key skills (« uniquement les
 * « clés » », each a ROME skill the cluster picked), the activities (the value chain, « des études avant-projet au
 * parachèvement ») and the markets (« aéronautique, automobile, ferroviaire, nucléaire, oil and gas »).
 */
enum MatrixAxis {
    SKILL("Compétences clés", "compétence clé", "skill"),
    ACTIVITY("Activités", "activité", "activity"),
    MARKET("Marchés", "marché", "market");

    private final String title;
    private final String one;
    private final String parameter;

    MatrixAxis(String title, String one, String parameter) {
        this.title = title;
        this.one = one;
        this.parameter = parameter;
    }

    public String title() {
        return title;
    }

    /** The French word for one value (« compétence clé »). */
    public String one() {
        return one;
    }

    /** The name of the search parameter of this axis. */
    public String parameter() {
        return parameter;
    }

    /** The column of {@code cluster_matrix_entry} holding the ids ticked on this axis. */
    String column() {
        return switch (this) {
            case SKILL -> "skills";
            case ACTIVITY -> "activities";
            case MARKET -> "markets";
        };
    }
}
