package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class FrenchInputTest {

    enum Colour { RED, BLUE }

    @Test
    void amountsAreReadTheFrenchWayOrThePlainWay() {
        assertThat(FrenchInput.amount("cost", "1 234,56 €")).isEqualByComparingTo("1234.56");
        assertThat(FrenchInput.amount("cost", "1234.5")).isEqualByComparingTo("1234.5");
        assertThat(FrenchInput.amount("cost", "-0")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(FrenchInput.amount("cost", "-0").signum()).isZero();
        assertThat(FrenchInput.amount("cost", "  ")).isNull();
    }

    @Test
    void whatIsNotAnAmountIsRefusedOnItsField() {
        assertThatThrownBy(() -> FrenchInput.amount("cost", "1e999")).isInstanceOf(BusinessRuleException.class)
                .hasMessageStartingWith("Montant invalide").extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("cost");
        assertThatThrownBy(() -> FrenchInput.amount("cost", "NaN")).hasMessageStartingWith("Montant invalide");
        assertThatThrownBy(() -> FrenchInput.amount("cost", "Infinity")).hasMessageStartingWith("Montant invalide");
        assertThatThrownBy(() -> FrenchInput.amount("cost", "99999999999999999999")).hasMessageStartingWith("Montant trop élevé");
        assertThatThrownBy(() -> FrenchInput.amount("cost", "12,345")).hasMessageStartingWith("Montant au centime près");
        assertThat(FrenchInput.amount("cost", "999 999 999 999,99")).isEqualByComparingTo(FrenchInput.MAX_AMOUNT);
    }

    @Test
    void wholeNumbersStayWithinTheirBounds() {
        assertThat(FrenchInput.wholeNumber("year", "2 019", 2000, 2100, "L'année")).isEqualTo(2019);
        assertThatThrownBy(() -> FrenchInput.wholeNumber("score", "99999999999999999999", 0, 10, "La note")).hasMessage(
                "La note : entre 0 et 10, pas « 99999999999999999999 ».");
        assertThatThrownBy(() -> FrenchInput.wholeNumber("score", "1e3", 0, 10, "La note")).hasMessageContaining("nombre entier attendu");
    }

    @Test
    void datesAreReadAsTypedOrAsDatePickersSendThem() {
        assertThat(FrenchInput.date("on", "31/03/2027")).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(FrenchInput.date("on", " 2027-03-31 ")).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(FrenchInput.date("on", "")).isNull();
    }

    @Test
    void aDayThatDoesNotExistIsRefusedRatherThanMoved() {
        assertThatThrownBy(() -> FrenchInput.date("on", "31/02/2027")).hasMessage("Cette date n'existe pas : « 31/02/2027 ».")
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("on");
        assertThatThrownBy(() -> FrenchInput.date("on", "2027-02-29")).hasMessageStartingWith("Cette date n'existe pas");
        assertThatThrownBy(() -> FrenchInput.date("on", "demain")).hasMessageStartingWith("Date invalide");
    }

    @Test
    void timesAndMomentsAreReadWithAColonOrAnH() {
        assertThat(FrenchInput.time("at", "14h30")).isEqualTo(LocalTime.of(14, 30));
        assertThat(FrenchInput.time("at", "9:05")).isEqualTo(LocalTime.of(9, 5));
        assertThat(FrenchInput.time("at", "14h")).isEqualTo(LocalTime.of(14, 0));
        assertThatThrownBy(() -> FrenchInput.time("at", "25:00")).hasMessageStartingWith("Heure invalide");
        assertThat(FrenchInput.dateTime("at", "2027-03-31T14:30")).isEqualTo(LocalDateTime.of(2027, 3, 31, 14, 30));
        assertThat(FrenchInput.dateTime("at", "31/03/2027 14h30")).isEqualTo(LocalDateTime.of(2027, 3, 31, 14, 30));
        assertThatThrownBy(() -> FrenchInput.dateTime("at", "2027-03-31")).hasMessageStartingWith("Date et heure invalides");
    }

    @Test
    void choicesAndIdsOutsideTheListAreRefusedWithTheCallersMessage() {
        assertThat(FrenchInput.choice("colour", "BLUE", Colour.class, "Choisissez une couleur.")).isEqualTo(Colour.BLUE);
        assertThatThrownBy(() -> FrenchInput.choice("colour", "GREEN", Colour.class, "Choisissez une couleur."))
                .hasMessage("Choisissez une couleur.");
        assertThatThrownBy(() -> FrenchInput.id("partner", "x'; drop", "Choisissez un partenaire.")).hasMessage("Choisissez un partenaire.");
        assertThat(FrenchInput.id("partner", " ", "Choisissez un partenaire.")).isNull();
    }
}
