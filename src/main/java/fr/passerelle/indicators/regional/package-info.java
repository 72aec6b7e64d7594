/**
 * The regional strategic committee's yearly review of the région's campuses (source 001: « dresser un bilan annuel des
 * actions menées », « valider des indicateurs permettant de mesurer la plus-value effective de chacun campus »): for a
 * région and a year, one review held at a meeting of the région's committee (governance's
 * {@link fr.passerelle.governance.CoPiloting}), listing each campus with its key figures, its self-evaluation and its
 * label's end, the committee's appreciation of each campus and its conclusion; then the committee's validation of the
 * indicators, kept as a snapshot of every value, which closes the review (a correction reopens it with a reason, the
 * old snapshot kept). Who does what: {@link fr.passerelle.indicators.regional.ReviewPermissions}.
 */
package fr.passerelle.indicators.regional;
