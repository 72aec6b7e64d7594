package fr.passerelle.trades.curation;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusPagePanel;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The trade sheets a campus curates, on its public page: the first of them and the link to the whole selection; absent while there is none. */
@Component
class CuratedTradesPanel implements CampusPagePanel {

    private final TradeCuration curation;

    CuratedTradesPanel(TradeCuration curation) {
        this.curation = curation;
    }

    @Override
    public int order() {
        return 16;
    }

    @Override
    public Optional<Panel> panel(CampusCard campus) {
        List<TradeCuration.Entry> entries = curation.selection(Owner.campus(campus.id()));
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Panel("trades/curation/trades-panel", new Data("/campus/" + campus.slug() + "/metiers", entries, "campus")));
    }

    /** What the panel shows; {@code noun} names the owner ("campus", "cluster") in its sentences. */
    public record Data(String path, List<TradeCuration.Entry> entries, String noun) {
    }
}
