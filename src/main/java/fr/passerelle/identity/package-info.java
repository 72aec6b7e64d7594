/**
 * Accounts, their role and the scope it applies to (a région, an académie, a campus, a member organisation), and
 * login: local accounts with hashed passwords by default, OpenID Connect (ProConnect, Keycloak…) by configuration.
 * Accounts of the back office are opened by the national administration; a candidate of the job platform opens their
 * own ({@link fr.passerelle.identity.Accounts#register}), which logs in once its e-mail address is confirmed through a
 * single-use link, and erases it ({@link fr.passerelle.identity.Accounts#erase}); a candidate never opens the back office.
 * Other modules ask {@link fr.passerelle.identity.CurrentActor} who is acting and decide with the {@link fr.passerelle.identity.Actor}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"territory", "platform"})
package fr.passerelle.identity;
