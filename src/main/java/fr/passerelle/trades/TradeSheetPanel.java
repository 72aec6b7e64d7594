package fr.passerelle.trades;

import java.util.Optional;
import java.util.UUID;

/**
 * A panel another module adds to the public sheet of a trade (the trainings that lead to it, a campus's enrichment).
 * The sheet renders {@code template :: panel(data)} for each panel present, in {@link #order()}, after what ROME says.
 */
public interface TradeSheetPanel {

    int order();

    Optional<Panel> panel(TradeSummary trade);

    /**
     * The panel on a campus's own sheet of the trade ({@code /campus/{slug}/metiers/{code}}), about that campus (e.g. its
     * trainings that lead to the trade); none by default.
     */
    default Optional<Panel> campusPanel(UUID campusId, TradeSummary trade) {
        return Optional.empty();
    }

    /** @param template a Thymeleaf template with a {@code panel(data)} fragment */
    record Panel(String template, Object data) {
    }
}
