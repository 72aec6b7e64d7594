package fr.passerelle.jobs;

import fr.passerelle.identity.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The candidates of the job platform, for other modules (the demo data): opening a candidate's account with a profile
 * already filled. Candidates register themselves on {@code /candidats/inscription}; everything else about them is
 * done by the candidate in their own space ({@code /candidat}).
 */
public interface Candidates {

    /** A job held, for a profile opened ready-made. */
    record CandidateExperience(String employer, String job, LocalDate startedOn, LocalDate endedOn) {
    }

    /**
     * A candidate's account (confirmed at once) and profile: ROME job titles and skills by OGR code (those the current
     * release does not know are left out), the mobility area, the availability, experiences, and whether they consent
     * to the members-only CV bank.
     */
    record CandidateOpening(String username, String email, String displayName, String password, List<Integer> jobTitles,
                            List<Integer> skills, String municipalityCode, Integer radiusKm, LocalDate availableFrom,
                            List<CandidateExperience> experiences, boolean cvBankConsent) {
    }

    /** Opens the candidate unless an account of that identifier exists; the candidate's actor either way. */
    Actor openIfAbsent(CandidateOpening opening);

    /** The candidate of this account identifier, if there is one. */
    Optional<Actor> byUsername(String username);
}
