package fr.passerelle.trades.curation;

import fr.passerelle.campus.CampusPagePanel.Panel;
import fr.passerelle.campus.PartnerPagePanel;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The trade sheets a cluster curates, on its public page, like a campus's on its own; absent while there is none. */
@Component
class ClusterTradesPanel implements PartnerPagePanel {

    private final TradeCuration curation;

    ClusterTradesPanel(TradeCuration curation) {
        this.curation = curation;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Panel> panel(OrganisationSummary organisation) {
        if (organisation.kind() != OrganisationKind.CLUSTER) {
            return Optional.empty();
        }
        List<TradeCuration.Entry> entries = curation.selection(Owner.cluster(organisation.id()));
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Panel("trades/curation/trades-panel",
                new CuratedTradesPanel.Data("/partenaires/" + organisation.id() + "/metiers", entries, "cluster")));
    }
}
