package fr.passerelle.jobs.alerts;

import fr.passerelle.platform.PathRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** The unsubscribe link of an alert's e-mail is open (its secret is the key); managing alerts needs a login. */
@Component
class AlertPaths implements PathRules {

    @Override
    public List<String> open() {
        return List.of(AlertController.UNSUBSCRIBE + "/*");
    }

    @Override
    public List<String> loggedIn() {
        return List.of(AlertController.PATH, AlertController.PATH + "/**");
    }
}
