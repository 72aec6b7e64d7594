package fr.passerelle.clusters.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An answer is given and changed from the opening to the close of its campaign, both included, and never after. */
class SurveyAnswerTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), PARIS);

    private static SurveyCampaign campaign(LocalDate opens, LocalDate closes) {
        SurveyCampaign campaign = SurveyCampaign.open(UUID.randomUUID(),
                new SurveyCampaign.Settings(SurveyKind.HR_SURVEY, "Enquête RH", opens, closes, 5, 7), true, Instant.now(CLOCK));
        campaign.addTrade(404475, "Soudeur / Soudeuse", "H2913", Instant.now(CLOCK));
        return campaign;
    }

    private static SurveyAnswer.Content content(int unfilled) {
        return new SurveyAnswer.Content(120, TurnoverBand.OVER_50M, 80, 3, 10,
                List.of(new SurveyAnswer.TradeAnswer(404475, 4, 3, unfilled, 6, List.of(SurveyFixtures.ARC_WELDING))));
    }

    @Test
    void anAnswerIsChangedUntilTheClosingDayAndRefusedTheDayAfter() {
        LocalDate today = LocalDate.now(CLOCK);
        SurveyCampaign campaign = campaign(today.minusDays(10), today);
        SurveyAnswer answer = SurveyAnswer.give(campaign, UUID.randomUUID(), content(2), "recruteur", today, Instant.now(CLOCK));

        var changes = answer.change(campaign, answer.version(), content(5), "recruteur", today, Instant.now(CLOCK), ogr -> "compétence " + ogr);
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("Soudeur / Soudeuse");
            assertThat(c.before()).contains("non pourvus 2");
            assertThat(c.after()).contains("non pourvus 5");
        });

        assertThatThrownBy(() -> answer.change(campaign, answer.version(), content(7), "recruteur", today.plusDays(1), Instant.now(CLOCK), ogr -> "compétence " + ogr))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("close");
        assertThatThrownBy(() -> SurveyAnswer.give(campaign, UUID.randomUUID(), content(1), "autre", today.plusDays(1), Instant.now(CLOCK)))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void anAnswerBeforeTheOpeningIsRefused() {
        LocalDate today = LocalDate.now(CLOCK);
        SurveyCampaign campaign = campaign(today.plusDays(1), today.plusDays(20));
        assertThatThrownBy(() -> SurveyAnswer.give(campaign, UUID.randomUUID(), content(1), "recruteur", today, Instant.now(CLOCK)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("pas encore");
    }

    @Test
    void anAnswerChangedFromAStaleVersionIsRefused() {
        LocalDate today = LocalDate.now(CLOCK);
        SurveyCampaign campaign = campaign(today.minusDays(1), today.plusDays(1));
        SurveyAnswer answer = SurveyAnswer.give(campaign, UUID.randomUUID(), content(2), "recruteur", today, Instant.now(CLOCK));
        assertThatThrownBy(() -> answer.change(campaign, answer.version() + 1, content(3), "recruteur", today, Instant.now(CLOCK), ogr -> "compétence " + ogr))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void onlyTheCompanyQuestionsOfTheKindAreKept() {
        LocalDate today = LocalDate.now(CLOCK);
        SurveyCampaign campaign = campaign(today.minusDays(1), today.plusDays(1));
        SurveyAnswer answer = SurveyAnswer.give(campaign, UUID.randomUUID(), content(2), "recruteur", today, Instant.now(CLOCK));
        assertThat(answer.content().jobs()).as("the HR survey does not ask for jobs").isNull();
        assertThat(answer.content().turnoverBand()).isNull();
        assertThat(answer.content().openUnfilled()).isEqualTo(3);
        assertThat(answer.content().creationForecast()).isEqualTo(10);
    }

    @Test
    void aTradeTheCampaignDoesNotAskAboutIsRefused() {
        LocalDate today = LocalDate.now(CLOCK);
        SurveyCampaign campaign = campaign(today.minusDays(1), today.plusDays(1));
        var other = new SurveyAnswer.Content(null, null, null, null, null, List.of(new SurveyAnswer.TradeAnswer(13861, 1, 1, 0, 0, List.of())));
        assertThatThrownBy(() -> SurveyAnswer.give(campaign, UUID.randomUUID(), other, "recruteur", today, Instant.now(CLOCK)))
                .isInstanceOf(BusinessRuleException.class);
    }
}
