/**
 * The indicator catalogue in the back office: the list by theme and its definitions, the national administration's
 * declared indicators (added, edited, retired), the optional indicators each académie's referent chooses, and the
 * values a campus's operational director declares for a year, with comment, evidence and history.
 */
package fr.passerelle.indicators.catalogue;
