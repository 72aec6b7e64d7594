package fr.passerelle.indicators.selfevaluation;

import static fr.passerelle.TestActors.nationalAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.indicators.SelfEvaluations;
import fr.passerelle.indicators.Theme;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What other modules read of a campus's self-evaluations: the latest one its director submitted, with its themes. */
@PasserelleIntegrationTest
class LatestSubmittedSelfEvaluationTest {

    @Autowired
    SelfEvaluations selfEvaluations;
    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    @Test
    void theLatestSelfEvaluationSubmittedIsReadWithItsThemesAndADraftNeverSubmittedIsNot() {
        LocalDate today = LocalDate.now(clock);
        Actor director = accounts.byUsername("direction").orElseThrow();
        UUID campus = director.campusId();
        int older = SelfEvaluationFixtures.freshYear();
        int newer = SelfEvaluationFixtures.freshYear();
        for (int year : new int[] {older, newer}) {
            selfEvaluations.openCampaign(nationalAdmin(), year, SelfEvaluationFixtures.deadlinesFrom(today, 30, 60, 90));
            selfEvaluations.draft(director, campus, year, selfEvaluations.version(campus, year), SelfEvaluationFixtures.written());
        }
        selfEvaluations.submit(director, campus, older, selfEvaluations.version(campus, older));

        SelfEvaluations.Submitted latest = selfEvaluations.latestSubmitted(campus).orElseThrow();
        assertThat(latest.year()).isEqualTo(older);
        assertThat(latest.status()).isEqualTo(SelfEvaluationStatus.AT_ACADEMY.label());
        assertThat(latest.submittedAt()).isNotNull();
        assertThat(latest.validatedOn()).isNull();
        assertThat(latest.themes()).extracting(SelfEvaluations.ThemeSummary::theme).containsExactly(Theme.values());
        SelfEvaluations.ThemeSummary governance = latest.themes().get(0);
        assertThat(governance.rating()).isEqualTo(3);
        assertThat(governance.ratingText()).isEqualTo("3 « Maîtrisé »");
        assertThat(governance.strengths()).isEqualTo("Points forts : " + Theme.GOVERNANCE.label());
        assertThat(governance.progressAreas()).isEqualTo("Progresser sur " + Theme.GOVERNANCE.label());

        selfEvaluations.submit(director, campus, newer, selfEvaluations.version(campus, newer));
        assertThat(selfEvaluations.latestSubmitted(campus).orElseThrow().year()).isEqualTo(newer);
        assertThat(selfEvaluations.latestSubmitted(UUID.randomUUID())).isEmpty();
    }
}
