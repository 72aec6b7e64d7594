package fr.passerelle.campus;

import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FrenchInput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What the navigation of a campus's back-office pages ({@code gestion/campus-nav}) needs to show only the tabs the
 * reader may open, whichever module renders the page: on every page under {@code /gestion/campus/{id}},
 * {@code campusHistoryReadable} tells whether the reader may open the campus's history. Absent elsewhere, and false
 * when in doubt, so that the link is never shown to someone it would refuse.
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
        FrenchInput.pickedId(id).ifPresent(campusId -> model.addAttribute("campusHistoryReadable",
                currentActor.get().map(actor -> registry.canReadEverything(actor, campusId)).orElse(false)));
    }
}
