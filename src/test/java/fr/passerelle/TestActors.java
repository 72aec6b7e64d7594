package fr.passerelle;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Logs MockMvc requests in as the demo accounts. */
public final class TestActors {

    /** The demo accounts, one per role. */
    public static final String[] ALL = {"admin", "coordination", "referent", "direction", "partenaire", "recruteur", "expert"};

    private TestActors() {
    }

    public static RequestPostProcessor as(UserDetailsService users, String username) {
        return user(users.loadUserByUsername(username));
    }
}
