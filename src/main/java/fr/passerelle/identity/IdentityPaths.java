package fr.passerelle.identity;

import fr.passerelle.platform.PathRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** The login page is open; accounts are administered by the national administration. */
@Component
class IdentityPaths implements PathRules {

    @Override
    public List<String> open() {
        return List.of("/connexion");
    }

    @Override
    public List<String> nationalAdministrationOnly() {
        return List.of("/gestion/comptes/**");
    }
}
