package fr.passerelle.trades;

import java.util.Optional;

/**
 * A panel another module adds to the public sheet of a trade (the trainings that lead to it, a campus's enrichment).
 * The sheet renders {@code template :: panel(data)} for each panel present, in {@link #order()}, after what ROME says.
 */
public interface TradeSheetPanel {

    int order();

    Optional<Panel> panel(TradeSummary trade);

    /** @param template a Thymeleaf template with a {@code panel(data)} fragment */
    record Panel(String template, Object data) {
    }
}
