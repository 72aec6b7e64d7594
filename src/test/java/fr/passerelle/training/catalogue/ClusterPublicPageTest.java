package fr.passerelle.training.catalogue;

import static fr.passerelle.TestActors.nationalAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.trades.curation.Owner;
import fr.passerelle.trades.curation.TradeCuration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** A cluster's public page links the trade sheets it curates and lists the trainings it labels; other partners' pages show neither. */
@PasserelleIntegrationTest
class ClusterPublicPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Directory directory;
    @Autowired
    TradeCuration curation;
    @Autowired
    TrainingLabels labels;
    @Autowired
    CatalogueQueries queries;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    @Transactional
    void aClusterPageLinksItsTradeSheetsAndListsTheTrainingsItLabels() throws Exception {
        var cluster = directory.register(nationalAdmin(), fr.passerelle.directory.OrganisationDetails.of(OrganisationKind.CLUSTER,
                "Cluster des métiers du soudage " + java.util.UUID.randomUUID()));
        var company = directory.register(nationalAdmin(), fr.passerelle.directory.OrganisationDetails.of(OrganisationKind.COMPANY,
                "Chaudronnerie de l’Ouest " + java.util.UUID.randomUUID()));
        mvc.perform(get("/partenaires/" + cluster.id())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Formations labellisées par le cluster"))));

        curation.add(nationalAdmin(), Owner.cluster(cluster.id()), "H2913");
        var training = queries.find(jdbc.sql("select code from catalogue_training order by code limit 1").query(String.class).single()).orElseThrow();
        labels.label(nationalAdmin(), training, cluster.id(), new LabelDetails(LabelNature.NEW, LabelStatus.GRANTED, LocalDate.of(2026, 9, 1), null));

        mvc.perform(get("/partenaires/" + cluster.id())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Les 1 fiches métiers du cluster")))
                .andExpect(content().string(containsString("href=\"/partenaires/" + cluster.id() + "/metiers/H2913\"")))
                .andExpect(content().string(containsString("Formations labellisées par le cluster")))
                .andExpect(content().string(containsString("href=\"/formations/" + training.code() + "\"")))
                .andExpect(content().string(containsString("labellisée depuis le 1 septembre 2026")));

        curation.add(nationalAdmin(), Owner.cluster(cluster.id()), "H2916");
        mvc.perform(get("/partenaires/" + company.id())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("fiches métiers du"))))
                .andExpect(content().string(not(containsString("Formations labellisées par le cluster"))));
    }

}
