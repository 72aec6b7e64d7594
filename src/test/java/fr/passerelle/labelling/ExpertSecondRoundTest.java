package fr.passerelle.labelling;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** After a navette, the expert starts the new round from their previous scores and sees the exchange and what changed. */
@PasserelleIntegrationTest
class ExpertSecondRoundTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    ExpertReviews reviews;
    @Autowired
    ApplicationQueries queries;
    @Autowired
    Accounts accounts;

    @Test
    void theSecondRoundStartsFromTheExpertsPreviousScoresAndComments() {
        UUID id = LabellingFixtures.secondRound(context, "Campus de la seconde lecture");
        Actor expert = accounts.byUsername("expert").orElseThrow();

        ApplicationParts.Review review = reviews.openReview(expert, id);

        assertThat(review.round()).isEqualTo(2);
        assertThat(review.submitted()).isFalse();
        assertThat(review.scoreOf(Criterion.REGIONAL_GOVERNANCE)).isEqualTo(new ApplicationParts.Score(2, LabellingFixtures.GOVERNANCE_COMMENT));
        assertThat(review.scoreOf(Criterion.DIAGNOSIS)).isEqualTo(new ApplicationParts.Score(3, "Solide."));
        assertThat(queries.reviewOf(id, expert.accountId(), 1).orElseThrow().submitted()).as("the first round stays as handed in").isTrue();
    }

    @Test
    void theReviewPageShowsTheNavetteAndMarksOnlyTheChangedCriterionWithItsDifference() throws Exception {
        UUID id = LabellingFixtures.secondRound(context, "Campus des différences");

        String page = mvc.perform(get("/gestion/labellisation/dossiers/" + id + "/expertise").with(as(users, "expert")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(LabellingFixtures.NAVETTE_REQUEST), containsString(LabellingFixtures.NAVETTE_ANSWER),
                        containsString("Ce qui a changé depuis la version 1"), containsString("1 critère(s) modifié(s)"),
                        containsString("Vos notes et commentaires de la version 1 sont repris"))))
                .andReturn().getResponse().getContentAsString();

        assertThat(count(page, ">Modifié</span>")).isEqualTo(1);
        assertThat(page).contains("id=\"diff-REGIONAL_GOVERNANCE\"").doesNotContain("id=\"diff-DIAGNOSIS\"");
        assertThat(page).contains("<ins> " + LabellingFixtures.ADDED_SENTENCE + "</ins>");
        assertThat(page).contains(LabellingFixtures.GOVERNANCE_COMMENT + "</textarea>");
        assertThat(page).containsPattern("id=\"score-REGIONAL_GOVERNANCE-2\"[^>]*checked");
    }

    @Test
    void theSynthesisFormWaitsForEveryExpertAndComesAfterTheirStatus() throws Exception {
        UUID id = LabellingFixtures.secondRound(context, "Campus de la synthèse attendue");
        String dossier = "/gestion/labellisation/dossiers/" + id;

        mvc.perform(get(dossier).with(as(users, "admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"synthesis-waiting\""), not(containsString("Rédiger la synthèse")))));

        for (String username : new String[] {"expert", "expert-b"}) {
            Actor expert = accounts.byUsername(username).orElseThrow();
            ApplicationParts.Review review = reviews.openReview(expert, id);
            reviews.score(expert, id, review.version(), review.scores(), true);
        }

        String page = mvc.perform(get(dossier).with(as(users, "admin"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"synthesis-waiting\"")))).andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Rédiger la synthèse du groupe d’expertise")).as("the synthesis form follows the experts' status")
                .isGreaterThan(page.indexOf("expertise remise"));
    }

    @Test
    void anotherExpertCannotOpenTheReviewOfADossierNotAssignedToThem() throws Exception {
        UUID id = LabellingFixtures.secondRound(context, "Campus gardé");
        mvc.perform(get("/gestion/labellisation/dossiers/" + id + "/expertise").with(as(users, "experte")))
                .andExpect(status().is4xxClientError());
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
