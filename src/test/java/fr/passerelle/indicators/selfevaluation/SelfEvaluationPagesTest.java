package fr.passerelle.indicators.selfevaluation;

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
import fr.passerelle.identity.Accounts;
import fr.passerelle.indicators.SelfEvaluations;
import fr.passerelle.indicators.Theme;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The pages of the campaign: forms re-rendered with what was typed, the readers and the refused, the lists, the PDF read back. */
@PasserelleIntegrationTest
class SelfEvaluationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    SelfEvaluations selfEvaluations;
    @Autowired
    Clock clock;

    UUID campus() {
        return accounts.byUsername("direction").orElseThrow().campusId();
    }

    String path(int year) {
        return "/gestion/campus/" + campus() + "/auto-evaluation/" + year;
    }

    int openedCampaign() {
        int year = SelfEvaluationFixtures.freshYear();
        selfEvaluations.openCampaign(accounts.byUsername("admin").orElseThrow(), year,
                SelfEvaluationFixtures.deadlinesFrom(LocalDate.now(clock), 10, 20, 30));
        return year;
    }

    /** Every theme rated, with texts; {@code overrides} replace some of the fields (name, value, name, value…). */
    MockHttpServletRequestBuilder everyThemeRated(int year, String rating, String... overrides) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("version", Long.toString(selfEvaluations.version(campus(), year)));
        for (Theme theme : Theme.values()) {
            fields.put("themes[" + theme.name() + "].rating", rating);
            fields.put("themes[" + theme.name() + "].strengths", "Forces " + theme.name());
            fields.put("themes[" + theme.name() + "].progressAreas", "Progrès " + theme.name());
            fields.put("themes[" + theme.name() + "].plannedActions", "Actions " + theme.name());
        }
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        var request = post(path(year));
        fields.forEach(request::param);
        return request;
    }

    @Test
    void theDirectorWritesThePageStatesTheScaleAndARefusedFormKeepsWhatWasTyped() throws Exception {
        int year = openedCampaign();
        mvc.perform(get(path(year)).with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 « À engager »")))
                .andExpect(content().string(containsString("4 « Exemplaire »")))
                .andExpect(content().string(containsString("Gouvernance du CMQ")))
                .andExpect(content().string(containsString("Indicateurs du thème « Gouvernance du CMQ »")))
                .andExpect(content().string(containsString("Nombre de réunions de COPIL")))
                .andExpect(content().string(containsString("id=\"assessment-form\"")));

        // A rating off the scale and a text too long: the form comes back with what was typed and the messages.
        String tooLong = "x".repeat(4001);
        mvc.perform(everyThemeRated(year, "3", "themes[GOVERNANCE].strengths", tooLong)
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Les points forts font 4000 caractères au plus.")))
                .andExpect(content().string(containsString("Progrès SCHOOL_BUSINESS")));
        mvc.perform(everyThemeRated(year, "3", "themes[INNOVATION].rating", "7").with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("entre 1 et 4")))
                .andExpect(content().string(containsString("Forces CULTURE_MOBILITY")));

        mvc.perform(everyThemeRated(year, "4").with(as(users, "direction")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "L’auto-évaluation est enregistrée."));
        // A form opened before that save is stale.
        mvc.perform(everyThemeRated(year, "2", "version", "0", "themes[GOVERNANCE].strengths", "Version périmée")
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("modifiée par quelqu’un d’autre")))
                .andExpect(content().string(containsString("Version périmée")));

        mvc.perform(post(path(year) + "/depot").param("version", Long.toString(selfEvaluations.version(campus(), year)))
                        .with(as(users, "direction")).with(csrf()))
                .andExpect(flash().attribute("success", "L’auto-évaluation est déposée : le référent académique en est informé."));

        // Submitted: read-only for the director; the referent finds it on the landing page and reviews it.
        mvc.perform(get(path(year)).with(as(users, "direction")))
                .andExpect(content().string(not(containsString("id=\"assessment-form\""))))
                .andExpect(content().string(containsString("4 « Exemplaire »")));
        mvc.perform(get("/gestion").with(as(users, "referent")))
                .andExpect(content().string(containsString("Auto-évaluations à examiner")))
                .andExpect(content().string(containsString(path(year))));
        mvc.perform(get(path(year)).with(as(users, "referent")))
                .andExpect(content().string(containsString("Transmettre à la région")));
        mvc.perform(post(path(year) + "/renvoi").param("version", Long.toString(selfEvaluations.version(campus(), year))).param("comment", "")
                        .with(as(users, "referent")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("le commentaire est obligatoire pour renvoyer")));
        mvc.perform(post(path(year) + "/transmission").param("version", Long.toString(selfEvaluations.version(campus(), year))).param("comment", "RAS")
                        .with(as(users, "referent")).with(csrf()))
                .andExpect(flash().attribute("success", "L’auto-évaluation est transmise à la région."));

        // The PDF says what the page says.
        byte[] pdf = mvc.perform(get(path(year) + "/auto-evaluation.pdf").with(as(users, "coordination")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        // Table cells wrap their text over lines: compare with single spaces.
        assertThat(text.toString().replaceAll("\\s+", " ")).contains("Auto-évaluation " + year, "À la validation du comité stratégique régional", "Gouvernance du CMQ",
                "4 « Exemplaire »", "Forces GOVERNANCE", "Progrès INNOVATION", "Actions PATHWAYS", "Historique", "RAS", "Indicateurs",
                "Nombre de réunions de COPIL", Integer.toString(year - 2), "Tendance");
    }

    @Test
    void onlyThoseWhoReadEverythingOfTheCampusOpenItsSelfEvaluation() throws Exception {
        int year = openedCampaign();
        for (String reader : new String[] {"admin", "coordination", "conseil-regional", "referent", "direction", "dreets"}) {
            mvc.perform(get(path(year)).with(as(users, reader))).andExpect(status().isOk());
            mvc.perform(get(path(year) + "/auto-evaluation.pdf").with(as(users, reader))).andExpect(status().isOk());
        }
        for (String refused : new String[] {"partenaire", "recruteur", "expert"}) {
            mvc.perform(get(path(year)).with(as(users, refused))).andExpect(status().isForbidden());
            mvc.perform(get(path(year) + "/auto-evaluation.pdf").with(as(users, refused))).andExpect(status().isForbidden());
            mvc.perform(get("/gestion/auto-evaluation").with(as(users, refused))).andExpect(status().isForbidden());
            mvc.perform(post(path(year) + "/depot").param("version", "0").with(as(users, refused)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(post(path(year) + "/transmission").param("version", "0").with(as(users, "coordination")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(path(year) + "/validation").param("version", "0").with(as(users, "referent")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/gestion/auto-evaluation/" + year + "/cloture").with(as(users, "coordination")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCampaignsListOpensToTheAdministrationWithItsFormAndTheListOfACampaignIsFilteredInTheReadersScope() throws Exception {
        int year = openedCampaign();
        mvc.perform(get("/gestion/auto-evaluation").with(as(users, "admin")))
                .andExpect(content().string(containsString("Ouvrir une campagne")))
                .andExpect(content().string(containsString("Campagne " + year)));
        mvc.perform(get("/gestion/auto-evaluation").with(as(users, "referent")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Ouvrir une campagne"))));

        // Deadlines out of order: the form comes back with what was typed.
        int next = SelfEvaluationFixtures.freshYear();
        LocalDate today = LocalDate.now(clock);
        mvc.perform(post("/gestion/auto-evaluation").param("year", Integer.toString(next)).param("submissionDue", today.plusDays(20).toString())
                        .param("reviewDue", today.plusDays(10).toString()).param("validationDue", today.plusDays(30).toString())
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("L’examen académique ne peut s’achever avant la date limite de dépôt.")))
                .andExpect(content().string(containsString("value=\"" + next + "\"")));
        mvc.perform(post("/gestion/auto-evaluation").param("year", Integer.toString(next)).param("submissionDue", today.plusDays(20).toString())
                        .param("reviewDue", today.plusDays(30).toString()).param("validationDue", today.plusDays(40).toString())
                        .with(as(users, "coordination")).with(csrf()))
                .andExpect(status().isForbidden());

        String name = "Travaux publics";
        mvc.perform(get("/gestion/auto-evaluation/" + year).with(as(users, "admin")))
                .andExpect(content().string(containsString(path(year))));
        mvc.perform(get("/gestion/auto-evaluation/" + year).param("region", "84").with(as(users, "admin")))
                .andExpect(content().string(not(containsString(path(year)))));
        mvc.perform(get("/gestion/auto-evaluation/" + year).param("statut", "VALIDATED").with(as(users, "admin")))
                .andExpect(content().string(not(containsString(path(year)))));
        mvc.perform(get("/gestion/auto-evaluation/" + year).param("statut", "DRAFT").param("academie", "09").with(as(users, "referent")))
                .andExpect(content().string(containsString(path(year))));
        // A director sees their own campus only.
        mvc.perform(get("/gestion/auto-evaluation/" + year).with(as(users, "direction")))
                .andExpect(content().string(containsString("1 auto-évaluation(s) dans votre périmètre")));
        assertThat(name).isNotBlank();
    }
}
