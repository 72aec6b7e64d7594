package fr.passerelle.identity;

import java.util.Optional;

/**
 * A panel a module adds to the landing page of the back office ({@code /gestion}): what waits for the actor in that
 * module — dossiers to score, opinions to give, meetings coming, labels expiring, their campus, their organisation —
 * with counts and deadlines. The page renders {@code template :: panel(data)} for each panel present, in
 * {@link #order()}, without knowing who provides it; a module absent from the actor's work returns nothing.
 *
 * <p>Each panel shows only links its reader may open, decided by the permission rules the target pages check, and
 * reads its lists limited in SQL.
 */
public interface LandingPanel {

    int order();

    Optional<Panel> panel(Actor actor);

    /** @param template a Thymeleaf template with a {@code panel(data)} fragment */
    record Panel(String template, Object data) {
    }
}
