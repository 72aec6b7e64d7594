package fr.passerelle.platform;

import java.util.List;
import org.springframework.stereotype.Component;

/** Error pages, the service's pages (legal notice, personal data, cookies, site map, accessibility, API), static files, the API documentation and the health probe are open to all. */
@Component
class PlatformPaths implements PathRules {

    @Override
    public List<String> open() {
        return List.of("/error", "/accessibilite", "/accessibilite/grille-audit.xlsx", "/mentions-legales", "/donnees-personnelles",
                "/gestion-des-cookies", "/plan-du-site", "/api-et-donnees-ouvertes", "/vendor/**", "/css/**", "/js/**", "/geo/**", "/img/**", "/favicon.ico",
                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health");
    }
}
