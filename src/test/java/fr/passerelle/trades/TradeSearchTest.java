package fr.passerelle.trades;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.trades.TradeResults.Facet;
import fr.passerelle.trades.TradeResults.FacetValue;
import fr.passerelle.trades.TradeResults.TradeCard;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The trade search on the sample release imported at start (19 fiches). */
@PasserelleIntegrationTest
class TradeSearchTest {

    @Autowired
    TradeSearch search;

    private static TradeQuery query(String text) {
        return TradeQuery.text(text, 50);
    }

    private static Facet facet(TradeResults results, String parameter) {
        return results.facets().stream().filter(f -> f.parameter().equals(parameter)).findFirst().orElseThrow();
    }

    @Test
    void everyFicheOfTheCurrentReleaseIsIndexed() {
        assertThat(search.search(query("")).total()).isEqualTo(19);
    }

    @Test
    void aFicheIsFoundByTheWordsOfItsJobTitlesAccentsAndCaseIgnored() {
        assertThat(search.search(query("soudeuse")).items()).extracting(TradeCard::code).contains("H2913", "H2916");
        assertThat(search.search(query("cuisiniere")).items()).extracting(TradeCard::code).contains("G1609");
        assertThat(search.search(query("CUISINIÈRE")).items()).extracting(TradeCard::code)
                .containsExactlyElementsOf(search.search(query("cuisiniere")).items().stream().map(TradeCard::code).toList());
        assertThat(search.search(query("braseuse")).items()).extracting(TradeCard::code).contains("H2913");
    }

    @Test
    void everyWordMustMatchAndTheBestMatchComesFirst() {
        assertThat(search.search(query("engins agricoles")).items()).extracting(TradeCard::code).first().isEqualTo("A1101");
        assertThat(search.search(query("soudeuse cuisine")).total()).isZero();
        assertThat(search.search(query("H2913")).items()).extracting(TradeCard::code).first().isEqualTo("H2913");
    }

    @Test
    void eachFacetCountsTheFichesThatMatchTheOtherFilters() {
        TradeResults all = search.search(query(""));
        Facet grand = facet(all, TradeQueryParameters.GRAND_DOMAIN);
        assertThat(grand.values().stream().mapToLong(FacetValue::count).sum()).isEqualTo(19);
        FacetValue industry = grand.values().stream().filter(v -> v.value().equals("H")).findFirst().orElseThrow();
        assertThat(industry.label()).isEqualTo("Industrie");

        TradeResults inIndustry = search.search(new TradeQuery("", Set.of("H"), Set.of(), Set.of(), Set.of(), Set.of(), 1, 50));
        assertThat(inIndustry.total()).isEqualTo(industry.count());
        assertThat(facet(inIndustry, TradeQueryParameters.GRAND_DOMAIN).values()).hasSameSizeAs(grand.values());
        assertThat(facet(inIndustry, TradeQueryParameters.DOMAIN).values()).extracting(FacetValue::value).contains("H29");
        assertThat(all.facets()).extracting(Facet::parameter).doesNotContain(TradeQueryParameters.DOMAIN);
    }

    @Test
    void theEcologicalTransitionAndTheTagsFilterTheFiches() {
        TradeResults strategic = search.search(new TradeQuery("", Set.of(), Set.of(), Set.of(),
                Set.of(EcologicalTransition.STRATEGIC), Set.of(), 1, 50));
        assertThat(strategic.items()).extracting(TradeCard::code).contains("H2916", "A1102").doesNotContain("H2913");
        assertThat(strategic.items()).allSatisfy(c -> assertThat(c.tags()).contains(EcologicalTransition.STRATEGIC.label()));

        TradeResults all = search.search(query(""));
        assertThat(facet(all, TradeQueryParameters.ECOLOGICAL).values()).extracting(FacetValue::value).contains("STRATEGIC", "WHITE");
        assertThat(facet(all, TradeQueryParameters.SECTOR).values()).isNotEmpty()
                .allSatisfy(v -> assertThat(v.label()).isNotEqualTo(v.value()));
    }

    @Test
    void resultsArePaged() {
        TradeResults first = search.search(new TradeQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 1, 5));
        TradeResults fourth = search.search(new TradeQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 4, 5));
        assertThat(first.items()).hasSize(5);
        assertThat(fourth.items()).hasSize(4);
        assertThat(first.totalPages()).isEqualTo(4);
        assertThat(first.items()).extracting(TradeCard::code).doesNotContainAnyElementsOf(fourth.items().stream().map(TradeCard::code).toList());
    }
}
