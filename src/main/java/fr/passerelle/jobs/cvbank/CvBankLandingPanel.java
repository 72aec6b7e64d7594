package fr.passerelle.jobs.cvbank;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.LandingPanel;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** On the landing page of a recruiter whose company is an active member of a cluster: the link to the CV bank. */
@Component
class CvBankLandingPanel implements LandingPanel {

    private final CvBank bank;

    CvBankLandingPanel(CvBank bank) {
        this.bank = bank;
    }

    @Override
    public int order() {
        return 39;
    }

    @Override
    public Optional<Panel> panel(Actor actor) {
        return bank.reads(actor) ? Optional.of(new Panel("jobs/cvbank/landing-panel", Boolean.TRUE)) : Optional.empty();
    }
}
