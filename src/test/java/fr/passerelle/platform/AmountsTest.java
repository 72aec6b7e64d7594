package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void amountsAreReadTheFrenchWayOrThePlainWay() {
        assertThat(Amounts.parse("1 234,56 €")).isEqualByComparingTo("1234.56");
        assertThat(Amounts.parse("1234.5")).isEqualByComparingTo("1234.5");
        assertThat(Amounts.parse("-0")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(Amounts.parse("-0").signum()).isZero();
        assertThat(Amounts.parse("  ")).isNull();
    }

    @Test
    void exponentsNotANumberInfinityAndHugeNumbersAreRefusedInFrench() {
        assertThatThrownBy(() -> Amounts.parse("1e999")).isInstanceOf(Amounts.InvalidAmount.class).hasMessageStartingWith("Montant invalide");
        assertThatThrownBy(() -> Amounts.parse("NaN")).hasMessageStartingWith("Montant invalide");
        assertThatThrownBy(() -> Amounts.parse("Infinity")).hasMessageStartingWith("Montant invalide");
        assertThatThrownBy(() -> Amounts.parse("99999999999999999999")).hasMessageStartingWith("Montant trop élevé");
        assertThatThrownBy(() -> Amounts.parse("12,345")).hasMessageStartingWith("Montant au centime près");
        assertThat(Amounts.parse("999 999 999 999,99")).isEqualByComparingTo(Amounts.MAX);
    }

    @Test
    void wholeNumbersStayWithinTheirBounds() {
        assertThat(Amounts.wholeNumber("2 019", 2000, 2100, "L'année")).isEqualTo(2019);
        assertThatThrownBy(() -> Amounts.wholeNumber("99999999999999999999", 0, 10, "La note")).hasMessage(
                "La note : entre 0 et 10, pas « 99999999999999999999 ».");
        assertThatThrownBy(() -> Amounts.wholeNumber("1e3", 0, 10, "La note")).hasMessageContaining("nombre entier attendu");
    }
}
