package fr.passerelle.trades;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void foldingRemovesAccentsLigaturesAndCase() {
        assertThat(SearchWords.fold("Cuisinière")).isEqualTo("cuisiniere");
        assertThat(SearchWords.fold("CŒUR de Métier")).isEqualTo("coeur de metier");
        assertThat(SearchWords.fold("Électricien·ne")).isEqualTo("electricien·ne");
        assertThat(SearchWords.fold(null)).isEmpty();
    }

    @Test
    void wordsAreFoldedWithoutElidedArticlesLittleWordsOrRepeats() {
        assertThat(SearchWords.of("Conducteur d'engins de l’Exploitation")).containsExactly("conducteur", "engins", "exploitation");
        assertThat(SearchWords.of("  soudeuse   SOUDEUSE ")).containsExactly("soudeuse");
        assertThat(SearchWords.of("agent/agente d entretien")).containsExactly("agent", "agente", "entretien");
    }

    @Test
    void oneLetterAloneOrNothingGivesNoWord() {
        assertThat(SearchWords.of("a")).isEmpty();
        assertThat(SearchWords.of("   ")).isEmpty();
        assertThat(SearchWords.of(null)).isEmpty();
        assertThat(SearchWords.of("de la")).isEmpty();
    }

    @Test
    void aTradeCodeIsAWord() {
        assertThat(SearchWords.of("H2913")).containsExactly("h2913");
    }

    @Test
    void atMostTwelveWordsAreSearched() {
        assertThat(SearchWords.of("aa bb cc dd ee ff gg hh ii jj kk ll mm nn")).hasSize(SearchWords.MAX_WORDS);
    }
}
