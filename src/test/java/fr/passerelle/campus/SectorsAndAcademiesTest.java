package fr.passerelle.campus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.platform.BusinessRuleException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A campus of several sectors (« multi-filières ») and common to several académies (« interacadémique »): the demo's
 * Brittany sea campus and the Hauts-de-France tourism campus of Lille and Amiens, and campuses entered here.
 */
@PasserelleIntegrationTest
class SectorsAndAcademiesTest {

    static final String TOURISM = "Campus des métiers et des qualifications Tourisme et innovation";
    static final String SEA = "Campus des métiers et des qualifications Industries de la mer";

    @Autowired
    CampusSearch search;
    @Autowired
    CampusRegistry registry;
    @Autowired
    CampusImport campusImport;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    private CampusCard demo(String name) {
        return registry.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static CampusQuery bySector(Sector sector) {
        return new CampusQuery("", Set.of(), Set.of(), Set.of(sector), Set.of(), Set.of(), 1, 200);
    }

    private static CampusQuery byAcademy(String academy) {
        return new CampusQuery("", Set.of(), Set.of(academy), Set.of(), Set.of(), Set.of(), 1, 200);
    }

    private static long count(SearchResults results, String parameter, String value) {
        return results.facets().stream().filter(f -> f.parameter().equals(parameter)).findFirst().orElseThrow()
                .values().stream().filter(v -> v.value().equals(value)).mapToLong(SearchResults.FacetValue::count).sum();
    }

    @Test
    void theDemoHoldsAMultiSectorCampusAndACampusOfLilleAndAmiens() {
        CampusCard sea = demo(SEA);
        assertThat(sea.sector()).isEqualTo(Sector.MOBILITY);
        assertThat(sea.otherSectors()).containsExactlyInAnyOrder(Sector.ENERGY_TRANSITION, Sector.TOURISM, Sector.FOOD);
        CampusCard tourism = demo(TOURISM);
        assertThat(tourism.academyCodes()).containsExactly("09", "20");
        assertThat(tourism.academyNamesText()).isEqualTo("Lille et Amiens");
    }

    @Test
    void theSectorFacetCountsACampusUnderEachOfItsSectorsAndEachSectorFindsIt() {
        SearchResults all = search.search(new CampusQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 1, 200));
        long sectorCounts = all.facets().stream().filter(f -> f.parameter().equals("filiere")).findFirst().orElseThrow()
                .values().stream().mapToLong(SearchResults.FacetValue::count).sum();
        long sectorsOfEveryCampus = registry.all().stream().mapToLong(c -> c.sectors().size()).sum();
        assertThat(sectorCounts).isEqualTo(sectorsOfEveryCampus).isGreaterThan(all.total());

        for (Sector sector : List.of(Sector.MOBILITY, Sector.ENERGY_TRANSITION, Sector.TOURISM, Sector.FOOD)) {
            SearchResults found = search.search(bySector(sector));
            assertThat(found.items()).extracting(CampusCard::name).as(sector.name()).contains(SEA);
            assertThat(count(all, "filiere", sector.name())).as(sector.name()).isEqualTo(found.total());
        }
    }

