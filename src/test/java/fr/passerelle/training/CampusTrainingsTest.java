package fr.passerelle.training;

import static fr.passerelle.TestActors.coordinatorOf;
import static fr.passerelle.TestActors.directorOf;
import static fr.passerelle.TestActors.nationalAdmin;
import static fr.passerelle.TestActors.referentOf;
import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.DirectoryFixtures;
import fr.passerelle.directory.MembershipRole;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Accounts;
import fr.passerelle.platform.AuditTrail;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PasserelleIntegrationTest
class CampusTrainingsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    Directory directory;
    @Autowired
    CampusRegistry registry;
    @Autowired
    Trainings trainings;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    UUID campus() {
        return accounts.byUsername("direction").orElseThrow().campusId();
    }

    OrganisationSummary partnerSchool(String name) {
        OrganisationSummary school = directory.register(nationalAdmin(), DirectoryFixtures.school(name));
        directory.addPartner(nationalAdmin(), campus(), school.id(), MembershipRole.PARTNER, null, null);
        return school;
    }

    MockHttpServletRequestBuilder add(String diploma, UUID organisation, String route, String year) {
        return post("/gestion/campus/" + campus() + "/formations").param("diplomaCode", diploma).param("diplomaQuery", "comptabilite")
                .param("organisationId", organisation == null ? "" : organisation.toString()).param("route", route).param("sinceYear", year);
    }

    @Test
    void theBcnDiplomasStillOpenShipWithThePlatform() {
        assertThat(trainings.diploma("32031408")).hasValueSatisfying(d -> {
            assertThat(d.levelLabel()).isEqualTo("BTS");
            assertThat(d.label()).isEqualTo("Comptabilité et gestion");
        });
        assertThat(trainings.diploma("50022146")).hasValueSatisfying(d -> assertThat(d.displayName()).isEqualTo("CAP Cuisine (50022146)"));
        // Closed before 2024: BTS Assistant de manager (2019), Bac pro Maintenance des véhicules 2nde commune (2021).
        assertThat(trainings.diploma("32032408")).isEmpty();
        assertThat(trainings.diploma("40025218")).isEmpty();
        assertThat(jdbc.sql("select count(*) from diploma where closed_on is not null and closed_on <= date '2024-01-01'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from diploma").query(Long.class).single()).isGreaterThan(1000);
    }

    @Test
    void theDirectorAddsAndRemovesTrainingsAndEveryChangeIsAudited() throws Exception {
        OrganisationSummary school = partnerSchool("Lycée Jean Bart");
        mvc.perform(add("32031408", school.id(), "SCHOOL", "2016").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "La formation « BTS Comptabilité et gestion (32031408) » est ajoutée."));
        mvc.perform(add("32031408", school.id(), "APPRENTICESHIP", "").with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(add("50022146", school.id(), "CONTINUING", "").with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(trainings.summary(campus())).contains(
                "BTS Comptabilité et gestion (32031408) — " + school.name() + ", voie scolaire et apprentissage",
                "CAP Cuisine (50022146) — " + school.name() + ", formation continue");
        mvc.perform(get("/gestion/campus/" + campus() + "/formations").with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<caption>BTS — niveau 5</caption>")))
                .andExpect(content().string(containsString("<caption>CAP — niveau 3</caption>")))
                .andExpect(content().string(containsString("Ajouter la formation")));
        assertThat(audit.history("campus", campus())).extracting(AuditTrail.Entry::action).contains("FORMATION_AJOUTEE");

        Training cap = trainings.trainingsOf(campus()).stream().filter(t -> t.diploma().code().equals("50022146")).findFirst().orElseThrow();
        mvc.perform(post("/gestion/campus/" + campus() + "/formations/" + cap.id() + "/retrait").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "La formation est retirée."));
        assertThat(trainings.trainingsOf(campus())).extracting(Training::id).doesNotContain(cap.id());
        assertThat(audit.history("campus", campus())).extracting(AuditTrail.Entry::action).contains("FORMATION_RETIREE");
    }

    @Test
    void badInputIsRefusedInFrenchAndTheFormKeepsWhatWasTyped() throws Exception {
        OrganisationSummary school = partnerSchool("Lycée du Hainaut");
        OrganisationSummary outsider = directory.register(nationalAdmin(), DirectoryFixtures.school("Lycée sans lien"));
        mvc.perform(add("99999999", school.id(), "SCHOOL", "2019").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le diplôme « 99999999 » est inconnu.")))
                .andExpect(content().string(containsString("value=\"comptabilite\"")))
                .andExpect(content().string(containsString("value=\"2019\"")));
        mvc.perform(add("32031408", outsider.id(), "SCHOOL", "").with(as(users, "direction")).with(csrf()))
                .andExpect(content().string(containsString("Cet établissement n’est pas partenaire du campus.")))
                .andExpect(content().string(containsString("id=\"diplomaCode-32031408\" name=\"diplomaCode\" value=\"32031408\" checked")));
        mvc.perform(add("32031408", school.id(), "SCHOOL", "1850").with(as(users, "direction")).with(csrf()))
                .andExpect(content().string(containsString("L’année d’ouverture doit être comprise entre 1950 et")));
        mvc.perform(add("32031408", school.id(), "SCHOOL", "deux mille").with(as(users, "direction")).with(csrf()))
                .andExpect(content().string(containsString("L’année d’ouverture s’écrit en chiffres")));
        mvc.perform(add("32031408", school.id(), "SCHOOL", "").with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(add("32031408", school.id(), "SCHOOL", "").with(as(users, "direction")).with(csrf()))
                .andExpect(content().string(containsString("Cette formation est déjà enregistrée pour " + school.name() + " (voie scolaire).")));
        mvc.perform(add("", school.id(), "SCHOOL", "").with(as(users, "direction")).with(csrf()))
                .andExpect(content().string(containsString("Choisissez un diplôme dans la liste.")));
    }

    @Test
    void diplomasCarryTheirLevelInTheNationalFrameworkUpToTheDoctorate() {
        assertThat(trainings.diploma("50022146")).hasValueSatisfying(d -> assertThat(d.nationalLevel()).isEqualTo(3));
        assertThat(trainings.diploma("32031408")).hasValueSatisfying(d -> assertThat(d.nationalLevel()).isEqualTo(5));
        assertThat(trainings.diploma("DOCTORAT")).hasValueSatisfying(d -> {
            assertThat(d.nationalLevel()).isEqualTo(Diploma.DOCTORATE_LEVEL);
            assertThat(d.levelLabel()).isEqualTo("Doctorat");
        });
        assertThat(trainings.searchDiplomas("doctorat", 10)).extracting(Diploma::code).contains("DOCTORAT");
        assertThat(jdbc.sql("select count(*) from diploma where national_level is null").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select max(national_level) from diploma").query(Integer.class).single()).isEqualTo(8);
    }

    @Test
    void aCampusRecordsATrainingByVaeAndADoctorateAtLevelEight() throws Exception {
        OrganisationSummary university = partnerSchool("Université du Littoral");
        mvc.perform(add("DOCTORAT", university.id(), "SCHOOL", "2015").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "La formation « Doctorat Diplôme national de doctorat, toutes spécialités (DOCTORAT) » est ajoutée."));
        mvc.perform(add("32033423", university.id(), "VAE", "").with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(trainings.trainingsOf(campus())).filteredOn(t -> t.organisationId().equals(university.id()))
                .extracting(t -> t.diploma().code() + " " + t.route())
                .containsExactlyInAnyOrder("DOCTORAT SCHOOL", "32033423 VAE");
        assertThat(trainings.summary(campus())).contains(
                "BTS Management en hôtellerie et restauration option A management d'unité de restauration (32033423) — "
                        + university.name() + ", validation des acquis de l’expérience (VAE)");
        var levels = trainings.byLevel(campus()).stream().map(Trainings.LevelGroup::title).toList();
        assertThat(levels).contains("Doctorat — niveau 8", "BTS — niveau 5");
        assertThat(levels.indexOf("Doctorat — niveau 8")).isEqualTo(levels.size() - 1);
        mvc.perform(get("/gestion/campus/" + campus() + "/formations").with(as(users, "direction")))
                .andExpect(content().string(containsString("<caption>Doctorat — niveau 8</caption>")))
                .andExpect(content().string(containsString("id=\"route-VAE\"")))
                .andExpect(content().string(containsString("validation des acquis de l’expérience (VAE)")));
        String slug = registry.byId(campus()).orElseThrow().slug();
        mvc.perform(get("/campus/" + slug))
                .andExpect(content().string(containsString("Doctorat — niveau 8")))
                .andExpect(content().string(containsString("validation des acquis de l’expérience (VAE)")));
        assertThat(audit.history("campus", campus())).anySatisfy(e -> assertThat(e.summary()).contains("(DOCTORAT)"));
    }

    @Test
    void theDiplomaIsFoundAsOneTypesItsWordsOrItsCode() throws Exception {
        mvc.perform(get("/gestion/formations/diplomes").param("diplomaQuery", "bts comptabilite").with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("BTS Comptabilité et gestion (32031408)")))
                .andExpect(content().string(not(containsString("CAP Cuisine"))));
        mvc.perform(get("/gestion/formations/diplomes").param("diplomaQuery", "5002214").with(as(users, "direction")))
                .andExpect(content().string(containsString("CAP Cuisine (50022146)")));
        mvc.perform(get("/gestion/formations/diplomes").param("diplomaQuery", "zzzzqq").with(as(users, "direction")))
                .andExpect(content().string(containsString("Aucun diplôme ne correspond.")));
        assertThat(trainings.searchDiplomas("hôtellerie", 50)).extracting(Diploma::code).contains("32033423");
    }

    @Test
    void regionalAndAcademicStaffReadButOnlyThoseWhoRunTheCampusChangeIt() throws Exception {
        OrganisationSummary school = partnerSchool("Lycée de la Côte");
        for (String reader : new String[] {"coordination", "referent"}) {
            mvc.perform(get("/gestion/campus/" + campus() + "/formations").with(as(users, reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Ajouter la formation"))));
            mvc.perform(add("32031408", school.id(), "SCHOOL", "").with(as(users, reader)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/gestion/campus/" + campus() + "/formations").with(as(users, "recruteur")))
                .andExpect(status().isForbidden());
        mvc.perform(add("32031408", school.id(), "SCHOOL", "").with(as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Training added = trainings.trainingsOf(campus()).stream().filter(t -> t.organisationId().equals(school.id())).findFirst().orElseThrow();
        mvc.perform(post("/gestion/campus/" + campus() + "/formations/" + added.id() + "/retrait").with(as(users, "referent")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theServiceItselfRefusesThoseWhoDoNotRunTheCampus() {
        OrganisationSummary school = partnerSchool("Lycée gardé");
        var details = new TrainingDetails("32031408", school.id(), TrainingRoute.SCHOOL, null);
        for (var outsider : new fr.passerelle.identity.Actor[] {coordinatorOf("32"), referentOf("09"), directorOf(UUID.randomUUID())}) {
            assertThatThrownBy(() -> trainings.add(outsider, campus(), details)).as(outsider.role().name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(trainings.trainingsOf(campus())).noneMatch(t -> t.organisationId().equals(school.id()));
        Training added = trainings.add(directorOf(campus()), campus(), details);
        assertThatThrownBy(() -> trainings.remove(coordinatorOf("32"), campus(), added.id())).isInstanceOf(AccessDeniedException.class);
        trainings.remove(directorOf(campus()), campus(), added.id());
        assertThat(trainings.trainingsOf(campus())).extracting(Training::id).doesNotContain(added.id());
    }

    @Test
    void thePublicPageOfTheCampusListsItsTrainingsByLevel() throws Exception {
        OrganisationSummary school = partnerSchool("Lycée public");
        trainings.add(nationalAdmin(), campus(), new TrainingDetails("50022146", school.id(), TrainingRoute.APPRENTICESHIP, 2018));
        String slug = registry.byId(campus()).orElseThrow().slug();
        mvc.perform(get("/campus/" + slug))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"public-trainings\"")))
                .andExpect(content().string(containsString(school.name())))
                .andExpect(content().string(containsString("(50022146)")));
    }

    @Test
    void everyDemoCampusHasTrainingsAtItsTrainingEstablishmentsWithTheirTown() {
        var touquet = directory.findByName("Lycée hôtelier du Touquet").orElseThrow();
        UUID tourism = directory.campusesOf(touquet.id()).get(0);
        var establishments = trainings.establishments(tourism).stream()
                .filter(o -> Trainings.TRAINING_KINDS.contains(o.kind())).map(OrganisationSummary::id).toList();
        assertThat(establishments).contains(touquet.id()).hasSizeGreaterThan(1);
        assertThat(trainings.trainingsOf(tourism)).hasSizeBetween(3, 9)
                .allSatisfy(t -> assertThat(establishments).contains(t.organisationId()))
                .anySatisfy(t -> assertThat(t.organisationId()).isEqualTo(touquet.id()))
                .allSatisfy(t -> assertThat(t.town()).isNotBlank());
        assertThat(trainings.summary(tourism)).isNotEmpty().anySatisfy(line -> assertThat(line).contains("Lycée hôtelier du Touquet"));
        assertThat(registry.all().stream().filter(c -> c.name().startsWith("Campus des métiers")))
                .allSatisfy(c -> assertThat(trainings.trainingsOf(c.id())).as(c.name()).isNotEmpty());
    }
}
