package fr.passerelle.indicators.catalogue;

import fr.passerelle.indicators.Breakdown;
import fr.passerelle.indicators.IndicatorDefinition;
import fr.passerelle.indicators.IndicatorSource;
import fr.passerelle.platform.BusinessRuleException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An indicator of the catalogue with the version it was read at, and the rules of its changes. A shipped indicator is
 * computed, imported or declared the way the platform counts it: its code, source, formula, theme, unit, period and
 * breakdown never change; its name, definition, publicity, masking threshold and optional flag may. An added indicator
 * is always declared by the campuses, and everything of it but its code may change; it may be retired (never deleted:
 * its values stay), a shipped one may not.
 */
record Indicator(IndicatorDefinition definition, long version) {

    /** The breakdowns a declared indicator may have: those whose keys are known lists (training routes, audiences). */
    static final Set<Breakdown> DECLARABLE_BREAKDOWNS = EnumSet.of(Breakdown.ROUTE, Breakdown.AUDIENCE);

    static final String FIXED = "Un indicateur livré avec la plateforme garde son code, sa source et sa formule : seuls son nom, sa "
            + "définition, sa publication, son seuil de masquage et son caractère facultatif se modifient.";

    /** A new indicator added by the national administration: declared by the campuses. */
    static IndicatorDefinition added(IndicatorDetails d) {
        requireComplete(d);
        return new IndicatorDefinition(d.code(), d.name(), d.theme(), d.definition(), d.formula(), d.unit(), IndicatorSource.DECLARED,
                d.period(), d.maskBelow(), d.isPublic(), d.optional(), d.breakdown(), false, false);
    }

    /** The indicator as it becomes with these details; refused when they change what may not change. */
    IndicatorDefinition revised(IndicatorDetails d) {
        IndicatorDefinition c = definition;
        if (c.retired()) {
            throw new BusinessRuleException("Cet indicateur est retiré : il ne se modifie plus.");
        }
        if (d.code() != null && !d.code().isBlank() && !d.code().equals(c.code())) {
            throw new BusinessRuleException("code", "Le code d’un indicateur ne change jamais : les valeurs déjà enregistrées y sont rattachées.");
        }
        if (c.shipped()) {
            Map<String, String> problems = new LinkedHashMap<>();
            fixed(problems, "formula", c.formula().strip(), d.formula() == null || d.formula().isBlank() ? null : d.formula().strip());
            fixed(problems, "theme", c.theme(), d.theme());
            fixed(problems, "unit", c.unit(), d.unit());
            fixed(problems, "period", c.period(), d.period());
            fixed(problems, "breakdown", c.breakdown(), d.breakdown());
            if (!problems.isEmpty()) {
                throw new BusinessRuleException(problems);
            }
            return new IndicatorDefinition(c.code(), d.name(), c.theme(), d.definition(), c.formula(), c.unit(), c.source(), c.period(),
                    d.maskBelow(), d.isPublic(), d.optional(), c.breakdown(), true, false);
        }
        requireComplete(d);
        return new IndicatorDefinition(c.code(), d.name(), d.theme(), d.definition(), d.formula(), d.unit(), c.source(), d.period(),
                d.maskBelow(), d.isPublic(), d.optional(), d.breakdown(), false, false);
    }

    /** Refused for a shipped indicator, and for one already retired. */
    void requireRetirable() {
        String refusal = retirementRefusal();
        if (refusal != null) {
            throw new BusinessRuleException(refusal);
        }
    }

    /** Why the indicator may not be retired; null when it may. */
    String retirementRefusal() {
        if (definition.shipped()) {
            return "Un indicateur livré avec la plateforme ne se retire pas : rendez-le facultatif si les campus n’ont pas à le suivre partout.";
        }
        return definition.retired() ? "Cet indicateur est déjà retiré." : null;
    }

    /** A fixed field left out of the form (a shipped indicator's form shows it without sending it) is unchanged. */
    private static void fixed(Map<String, String> problems, String field, Object before, Object after) {
        if (after != null && !Objects.equals(before, after)) {
            problems.put(field, FIXED);
        }
    }

    /** What an added indicator must say: its theme, formula, unit and period, and a breakdown campuses can declare. */
    private static void requireComplete(IndicatorDetails d) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (d.theme() == null) {
            problems.put("theme", "Choisissez le thème de l’indicateur.");
        }
        if (d.formula() == null || d.formula().isBlank()) {
            problems.put("formula", "Indiquez la formule : comment le campus compte la valeur qu’il déclare.");
        }
        if (d.unit() == null) {
            problems.put("unit", "Choisissez l’unité de l’indicateur.");
        }
        if (d.period() == null) {
            problems.put("period", "Choisissez la période que compte une valeur.");
        }
        if (d.breakdown() != null && !DECLARABLE_BREAKDOWNS.contains(d.breakdown())) {
            problems.put("breakdown", "Un indicateur déclaré se détaille par voie de formation ou par public, ou pas du tout.");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems);
        }
    }
}
