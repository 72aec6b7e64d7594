package fr.passerelle.campus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The search by distance from a town or a postcode, on the search page, the API and open data. */
@PasserelleIntegrationTest
class DistanceSearchTest {

    private static final String TOURISM_TOUQUET = "Campus des métiers et des qualifications Tourisme et innovation";
    private static final String PUBLIC_WORKS_LILLE = "Campus des métiers et des qualifications Travaux publics";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void apiGivesTheCampusesWithinTheDistanceOfATownNearestFirst() throws Exception {
        JsonNode near = items(get("/api/v1/campuses").param("lieu", "Lille").param("distance", "20").param("taille", "200"));
        List<String> names = names(near);
        assertThat(names).contains(PUBLIC_WORKS_LILLE).doesNotContain(TOURISM_TOUQUET);
        near.forEach(item -> assertThat(item.get("distanceKm").asDouble()).isBetween(0.0, 20.0));

        // Le Touquet is about 100 km from Lille: a wider circle takes it in, after the Lille campuses.
        JsonNode wide = items(get("/api/v1/campuses").param("lieu", "lille").param("distance", "150").param("taille", "200"));
        List<String> wideNames = names(wide);
        assertThat(wideNames).contains(PUBLIC_WORKS_LILLE, TOURISM_TOUQUET);
        assertThat(wideNames.indexOf(TOURISM_TOUQUET)).isGreaterThan(wideNames.indexOf(PUBLIC_WORKS_LILLE));
        List<Double> distances = new ArrayList<>();
        wide.forEach(item -> distances.add(item.get("distanceKm").asDouble()));
        assertThat(distances).isSorted();
    }

    @Test
    void aPostcodeFindsTheSameCampusesAsItsTown() throws Exception {
        List<String> byTown = names(items(get("/api/v1/campuses").param("lieu", "Lille").param("distance", "20").param("taille", "200")));
        List<String> byPostcode = names(items(get("/api/v1/campuses").param("lieu", "59000").param("distance", "20").param("taille", "200")));
        assertThat(byPostcode).isEqualTo(byTown).isNotEmpty();
    }

    @Test
    void distanceCombinesWithWordsAndFilters() throws Exception {
        List<String> digital = names(items(get("/api/v1/campuses").param("lieu", "Grenoble").param("distance", "100")
                .param("filiere", "DIGITAL").param("taille", "200")));
        assertThat(digital).contains("Campus des métiers et des qualifications Numérique Drôme-Ardèche")
                .doesNotContain("Grenoble énergies campus");
        List<String> words = names(items(get("/api/v1/campuses").param("lieu", "Grenoble").param("distance", "10")
                .param("q", "énergies").param("taille", "200")));
        assertThat(words).contains("Grenoble énergies campus").doesNotContain("Campus des métiers et des qualifications Numérique Drôme-Ardèche");
    }

    @Test
    void apiRefusesAnUnknownPlaceAnAmbiguousNameAndABadDistanceInFrench() throws Exception {
        mvc.perform(get("/api/v1/campuses").param("lieu", "Atlantide"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Aucune commune ne correspond à « Atlantide »")));
        mvc.perform(get("/api/v1/campuses").param("lieu", "Saint-Denis"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Plusieurs communes s'appellent « Saint-Denis »")));
        mvc.perform(get("/api/v1/campuses").param("lieu", "Saint-Denis (93)")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/campuses").param("lieu", "Lille").param("distance", "loin"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("« distance » est un nombre entier de kilomètres")));
    }

    @Test
    void searchPageSaysWhereFromAndHowFarEachCampusIs() throws Exception {
        mvc.perform(get("/campus").param("lieu", "Lille").param("distance", "20"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("à moins de 20 km de Lille (59000), du plus proche au plus lointain")))
                .andExpect(content().string(containsString("class=\"campus-distance\">à moins d&#39;1 km</span>")))
                .andExpect(content().string(containsString("Travaux publics")))
                .andExpect(content().string(not(containsString("Tourisme et innovation"))))
                // the links keep the place and the distance
                .andExpect(content().string(containsString("/open-data/campuses.csv?lieu=Lille&amp;distance=20")))
                .andExpect(content().string(containsString("value=\"Lille\"")));
        mvc.perform(get("/campus").param("lieu", "Atlantide"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune commune ne correspond à « Atlantide »")))
                .andExpect(content().string(containsString("value=\"Atlantide\"")));
    }

    @Test
    void openDataExportsTheSameCampusesWithTheirDistance() throws Exception {
        String csv = mvc.perform(get("/open-data/campuses.csv").param("lieu", "Lille").param("distance", "20"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).endsWith(";page;distance_km");
        assertThat(csv).contains("Travaux publics").doesNotContain("Tourisme et innovation");
        assertThat(lines.length - 1).isEqualTo(names(items(get("/api/v1/campuses").param("lieu", "Lille").param("distance", "20")
                .param("taille", "200"))).size());

        String geojson = mvc.perform(get("/open-data/campuses.geojson").param("lieu", "59000").param("distance", "20"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode features = json.readTree(geojson).get("features");
        assertThat(features.size()).isPositive();
        features.forEach(f -> assertThat(f.get("properties").get("distance_km").asDouble()).isLessThanOrEqualTo(20.0));
    }

    private JsonNode items(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body).get("items");
    }

    private static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.get("name").asString()));
        return names;
    }
}
