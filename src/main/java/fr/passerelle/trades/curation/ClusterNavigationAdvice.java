package fr.passerelle.trades.curation;

import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FrenchInput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The link from a cluster's directory page ({@code /gestion/organisations/{id}/…}) to its trade sheets, without the
 * directory knowing of them: {@code clusterTradeSheets} holds the address when the organisation is a cluster and the
 * reader curates its sheets ({@link CurationPermissions}); absent otherwise, so that a link is never shown to someone
 * it would refuse.
 */
@ControllerAdvice
class ClusterNavigationAdvice {

    private static final String ORGANISATION_PAGES = "/gestion/organisations/{id}";

    private final TradeCuration curation;
    private final CurrentActor currentActor;

    ClusterNavigationAdvice(TradeCuration curation, CurrentActor currentActor) {
        this.curation = curation;
        this.currentActor = currentActor;
    }

    @ModelAttribute
    void clusterTradeSheets(HttpServletRequest request, Model model) {
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern)
                || !pattern.startsWith(ORGANISATION_PAGES)
                || !(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)
                || !(variables.get("id") instanceof String id)) {
            return;
        }
        FrenchInput.pickedId(id).map(Owner::cluster).ifPresent(owner -> currentActor.get()
                .filter(actor -> curation.canCurate(actor, owner))
                .flatMap(actor -> {
                    try {
                        return java.util.Optional.of(curation.owner(owner));
                    } catch (ResponseStatusException notACluster) {
                        return java.util.Optional.empty();
                    }
                })
                .ifPresent(card -> model.addAttribute("clusterTradeSheets", card.backOfficePath())));
    }
}