    @Test
    void filteringByTheSecondAcademyFindsTheInteracademicCampusAndTheFacetCountsItUnderBoth() {
        SearchResults amiens = search.search(byAcademy("20"));
        assertThat(amiens.items()).extracting(CampusCard::name).contains(TOURISM);
        assertThat(search.search(byAcademy("09")).items()).extracting(CampusCard::name).contains(TOURISM);
        SearchResults all = search.search(new CampusQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 1, 200));
        assertThat(count(all, "academie", "20")).isEqualTo(amiens.total());
        // The Amiens academic referent finds it in their back office, and reads everything of it
        var referent = TestActors.referentOf("20");
        CampusCard tourism = demo(TOURISM);
        assertThat(registry.inScopeOf(referent)).extracting(s -> s.card().name()).contains(TOURISM);
        assertThat(registry.inScopeOf(referent, 100).campuses()).extracting(s -> s.card().name()).contains(TOURISM);
        assertThat(registry.canReadEverything(referent, tourism.id())).isTrue();
        assertThat(registry.requireReadable(referent, tourism.id()).id()).isEqualTo(tourism.id());
        assertThat(registry.canReadEverything(TestActors.referentOf("70"), tourism.id())).isFalse();
    }

    @Test
    void theApiTheCsvAndTheGeojsonListTheOtherSectorsAndAcademies() throws Exception {
        CampusCard tourism = demo(TOURISM);
        JsonNode one = json.readTree(mvc.perform(get("/api/v1/campuses/" + tourism.slug())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(one.get("academyCode").asString()).isEqualTo("09");
        assertThat(one.get("otherAcademies").get(0).get("code").asString()).isEqualTo("20");
        assertThat(one.get("otherAcademies").get(0).get("name").asString()).isEqualTo("Amiens");

        CampusCard sea = demo(SEA);
        JsonNode seaJson = json.readTree(mvc.perform(get("/api/v1/campuses").param("filiere", "FOOD").param("taille", "200"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode seaItem = null;
        for (JsonNode item : seaJson.get("items")) {
            if (item.get("slug").asString().equals(sea.slug())) {
                seaItem = item;
            }
        }
        assertThat(seaItem).as("the sea campus is found under its other sector FOOD").isNotNull();
        List<String> codes = new java.util.ArrayList<>();
        seaItem.get("otherSectors").forEach(s -> codes.add(s.get("code").asString()));
        assertThat(codes).containsExactlyInAnyOrder("ENERGY_TRANSITION", "TOURISM", "FOOD");

        String csv = mvc.perform(get("/open-data/campuses/" + tourism.slug() + ".csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        List<String> header = List.of(lines[0].split(";"));
        List<String> row = List.of(lines[1].split(";", -1));
        assertThat(row.get(header.indexOf("autres_codes_academies"))).isEqualTo("20");
        assertThat(row.get(header.indexOf("autres_academies"))).isEqualTo("Amiens");
        String seaCsv = mvc.perform(get("/open-data/campuses/" + sea.slug() + ".csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(seaCsv).contains("Transition énergétique, éco-industrie").contains("Alimentaire, agroalimentaire");

        JsonNode geojson = json.readTree(mvc.perform(get("/open-data/campuses/" + tourism.slug() + ".geojson"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        JsonNode properties = geojson.get("features").get(0).get("properties");
        assertThat(properties.get("autres_academies").get(0).asString()).isEqualTo("Amiens");
        assertThat(properties.get("autres_filieres").isArray()).isTrue();
    }

    @Test
    void anAcademyOfAnotherRegionIsRefusedWithAClearMessage() {
        CampusIdentity lilleAndRouen = new CampusIdentity("Campus essai " + UUID.randomUUID(), Sector.DIGITAL, "32", "09", null, null,
                null, null, null, LabelCategory.STANDARD, LabelStatus.APPLICANT, null, null, null, null, null, null, null, null,
                List.of(), List.of("70"));
        assertThatThrownBy(() -> registry.create(TestActors.nationalAdmin(), lilleAndRouen))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("L'académie de Normandie n'est pas dans la région Hauts-de-France");

        CampusCard created = registry.create(TestActors.nationalAdmin(), lilleAndRouen.withOthers(List.of(Sector.TOURISM, Sector.DIGITAL),
                List.of("20")));
        assertThat(created.otherSectors()).containsExactly(Sector.TOURISM);
        assertThat(created.academyCodes()).containsExactly("09", "20");
    }

    @Test
    void theImportAcceptsOtherSectorsAndAcademiesAndReportsABadOneByLineAndColumn() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String csv = "nom;filiere;autres_filieres;code_region;code_academie;autres_academies;categorie\n"
                + "Campus importé multi " + suffix + ";Mobilité, aéronautique, transports terrestres et maritimes;"
                + "\"Transition énergétique, éco-industrie; TOURISM\";32;09;20;Standard\n"
                + "Campus importé faux " + suffix + ";Numérique, télécommunications;\"Numérique, télécommunications; Astronautique\";32;09;;Standard\n"
                + "Campus importé hors " + suffix + ";Numérique, télécommunications;;32;09;70;Standard\n";
        var preview = campusImport.preview(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(preview.problems()).extracting(CampusImport.Problem::line, CampusImport.Problem::column)
                .contains(Tuple.tuple(3L, "autres_filieres"), Tuple.tuple(4L, "autres_academies"));
        assertThat(preview.problems()).filteredOn(p -> p.line() == 3L).first().extracting(CampusImport.Problem::message).asString()
                .contains("Astronautique");
        assertThat(preview.problems()).filteredOn(p -> p.line() == 4L).first().extracting(CampusImport.Problem::message).asString()
                .contains("n'est pas dans la région Hauts-de-France");
        var valid = preview.rows().stream().filter(CampusImport.Row::valid).toList();
        assertThat(valid).hasSize(1);

        CampusCard imported = campusImport.apply(TestActors.nationalAdmin(), valid.get(0));
        assertThat(imported.sector()).isEqualTo(Sector.MOBILITY);
        assertThat(imported.otherSectors()).containsExactlyInAnyOrder(Sector.ENERGY_TRANSITION, Sector.TOURISM);
        assertThat(imported.academyCodes()).containsExactly("09", "20");
        assertThat(search.search(byAcademy("20")).items()).extracting(CampusCard::name).contains(imported.name());
    }
}
