package fr.passerelle.indicators;

import fr.passerelle.identity.Actor;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * Values of DECLARED indicators entered for a campus and a year. A new declaration supersedes the current one, which
 * is kept in the history; only those who run the campus declare (its operational director, the national
 * administration). Broken rules are {@link fr.passerelle.platform.BusinessRuleException}s in French.
 */
public interface IndicatorDeclarations {

    /**
     * Declares the value of the indicator for the campus and the year: under the key {@code ""} when the indicator has
     * no breakdown, else one value per key of its breakdown (their sum is recorded as the total), with a comment.
     */
    void declare(Actor actor, UUID campusId, String indicatorCode, int year, Map<String, BigDecimal> values, String comment);

    /**
     * Published in the transaction of each declaration: the campus's value of the indicator for the year changed (the
     * consolidated figures recompute that campus's fact once it is committed).
     */
    record Declared(UUID campusId, String indicatorCode, int year) {
    }
}
