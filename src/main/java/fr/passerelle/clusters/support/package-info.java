/**
 * HR support of a cluster (issue 14, item 5; source 004 section 2 and « Fiche 2 »): collective events — workshops, HR
 * breakfasts, conferences, seminars, monthly clubs — with their charter and confidentiality rule, partners and
 * speakers; registrations of the people of active members, capacity, attendance, satisfaction (masked under
 * {@link fr.passerelle.clusters.support.EventRules#MIN_ANSWERS} answers); the calendar by month and the iCal feeds; HR
 * diagnoses with their action plans; multi-session programmes in cohorts of member companies ({@link
 * fr.passerelle.clusters.support.SupportProgrammes}) with their collective sessions, attendance, individual follow-ups
 * and each company's progress.
 */
package fr.passerelle.clusters.support;
