package fr.passerelle.demo;

import org.springframework.stereotype.Component;

/**
 * The clusters of the demo and their life, in order: the clusters and their members first (the accounts they use must
 * exist), then what each part of the clusters module adds to them.
 */
@Component
class DemoClusterLife {

    private final DemoClusters clusters;
    private final DemoSupport support;
    private final DemoCommissions commissions;
    private final DemoMatrix matrix;
    private final DemoSurveys surveys;

    DemoClusterLife(DemoClusters clusters, DemoSupport support, DemoCommissions commissions, DemoMatrix matrix,
                    DemoSurveys surveys) {
        this.surveys = surveys;
        this.matrix = matrix;
        this.clusters = clusters;
        this.support = support;
        this.commissions = commissions;
    }

    void load() {
        clusters.load();
        support.load();
        commissions.load();
        matrix.load();
        surveys.load();
    }
}
