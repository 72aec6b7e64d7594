package fr.passerelle.indicators.values;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Whether the platform serves the declaration form of a declared indicator
 * ({@code /gestion/campus/{id}/indicateurs/{code}/{year}/declaration}, built by the catalogue side of the module): the
 * dashboard links to it only then, so that it never shows a link that would answer 404.
 */
@Component
class DeclarationPage {

    private static final PathContainer SAMPLE = PathContainer.parsePath(
            "/gestion/campus/00000000-0000-0000-0000-000000000000/indicateurs/SOCIAL_NETWORKS/2024/declaration");

    private final RequestMappingHandlerMapping mappings;
    private volatile Boolean served;

    DeclarationPage(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    boolean served() {
        if (served == null) {
            served = mappings.getHandlerMethods().keySet().stream()
                    .filter(info -> info.getMethodsCondition().getMethods().isEmpty() || info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                    .anyMatch(info -> info.getPathPatternsCondition() != null
                            && info.getPathPatternsCondition().getPatterns().stream().anyMatch(p -> p.matches(SAMPLE)));
        }
        return served;
    }
}
