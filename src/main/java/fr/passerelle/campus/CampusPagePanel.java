package fr.passerelle.campus;

import java.util.Optional;

/**
 * A panel another module adds to the public page of a campus (its public agenda, its public documents). The page
 * renders {@code template :: panel(data)} for each panel present, in {@link #order()}.
 */
public interface CampusPagePanel {

    int order();

    Optional<Panel> panel(CampusCard campus);

    /** @param template a Thymeleaf template with a {@code panel(data)} fragment */
    record Panel(String template, Object data) {
    }
}
