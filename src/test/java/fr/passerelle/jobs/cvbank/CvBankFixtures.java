package fr.passerelle.jobs.cvbank;

import fr.passerelle.TestAccounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.jobs.Candidates;
import fr.passerelle.jobs.Candidates.CandidateOpening;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Candidates opened for the CV bank's tests, through the public API of {@code jobs.candidates}. */
final class CvBankFixtures {

    private CvBankFixtures() {
    }

    /** A candidate with a profile updated now, named {@code name} plus a key no other test uses. */
    static Actor candidate(Candidates candidates, String name, List<Integer> jobTitles, List<Integer> skills, String commune, Integer radiusKm,
                           boolean consent) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        return candidates.openIfAbsent(new CandidateOpening("cvtheque-" + key, "cvtheque." + key + "@example.fr", name + " " + key,
                TestAccounts.PASSWORD, jobTitles, skills, commune, radiusKm, LocalDate.of(2027, 1, 4),
                List.of(new Candidates.CandidateExperience("Atelier " + key, "Opératrice", LocalDate.of(2020, 1, 6), null)), consent));
    }

    static UUID profileId(JdbcClient jdbc, Actor candidate) {
        return jdbc.sql("select id from candidate where account_id = ?").param(candidate.accountId()).query(UUID.class).single();
    }
}
