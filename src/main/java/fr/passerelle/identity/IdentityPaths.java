package fr.passerelle.identity;

import fr.passerelle.platform.PathRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** The login page and "Mot de passe oublié" are open; accounts are administered by the national administration. */
@Component
class IdentityPaths implements PathRules {

    @Override
    public List<String> open() {
        return List.of("/connexion", PasswordResetController.PATH, PasswordResetController.PATH + "/*");
    }

    @Override
    public List<String> nationalAdministrationOnly() {
        return List.of("/gestion/comptes/**");
    }
}
