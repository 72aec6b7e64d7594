package fr.passerelle.labelling;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.Sector;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.BusinessRuleException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A dossier for a campus of several sectors, common to the académies of Lille and Amiens: the referent of each is one of
 * its promoters, is told about it, and the label granted to a new campus project carries its sectors and académies.
 */
@PasserelleIntegrationTest
class InteracademicDossierTest {

    @Autowired
    Calls calls;
    @Autowired
    Applications applications;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    ApplicationQueries queries;
    @Autowired
    ExpertReviews reviews;
    @Autowired
    Accounts accounts;
    @Autowired
    PromoterAccounts promoterAccounts;
    @Autowired
    CampusRegistry registry;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private LabellingFixtures fixtures() {
        return new LabellingFixtures(calls, applications, drafts, queries, reviews, accounts);
    }

    private Actor referentOf(String academy) {
        String username = "referent-" + academy + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.open(new NewAccount(username, username + "@demo.passerelle.test", "Référent " + academy, "demo",
                Role.ACADEMY_REFERENT, null, academy, null, null));
    }

    private ApplicationView project(Actor promoter, UUID call, String name, List<String> otherAcademies) {
        return drafts.create(promoter, new ApplicationDrafts.NewApplication(call, null, name, Sector.TOURISM, "09", LabelCategory.STANDARD,
                List.of(Sector.FOOD, Sector.CREATIVE), otherAcademies));
    }

    @Test
    void theReferentOfTheSecondAcademyReadsWritesAndIsToldAsForOneOfTheirOwn() {
        var fixtures = fixtures();
        Actor lille = fixtures.actor("referent");
        Actor amiens = referentOf("20");
        Actor normandie = referentOf("70");
        ApplicationView dossier = project(lille, fixtures.openCall().id(), "Projet Côte d'Opale " + UUID.randomUUID(), List.of("20"));

        assertThat(dossier.academyCodes()).containsExactly("09", "20");
        assertThat(dossier.otherSectors()).containsExactlyInAnyOrder(Sector.FOOD, Sector.CREATIVE);
        assertThat(queries.visibleTo(amiens)).extracting(ApplicationView::id).contains(dossier.id());
        assertThat(queries.visibleTo(normandie)).extracting(ApplicationView::id).doesNotContain(dossier.id());
        assertThat(queries.readable(amiens, dossier.id()).id()).isEqualTo(dossier.id());
        assertThat(queries.allowedActs(amiens, dossier).can("WRITE")).isTrue();
        // The Amiens referent writes a criterion of it
        Criterion first = dossier.criteria().get(0);
        drafts.saveSection(amiens, dossier.id(), first, queries.section(dossier.id(), first).revision(), LabellingFixtures.TEXT);
        assertThat(queries.section(dossier.id(), first).text()).isEqualTo(LabellingFixtures.TEXT);
        // Notices go to the promoters of each académie
        assertThat(promoterAccounts.of(dossier.regionCode(), dossier.academyCodes(), dossier.campusId()))
                .contains(lille.accountId(), amiens.accountId()).doesNotContain(normandie.accountId());
    }

    @Test
    void theNewDossierFormLetsTheLilleReferentChooseAmiensAndOtherSectors() throws Exception {
        UUID call = fixtures().openCall().id();
        mvc.perform(get("/gestion/labellisation/dossiers/nouveau").param("appel", call.toString()).with(as(users, "referent")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"otherAcademyCodes-20\"")))
                .andExpect(content().string(containsString("id=\"otherSectors-FOOD\"")));
        String name = "Projet formulaire " + UUID.randomUUID();
        mvc.perform(post("/gestion/labellisation/dossiers").with(as(users, "referent")).with(csrf())
                        .param("callId", call.toString()).param("campusId", "").param("projectName", name).param("sector", "TOURISM")
                        .param("academyCode", "09").param("category", "STANDARD").param("otherSectors", "FOOD", "CREATIVE")
                        .param("otherAcademyCodes", "20"))
                .andExpect(status().is3xxRedirection());
        ApplicationView created = queries.visibleTo(referentOf("20")).stream().filter(d -> d.projectName().equals(name)).findFirst().orElseThrow();
        assertThat(created.otherSectors()).containsExactlyInAnyOrder(Sector.FOOD, Sector.CREATIVE);
        assertThat(created.otherAcademyCodes()).containsExactly("20");
    }

    @Test
    void aProjectWithAnAcademyOfAnotherRegionIsRefusedWithAClearMessage() {
        var fixtures = fixtures();
        UUID call = fixtures.openCall().id();
        assertThatThrownBy(() -> project(fixtures.actor("referent"), call, "Projet Lille-Normandie " + UUID.randomUUID(), List.of("70")))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("L'académie de Normandie n'est pas dans la région Hauts-de-France");
    }

    @Test
    void aDossierForAnExistingCampusTakesItsSectorsAndAcademies() {
        var fixtures = fixtures();
        CampusCard tourism = registry.all().stream()
                .filter(c -> c.name().equals("Campus des métiers et des qualifications Tourisme et innovation")).findFirst().orElseThrow();
        Actor amiens = referentOf("20");
        ApplicationView dossier = drafts.create(amiens, new ApplicationDrafts.NewApplication(fixtures.openCall().id(), tourism.id(), null, null,
                null, LabelCategory.STANDARD, List.of(Sector.DIGITAL), List.of("19")));
        assertThat(dossier.academyCodes()).containsExactlyElementsOf(tourism.academyCodes());
        assertThat(dossier.otherSectors()).containsExactlyElementsOf(tourism.otherSectors());
    }

    @Test
    void theLabelGrantedToANewCampusProjectCarriesItsSectorsAndAcademiesToTheCampus() {
        var fixtures = fixtures();
        Actor lille = fixtures.actor("referent");
        ApplicationView dossier = project(lille, fixtures.openCall().id(), "Projet Baie de Somme " + UUID.randomUUID(), List.of("20"));
        UUID id = dossier.id();
        fixtures.write(dossier, "referent");
        LabellingFixtures.directionCommitted(drafts, queries, lille, id);
        applications.submit(lille, id, fixtures.version(id), null);
        for (OpinionBody body : new OpinionBody[] {OpinionBody.CAEN, OpinionBody.CREFOP}) {
            applications.recordOpinion(fixtures.actor(body == OpinionBody.CAEN ? "coordination" : "conseil-regional"), id, fixtures.version(id), body,
                    Verdict.FAVOURABLE, calls.today(), "Favorable.", null, null);
        }
        fixtures.reviewed(id);
        applications.recordOpinion(fixtures.actor("admin"), id, fixtures.version(id), OpinionBody.EXPERT_GROUP, Verdict.FAVOURABLE, calls.today(),
                "Solide.", null, null);
        applications.recordOpinion(fixtures.actor("admin"), id, fixtures.version(id), OpinionBody.CNEE, Verdict.FAVOURABLE, calls.today(),
                "Favorable.", null, null);
        applications.decide(fixtures.actor("admin"), id, fixtures.version(id), true, LabelCategory.STANDARD, calls.today(), "CMQ-TEST-38", null);

        CampusCard campus = registry.byId(queries.byId(id).orElseThrow().campusId()).orElseThrow();
        assertThat(campus.sector()).isEqualTo(Sector.TOURISM);
        assertThat(campus.otherSectors()).containsExactlyInAnyOrder(Sector.FOOD, Sector.CREATIVE);
        assertThat(campus.academyCodes()).containsExactly("09", "20");
    }
}
