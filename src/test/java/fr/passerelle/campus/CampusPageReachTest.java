package fr.passerelle.campus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.MembershipRole;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.training.TrainingDetails;
import fr.passerelle.training.TrainingRoute;
import fr.passerelle.training.Trainings;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public page of a campus always says how to reach it, and whom to ask for what it has not published. */
@PasserelleIntegrationTest
class CampusPageReachTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CampusRegistry registry;
    @Autowired
    Directory directory;
    @Autowired
    Trainings trainings;
    @Autowired
    Accounts accounts;

    @Test
    void aCampusWithItsDataShowsItsAddressWebsiteContactAndWhereEachTrainingIsTaught() throws Exception {
        Actor admin = admin();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var school = directory.register(admin, new OrganisationDetails(OrganisationKind.SCHOOL, "Lycée d'essai " + suffix, null, null, null,
                "12 rue des Essais", "59000", "59350", "https://lycee.example.org", "accueil@lycee.example.org", "03 53 01 00 02", null));
        CampusCard campus = registry.create(admin, new CampusIdentity("Campus d'essai joignable " + suffix, Sector.DIGITAL, "32", "09",
                "59350", "Lille", null, null, school.id(), LabelCategory.STANDARD, LabelStatus.APPLICANT, null, null, null,
                "https://campus.example.org", null, "Camille Exemple", "direction@campus.example.org", "03 53 01 00 01"));
        directory.addPartner(admin, campus.id(), school.id(), MembershipRole.PARTNER, null, null);
        String diploma = trainings.searchDiplomas("cybersecurite", 1).get(0).code();
        trainings.add(admin, campus.id(), new TrainingDetails(diploma, school.id(), TrainingRoute.SCHOOL, 2020));

        String page = page(campus);

        String reach = section(page, "id=\"how-to-reach\"");
        assertThat(reach).contains("Comment joindre ce campus", "Lycée d&#39;essai " + suffix, "12 rue des Essais", "59000 Lille",
                "href=\"https://campus.example.org\"", "Camille Exemple", "href=\"mailto:direction@campus.example.org\"",
                "href=\"tel:0353010001\"", "03 53 01 00 01");
        assertThat(page).doesNotContain("id=\"reach-ask\"", "Non renseigné", "Pas encore");
        String taught = section(page, "id=\"public-trainings\"");
        assertThat(taught).contains(diploma, "Lycée d&#39;essai " + suffix, ", à Lille", "voie scolaire");
    }

    @Test
    void aCampusWithoutDataSaysWhatIsMissingAndSendsTheReaderToItsAcademie() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        CampusCard campus = registry.create(admin(), new CampusIdentity("Campus d'essai discret " + suffix, Sector.FOOD, "32", "09",
                "59350", "Lille", null, null, null, LabelCategory.STANDARD, LabelStatus.APPLICANT, null, null, null,
                null, null, null, null, null));

        String page = page(campus);

        String reach = section(page, "id=\"how-to-reach\"");
        assertThat(reach).contains("59000 Lille", "Pas encore de site publié.", "Pas encore de contact publié.",
                "adressez-vous à l&#39;académie de Lille", "href=\"https://www.ac-lille.fr\"");
        assertThat(page).doesNotContain("Non renseigné")
                .contains("Pas encore désigné : l&#39;académie de Lille vous renseigne.")
                .contains("Ce campus n&#39;a pas encore publié ses formations. L&#39;académie de Lille vous indique où elles sont enseignées");
    }

    @Test
    void theOpenDataBlockOffersThisCampusAsCsvGeoJsonAndJson() throws Exception {
        CampusCard campus = registry.all().stream().filter(c -> c.latitude() != null).findFirst().orElseThrow();
        String page = page(campus);
        String openData = section(page, "id=\"open-data\"");
        assertThat(openData).contains("Données ouvertes", "href=\"/open-data/campuses/" + campus.slug() + ".csv\"",
                "href=\"/open-data/campuses/" + campus.slug() + ".geojson\"", "href=\"/api/v1/campuses/" + campus.slug() + "\"");
        assertThat(page).doesNotContain("Ce campus en JSON");

        String csv = mvc.perform(get("/open-data/campuses/" + campus.slug() + ".csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv.split("\r\n")[1]).startsWith(campus.slug() + ";");
        mvc.perform(get("/open-data/campuses/" + campus.slug() + ".geojson")).andExpect(status().isOk())
                .andExpect(jsonPath("$.features.length()").value(1))
                .andExpect(jsonPath("$.features[0].properties.identifiant").value(campus.slug()));
        mvc.perform(get("/open-data/campuses/nexiste-pas.csv")).andExpect(status().isNotFound());
    }

    private String page(CampusCard campus) throws Exception {
        return mvc.perform(get("/campus/" + campus.slug())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The element opened by the marker, up to the next h2 of the page (enough to hold a block and nothing after it). */
    private static String section(String page, String marker) {
        int start = page.indexOf(marker);
        assertThat(start).as(marker).isNotNegative();
        int next = page.indexOf("<h2", page.indexOf("<h2", start) + 3);
        return page.substring(start, next < 0 ? page.length() : next);
    }

    private Actor admin() {
        return accounts.byUsername("admin").orElseThrow();
    }
}
