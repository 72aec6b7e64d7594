package fr.passerelle.indicators.opendata;

import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.Outcomes;
import fr.passerelle.platform.Times;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The national administration's button, on the indicator catalogue, that publishes the open data now. */
@Controller
class PublicationController {

    static final String PATH = "/gestion/indicateurs/donnees-ouvertes";

    private final OpenIndicators publications;
    private final CurrentActor currentActor;
    private final Times times;

    PublicationController(OpenIndicators publications, CurrentActor currentActor, Times times) {
        this.publications = publications;
        this.currentActor = currentActor;
        this.times = times;
    }

    @PostMapping(PATH)
    String publish(RedirectAttributes flash) {
        return Outcomes.redirect(flash, "/gestion/indicateurs", () -> publications.publishNow(currentActor.require()),
                p -> "Données ouvertes des indicateurs publiées le " + times.dateTime(p.publishedAt()) + " : " + p.values() + " valeurs.");
    }
}
