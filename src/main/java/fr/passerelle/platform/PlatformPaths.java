package fr.passerelle.platform;

import java.util.List;
import org.springframework.stereotype.Component;

/** Error and accessibility pages, static files, the API documentation and the health probe are open to all. */
@Component
class PlatformPaths implements PathRules {

    @Override
    public List<String> open() {
        return List.of("/error", "/accessibilite", "/vendor/**", "/css/**", "/js/**", "/geo/**", "/img/**", "/favicon.ico",
                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health");
    }
}
