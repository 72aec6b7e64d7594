package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.ReviewPage;
import fr.passerelle.labelling.LabellingFixtures;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An expert opens version 2 of a dossier after a navette: their scores are there, the exchange and the changes beside them. */
class ExpertSecondRoundBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theExpertFindsTheirScoresTheNavetteAndWhatChangedThenHandsInTheSecondRound() {
        UUID dossier = LabellingFixtures.secondRound(context, "Campus de la navette " + UUID.randomUUID().toString().substring(0, 8));

        logInAs("expert");
        ReviewPage review = ReviewPage.open(browser(), dossier);
        review.expectHeading("Expertise");

        assertThat(review.navette()).contains(LabellingFixtures.NAVETTE_REQUEST).contains(LabellingFixtures.NAVETTE_ANSWER);
        assertThat(review.carriedOver()).isTrue();
        assertThat(review.changedCriteria()).singleElement().asString().contains("gouvernance régionale");
        assertThat(review.changedBadges()).isEqualTo(1);
        assertThat(review.additions("REGIONAL_GOVERNANCE")).containsExactly(LabellingFixtures.ADDED_SENTENCE);
        assertThat(review.scoreOf("REGIONAL_GOVERNANCE")).isEqualTo(2);
        assertThat(review.commentOf("REGIONAL_GOVERNANCE")).isEqualTo(LabellingFixtures.GOVERNANCE_COMMENT);
        assertThat(review.scoreOf("DIAGNOSIS")).isEqualTo(3);
        review.assertAccessible();
        review.screenshot("expert-second-round");

        review.score("REGIONAL_GOVERNANCE", 4).handIn();
        review.expectSuccess("Votre expertise est remise");
        assertThat(review.scoreOf("REGIONAL_GOVERNANCE")).isEqualTo(4);
        review.assertAccessible();
    }
}
