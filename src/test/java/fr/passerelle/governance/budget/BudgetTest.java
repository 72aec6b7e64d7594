package fr.passerelle.governance.budget;

import static fr.passerelle.governance.GovernanceFixtures.director;
import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.platform.AuditTrail;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PasserelleIntegrationTest
class BudgetTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    Budgets budgets;
    @Autowired
    Directory directory;
    @Autowired
    AuditTrail audit;

    @Test
    void theDirectorBuildsTheYearsBudgetAndSeesItsTotalsAndCoFundingRate() throws Exception {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        int year = 2031;
        mvc.perform(post("/gestion/campus/" + campus + "/budget").param("annee", Integer.toString(year)).with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "Le budget 2031 est ouvert."));
        line(campus, year, "EXPENSE", "ACTIONS", "Salon des métiers", "12 000", "11 500,50");
        line(campus, year, "RESOURCE", "REGION", "Subvention régionale", "8 000", null);
        line(campus, year, "RESOURCE", "COMPANIES", "Mécénat", "2 000", null);
        UUID partner = directory.partnersOf(campus).get(0).organisation().id();
        mvc.perform(post("/gestion/campus/" + campus + "/budget/" + year + "/contributions").param("version", version(campus, year))
                        .param("organisationId", partner.toString()).param("kind", "STAFF").param("description", "Mise à disposition d'un ingénieur")
                        .param("valuation", "2 000").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "La contribution est enregistrée."));

        var budget = budgets.budget(campus, year).orElseThrow();
        assertThat(budget.figures().plannedExpenses()).isEqualByComparingTo("12000");
        assertThat(budget.figures().actualExpenses()).isEqualByComparingTo("11500.50");
        assertThat(budget.figures().plannedResources()).isEqualByComparingTo("10000");
        assertThat(budget.figures().coFundingRate()).isEqualByComparingTo("33.3"); // (2,000 + 2,000) / (10,000 + 2,000)
        mvc.perform(get("/gestion/campus/" + campus + "/budget").param("annee", Integer.toString(year)).with(as(users, "referent")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("33,3 %")))
                .andExpect(content().string(containsString("Salon des métiers")));
        assertThat(audit.history("campus", campus)).extracting(AuditTrail.Entry::action).contains("BUDGET_OUVERT", "BUDGET_LIGNE", "CONTRIBUTION");

        // Funding requests: asked, then granted with its amount.
        mvc.perform(post("/gestion/campus/" + campus + "/budget/" + year + "/demandes").param("funder", "FRANCE_2030")
                        .param("programme", "AMI Compétences et métiers d'avenir").param("amountAsked", "50 000")
                        .param("eligibleExpenses", "120 000").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "La demande de financement est enregistrée."));
        UUID request = budgets.budget(campus, year).orElseThrow().fundingRequests().get(0).id();
        mvc.perform(post("/gestion/campus/" + campus + "/budget/" + year + "/demandes/" + request).param("status", "GRANTED")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("error", "Indiquez le montant accordé."));
        mvc.perform(post("/gestion/campus/" + campus + "/budget/" + year + "/demandes/" + request).param("status", "GRANTED")
                        .param("amountGranted", "40 000").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "La demande est mise à jour."));
        assertThat(budgets.budget(campus, year).orElseThrow().fundingRequests().get(0).amountGranted()).isEqualByComparingTo("40000");
    }

    @Test
    void aNegativeAmountAnUnknownPartnerAndAStaleFormAreRefusedWithTheInputKept() throws Exception {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        int year = 2032;
        budgets.open(director(campus), campus, year);
        String version = version(campus, year);
        mvc.perform(post("/gestion/campus/" + campus + "/budget/" + year + "/lignes").param("version", version).param("side", "EXPENSE")
                        .param("category", "TRAVEL").param("label", "Déplacements des élèves").param("planned", "-300")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le montant ne peut être négatif.")))
                .andExpect(content().string(containsString("value=\"Déplacements des élèves\"")))
                .andExpect(content().string(containsString("value=\"-300\"")));
        mvc.perform(post("/gestion/campus/" + campus + "/budget/" + year + "/contributions").param("version", version(campus, year))
                        .param("organisationId", UUID.randomUUID().toString()).param("kind", "FINANCIAL").param("description", "Don")
                        .param("valuation", "100").with(as(users, "direction")).with(csrf()))
                .andExpect(content().string(containsString("Choisissez un partenaire du campus.")));

        line(campus, year, "EXPENSE", "STAFF", "Direction opérationnelle", "45 000", null);
        mvc.perform(post("/gestion/campus/" + campus + "/budget/" + year + "/lignes").param("version", version).param("side", "EXPENSE")
                        .param("category", "STAFF").param("label", "Saisie périmée").param("planned", "1")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(content().string(containsString("Ce budget a été modifié par quelqu&#39;un d&#39;autre")))
                .andExpect(content().string(containsString("value=\"Saisie périmée\"")));
        assertThat(budgets.budget(campus, year).orElseThrow().lines()).extracting(Budgets.LineView::label).containsExactly("Direction opérationnelle");
    }

    @Test
    void theDirectorCorrectsALineAndTheChangeIsAudited() throws Exception {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        int year = 2033;
        budgets.open(director(campus), campus, year);
        line(campus, year, "EXPENSE", "ACTIONS", "Forum des métiers", "12 000", null);
        UUID lineId = budgets.budget(campus, year).orElseThrow().lines().get(0).id();
        String path = "/gestion/campus/" + campus + "/budget/" + year + "/lignes/" + lineId;

        // The form opens with the line as it is, amounts ready to be typed again.
        mvc.perform(get(path).with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Forum des métiers\"")))
                .andExpect(content().string(containsString("value=\"12000,00\"")));

        mvc.perform(post(path).param("version", version(campus, year)).param("side", "RESOURCE").param("category", "REGION")
                        .param("label", "Subvention du forum").param("planned", "9 500").param("actual", "9 000")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "La ligne « Subvention du forum » est modifiée."));

        var edited = budgets.budget(campus, year).orElseThrow().lines().get(0);
        assertThat(edited.id()).isEqualTo(lineId);
        assertThat(edited.expense()).isFalse();
        assertThat(edited.category()).isEqualTo("REGION");
        assertThat(edited.label()).isEqualTo("Subvention du forum");
        assertThat(edited.planned()).isEqualByComparingTo("9500");
        assertThat(edited.actual()).isEqualByComparingTo("9000");
        var entry = audit.history("campus", campus).stream().filter(e -> e.action().equals("BUDGET_LIGNE_MODIFIEE")).findFirst().orElseThrow();
        assertThat(entry.changes()).extracting(AuditTrail.Change::field).contains("Sens", "Catégorie ou financeur", "Libellé", "Prévu", "Réalisé");
        assertThat(entry.changes()).extracting(AuditTrail.Change::before).contains("Forum des métiers", "Dépense");
    }

    @Test
    void aLineEditedOnAStaleBudgetIsRefusedWithWhatWasTypedAndEveryErrorAtOnce() throws Exception {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        int year = 2034;
        budgets.open(director(campus), campus, year);
        line(campus, year, "EXPENSE", "TRAVEL", "Déplacements", "3 000", null);
        UUID lineId = budgets.budget(campus, year).orElseThrow().lines().get(0).id();
        String path = "/gestion/campus/" + campus + "/budget/" + year + "/lignes/" + lineId;
        String openedOn = version(campus, year);
        line(campus, year, "EXPENSE", "STAFF", "Direction", "45 000", null); // someone else changes the budget meanwhile

        mvc.perform(post(path).param("version", openedOn).param("side", "EXPENSE").param("category", "TRAVEL")
                        .param("label", "Déplacements des élèves").param("planned", "3 500")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce budget a été modifié par quelqu&#39;un d&#39;autre")))
                .andExpect(content().string(containsString("value=\"Déplacements des élèves\"")))
                .andExpect(content().string(containsString("value=\"3 500\"")));
        assertThat(budgets.budget(campus, year).orElseThrow().lines()).extracting(Budgets.LineView::label)
                .containsExactlyInAnyOrder("Déplacements", "Direction");

        // Every problem of one submit is listed in the summary, each linked to its field.
        mvc.perform(post(path).param("version", version(campus, year)).param("side", "EXPENSE").param("category", "")
                        .param("label", "").param("planned", "douze").param("actual", "-4")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le formulaire contient 4 erreurs")))
                .andExpect(content().string(containsString("href=\"#category\"")))
                .andExpect(content().string(containsString("href=\"#label\"")))
                .andExpect(content().string(containsString("href=\"#planned\"")))
                .andExpect(content().string(containsString("href=\"#actual\"")))
                .andExpect(content().string(containsString("Montant invalide : « douze »")))
                .andExpect(content().string(containsString("value=\"douze\"")));

        // On the budget page too, a new line with nothing but an unreadable amount lists its three problems.
        mvc.perform(post("/gestion/campus/" + campus + "/budget/" + year + "/lignes").param("version", version(campus, year)).param("side", "EXPENSE")
                        .param("category", "").param("label", "").param("planned", "douze").param("actual", "")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#label\"")))
                .andExpect(content().string(containsString("Le formulaire contient 3 erreurs")));

        // Another campus's director cannot open it.
        mvc.perform(get(path).with(as(users, "coordination"))).andExpect(status().isForbidden());
    }

    @Test
    void aPiaRequestAboveHalfOfTheEligibleExpensesIsRefusedNextToTheFieldWithWhatWasTyped() throws Exception {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        int year = 2035;
        budgets.open(director(campus), campus, year);
        String path = "/gestion/campus/" + campus + "/budget/" + year + "/demandes";

        mvc.perform(post(path).param("funder", "FRANCE_2030").param("programme", "Compétences et métiers d'avenir")
                        .param("eligibleExpenses", "100 000").param("amountAsked", "60 000").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#amountAsked\"")))
                .andExpect(content().string(containsString("id=\"amountAsked-error\"")))
                .andExpect(content().string(containsString("ne peut dépasser 50 % des dépenses éligibles")))
                .andExpect(content().string(containsString("value=\"60 000\"")))
                .andExpect(content().string(containsString("value=\"100 000\"")))
                .andExpect(content().string(containsString("value=\"Compétences et métiers d&#39;avenir\"")));
        // Without its eligible expenses, a PIA request cannot be checked: refused on that field.
        mvc.perform(post(path).param("funder", "FRANCE_2030").param("programme", "Compétences et métiers d'avenir")
                        .param("amountAsked", "60 000").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"eligibleExpenses-error\"")));
        assertThat(budgets.budget(campus, year).orElseThrow().fundingRequests()).isEmpty();

        // Half of the eligible expenses is accepted, and recorded with them; a grant above half is refused.
        mvc.perform(post(path).param("funder", "FRANCE_2030").param("programme", "Compétences et métiers d'avenir")
                        .param("eligibleExpenses", "100 000").param("amountAsked", "50 000").with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "La demande de financement est enregistrée."));
        var request = budgets.budget(campus, year).orElseThrow().fundingRequests().get(0);
        assertThat(request.eligibleExpenses()).isEqualByComparingTo("100000");
        mvc.perform(post(path + "/" + request.id()).param("status", "GRANTED").param("amountGranted", "50 000,01")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("error", containsString("accordée ne peut dépasser 50 %")));
        assertThat(budgets.budget(campus, year).orElseThrow().fundingRequests().get(0).status())
                .isEqualTo(fr.passerelle.governance.BudgetCodes.FundingStatus.PLANNED);
        var entry = audit.history("campus", campus).stream().filter(e -> e.action().equals("DEMANDE_FINANCEMENT")).findFirst().orElseThrow();
        assertThat(entry.changes().get(0).after()).contains("de dépenses éligibles");

        // The export carries the eligible expenses of each request.
        mvc.perform(get("/gestion/campus/" + campus + "/budget/budget-" + year + ".csv").with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dépenses éligibles (€)")))
                .andExpect(content().string(containsString("Demande de financement;PIA / France 2030")));
    }

    @Test
    void theBudgetPageNamesThePartnersWhoContributeNothingThatYear() throws Exception {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        int year = 2036;
        budgets.open(director(campus), campus, year);
        var partners = directory.partnersOf(campus).stream().map(p -> p.organisation()).distinct().toList();
        assertThat(partners).hasSizeGreaterThan(1);
        budgets.addContribution(director(campus), campus, year, partners.get(0).id(), fr.passerelle.governance.BudgetCodes.ContributionKind.STAFF,
                "Interventions", new java.math.BigDecimal("1000"));

        var silent = budgets.budget(campus, year).orElseThrow().silentPartners();
        assertThat(silent).doesNotContain(partners.get(0).displayName()).contains(partners.get(1).displayName());
        mvc.perform(get("/gestion/campus/" + campus + "/budget").param("annee", Integer.toString(year)).with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Les contributions doivent provenir de l’ensemble des acteurs")))
                .andExpect(content().string(containsString("partenaire(s) sans contribution en " + year)));
    }

    @Test
    void aYearWithoutBudgetOffersToOpenOne() throws Exception {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        mvc.perform(get("/gestion/campus/" + campus + "/budget").param("annee", "2045").with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucun budget n’est ouvert pour 2045.")))
                .andExpect(content().string(containsString("Ouvrir le budget 2045")));
    }

    @Test
    void onlyEditorsChangeTheBudgetAndStrangersCannotReadIt() throws Exception {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        for (String username : new String[] {"coordination", "referent", "partenaire", "expert", "recruteur"}) {
            mvc.perform(post("/gestion/campus/" + campus + "/budget").param("annee", "2040").with(as(users, username)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        // The regional coordinator oversees the budget of the campuses of the région, read-only.
        mvc.perform(get("/gestion/campus/" + campus + "/budget").with(as(users, "coordination")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"add-line\""))));
        mvc.perform(get("/gestion/campus/" + campus + "/budget").with(as(users, "expert"))).andExpect(status().isForbidden());
    }

    private void line(UUID campus, int year, String side, String category, String label, String planned, String actual) throws Exception {
        var request = post("/gestion/campus/" + campus + "/budget/" + year + "/lignes").param("version", version(campus, year))
                .param("side", side).param("category", category).param("label", label).param("planned", planned);
        if (actual != null) {
            request.param("actual", actual);
        }
        mvc.perform(request.with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "La ligne « " + label + " » est ajoutée."));
    }

    private String version(UUID campus, int year) {
        return Long.toString(budgets.budget(campus, year).orElseThrow().version());
    }
}
