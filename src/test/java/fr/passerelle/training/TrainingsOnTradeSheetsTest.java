package fr.passerelle.training;

import static fr.passerelle.TestActors.nationalAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.trades.curation.Owner;
import fr.passerelle.trades.curation.TradeCuration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The trade sheets list the trainings that lead to the trade: the catalogue's on the national sheet, the campus's on its own. */
@PasserelleIntegrationTest
class TrainingsOnTradeSheetsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CampusRegistry registry;
    @Autowired
    TradeCuration curation;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String tourismSlug() {
        return jdbc.sql("select slug from campus where name = 'Campus des métiers et des qualifications Tourisme et innovation'").query(String.class).single();
    }

    @Test
    void theNationalSheetOfATradeListsTheTrainingsWhoseCertificationsLeadToIt() throws Exception {
        mvc.perform(get("/metiers/H2902")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Formations qui mènent à ce métier")))
                .andExpect(content().string(containsString("Composites, plastiques chaudronnés")))
                .andExpect(content().string(containsString("href=\"/formations/")));
    }

    @Test
    void aTradeNoTrainingOfTheCatalogueLeadsToHasNoSuchSection() throws Exception {
        mvc.perform(get("/metiers/M1805")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Formations qui mènent à ce métier"))));
    }

    @Test
    @Transactional
    void aCampussSheetOfATradeListsTheCampussOwnTrainingsThatLeadToIt() throws Exception {
        var metal = registry.bySlug("metallurgie-et-plasturgie").orElseThrow();
        curation.add(nationalAdmin(), Owner.campus(metal.id()), "H2902");
        mvc.perform(get("/campus/metallurgie-et-plasturgie/metiers/H2902")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Les formations du campus qui y mènent")))
                .andExpect(content().string(containsString("Composites, plastiques chaudronnés")));

        mvc.perform(get("/campus/" + tourismSlug() + "/metiers/G1601")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Les formations du campus qui y mènent"))));
    }
}
