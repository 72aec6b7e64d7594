package fr.passerelle.indicators.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.indicators.Breakdown;
import fr.passerelle.indicators.IndicatorDefinition;
import fr.passerelle.indicators.IndicatorSource;
import fr.passerelle.indicators.Period;
import fr.passerelle.indicators.Theme;
import fr.passerelle.indicators.Unit;
import fr.passerelle.platform.BusinessRuleException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndicatorRulesTest {

    static final IndicatorDefinition SHIPPED = new IndicatorDefinition("NETWORK_SATISFACTION", "Satisfaction", Theme.GOVERNANCE, "Déf.",
            "Réponses satisfaites / réponses", Unit.PERCENT, IndicatorSource.DECLARED, Period.CALENDAR_YEAR, 5, true, false, null, true, false);

    static IndicatorDetails details(String formula) {
        return new IndicatorDetails(null, "Satisfaction du réseau", null, "Nouvelle définition", formula, null, null, 3, false, true, null);
    }

    @Test
    void aShippedIndicatorChangesItsNameDefinitionPublicityMaskingAndOptionalFlag() {
        IndicatorDefinition revised = new Indicator(SHIPPED, 0).revised(details(null));
        assertThat(revised.name()).isEqualTo("Satisfaction du réseau");
        assertThat(revised.definition()).isEqualTo("Nouvelle définition");
        assertThat(revised.maskBelow()).isEqualTo(3);
        assertThat(revised.isPublic()).isFalse();
        assertThat(revised.optional()).isTrue();
        assertThat(revised.formula()).isEqualTo(SHIPPED.formula());
        assertThat(revised.source()).isEqualTo(IndicatorSource.DECLARED);
    }

    @Test
    void aShippedIndicatorsFormulaNeverChanges() {
        assertThatThrownBy(() -> new Indicator(SHIPPED, 0).revised(details("Autre formule")))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).problems()).containsKey("formula"));
    }

    @Test
    void aShippedIndicatorIsNeverRetired() {
        assertThatThrownBy(() -> new Indicator(SHIPPED, 0).requireRetirable()).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void anAddedIndicatorIsDeclaredAndDetailedOnlyByKnownKeys() {
        var ok = Indicator.added(new IndicatorDetails("ALUMNI", "Anciens", Theme.PATHWAYS, "Déf.", "Formule", Unit.COUNT, Period.SCHOOL_YEAR,
                0, true, false, Breakdown.ROUTE));
        assertThat(ok.source()).isEqualTo(IndicatorSource.DECLARED);
        assertThat(ok.shipped()).isFalse();
        assertThatThrownBy(() -> Indicator.added(new IndicatorDetails("ALUMNI", "Anciens", Theme.PATHWAYS, "Déf.", "Formule", Unit.COUNT,
                Period.SCHOOL_YEAR, 0, true, false, Breakdown.BODY)))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void declaredValuesAreCheckedByUnit() {
        assertThat(DeclaredValue.problem(Unit.PERCENT, new BigDecimal("100"), "La valeur")).isNull();
        assertThat(DeclaredValue.problem(Unit.PERCENT, new BigDecimal("100.5"), "La valeur")).contains("entre 0 et 100");
        assertThat(DeclaredValue.problem(Unit.COUNT, new BigDecimal("-1"), "La valeur")).contains("négatif");
        assertThat(DeclaredValue.problem(Unit.COUNT, new BigDecimal("2.5"), "La valeur")).contains("entier");
        assertThat(DeclaredValue.problem(Unit.COUNT, new BigDecimal("3.00"), "La valeur")).isNull();
        assertThat(DeclaredValue.problem(Unit.YES_NO, new BigDecimal("2"), "La valeur")).contains("oui ou non");
        String[] problem = new String[1];
        assertThat(DeclaredValue.read(Unit.PERCENT, "87,5", "La valeur", problem)).isEqualByComparingTo("87.5");
        assertThat(DeclaredValue.read(Unit.COUNT, "douze", "La valeur", problem)).isNull();
        assertThat(problem[0]).isEqualTo("La valeur : nombre entier attendu, pas « douze ».");
        assertThat(DeclaredValue.read(Unit.YES_NO, "OUI", "La valeur", problem)).isEqualByComparingTo("1");
    }
}
