package fr.passerelle.identity;

import fr.passerelle.platform.PathRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** The login page, "Mot de passe oublié" and the confirmation of a self-registered account's e-mail address are open; accounts are administered by the national administration. */
@Component
class IdentityPaths implements PathRules {

    @Override
    public List<String> open() {
        return List.of("/connexion", PasswordResetController.PATH, PasswordResetController.PATH + "/*",
                AccountConfirmationController.PATH, AccountConfirmationController.PATH + "/*");
    }

    @Override
    public List<String> nationalAdministrationOnly() {
        return List.of("/gestion/comptes/**");
    }
}
