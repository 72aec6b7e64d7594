package fr.passerelle.identity;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A principal logged in with a local password. */
class LocalUser extends User implements ActorPrincipal {

    private final Actor actor;
    /** The account's password version this login was made with. */
    private final int passwordVersion;

    LocalUser(Actor actor, String passwordHash, boolean enabled, int passwordVersion) {
        super(actor.username(), passwordHash == null ? "" : passwordHash, enabled, true, true, true,
                List.of(new SimpleGrantedAuthority(actor.role().authority())));
        this.actor = actor;
        this.passwordVersion = passwordVersion;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public LocalUser withActor(Actor fresh) {
        return new LocalUser(fresh, getPassword(), isEnabled(), passwordVersion);
    }

    @Override
    public boolean openedWithOlderPassword(int currentVersion) {
        return passwordVersion < currentVersion;
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
