package fr.passerelle.labelling;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.SurveyResults;
import fr.passerelle.clusters.surveys.SurveyFixtures;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.BusinessRuleException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A dossier quotes in its criterion 1 the figures of clusters' barometers that are citable and unmasked, and nothing else. */
@PasserelleIntegrationTest
class DiagnosisQuotationsTest {

    @Autowired
    DiagnosisQuotations quotations;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    ApplicationQueries queries;
    @Autowired
    Calls calls;
    @Autowired
    Accounts accounts;
    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void criterionOneQuotesOnlyTheUnmaskedFiguresOfACitableClosedBarometerOfTheRegion() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        Actor referent = accounts.byUsername("referent").orElseThrow();
        LocalDate today = calls.today();
        UUID call = calls.create(TestActors.nationalAdmin(), new Calls.CallDetails(today.getYear(), "Appel citations " + key, today.minusDays(10),
                today.plusDays(30), null, true, true)).id();
        calls.publish(TestActors.nationalAdmin(), call);
        ApplicationView dossier = drafts.create(referent, new ApplicationDrafts.NewApplication(call, null, "Campus citant " + key, Sector.MATERIALS,
                "09", LabelCategory.STANDARD, null, null));

        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, dossier.regionCode(), "Grappe citée " + key, Sector.MATERIALS);
        UUID citable = SurveyFixtures.closedBarometer(context, cluster.id(), "Baromètre cité " + key, 3, 2, true);
        UUID reserved = SurveyFixtures.closedBarometer(context, cluster.id(), "Baromètre réservé " + key, 3, 3, false);

        var offered = quotations.of(dossier);
        assertThat(offered).extracting(SurveyResults.Quotation::key).contains(citable.toString()).doesNotContain(reserved.toString());
        assertThatThrownBy(() -> quotations.insert(referent, dossier, 0, "", reserved.toString())).isInstanceOf(BusinessRuleException.class);

        var page = mvc.perform(get("/gestion/labellisation/dossiers/" + dossier.id() + "/criteres/DIAGNOSIS").with(as(users, "referent")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Citer le baromètre d’un cluster").contains("Baromètre cité " + key).doesNotContain("Baromètre réservé " + key);
        var other = mvc.perform(get("/gestion/labellisation/dossiers/" + dossier.id() + "/criteres/PERIMETER").with(as(users, "referent")))
                .andReturn().getResponse().getContentAsString();
        assertThat(other).doesNotContain("Citer le baromètre d’un cluster");

        var response = mvc.perform(post("/gestion/labellisation/dossiers/" + dossier.id() + "/criteres/DIAGNOSIS/citation")
                        .with(as(users, "referent")).with(csrf()).param("revision", "0").param("text", "Notre diagnostic partagé.")
                        .param("citation", citable.toString()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        String text = queries.section(dossier.id(), Criterion.DIAGNOSIS).text();
        assertThat(text).startsWith("Notre diagnostic partagé.").contains("Baromètre cité " + key).contains("Grappe citée " + key)
                .contains("Soudeur").contains("100 % des entreprises en difficulté").doesNotContain("Cuisinier");
    }
}
