package fr.passerelle.campus;

import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FrenchInput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What the side menu of a campus's back-office pages ({@code gestion/campus-nav}) needs to show only the sections the
 * reader may open, whichever module renders the page: on every page under {@code /gestion/campus/{id}},
 * {@code campusSections} lists them ({@link CampusSections}, by the rules the pages check). Absent elsewhere, and
 * absent when in doubt, so that a link is never shown to someone it would refuse.
 */
@ControllerAdvice
class CampusNavigationAdvice {

    private static final String CAMPUS_PAGES = "/gestion/campus/{id}";

    private final CampusRegistry registry;
    private final CurrentActor currentActor;

    CampusNavigationAdvice(CampusRegistry registry, CurrentActor currentActor) {
        this.registry = registry;
        this.currentActor = currentActor;
    }

    @ModelAttribute
    void campusNavigation(HttpServletRequest request, org.springframework.ui.Model model) {
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern)
                || !pattern.startsWith(CAMPUS_PAGES)
                || !(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)
                || !(variables.get("id") instanceof String id)) {
            return;
        }
        FrenchInput.pickedId(id).flatMap(campusId -> currentActor.get().flatMap(actor -> registry.sectionsFor(actor, campusId)))
                .ifPresent(sections -> model.addAttribute("campusSections", sections));
    }
}
