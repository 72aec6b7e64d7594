package fr.passerelle.jobs.candidates;

import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.jobs.CandidateAlertConsents;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The candidate's consent to alerts, read at the moment an alert is saved or sent. */
@Service
class AlertConsents implements CandidateAlertConsents {

    private final CandidateSpace space;
    private final CandidateRepository repository;
    private final Accounts accounts;

    AlertConsents(CandidateSpace space, CandidateRepository repository, Accounts accounts) {
        this.space = space;
        this.repository = repository;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public UUID candidateOf(Actor actor) {
        return space.profile(actor).id();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean consentsToAlerts(UUID candidateId) {
        return space.consentsOf(candidateId).stream().anyMatch(c -> c.purpose() == ConsentPurpose.ALERTS && c.given());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> alertRecipient(UUID candidateId) {
        if (!consentsToAlerts(candidateId)) {
            return Optional.empty();
        }
        return repository.findById(candidateId).flatMap(c -> accounts.byId(c.accountId())).map(Actor::email);
    }
}
