package fr.passerelle.identity;

import java.util.Comparator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page of the back office: each module's {@link LandingPanel} of what waits for the actor. */
@Controller
class LandingController {

    private final ObjectProvider<LandingPanel> panels;
    private final CurrentActor currentActor;

    LandingController(ObjectProvider<LandingPanel> panels, CurrentActor currentActor) {
        this.panels = panels;
        this.currentActor = currentActor;
    }

    @GetMapping("/gestion")
    String landing(Model model) {
        Actor actor = currentActor.require();
        model.addAttribute("actor", actor);
        model.addAttribute("panels", panels.stream().sorted(Comparator.comparingInt(LandingPanel::order))
                .flatMap(panel -> panel.panel(actor).stream()).toList());
        return "identity/landing";
    }
}
