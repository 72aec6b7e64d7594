/**
 * HR support of a cluster (issue 14, item 5; source 004 section 2 and « Fiche 2 »): collective events — workshops, HR
 * breakfasts, conferences, seminars, monthly clubs — with their charter and confidentiality rule, partners and
 * speakers; registrations of the people of active members, capacity, attendance, satisfaction (masked under
 * {@link fr.passerelle.clusters.support.EventRules#MIN_ANSWERS} answers); the calendar by month and the iCal feeds.
 */
package fr.passerelle.clusters.support;
