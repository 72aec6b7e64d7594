/**
 * The life of a campus, run by its operational director: its governing bodies (strategic orientation committee,
 * steering committee, technical committee, working groups) with their members, and their meetings — invitations by
 * e-mail, attendance and participation rate, minutes and decisions, satisfaction surveys; its yearly budget and
 * action plan; its calendar (month and list views, iCal feeds); its documents library. Every item has a
 * {@link fr.passerelle.governance.Visibility} and each reader sees what their
 * {@link fr.passerelle.governance.CampusAudience} allows.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"campus", "directory", "identity", "platform"})
package fr.passerelle.governance;
