package fr.passerelle.governance;

import fr.passerelle.identity.Actor;
import java.util.Optional;

/**
 * A panel another module adds to the page of a région's co-piloting ({@code /gestion/regions/{code}}), such as the
 * regional strategic committee's yearly reviews. The page renders {@code template :: panel(data)} for each panel
 * present, in {@link #order()}; a panel is present only for a reader who may open what it links to.
 */
public interface RegionPagePanel {

    int order();

    Optional<Panel> panel(Actor actor, String regionCode);

    /** @param template a Thymeleaf template with a {@code panel(data)} fragment */
    record Panel(String template, Object data) {
    }
}
