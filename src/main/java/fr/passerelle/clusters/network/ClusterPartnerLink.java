package fr.passerelle.clusters.network;

import fr.passerelle.campus.CampusPagePanel;
import fr.passerelle.campus.PartnerPagePanel;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** On a partner's public page, the link to its page in the directory of clusters, when it is a published cluster. */
@Component
class ClusterPartnerLink implements PartnerPagePanel {

    private final Clusters clusters;

    ClusterPartnerLink(Clusters clusters) {
        this.clusters = clusters;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<CampusPagePanel.Panel> panel(OrganisationSummary organisation) {
        if (organisation.kind() != OrganisationKind.CLUSTER) {
            return Optional.empty();
        }
        return clusters.cluster(organisation.id()).filter(ClusterCard::published)
                .map(card -> new CampusPagePanel.Panel("clusters/network/partner-link", card));
    }
}
