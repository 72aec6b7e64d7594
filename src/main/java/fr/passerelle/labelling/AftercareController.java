package fr.passerelle.labelling;

import fr.passerelle.identity.CurrentActor;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The labels of the actor's scope that end within twelve months, with their renewal. */
@Controller
class AftercareController {

    private final LabelAftercare aftercare;
    private final Calls calls;
    private final CurrentActor currentActor;

    AftercareController(LabelAftercare aftercare, Calls calls, CurrentActor currentActor) {
        this.aftercare = aftercare;
        this.calls = calls;
        this.currentActor = currentActor;
    }

    @GetMapping("/gestion/labellisation/echeances")
    String expiring(Model model) {
        LocalDate today = calls.today();
        model.addAttribute("labels", aftercare.expiring(currentActor.require()));
        model.addAttribute("openCall", calls.published().stream().filter(c -> c.acceptsSubmissionsOn(today)).findFirst().orElse(null));
        return "labelling/expiring";
    }
}
