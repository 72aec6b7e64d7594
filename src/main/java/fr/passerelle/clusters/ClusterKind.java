package fr.passerelle.clusters;

/** What kind of network a cluster is (source 000's « yellow pages »: clusters, pôles, accelerators, incubators). */
public enum ClusterKind {
    COMPETITIVENESS_CLUSTER("Pôle de compétitivité", "Pôles de compétitivité"),
    BUSINESS_CLUSTER("Grappe d'entreprises", "Grappes d'entreprises"),
    REGIONAL_CLUSTER("Cluster régional", "Clusters régionaux"),
    ECONOMIC_COOPERATION_HUB("Pôle territorial de coopération économique (PTCE)", "PTCE"),
    ACCELERATOR("Accélérateur", "Accélérateurs"),
    INCUBATOR("Incubateur", "Incubateurs");

    private final String label;
    private final String pluralLabel;

    ClusterKind(String label, String pluralLabel) {
        this.label = label;
        this.pluralLabel = pluralLabel;
    }

    public String label() {
        return label;
    }

    public String pluralLabel() {
        return pluralLabel;
    }
}
