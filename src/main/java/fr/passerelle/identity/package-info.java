/**
 * Accounts, their role and the scope it applies to (a région, an académie, a campus, a member organisation), and
 * login: local accounts with hashed passwords by default, OpenID Connect (ProConnect, Keycloak…) by configuration.
 * Other modules ask {@link fr.passerelle.identity.CurrentActor} who is acting and decide with the {@link fr.passerelle.identity.Actor}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"territory", "platform"})
package fr.passerelle.identity;
