package fr.passerelle.trades;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EcologicalTransitionTest {

    @Test
    void romeWordingIsReadWhateverItsCaseAndAccents() {
        assertThat(EcologicalTransition.fromRome("Emploi Vert")).contains(EcologicalTransition.GREEN);
        assertThat(EcologicalTransition.fromRome("Emploi Brun")).contains(EcologicalTransition.BROWN);
        assertThat(EcologicalTransition.fromRome("Emploi stratégique pour la Transition écologique")).contains(EcologicalTransition.STRATEGIC);
        assertThat(EcologicalTransition.fromRome("emploi  blanc")).contains(EcologicalTransition.WHITE);
        assertThat(EcologicalTransition.fromRome("")).isEmpty();
        assertThat(EcologicalTransition.fromRome("Emploi rose")).isEmpty();
    }

    @Test
    void aWhiteJobIsNotShownAsATag() {
        assertThat(EcologicalTransition.WHITE.shown()).isFalse();
        assertThat(new TradeSheet.Tags(EcologicalTransition.WHITE, false, false, true, false).labels())
                .containsExactly("Métier réglementé");
        assertThat(new TradeSheet.Tags(EcologicalTransition.GREEN, true, false, false, true).labels())
                .containsExactly("Emploi vert", "Transition numérique", "Emploi cadre");
    }

    @Test
    void theCoherenceFlagIsReadAsStoredOrAsRomeWritesIt() {
        assertThat(CoreFlag.of("CORE")).isEqualTo(CoreFlag.CORE);
        assertThat(CoreFlag.of("Principale")).isEqualTo(CoreFlag.CORE);
        assertThat(CoreFlag.of("Émergente")).isEqualTo(CoreFlag.EMERGING);
        assertThat(CoreFlag.of(null)).isEqualTo(CoreFlag.NONE);
    }
}
