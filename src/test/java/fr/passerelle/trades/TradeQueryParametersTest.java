package fr.passerelle.trades;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class TradeQueryParametersTest {

    private static MultiValueMap<String, String> params(String... pairs) {
        MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.add(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void aSharedUrlGivesBackTheSameQuery() {
        List<String> errors = new ArrayList<>();
        TradeQuery query = TradeQueryParameters.parse(params("q", "soudeuse", "grand-domaine", "h", "domaine", "H29",
                "secteur", "16", "transition", "green", "tag", "REGULATED", "page", "2"), 20, errors);

        assertThat(errors).isEmpty();
        assertThat(query.grandDomains()).containsExactly("H");
        assertThat(query.ecological()).containsExactly(EcologicalTransition.GREEN);
        assertThat(query.tags()).containsExactly(TradeTag.REGULATED);
        String url = TradeQueryParameters.url("/metiers", query, 2);
        assertThat(url).isEqualTo("/metiers?q=soudeuse&grand-domaine=H&domaine=H29&secteur=16&transition=GREEN&tag=REGULATED&page=2");
        assertThat(TradeQueryParameters.parse(params("q", "soudeuse", "grand-domaine", "H", "domaine", "H29", "secteur", "16",
                "transition", "GREEN", "tag", "REGULATED", "page", "2"), 20, new ArrayList<>())).isEqualTo(query);
    }

    @Test
    void valuesOfTheWrongShapeAreReportedInFrenchAndIgnored() {
        List<String> errors = new ArrayList<>();
        TradeQuery query = TradeQueryParameters.parse(params("domaine", "H2", "transition", "ROSE", "tag", "CHEAP", "page", "-1"),
                20, errors);

        assertThat(query.domains()).isEmpty();
        assertThat(query.ecological()).isEmpty();
        assertThat(query.tags()).isEmpty();
        assertThat(query.page()).isEqualTo(1);
        assertThat(errors).containsExactly("« H2 » n'est pas un code de domaine professionnel.",
                "« ROSE » n'est pas une valeur de transition écologique.",
                "« CHEAP » n'est pas une valeur de caractéristique.",
                "« page » est un nombre entier positif, pas « -1 ».");
    }

    @Test
    void theFirstPageIsLeftOutOfTheUrl() {
        assertThat(TradeQueryParameters.url("/metiers", TradeQuery.text("cuisinier", 20), 1)).isEqualTo("/metiers?q=cuisinier");
    }
}
