package fr.passerelle.identity;

/** A logged-in principal, whatever the login method, knows its actor. */
interface ActorPrincipal {

    Actor actor();

    /** The same login (same method, same session) acting as the account now is: its role and scope re-read. */
    ActorPrincipal withActor(Actor actor);

    /**
     * Whether this login was made with a password the account has changed since; a login that checked no password of
     * Passerelle (OpenID Connect) never is.
     */
    default boolean openedWithOlderPassword(int currentVersion) {
        return false;
    }
}
