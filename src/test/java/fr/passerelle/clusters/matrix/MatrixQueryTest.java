package fr.passerelle.clusters.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

class MatrixQueryTest {

    @Test
    void aSearchSurvivesItsAddressSoThatItCanBeShared() {
        UUID market = UUID.randomUUID();
        UUID branch = UUID.randomUUID();
        var query = new MatrixQuery("génie électrique & naval", Set.of(14057), Set.of(), Set.of(), Set.of(market), Set.of(branch),
                Set.of(MatrixState.STALE), 3);

        String url = query.url("/gestion/clusters/x/matrice", query.page());
        var params = new LinkedMultiValueMap<>(UriComponentsBuilder.fromUriString(url).build(true).getQueryParams());
        params.replaceAll((k, values) -> values.stream().map(v -> java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8)).toList());

        assertThat(MatrixQuery.from(params)).isEqualTo(query);
    }

    @Test
    void valuesThatCannotBeReadAreLeftOutNeverGuessed() {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("job", "abc");
        params.add("job", "11971");
        params.add("market", "not-an-id");
        params.add("state", "WHATEVER");
        params.add("page", "-2");
        MatrixQuery query = MatrixQuery.from(params);
        assertThat(query.jobTitles()).containsExactly(11971);
        assertThat(query.markets()).isEmpty();
        assertThat(query.states()).isEmpty();
        assertThat(query.page()).isEqualTo(1);
    }
}
