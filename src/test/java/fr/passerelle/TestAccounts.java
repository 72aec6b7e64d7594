package fr.passerelle;

import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import java.util.Set;
import java.util.UUID;

/** Accounts for integration tests: a new account of that role and organisation, with a unique username and address. */
public final class TestAccounts {

    /** The password of every account opened here. */
    public static final String PASSWORD = "une phrase de passe de test assez longue";

    private TestAccounts() {
    }

    /** Opens an account {@code <prefix>-<random>} (e-mail {@code <username>@example.fr}); returns its username. */
    public static String open(Accounts accounts, String prefix, Role role, UUID organisation) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(username, username + "@example.fr", "Compte " + username, PASSWORD, role, null, null, null, organisation,
                Set.of()));
        return username;
    }
}
