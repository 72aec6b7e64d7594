package fr.passerelle.indicators.catalogue;

import static fr.passerelle.TestActors.as;
import static fr.passerelle.TestActors.nationalAdmin;
import static fr.passerelle.TestActors.referentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.indicators.IndicatorCatalogue;
import fr.passerelle.indicators.IndicatorDefinition;
import fr.passerelle.indicators.IndicatorSource;
import fr.passerelle.platform.AuditTrail;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PasserelleIntegrationTest
class IndicatorCatalogueTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    AuditTrail audit;
    @Autowired
    Catalogue catalogueService;

    static String newCode() {
        return "T_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    /** The form of an optional declared count of the pathways theme (optional: no campus tracks it unless chosen). */
    static MockHttpServletRequestBuilder addForm(String code, String name) {
        return post("/gestion/indicateurs").param("version", "0").param("code", code).param("name", name).param("theme", "PATHWAYS")
                .param("definition", "Anciens apprenants qui reviennent témoigner.").param("formula", "Nombre de témoignages dans l’année.")
                .param("unit", "COUNT").param("period", "CALENDAR_YEAR").param("maskBelow", "0").param("isPublic", "true")
                .param("optional", "true").param("breakdown", "ROUTE");
    }

    MockHttpServletRequestBuilder editForm(String code, long version, String name) {
        return post("/gestion/indicateurs/" + code).param("version", Long.toString(version)).param("name", name).param("theme", "PATHWAYS")
                .param("definition", "Anciens apprenants qui reviennent témoigner.").param("formula", "Nombre de témoignages dans l’année.")
                .param("unit", "COUNT").param("period", "CALENDAR_YEAR").param("maskBelow", "3").param("optional", "true")
                .param("breakdown", "ROUTE");
    }

    @Test
    void theNationalAdministrationAddsEditsAndRetiresADeclaredIndicatorEveryChangeAudited() throws Exception {
        String code = newCode();
        mvc.perform(addForm(code, "Témoignages d’anciens").with(as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/gestion/indicateurs/" + code));
        IndicatorDefinition added = catalogue.byCode(code).orElseThrow();
        assertThat(added.source()).isEqualTo(IndicatorSource.DECLARED);
        assertThat(added.shipped()).isFalse();
        assertThat(added.optional()).isTrue();

        mvc.perform(editForm(code, 0, "Témoignages d’anciens apprenants").with(as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        IndicatorDefinition edited = catalogue.byCode(code).orElseThrow();
        assertThat(edited.name()).isEqualTo("Témoignages d’anciens apprenants");
        assertThat(edited.maskBelow()).isEqualTo(3);
        assertThat(edited.isPublic()).isFalse();

        mvc.perform(get("/gestion/indicateurs/" + code + "/retrait").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirmer le retrait")));
        mvc.perform(post("/gestion/indicateurs/" + code + "/retrait").param("version", "1").with(as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", containsString("est retiré")));
        assertThat(catalogue.byCode(code).orElseThrow().retired()).isTrue();
        assertThat(catalogue.all()).extracting(IndicatorDefinition::code).contains(code);

        assertThat(audit.history(Catalogue.AUDITED_INDICATOR, Catalogue.indicatorId(code))).extracting(AuditTrail.Entry::action)
                .containsExactly("INDICATEUR_RETIRE", "INDICATEUR_MODIFIE", "INDICATEUR_AJOUTE");
        mvc.perform(get("/gestion/indicateurs").with(as(users, "coordination")))
                .andExpect(content().string(containsString("Témoignages d’anciens apprenants")))
                .andExpect(content().string(containsString("Retiré")));
    }

    @Test
    void anAddedIndicatorsCodeIsUniqueAndTheFormComesBackWithWhatWasTyped() throws Exception {
        String code = newCode();
        mvc.perform(addForm(code, "Premier").with(as(users, "admin")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(addForm(code, "Doublon typé").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("est déjà celui d’un indicateur du catalogue")))
                .andExpect(content().string(containsString("Doublon typé")));
        mvc.perform(addForm(newCode(), "").param("maskBelow", "beaucoup").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le nom de l’indicateur est obligatoire.")))
                .andExpect(content().string(containsString("Le seuil de masquage : nombre entier attendu")))
                .andExpect(content().string(containsString("beaucoup")));
    }

    @Test
    void aStaleVersionIsRefusedAndTheTypedFormKept() throws Exception {
        String code = newCode();
        mvc.perform(addForm(code, "Version zéro").with(as(users, "admin")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(editForm(code, 0, "Première modification").with(as(users, "admin")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(editForm(code, 0, "Modification sur une page périmée").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("modifié par quelqu’un d’autre")))
                .andExpect(content().string(containsString("Modification sur une page périmée")));
        assertThat(catalogue.byCode(code).orElseThrow().name()).isEqualTo("Première modification");
    }

    @Test
    void aShippedIndicatorsFormulaCannotChangeNorCanItBeRetiredButItsNameMay() throws Exception {
        IndicatorDefinition before = catalogue.byCode("DOCUMENTATION").orElseThrow();
        String version = Long.toString(catalogueService.find("DOCUMENTATION").orElseThrow().version());
        mvc.perform(post("/gestion/indicateurs/DOCUMENTATION").param("version", version).param("name", before.name())
                        .param("definition", before.definition()).param("formula", "Nombre de tweets").param("maskBelow", "0")
                        .param("isPublic", "true").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("garde son code, sa source et sa formule")));
        assertThat(catalogue.byCode("DOCUMENTATION").orElseThrow().formula()).isEqualTo(before.formula());

        mvc.perform(post("/gestion/indicateurs/DOCUMENTATION/retrait").param("version", version).with(as(users, "admin")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("ne se retire pas")));
        mvc.perform(get("/gestion/indicateurs/DOCUMENTATION/retrait").with(as(users, "admin")))
                .andExpect(redirectedUrl("/gestion/indicateurs/DOCUMENTATION"));
        assertThat(catalogue.byCode("DOCUMENTATION").orElseThrow().retired()).isFalse();

        mvc.perform(post("/gestion/indicateurs/DOCUMENTATION").param("version", version).param("name", "Support de documentation du CMQ")
                        .param("definition", before.definition()).param("maskBelow", "0").param("isPublic", "true")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        IndicatorDefinition after = catalogue.byCode("DOCUMENTATION").orElseThrow();
        assertThat(after.name()).isEqualTo("Support de documentation du CMQ");
        assertThat(after.formula()).isEqualTo(before.formula());
        assertThat(after.source()).isEqualTo(IndicatorSource.COMPUTED);
    }

    @Test
    void theCatalogueIsGroupedByThemeAndFilteredByThemeAndSource() throws Exception {
        mvc.perform(get("/gestion/indicateurs").with(as(users, "referent")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Gouvernance du CMQ")))
                .andExpect(content().string(containsString("Culture et mobilité")))
                .andExpect(content().string(containsString("STEERING_MEETINGS")));
        mvc.perform(get("/gestion/indicateurs").param("theme", "PATHWAYS").param("source", "IMPORTED").with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("EMPLOYMENT_RATE")))
                .andExpect(content().string(not(containsString("STEERING_MEETINGS"))))
                .andExpect(content().string(not(containsString("LEARNERS_BY_ROUTE"))));
        mvc.perform(get("/gestion/indicateurs/STEERING_PARTICIPATION").with(as(users, "dreets")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Moyenne, sur les réunions du COPIL")));
        mvc.perform(get("/gestion/indicateurs").with(as(users, "expert"))).andExpect(status().isForbidden());
    }

    @Test
    void anAcademysReferentChoosesItsOptionalIndicatorsWhichItsCampusesThenTrack() throws Exception {
        var amiens = referentOf("20");
        catalogueService.chooseOptional(amiens, "20", Set.of("CONTESTS", "SCHOOL_TALKS"));
        assertThat(catalogue.tracked("20")).extracting(IndicatorDefinition::code).contains("CONTESTS", "SCHOOL_TALKS", "STEERING_MEETINGS");
        catalogueService.chooseOptional(amiens, "20", Set.of("CONTESTS"));
        assertThat(catalogue.tracked("20")).extracting(IndicatorDefinition::code).contains("CONTESTS").doesNotContain("SCHOOL_TALKS");
        assertThat(audit.history(Catalogue.AUDITED_ACADEMY, Catalogue.academyId("20"))).first()
                .satisfies(e -> assertThat(e.changes().get(0).after()).isEqualTo("Nombre de concours"));

        assertThatThrownBy(() -> catalogueService.chooseOptional(referentOf("09"), "20", Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogueService.chooseOptional(nationalAdmin(), "20", Set.of("STEERING_MEETINGS")))
                .isInstanceOf(fr.passerelle.platform.BusinessRuleException.class);
        mvc.perform(post("/gestion/academies/20/indicateurs").param("indicators", "SCHOOL_TALKS").with(as(users, "referent")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/gestion/academies/20/indicateurs").with(as(users, "referent"))).andExpect(status().isForbidden());
        mvc.perform(get("/gestion/academies/09/indicateurs").with(as(users, "referent")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indicateurs facultatifs de l’académie de")));
        assertThat(catalogue.tracked("20")).extracting(IndicatorDefinition::code).doesNotContain("SCHOOL_TALKS");
    }
}
