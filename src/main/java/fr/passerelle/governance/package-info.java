/**
 * The life of a campus: its governing bodies (strategic orientation committee, steering committee, technical
 * committee, working groups) with their members, and their meetings — invitations by e-mail, attendance and
 * participation rate, minutes and decisions.
 */
package fr.passerelle.governance;
