package fr.passerelle.trades.curation;

import fr.passerelle.trades.TradeSheetPanel;
import fr.passerelle.trades.TradeSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** On the public ROME sheet of a trade: the campuses and clusters that present it, each linking to its enriched sheet. */
@Component
class CuratedSheetsPanel implements TradeSheetPanel {

    private final TradeCuration curation;

    CuratedSheetsPanel(TradeCuration curation) {
        this.curation = curation;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Panel> panel(TradeSummary trade) {
        List<TradeCuration.Presenter> presenters = curation.presenters(trade.code());
        return presenters.isEmpty() ? Optional.empty() : Optional.of(new Panel("trades/curation/presenters-panel", presenters));
    }
}
