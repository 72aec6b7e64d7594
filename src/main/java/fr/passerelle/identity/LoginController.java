package fr.passerelle.identity;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final ObjectProvider<ClientRegistrationRepository> oidcClients;

    LoginController(ObjectProvider<ClientRegistrationRepository> oidcClients) {
        this.oidcClients = oidcClients;
    }

    @GetMapping("/connexion")
    String login(Model model) {
        List<ClientRegistration> providers = oidcClients.getIfAvailable() instanceof InMemoryClientRegistrationRepository repository
                ? java.util.stream.StreamSupport.stream(repository.spliterator(), false).toList()
                : List.of();
        model.addAttribute("oidcProviders", providers);
        return "identity/login";
    }
}
