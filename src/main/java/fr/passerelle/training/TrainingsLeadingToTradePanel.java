package fr.passerelle.training;

import fr.passerelle.trades.TradeSheetPanel;
import fr.passerelle.trades.TradeSummary;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * On a trade sheet, the trainings that lead to the trade (their RNCP certifications name its ROME v3 parent): every
 * one of the catalogue on the national sheet, the campus's own on a campus's sheet.
 */
@Component
class TrainingsLeadingToTradePanel implements TradeSheetPanel {

    /** The national sheet lists at most this many trainings, the nearest levels first, and links to the search for the rest. */
    static final int SHOWN = 30;

    private final TrainingCatalogue catalogue;

    TrainingsLeadingToTradePanel(TrainingCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** What the fragment shows: the title, the trainings, and whether more exist than are shown. */
    record Trainings(String title, String introduction, List<CatalogueTraining> trainings, int total) {

        public boolean truncated() {
            return total > trainings.size();
        }
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Panel> panel(TradeSummary trade) {
        List<CatalogueTraining> all = catalogue.trainingsLeadingTo(trade.code());
        if (all.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Panel("training/catalogue/trade-panel", new Trainings("Formations qui mènent à ce métier",
                "Les certifications inscrites au RNCP qui préparent à ce métier, d’après leurs codes ROME.",
                all.subList(0, Math.min(SHOWN, all.size())), all.size())));
    }

    @Override
    public Optional<Panel> campusPanel(UUID campusId, TradeSummary trade) {
        List<CatalogueTraining> ours = catalogue.trainingsOfCampusLeadingTo(campusId, trade.code());
        if (ours.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Panel("training/catalogue/trade-panel", new Trainings("Les formations du campus qui y mènent",
                "Les formations délivrées par les établissements du campus qui préparent à ce métier.", ours, ours.size())));
    }
}
