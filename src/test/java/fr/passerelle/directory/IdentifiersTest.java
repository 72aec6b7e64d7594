package fr.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"0010826T", "0010856A", "0010965U", "0750001U", " 0010826t "})
    void realUaiCodesAreAccepted(String uai) {
        assertThat(Identifiers.isValidUai(uai)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0010826A", "001082T", "00108260", "ABCDEFGH", "", "0010826TT"})
    void uaiWithWrongKeyOrShapeIsRefused(String uai) {
        assertThat(Identifiers.isValidUai(uai)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"85052026300011", "77931004400028", "41884676200056", "850 520 263 00011"})
    void realSiretNumbersAreAccepted(String siret) {
        assertThat(Identifiers.isValidSiret(siret)).isTrue();
        assertThat(Identifiers.isValidSiretOrSiren(siret)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"85052026300012", "8505202630001", "abcdefghijklmn"})
    void siretWithWrongKeyOrShapeIsRefused(String siret) {
        assertThat(Identifiers.isValidSiret(siret)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"850520263", "779310044", "418846762"})
    void sirenIsTheLuhnCheckedHeadOfASiret(String siren) {
        assertThat(Identifiers.isValidSiren(siren)).isTrue();
        assertThat(Identifiers.isValidSiren(siren.substring(0, 8) + ((siren.charAt(8) - '0' + 1) % 10))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"35600000000048", "35600000049837"})
    void laPosteEstablishmentsAreCheckedByTheirDigitSum(String siret) {
        assertThat(Identifiers.isValidSiret(siret)).isTrue();
    }
}
