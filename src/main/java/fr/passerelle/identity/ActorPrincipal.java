package fr.passerelle.identity;

/** A logged-in principal, whatever the login method, knows its actor. */
interface ActorPrincipal {

    Actor actor();
}
