package fr.passerelle.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the page layout needs on every page. */
@ControllerAdvice
class LayoutAdvice {

    private final PasserelleProperties properties;

    LayoutAdvice(PasserelleProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** The publisher of the service, for the State's block in the header and the footer. */
    @ModelAttribute("legal")
    PasserelleProperties.Legal legal() {
        return properties.legal();
    }

    /** The public address, for the absolute links a page shows to be copied elsewhere (a calendar feed, say). */
    @ModelAttribute("publicUrl")
    String publicUrl() {
        return properties.publicBaseUrl();
    }
}
