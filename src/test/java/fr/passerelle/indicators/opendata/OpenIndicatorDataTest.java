package fr.passerelle.indicators.opendata;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusIdentity;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.LabelStatus;
import fr.passerelle.campus.Sector;
import fr.passerelle.indicators.IndicatorDeclarations;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The open data of the indicators: only public indicators and values neither masked nor blank, in the CSV and the API,
 * paginated and filtered, with their publication date; the publication replaces the snapshot, once a day by the job and
 * on demand by the national administration only. On a campus of its own, so that no count depends on other tests.
 */
@PasserelleIntegrationTest
class OpenIndicatorDataTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CampusRegistry registry;
    @Autowired
    IndicatorDeclarations declarations;
    @Autowired
    OpenIndicators publications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    static CampusCard campus;
    static int year;

    @BeforeEach
    void aCampusWithPublicMaskedAndPrivateValues() {
        if (campus != null) {
            return;
        }
        int year = Year.now(clock).getValue() - 1;
        var identity = new CampusIdentity("Campus des données ouvertes " + UUID.randomUUID(), Sector.ENERGY_TRANSITION, "32", "09", null, null,
                null, null, null, LabelCategory.STANDARD, LabelStatus.LABELLED, null, null, null, null, null, null, null, null);
        CampusCard campus = registry.create(TestActors.nationalAdmin(), identity);
        var admin = TestActors.nationalAdmin();
        declarations.declare(admin, campus.id(), "SOCIAL_NETWORKS", year, Map.of("", new BigDecimal("123")), "Publications.");
        declarations.declare(admin, campus.id(), "SOCIAL_NETWORKS", year - 1, Map.of("", new BigDecimal("77")), "Publications.");
        // One declaration is one row, under the threshold of 5: masked, never published.
        declarations.declare(admin, campus.id(), "NETWORK_SATISFACTION", year, Map.of("", new BigDecimal("87")), "Enquête.");
        declarations.declare(admin, campus.id(), "LEARNERS_BY_ROUTE", year, Map.of("SCHOOL", new BigDecimal("40"), "APPRENTICESHIP",
                new BigDecimal("15"), "CONTINUING", new BigDecimal("6")), "Effectifs.");
        OpenIndicatorDataTest.year = year;
        OpenIndicatorDataTest.campus = campus;
    }

    String values(String query) throws Exception {
        return mvc.perform(get("/api/v1/indicators/values?" + query)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void onlyPublicIndicatorsWithValuesNeitherMaskedNorBlankArePublishedInTheApiAndTheCsv() throws Exception {
        // LEARNERS_BY_ROUTE is made private for the time of the test.
        jdbc.sql("update indicator set public = false where code = 'LEARNERS_BY_ROUTE'").update();
        try {
            publications.publishNow(TestActors.nationalAdmin());
            String json = values("campus=" + campus.slug() + "&year=" + year + "&size=1000");
            List<String> codes = JsonPath.read(json, "$.items[*].indicator");
            assertThat(codes).contains("SOCIAL_NETWORKS", "STEERING_MEETINGS").doesNotContain("NETWORK_SATISFACTION", "LEARNERS_BY_ROUTE",
                    "STEERING_PARTICIPATION");
            List<Object> social = JsonPath.read(json, "$.items[?(@.indicator == 'SOCIAL_NETWORKS')].value");
            assertThat(social).hasSize(1);
            assertThat(new BigDecimal(social.get(0).toString())).isEqualByComparingTo("123");
            assertThat((String) JsonPath.read(json, "$.publishedAt")).isNotBlank();
            assertThat((String) JsonPath.read(json, "$.items[0].campusName")).isEqualTo(campus.name());
            assertThat((String) JsonPath.read(json, "$.items[0].regionCode")).isEqualTo("32");

            List<String> catalogue = JsonPath.read(mvc.perform(get("/api/v1/indicators")).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$[*].code");
            assertThat(catalogue).contains("SOCIAL_NETWORKS", "NETWORK_SATISFACTION").doesNotContain("LEARNERS_BY_ROUTE");

            var csv = mvc.perform(get("/open-data/indicators.csv").param("annee", Integer.toString(year)).param("academie", "09"))
                    .andExpect(status().isOk())
                    .andExpect(header().exists("Last-Modified"))
                    .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            List<String> lines = csv.lines().toList();
            assertThat(lines.get(0)).isEqualTo(String.join(";", OpenDataCsvController.HEADER));
            List<String> ours = lines.stream().filter(l -> l.contains(";" + campus.slug() + ";")).toList();
            assertThat(ours).as(lines.size() + " lines, e.g. " + lines.subList(0, Math.min(3, lines.size())) + " for " + campus.slug()).anySatisfy(l -> assertThat(l).startsWith(year + ";" + year + ";SOCIAL_NETWORKS;Utilisation des réseaux sociaux;")
                    .contains(";123;" + campus.slug() + ";"));
            assertThat(ours).noneMatch(l -> l.contains("NETWORK_SATISFACTION") || l.contains("LEARNERS_BY_ROUTE") || l.contains(";87;"));
            assertThat(lines).allMatch(l -> l.startsWith(year + ";") || l.startsWith("annee;"));
            String elsewhere = mvc.perform(get("/open-data/indicators.csv").param("region", "84")).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(elsewhere).startsWith("annee;").doesNotContain(campus.slug());
        } finally {
            jdbc.sql("update indicator set public = true where code = 'LEARNERS_BY_ROUTE'").update();
        }
        publications.publishNow(TestActors.nationalAdmin());
        List<String> codes = JsonPath.read(values("campus=" + campus.slug() + "&year=" + year + "&size=1000"), "$.items[*].indicator");
        assertThat(codes).contains("LEARNERS_BY_ROUTE").doesNotContain("NETWORK_SATISFACTION");
    }

    @Test
    void theApiPaginatesAndFiltersInSqlAndStatesThePublicationDate() throws Exception {
        publications.publishNow(TestActors.nationalAdmin());
        String all = values("campus=" + campus.slug() + "&year=" + year + "&size=1000");
        int total = JsonPath.read(all, "$.totalItems");
        assertThat(total).isGreaterThan(4);
        String first = values("campus=" + campus.slug() + "&year=" + year + "&size=2&page=1");
        String second = values("campus=" + campus.slug() + "&year=" + year + "&size=2&page=2");
        assertThat((List<?>) JsonPath.read(first, "$.items")).hasSize(2);
        assertThat((int) JsonPath.read(first, "$.totalItems")).isEqualTo(total);
        assertThat((int) JsonPath.read(first, "$.totalPages")).isEqualTo((total + 1) / 2);
        List<String> firstCodes = JsonPath.read(first, "$.items[*].indicator");
        List<String> secondCodes = JsonPath.read(second, "$.items[*].indicator");
        List<String> allCodes = JsonPath.read(all, "$.items[*].indicator");
        assertThat(allCodes.subList(0, 4)).containsExactly(firstCodes.get(0), firstCodes.get(1), secondCodes.get(0), secondCodes.get(1));

        assertThat((int) JsonPath.read(values("campus=" + campus.slug() + "&year=" + year + "&region=32"), "$.totalItems")).isEqualTo(total);
        assertThat((int) JsonPath.read(values("campus=" + campus.slug() + "&year=" + year + "&academy=09"), "$.totalItems")).isEqualTo(total);
        assertThat((int) JsonPath.read(values("campus=" + campus.slug() + "&year=" + year + "&region=84"), "$.totalItems")).isZero();
        assertThat((int) JsonPath.read(values("campus=" + campus.slug() + "&year=" + (year - 1) + "&indicator=SOCIAL_NETWORKS"), "$.totalItems"))
                .isEqualTo(1);
        List<Integer> years = JsonPath.read(values("campus=" + campus.slug() + "&indicator=SOCIAL_NETWORKS"), "$.items[*].year");
        assertThat(years).containsExactly(year - 1, year);

        var response = mvc.perform(get("/api/v1/indicators/values").param("campus", campus.slug())).andExpect(status().isOk())
                .andExpect(header().exists("Last-Modified")).andReturn().getResponse();
        mvc.perform(get("/api/v1/indicators/values").param("campus", campus.slug()).header("If-Modified-Since", response.getHeader("Last-Modified")))
                .andExpect(status().isNotModified());
        for (String bad : List.of("size=0", "size=1001", "page=0", "page=x", "year=deux-mille", "year=1900")) {
            mvc.perform(get("/api/v1/indicators/values?" + bad)).andExpect(status().isBadRequest());
        }
    }

    @Test
    void publishingAgainReplacesTheSnapshotAndTheDailyJobRunsOncePerDay() {
        publications.publishNow(TestActors.nationalAdmin());
        long before = ours();
        var latest = publications.latest().orElseThrow();
        publications.publishNow(TestActors.nationalAdmin());
        assertThat(ours()).isEqualTo(before).isPositive();
        assertThat(publications.latest().orElseThrow().publishedAt()).isAfterOrEqualTo(latest.publishedAt());

        LocalDate someDay = LocalDate.of(1990, 1, 1).plusDays((long) (Math.random() * 3000));
        assertThat(publications.publishOnceFor(someDay)).isTrue();
        assertThat(publications.publishOnceFor(someDay)).as("another node, or a second run, the same day").isFalse();
        assertThat(ours()).isEqualTo(before);
        assertThat(publications.latest().orElseThrow().publishedBy()).as("the job").isNull();
    }

    long ours() {
        return jdbc.sql("select count(*) from indicator_open_value where campus_id = ?").param(campus.id()).query(Long.class).single();
    }

    @Test
    void onlyTheNationalAdministrationPublishesOnDemand() throws Exception {
        assertThatThrownBy(() -> publications.publishNow(TestActors.coordinatorOf("32"))).isInstanceOf(AccessDeniedException.class);
        for (String who : List.of("coordination", "direction", "referent", "expert")) {
            mvc.perform(post(PublicationController.PATH).with(as(users, who)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(post(PublicationController.PATH).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/connexion")));
        mvc.perform(post(PublicationController.PATH).with(as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", org.hamcrest.Matchers.startsWith("Données ouvertes des indicateurs publiées le ")));
        String catalogue = mvc.perform(get("/gestion/indicateurs").with(as(users, "admin"))).andReturn().getResponse().getContentAsString();
        assertThat(catalogue).contains("Publier les données ouvertes maintenant");
        String forCoordination = mvc.perform(get("/gestion/indicateurs").with(as(users, "coordination"))).andReturn().getResponse().getContentAsString();
        assertThat(forCoordination).doesNotContain("Publier les données ouvertes maintenant");
    }

    @Test
    void theOpenDataPageLinksTheCsvAndTheOpenApiDocumentDescribesTheIndicatorsApi() throws Exception {
        assertThat(mvc.perform(get("/api-et-donnees-ouvertes")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("/open-data/indicators.csv", "/api/v1/indicators/values");
        String openApi = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(openApi).contains("/api/v1/indicators/values", "/api/v1/indicators", "Valeurs annuelles des indicateurs publics");
    }
}
