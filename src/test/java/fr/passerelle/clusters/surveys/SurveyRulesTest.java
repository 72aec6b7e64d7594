package fr.passerelle.clusters.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.TestActors;
import fr.passerelle.clusters.ClusterAccess;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of surveys, in plain Java: periods, tension, masking, who may do what. */
class SurveyRulesTest {

    @Test
    void aPeriodIsLabelledFromTheOpeningDateAfterTheKindsPeriodicity() {
        assertThat(SurveyPeriod.of(SurveyKind.BAROMETER.periodicity(), LocalDate.of(2026, 1, 1)).label()).isEqualTo("T1 2026");
        assertThat(SurveyPeriod.of(SurveyKind.BAROMETER.periodicity(), LocalDate.of(2026, 9, 30)).label()).isEqualTo("T3 2026");
        assertThat(SurveyPeriod.of(SurveyKind.BAROMETER.periodicity(), LocalDate.of(2026, 10, 1)).label()).isEqualTo("T4 2026");
        assertThat(SurveyPeriod.of(SurveyKind.PANEL.periodicity(), LocalDate.of(2026, 6, 30)).label()).isEqualTo("S1 2026");
        assertThat(SurveyPeriod.of(SurveyKind.PANEL.periodicity(), LocalDate.of(2026, 7, 1)).label()).isEqualTo("S2 2026");
        assertThat(SurveyPeriod.of(SurveyKind.HR_SURVEY.periodicity(), LocalDate.of(2026, 12, 31)).label()).isEqualTo("2026");
        assertThat(SurveyPeriod.of(SurveyKind.OBSERVATORY.periodicity(), LocalDate.of(2027, 2, 1)).label()).isEqualTo("2027");
    }

    @Test
    void periodsSortByYearThenByIndex() {
        var q4 = SurveyPeriod.of(SurveyKind.Periodicity.QUARTER, LocalDate.of(2025, 11, 1));
        var q1 = SurveyPeriod.of(SurveyKind.Periodicity.QUARTER, LocalDate.of(2026, 2, 1));
        var q2 = SurveyPeriod.of(SurveyKind.Periodicity.QUARTER, LocalDate.of(2026, 5, 1));
        assertThat(List.of(q2, q4, q1).stream().sorted().toList()).containsExactly(q4, q1, q2);
    }

    @Test
    void tensionIsTheShareOfAnswersReportingDifficultyOfThreeOrMoreWithTheSumOfUnfilledJobs() {
        assertThat(Tension.difficult(2)).isFalse();
        assertThat(Tension.difficult(3)).isTrue();
        assertThat(Tension.difficult(4)).isTrue();
        assertThat(Tension.difficult(null)).isFalse();
        Tension tension = new Tension(6, 4, 9);
        assertThat(tension.percent()).isEqualTo(67);
        assertThat(tension.tense()).isTrue();
        assertThat(tension.text()).isEqualTo("67 % des entreprises en difficulté de recrutement, 9 postes non pourvus");
        assertThat(new Tension(5, 2, 1).tense()).isFalse();
        assertThat(new Tension(4, 2, 0).tense()).isTrue();
        assertThat(new Tension(0, 0, 0).percent()).isZero();
        assertThat(new Tension(0, 0, 0).tense()).isFalse();
    }

    @Test
    void aFigureFromFewerAnswersThanTheMinimumIsMaskedAndSaysWhy() {
        assertThat(Masking.masked(4, 5)).isTrue();
        assertThat(Masking.masked(5, 5)).isFalse();
        assertThat(Masking.masked(0, 1)).isTrue();
        assertThat(Masking.reason(5)).isEqualTo("moins de 5 réponses");
        assertThat(Masking.reason(1)).isEqualTo("moins de 1 réponse");
    }

    @Test
    void theMostSoughtSkillsAreCountedIgnoringCaseMostNamedFirstWithTheirCount() {
        assertThat(SurveyQueries.topSkills(List.of("Souder à l'arc", "Lire et exploiter un plan", "souder à l'arc", "CACES", "Souder à l'arc",
                "lire et exploiter un plan")))
                .containsExactly("Souder à l'arc (3)", "Lire et exploiter un plan (2)", "CACES (1)");
        assertThat(SurveyQueries.topSkills(List.of("a", "b", "c", "d", "e", "f"))).hasSize(5);
    }

    @Test
    void theWordsOfAnAnswerGivenBeforeRomeSkillsAreSplitOnSemicolonsAndCommas() {
        assertThat(SurveyQueries.words("Soudage TIG ; lecture de plans,CACES ;")).containsExactly("Soudage TIG", "lecture de plans", "CACES");
        assertThat(SurveyQueries.words(null)).isEmpty();
    }

    @Test
    void onlyThoseWhoRunTheClusterSteerCampaignsAndOnlyStaffAndMembersReadResults() {
        assertThat(SurveyPermissions.runs(ClusterAccess.STAFF)).isTrue();
        assertThat(SurveyPermissions.runs(ClusterAccess.ADMINISTRATION)).isTrue();
        assertThat(SurveyPermissions.runs(ClusterAccess.MEMBER)).isFalse();
        assertThat(SurveyPermissions.runs(ClusterAccess.PUBLIC)).isFalse();
        assertThat(SurveyPermissions.readsResults(ClusterAccess.MEMBER)).isTrue();
        assertThat(SurveyPermissions.readsResults(ClusterAccess.PUBLIC)).isFalse();
        assertThat(SurveyPermissions.readsResults(null)).isFalse();
    }

    @Test
    void onlyThePeopleOfAnInvitedActiveMemberAnswer() {
        UUID company = UUID.randomUUID();
        assertThat(SurveyPermissions.answers(TestActors.recruiterOf(company), ClusterAccess.MEMBER, true)).isTrue();
        assertThat(SurveyPermissions.answers(TestActors.memberOf(company), ClusterAccess.MEMBER, true)).isTrue();
        assertThat(SurveyPermissions.answers(TestActors.recruiterOf(company), ClusterAccess.MEMBER, false)).as("not invited").isFalse();
        assertThat(SurveyPermissions.answers(TestActors.recruiterOf(company), ClusterAccess.PUBLIC, true)).as("ex-member").isFalse();
        assertThat(SurveyPermissions.answers(TestActors.clusterStaffOf(company), ClusterAccess.STAFF, true)).as("staff").isFalse();
        assertThat(SurveyPermissions.answers(TestActors.nationalAdmin(), ClusterAccess.ADMINISTRATION, true)).isFalse();
        assertThat(SurveyPermissions.answers(null, ClusterAccess.MEMBER, true)).isFalse();
    }
}
