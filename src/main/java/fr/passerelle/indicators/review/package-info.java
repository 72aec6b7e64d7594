/**
 * The annual review of a campus's actions (« bilan annuel des actions », source 001): generated from the action plan,
 * the budget and the indicators of a year, commented by the operational director, submitted to the academic referent of
 * the campus's main académie who acknowledges it or sends it back; frozen at submission, reminded before its due date,
 * printed as a PDF. Internal to the indicators module; other modules use {@link fr.passerelle.indicators.AnnualReviews}.
 */
package fr.passerelle.indicators.review;
