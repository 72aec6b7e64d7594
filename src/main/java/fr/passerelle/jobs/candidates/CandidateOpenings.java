package fr.passerelle.jobs.candidates;

import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.jobs.Candidates;
import fr.passerelle.trades.JobTitleChoice;
import fr.passerelle.trades.SkillSummary;
import fr.passerelle.trades.Trades;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Candidates}: a candidate opened with a profile ready-made, through the same acts as the candidate's own. */
@Service
class CandidateOpenings implements Candidates {

    private final Accounts accounts;
    private final CandidateSpace space;
    private final Trades trades;

    CandidateOpenings(Accounts accounts, CandidateSpace space, Trades trades) {
        this.accounts = accounts;
        this.space = space;
        this.trades = trades;
    }

    @Override
    @Transactional
    public Actor openIfAbsent(CandidateOpening opening) {
        Optional<Actor> existing = accounts.byUsername(opening.username());
        if (existing.isPresent()) {
            return existing.get();
        }
        Actor actor = accounts.open(new NewAccount(opening.username(), opening.email(), opening.displayName(), opening.password(),
                Role.CANDIDATE, null, null, null, null));
        Candidate candidate = space.profile(actor);
        List<Integer> jobTitles = trades.jobTitles(opening.jobTitles()).stream().map(JobTitleChoice::ogr).toList();
        List<Integer> skills = trades.skills(opening.skills()).stream().map(SkillSummary::ogr).toList();
        space.update(actor, new Candidate.Details(jobTitles, skills, List.of(), List.of(), opening.municipalityCode(),
                opening.municipalityCode() == null ? null : opening.radiusKm(), opening.availableFrom()), candidate.version());
        for (CandidateExperience experience : opening.experiences()) {
            space.addExperience(actor, new Candidate.Experience(experience.employer(), experience.job(), experience.startedOn(),
                    experience.endedOn()), space.profile(actor).version());
        }
        if (opening.cvBankConsent()) {
            space.consent(actor, ConsentPurpose.CV_BANK, true);
        }
        return actor;
    }

    @Override
    public Optional<Actor> byUsername(String username) {
        return accounts.byUsername(username).filter(actor -> actor.role() == Role.CANDIDATE);
    }
}
