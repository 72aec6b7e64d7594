package fr.passerelle.identity;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting in the current request. */
@Component
public class CurrentActor {

    public Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    /** The actor, or a refusal when nobody is logged in. */
    public Actor require() {
        return get().orElseThrow(() -> new AccessDeniedException("Connexion requise."));
    }
}
