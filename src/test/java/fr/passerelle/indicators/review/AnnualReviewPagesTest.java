package fr.passerelle.indicators.review;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Accounts;
import fr.passerelle.indicators.AnnualReviews;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages of the annual review with the demo accounts: the commentary form re-rendered with what was typed, the
 * workflow through its buttons and the notices, the landing panel, the académie's list, the PDF read back, and who is
 * let in or refused on every endpoint.
 */
@PasserelleIntegrationTest
class AnnualReviewPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    AnnualReviews reviews;
    @Autowired
    CampusRegistry registry;
    @Autowired
    JdbcClient jdbc;

    UUID campus() {
        return accounts.byUsername("direction").orElseThrow().campusId();
    }

    String path(int year) {
        return "/gestion/campus/" + campus() + "/bilans/" + year;
    }

    String version(int year) {
        return Long.toString(reviews.version(campus(), year));
    }

    static String pdfText(byte[] pdf, int page) throws Exception {
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        return new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page).replaceAll("\\s+", " ");
    }

    static int pages(byte[] pdf) throws Exception {
        return new com.lowagie.text.pdf.PdfReader(pdf).getNumberOfPages();
    }

    @Test
    void theReviewGoesThroughItsPagesFromTheDirectorsCommentaryToTheReferentsAcknowledgementAndItsPdfSaysSo() throws Exception {
        int year = AnnualReviewFixtures.freshYear();
        mvc.perform(get(path(year)).with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bilan annuel des actions " + year)))
                .andExpect(content().string(containsString("Non commencé")))
                .andExpect(content().string(containsString("id=\"commentary-form\"")))
                .andExpect(content().string(containsString("À déposer par la direction opérationnelle au plus tard le 31/03/" + (year + 1))));

        // Too long: the page comes back with the message and what was typed elsewhere.
        mvc.perform(post(path(year)).param("version", "-1").param("texts[OVERALL]", "x".repeat(6001)).param("texts[BUDGET]", "Budget tenu de près")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Un commentaire fait 6000 caractères au plus.")))
                .andExpect(content().string(containsString("Budget tenu de près")));
        mvc.perform(post(path(year)).param("version", "-1").param("texts[OVERALL]", "Une année de consolidation.")
                        .param("texts[INDICATORS]", "Indicateurs en progrès.").with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "Le commentaire du bilan est enregistré."));
        // A form opened before that save is stale: refused, with what was typed.
        mvc.perform(post(path(year)).param("version", "-1").param("texts[OVERALL]", "Version périmée").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("modifié par quelqu’un d’autre")))
                .andExpect(content().string(containsString("Version périmée")));

        mvc.perform(post(path(year) + "/depot").param("version", version(year)).with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "Le bilan est déposé : ses chiffres sont figés et le référent académique en est informé."));
        mvc.perform(get(path(year)).with(as(users, "direction")))
                .andExpect(content().string(not(containsString("id=\"commentary-form\""))))
                .andExpect(content().string(containsString("Chiffres figés au dépôt")))
                .andExpect(content().string(containsString("Une année de consolidation.")));

        // The referent is told, finds it on the landing page, and must say why to send it back.
        mvc.perform(get("/gestion/notifications").with(as(users, "referent")))
                .andExpect(content().string(containsString("Bilan annuel " + year + " à prendre en compte")));
        mvc.perform(get("/gestion").with(as(users, "referent")))
                .andExpect(content().string(containsString("Bilans annuels à prendre en compte")))
                .andExpect(content().string(containsString(path(year))));
        mvc.perform(post(path(year) + "/renvoi").param("version", version(year)).param("comment", "").with(as(users, "referent")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("le motif est obligatoire pour renvoyer")));
        mvc.perform(post(path(year) + "/renvoi").param("version", version(year)).param("comment", "Commentez le budget.")
                        .with(as(users, "referent")).with(csrf()))
                .andExpect(flash().attribute("success", "Le bilan est renvoyé à la direction avec votre motif."));
        mvc.perform(get("/gestion/notifications").with(as(users, "direction")))
                .andExpect(content().string(containsString("Bilan annuel " + year + " renvoyé")));

        mvc.perform(post(path(year)).param("version", version(year)).param("texts[OVERALL]", "Une année de consolidation.")
                        .param("texts[BUDGET]", "Budget exécuté à 90 %.").with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(path(year) + "/depot").param("version", version(year)).with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(path(year) + "/prise-en-compte").param("version", version(year)).param("comment", "Bilan complet.")
                        .with(as(users, "referent")).with(csrf()))
                .andExpect(flash().attribute("success", "Le bilan est pris en compte : la direction en est informée."));

        // The académie's list says where it stands; the PDF says what the page says.
        mvc.perform(get("/gestion/bilans-annuels").param("annee", Integer.toString(year)).param("statut", "ACKNOWLEDGED").with(as(users, "referent")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(path(year))));
        mvc.perform(get("/gestion/bilans-annuels").param("annee", Integer.toString(year)).param("statut", "SUBMITTED").with(as(users, "referent")))
                .andExpect(content().string(not(containsString(path(year)))));
        byte[] pdf = mvc.perform(get(path(year) + "/bilan.pdf").with(as(users, "coordination")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= pages(pdf); p++) {
            text.append(pdfText(pdf, p)).append(' ');
        }
        assertThat(text.toString()).contains("Bilan annuel des actions " + year, "Pris en compte par le référent académique", "Une année de consolidation.",
                "Budget exécuté à 90 %.", "Le bilan chiffré", "Les indicateurs", "Historique", "Commentez le budget.", "Bilan complet.",
                "Chiffres figés au dépôt", "Page 1 sur " + pages(pdf));
    }

    @Test
    void aLongActionPlanPrintsOnSeveralPagesEachNumberedWithItsTableHeaderRepeated() throws Exception {
        var f = AnnualReviewFixtures.newCampus(jdbc, registry);
        int year = 2022;
        for (int i = 1; i <= 60; i++) {
            f.action(year, "FAIR", String.format("Forum numéro %02d", i), "DONE", null, LocalDate.of(year, 1 + i % 12, 1 + i % 28), null, 1, "100", "REGION");
        }
        byte[] pdf = mvc.perform(get("/gestion/campus/" + f.campus + "/bilans/" + year + "/bilan.pdf").with(as(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        int pages = pages(pdf);
        assertThat(pages).isGreaterThan(2);
        assertThat(pdfText(pdf, 1)).contains("Forum numéro 01", "Apprenants touchés", "Page 1 sur " + pages);
        String second = pdfText(pdf, 2);
        // The actions' header row starts the table again on the second page (cells may run together once extracted).
        assertThat(second).contains("Action Statut Dates Partenaires Apprenants touchés", "Financement", "Page 2 sur " + pages);
        assertThat(pdfText(pdf, pages)).contains("Page " + pages + " sur " + pages);
    }

    @Test
    void onlyThoseWhoReadEverythingOfTheCampusOpenItsReviewsAndOnlyTheirActorsAct() throws Exception {
        int year = AnnualReviewFixtures.freshYear();
        for (String reader : new String[] {"admin", "coordination", "conseil-regional", "referent", "direction", "dreets"}) {
            mvc.perform(get(path(year)).with(as(users, reader))).andExpect(status().isOk());
            mvc.perform(get(path(year) + "/bilan.pdf").with(as(users, reader))).andExpect(status().isOk());
            mvc.perform(get("/gestion/campus/" + campus() + "/bilans").with(as(users, reader))).andExpect(status().isOk());
        }
        for (String refused : new String[] {"partenaire", "recruteur", "expert"}) {
            mvc.perform(get(path(year)).with(as(users, refused))).andExpect(status().isForbidden());
            mvc.perform(get(path(year) + "/bilan.pdf").with(as(users, refused))).andExpect(status().isForbidden());
            mvc.perform(get("/gestion/campus/" + campus() + "/bilans").with(as(users, refused))).andExpect(status().isForbidden());
            mvc.perform(post(path(year)).param("version", "-1").param("texts[OVERALL]", "Non").with(as(users, refused)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post(path(year) + "/depot").param("version", "-1").with(as(users, refused)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post(path(year) + "/prise-en-compte").param("version", "-1").param("comment", "Non").with(as(users, refused)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post(path(year) + "/renvoi").param("version", "-1").param("comment", "Non").with(as(users, refused)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/gestion/bilans-annuels").with(as(users, refused))).andExpect(status().isForbidden());
        }
        for (String notWriter : new String[] {"referent", "coordination", "conseil-regional", "dreets"}) {
            mvc.perform(post(path(year)).param("version", "-1").param("texts[OVERALL]", "Non").with(as(users, notWriter)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post(path(year) + "/depot").param("version", "-1").with(as(users, notWriter)).with(csrf())).andExpect(status().isForbidden());
        }
        for (String notReferent : new String[] {"admin", "direction", "coordination", "conseil-regional", "dreets"}) {
            mvc.perform(post(path(year) + "/prise-en-compte").param("version", "-1").param("comment", "Non").with(as(users, notReferent)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post(path(year) + "/renvoi").param("version", "-1").param("comment", "Non").with(as(users, notReferent)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        // The list of an académie's reviews: its referent and the national administration only.
        mvc.perform(get("/gestion/bilans-annuels").with(as(users, "referent"))).andExpect(status().isOk());
        mvc.perform(get("/gestion/bilans-annuels").param("academie", "04").with(as(users, "referent"))).andExpect(status().isForbidden());
        mvc.perform(get("/gestion/bilans-annuels").param("academie", "04").with(as(users, "admin"))).andExpect(status().isOk());
        for (String refused : new String[] {"direction", "coordination", "conseil-regional", "dreets"}) {
            mvc.perform(get("/gestion/bilans-annuels").with(as(users, refused))).andExpect(status().isForbidden());
        }
        // Another campus's reviews, of another région: the national administration only.
        UUID other = registry.all().stream().filter(c -> !c.regionCode().equals("32")).findFirst().orElseThrow().id();
        mvc.perform(get("/gestion/campus/" + other + "/bilans/" + year).with(as(users, "direction"))).andExpect(status().isForbidden());
        mvc.perform(get("/gestion/campus/" + other + "/bilans/" + year).with(as(users, "referent"))).andExpect(status().isForbidden());
        mvc.perform(get("/gestion/campus/" + other + "/bilans/" + year).with(as(users, "admin"))).andExpect(status().isOk());
    }
}
