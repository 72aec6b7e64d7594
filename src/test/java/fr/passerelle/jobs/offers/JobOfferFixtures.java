package fr.passerelle.jobs.offers;

import fr.passerelle.jobs.JobOfferContract;
import fr.passerelle.jobs.JobOfferDetails;
import fr.passerelle.jobs.JobOfferLevel;
import fr.passerelle.jobs.JobOfferWorkingTime;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import java.util.Set;
import java.util.UUID;

/** Offers and accounts for the tests of the job board. */
final class JobOfferFixtures {

    /** Soudeur / Soudeuse (H2913) and Cuisinier / Cuisinière (G1602). */
    static final int WELDER = 404475;
    static final int COOK = 13861;
    static final String SAINT_NAZAIRE = "44184";
    static final String NANTES = "44109";
    static final String TOULOUSE = "31555";

    private JobOfferFixtures() {
    }

    static JobOfferDetails details(String title, int jobTitle, JobOfferContract contract, String municipality, JobOfferLevel level) {
        return new JobOfferDetails(title, "Poste en atelier, équipe de six personnes.", jobTitle, contract,
                contract.limited() ? 6 : null, JobOfferWorkingTime.FULL_TIME, 35, municipality, level, 26000, 32000, null, 1, "rh@example.fr", null, null);
    }

    static JobOfferDetails welder(String title) {
        return details(title, WELDER, JobOfferContract.CDI, SAINT_NAZAIRE, JobOfferLevel.LEVEL_3);
    }

    /** A real account (notifications need one) of the role in the organisation. */
    static Actor account(Accounts accounts, Role role, UUID organisation) {
        String username = "offres-" + role.name().toLowerCase().substring(0, 4) + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.open(new NewAccount(username, username + "@example.fr", "Personne " + username, "Offres-Passerelle-2026!", role, null, null,
                null, organisation, Set.of()));
    }
}
