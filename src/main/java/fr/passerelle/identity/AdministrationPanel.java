package fr.passerelle.identity;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The national administrator's tools on the landing page: the accounts, the reference data of communes and the ROME releases. */
@Component
class AdministrationPanel implements LandingPanel {

    private final Accounts accounts;

    AdministrationPanel(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Optional<Panel> panel(Actor actor) {
        return actor.isNationalAdmin() ? Optional.of(new Panel("identity/administration-panel", accounts.count())) : Optional.empty();
    }
}
