package fr.passerelle.jobs.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Actor;
import fr.passerelle.jobs.JobOfferContract;
import fr.passerelle.jobs.JobOfferLevel;
import fr.passerelle.platform.Replay;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The public board shows only published offers whose date has not passed, found by words, trade, facets and distance,
 * each facet counted without its own filter; an offer's page carries its JobPosting, the feed and the API follow the
 * same filters, and the cluster's public page shows its members' offers.
 */
@PasserelleIntegrationTest
class JobBoardTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JobOfferService service;
    @Autowired
    JobBoard board;
    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    Clock clock;
    @Autowired
    ObjectMapper json;

    String key;
    ClusterCard cluster;
    UUID welder;
    UUID cook;
    UUID draft;
    UUID expired;
    UUID closed;

    @BeforeEach
    void setUp() {
        key = "k" + UUID.randomUUID().toString().substring(0, 7);
        LocalDate today = service.today();
        cluster = ClusterFixtures.cluster(directory, clusters, "52", "Cluster du port " + key, Sector.MOBILITY);
        UUID company = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Atelier " + key, today.minusYears(1));
        Actor recruiter = TestActors.recruiterOf(company);
        welder = service.draft(recruiter, company, null, JobOfferFixtures.details("Soudeur naval " + key, JobOfferFixtures.WELDER,
                JobOfferContract.CDI, JobOfferFixtures.SAINT_NAZAIRE, JobOfferLevel.LEVEL_3));
        service.publish(recruiter, welder);
        cook = service.draft(recruiter, company, null, JobOfferFixtures.details("Cuisinier de cantine " + key, JobOfferFixtures.COOK,
                JobOfferContract.CDD, JobOfferFixtures.TOULOUSE, JobOfferLevel.LEVEL_4));
        service.publish(recruiter, cook);
        draft = service.draft(recruiter, company, null, JobOfferFixtures.welder("Soudeur brouillon " + key));
        expired = service.draft(recruiter, company, null, JobOfferFixtures.welder("Soudeur ancien " + key));
        Replay.at(Clock.offset(clock, Duration.ofDays(-70)), () -> {
            service.publish(recruiter, expired);
            return null;
        });
        closed = service.draft(recruiter, company, null, JobOfferFixtures.welder("Soudeur pourvu " + key));
        service.publish(recruiter, closed);
        service.close(recruiter, closed, board.publicOffer(closed).orElseThrow().version(), Filled.OTHERWISE);
    }

    private BoardResults search(String... pairs) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.add(pairs[i], pairs[i + 1]);
        }
        List<String> errors = new ArrayList<>();
        BoardResults results = board.search(BoardQuery.parse(params, 20, errors, p -> List.of()));
        assertThat(errors).isEmpty();
        return results;
    }

    private static Map<String, Long> counts(BoardResults results, String parameter) {
        Map<String, Long> counts = new java.util.HashMap<>();
        results.facets().stream().filter(f -> f.parameter().equals(parameter)).findFirst().orElseThrow().values()
                .forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }

    @Test
    void onlyPublishedUnexpiredOffersAreFoundByTheirWords() {
        BoardResults results = search("q", key);
        assertThat(results.items()).extracting(OfferView::id).containsExactlyInAnyOrder(welder, cook);
        assertThat(search("q", "soudeur " + key).items()).extracting(OfferView::id).containsExactly(welder);
        assertThat(board.publicOffer(draft)).isEmpty();
        assertThat(board.publicOffer(expired)).isEmpty();
        assertThat(board.publicOffer(closed)).isEmpty();
    }

    @Test
    void eachFacetCountsTheOffersOfItsValuesWithEveryOtherFilterKept() {
        BoardResults all = search("q", key);
        assertThat(counts(all, "contrat")).containsEntry("CDI", 1L).containsEntry("CDD", 1L);
        assertThat(counts(all, "domaine")).containsEntry("H", 1L).containsEntry("G", 1L);
        assertThat(counts(all, "region")).containsEntry("52", 1L).containsEntry("76", 1L);
        assertThat(counts(all, "cluster")).containsEntry(cluster.id().toString(), 2L);

        BoardResults cdi = search("q", key, "contrat", "CDI");
        assertThat(cdi.items()).extracting(OfferView::id).containsExactly(welder);
        // the contract facet still offers the CDD with its count; the others count the CDI only
        assertThat(counts(cdi, "contrat")).containsEntry("CDI", 1L).containsEntry("CDD", 1L);
        assertThat(counts(cdi, "niveau")).containsEntry("LEVEL_3", 1L).doesNotContainKey("LEVEL_4");
        assertThat(cdi.facets().stream().filter(f -> f.parameter().equals("contrat")).findFirst().orElseThrow().values())
                .filteredOn(BoardResults.FacetValue::selected).extracting(BoardResults.FacetValue::value).containsExactly("CDI");
    }

    @Test
    void offersAreFoundByTradeByGrandDomainByRegionAndByCluster() {
        assertThat(search("q", key, "metier", "H2913").items()).extracting(OfferView::id).containsExactly(welder);
        assertThat(search("q", key, "appellation", Integer.toString(JobOfferFixtures.COOK)).items()).extracting(OfferView::id).containsExactly(cook);
        assertThat(search("q", key, "domaine", "G").items()).extracting(OfferView::id).containsExactly(cook);
        assertThat(search("q", key, "region", "52").items()).extracting(OfferView::id).containsExactly(welder);
        assertThat(search("cluster", cluster.id().toString()).items()).extracting(OfferView::id).containsExactlyInAnyOrder(welder, cook);
    }

    @Test
    void offersAreFoundNearACommuneWithTheirDistanceAndTheCountPerRadius() throws Exception {
        String page = mvc.perform(get("/offres").param("q", key).param("commune", "Nantes").param("rayon", "100"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Soudeur naval " + key).doesNotContain("Cuisinier de cantine " + key)
                .contains("km)").contains("À moins de 100 km de Nantes (44) : 1 (choisi)").contains("À moins de 30 km de Nantes (44) : 0");
    }

    @Test
    void theBoardPageIsUpdatedInPartWithHtmxAndPaginatesInItsAddress() throws Exception {
        var full = mvc.perform(get("/offres").param("q", key)).andReturn().getResponse();
        assertThat(full.getStatus()).isEqualTo(200);
        String html = full.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<html").contains("id=\"board-form\"").contains("Soudeur naval " + key)
                .contains("/offres/flux.atom?q=" + key).contains("/api/v1/job-offers?q=" + key).doesNotContain("Soudeur brouillon " + key);
        String part = mvc.perform(get("/offres").param("q", key).param("contrat", "CDD").header("HX-Request", "true"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(part).doesNotContain("<html").contains("id=\"board-area\"").contains("Cuisinier de cantine " + key)
                .doesNotContain("Soudeur naval " + key);
    }

    @Test
    void anOfferPageCarriesItsJobPostingAndOnlyPublicOffersHaveOne() throws Exception {
        String html = mvc.perform(get("/offres/" + welder)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String ld = html.substring(html.indexOf("<script type=\"application/ld+json\" id=\"job-posting\">") + 52);
        JsonNode posting = json.readTree(ld.substring(0, ld.indexOf("</script>")));
        LocalDate today = service.today();
        assertThat(posting.get("@type").asString()).isEqualTo("JobPosting");
        assertThat(posting.get("title").asString()).isEqualTo("Soudeur naval " + key);
        assertThat(posting.get("datePosted").asString()).isEqualTo(today.toString());
        assertThat(posting.get("validThrough").asString()).startsWith(today.plusDays(60).toString());
        assertThat(posting.get("hiringOrganization").get("name").asString()).startsWith("Atelier " + key);
        assertThat(posting.get("jobLocation").get("address").get("addressLocality").asString()).isEqualTo("Saint-Nazaire");
        assertThat(posting.get("jobLocation").get("address").get("postalCode").asString()).isEqualTo("44600");
        assertThat(posting.get("jobLocation").get("geo").get("latitude").asDouble()).isBetween(47.0, 47.5);
        assertThat(posting.get("baseSalary").get("currency").asString()).isEqualTo("EUR");
        assertThat(posting.get("baseSalary").get("value").get("minValue").asInt()).isEqualTo(26000);
        assertThat(posting.get("baseSalary").get("value").get("maxValue").asInt()).isEqualTo(32000);
        assertThat(posting.get("employmentType").toString()).contains("FULL_TIME");
        assertThat(posting.get("occupationalCategory").asString()).startsWith("H2913");

        assertThat(mvc.perform(get("/offres/" + draft)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/offres/" + expired)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/offres/" + closed)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/offres/pas-une-offre")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theAtomFeedFollowsTheBoardsFilters() throws Exception {
        var response = mvc.perform(get("/offres/flux.atom").param("q", key)).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        String feed = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(feed).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">").contains("Soudeur naval " + key).contains("Cuisinier de cantine " + key)
                .contains("urn:uuid:" + welder).contains("/offres/" + welder).doesNotContain("Soudeur brouillon").doesNotContain("Soudeur ancien");
        String cdd = mvc.perform(get("/offres/flux.atom").param("q", key).param("contrat", "CDD")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(cdd).contains("Cuisinier de cantine " + key).doesNotContain("Soudeur naval " + key);
    }

    @Test
    void theApiListsAndGivesPublicOffersWithTheSameFiltersAndIsInTheOpenApiDocument() throws Exception {
        JsonNode page = json.readTree(mvc.perform(get("/api/v1/job-offers").param("q", key).param("contrat", "CDI"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(welder.toString());
        assertThat(page.get("items").get(0).get("tradeCode").asString()).isEqualTo("H2913");
        assertThat(page.get("facets").toString()).contains("\"CDD\"");
        JsonNode offer = json.readTree(mvc.perform(get("/api/v1/job-offers/" + cook)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(offer.get("title").asString()).isEqualTo("Cuisinier de cantine " + key);
        assertThat(offer.get("contract").asString()).isEqualTo("CDD");
        assertThat(mvc.perform(get("/api/v1/job-offers/" + draft)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("/api/v1/job-offers").contains("/api/v1/job-offers/{id}");
    }

    @Test
    void theClustersPublicPageShowsItsMembersOffers() throws Exception {
        String html = mvc.perform(get(cluster.publicPath())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Offres d’emploi des entreprises membres").contains("Soudeur naval " + key)
                .contains("/offres/" + welder).doesNotContain("Soudeur brouillon " + key);
    }
}
