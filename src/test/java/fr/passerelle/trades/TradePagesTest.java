package fr.passerelle.trades;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public pages and the API of trades, anonymous, on the sample release imported at start. */
@PasserelleIntegrationTest
class TradePagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownCodeIsNotFound() throws Exception {
        mvc.perform(get("/metiers/Z9999")).andExpect(status().isNotFound());
        mvc.perform(get("/metiers/pas-un-code")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/trades/Z9999")).andExpect(status().isNotFound());
    }

    @Test
    void theSheetShowsWhatRomeSaysOfTheFiche() throws Exception {
        mvc.perform(get("/metiers/H2913"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Soudeur / Soudeuse</h1>")))
                .andExpect(content().string(containsString("Mécanique, travail des métaux et outillage")))
                .andExpect(content().string(containsString("Assemble des pièces de métal par divers procédés de fusion")))
                .andExpect(content().string(containsString("Appellation principale")))
                .andExpect(content().string(containsString("Appellations peu usitées")))
                .andExpect(content().string(containsString("Macro-compétence 3D206 · objectif 3D2 · enjeu 3D · domaine 3")))
                .andExpect(content().string(containsString("Cœur de métier")))
                .andExpect(content().string(containsString("Savoir-être professionnels")))
                .andExpect(content().string(containsString("Certifications et habilitations")))
                .andExpect(content().string(containsString("CAP métallier")))
                .andExpect(content().string(containsString("href=\"/metiers/H2902\"")))
                .andExpect(content().string(containsString("R — Réaliste")))
                .andExpect(content().string(containsString("version 60")));
    }

    @Test
    void aCodeTypedInLowerCaseLeadsToTheSheet() throws Exception {
        mvc.perform(get("/metiers/h2913")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/metiers/H2913"));
    }

    @Test
    void theSearchPageFindsFichesByTheirJobTitlesAndHtmxGetsOnlyTheResultArea() throws Exception {
        mvc.perform(get("/metiers").param("q", "soudeuse"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/metiers/H2913\"")))
                .andExpect(content().string(containsString("fiches métiers trouvées")))
                .andExpect(content().string(containsString("Grand domaine")))
                .andExpect(content().string(containsString("Trouver un métier par son appellation")))
                .andExpect(content().string(containsString("fr-header")));
        mvc.perform(get("/metiers").param("q", "soudeuse").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"search-area\"")))
                .andExpect(content().string(not(containsString("fr-header"))));
        mvc.perform(get("/metiers").param("grand-domaine", "H"))
                .andExpect(content().string(containsString("Domaine professionnel")))
                .andExpect(content().string(not(containsString("href=\"/metiers/G1609\""))));
    }

    @Test
    void badFiltersAreExplainedInFrench() throws Exception {
        mvc.perform(get("/metiers").param("transition", "ROSE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("« ROSE » n&#39;est pas une valeur de transition écologique.")));
    }

    @Test
    void theJobTitlePickerSuggestsAsOneTypesAndLeadsToTheFiche() throws Exception {
        mvc.perform(get("/metiers/appellations").param("appellationQuery", "cuisini").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"appellation-results\"")))
                .andExpect(content().string(containsString("name=\"appellation\" value=\"13861\"")))
                .andExpect(content().string(containsString("Cuisinier / Cuisinière")))
                .andExpect(content().string(not(containsString("fr-header"))));
        mvc.perform(get("/metiers/appellations").param("champ", "targetJob").param("targetJobQuery", "soudeu").header("HX-Request", "true"))
                .andExpect(content().string(containsString("id=\"targetJob-results\"")))
                .andExpect(content().string(containsString("name=\"targetJob\" value=\"404475\"")));
        mvc.perform(get("/metiers/appellations").param("appellationQuery", "cuisini"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Trouver un métier par son appellation</h1>")))
                .andExpect(content().string(containsString("value=\"13861\"")));
        mvc.perform(get("/metiers/appellations").param("appellation", "13861"))
                .andExpect(redirectedUrl("/metiers/G1609"));
        mvc.perform(get("/metiers/appellations").param("appellationQuery", "zzzzqx").header("HX-Request", "true"))
                .andExpect(content().string(containsString("Aucune appellation ne correspond.")));
    }

    @Test
    void theApiSearchesWithTheSameFiltersAndRefusesBadOnes() throws Exception {
        mvc.perform(get("/api/v1/trades").param("q", "soudeuse"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", hasItem("H2913")))
                .andExpect(jsonPath("$.items[0].url").value(containsString("/metiers/")))
                .andExpect(jsonPath("$.facets[*].parameter", hasItem("grand-domaine")));
        mvc.perform(get("/api/v1/trades").param("taille", "5").param("page", "2"))
                .andExpect(jsonPath("$.totalItems").value(19))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.items.length()").value(5));
        mvc.perform(get("/api/v1/trades").param("tag", "CHEAP"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Paramètres invalides"));
    }

    @Test
    void theApiGivesTheSheetAndTheJobTitles() throws Exception {
        mvc.perform(get("/api/v1/trades/H2913"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("H2913"))
                .andExpect(jsonPath("$.jobTitles[0].label").value("Soudeur / Soudeuse"))
                .andExpect(jsonPath("$.neighbours[*].code", hasItem("H2902")))
                .andExpect(jsonPath("$.knowledge[-1:].category", hasItem("Certifications et habilitations")));
        mvc.perform(get("/api/v1/trades/job-titles").param("q", "cuisiniere"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].ogr", hasItem(13861)))
                .andExpect(jsonPath("$[0].tradeCode").exists());
        mvc.perform(get("/api/v1/trades/job-titles").param("q", "soudeu").param("limite", "2"))
                .andExpect(jsonPath("$.length()").value(2));
    }
}
