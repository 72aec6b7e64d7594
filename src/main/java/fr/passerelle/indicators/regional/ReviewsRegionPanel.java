package fr.passerelle.indicators.regional;

import fr.passerelle.governance.RegionPagePanel;
import fr.passerelle.identity.Actor;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On the page of a région's co-piloting, the link to the regional strategic committee's yearly reviews, for those who may open them. */
@Component
class ReviewsRegionPanel implements RegionPagePanel {

    private final RegionalReviewService service;

    ReviewsRegionPanel(RegionalReviewService service) {
        this.service = service;
    }

    @Override
    public int order() {
        return 10;
    }

    record Data(String regionCode) {
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Panel> panel(Actor actor, String regionCode) {
        return service.mayRead(actor, regionCode) ? Optional.of(new Panel("indicators/regional/region-panel", new Data(regionCode))) : Optional.empty();
    }
}
