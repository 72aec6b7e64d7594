package fr.passerelle.clusters.support;

import fr.passerelle.platform.PathRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** The iCal feed of a cluster's HR events opens without login: its secret token is the key. */
@Component
class SupportPaths implements PathRules {

    @Override
    public List<String> openForReading() {
        return List.of("/clusters/accompagnement/agenda/*.ics");
    }
}
