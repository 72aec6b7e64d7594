package fr.passerelle.identity;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A principal logged in through OpenID Connect, matched to a Passerelle account by e-mail. */
class OidcActorUser extends DefaultOidcUser implements ActorPrincipal {

    private final Actor actor;

    OidcActorUser(Actor actor, OidcUser user) {
        super(List.of(new SimpleGrantedAuthority(actor.role().authority())), user.getIdToken(), user.getUserInfo());
        this.actor = actor;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public OidcActorUser withActor(Actor fresh) {
        return new OidcActorUser(fresh, this);
    }

    @Override
    public String getName() {
        return actor.username();
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
