package fr.passerelle.governance;

import fr.passerelle.platform.PathRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** What a campus's life shows outside the back office: calendar feeds and the satisfaction survey reached from its e-mail. */
@Component
class GovernancePaths implements PathRules {

    @Override
    public List<String> open() {
        return List.of("/calendrier/**", "/satisfaction/**");
    }
}
