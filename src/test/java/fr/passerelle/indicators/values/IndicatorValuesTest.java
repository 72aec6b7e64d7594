package fr.passerelle.indicators.values;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.governance.MeetingParticipations;
import fr.passerelle.governance.Participation;
import fr.passerelle.indicators.CampusIndicators;
import fr.passerelle.indicators.IndicatorValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every computed, imported and declared indicator of the catalogue on a campus whose life was counted by hand, with
 * the rows that sit on the calendar and school year boundaries, the masking of small numbers and blank sources.
 */
@PasserelleIntegrationTest
class IndicatorValuesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CampusRegistry registry;
    @Autowired
    IndicatorValues values;
    @Autowired
    CampusIndicators indicators;
    @Autowired
    MeetingParticipations participations;

    static IndicatorFixtures f;

    @BeforeEach
    void buildTheCampusOnce() {
        if (f == null) {
            f = IndicatorFixtures.newCampus(jdbc, registry);
            build(f);
        }
    }

    /** The campus's life; each indicator test says how it counts it. */
    static void build(IndicatorFixtures f) {
        UUID p1 = f.person("Un"), p2 = f.person("Deux"), p3 = f.person("Trois"), p4 = f.person("Quatre"), p5 = f.person("Cinq"),
                p6 = f.person("Six");
        UUID steering = f.body("STEERING", "COPIL");
        UUID technical = f.body("TECHNICAL", "Comité technique");
        for (UUID p : List.of(p1, p2, p3, p4)) {
            f.seat(steering, p, LocalDate.of(2020, 1, 1), null);
        }
        f.seat(steering, p5, LocalDate.of(2024, 6, 1), null);
        f.seat(steering, p6, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 3, 31));
        f.seat(technical, p1, LocalDate.of(2020, 1, 1), null);
        // 2024-01-01: seated p1-p4, p6 (5); present p1, p2, p6 -> 3/5 = 60 %
        UUID m1 = f.meeting(steering, LocalDateTime.of(2024, 1, 1, 9, 0), false);
        f.attended(m1, p1, "PRESENT");
        f.attended(m1, p2, "PRESENT");
        f.attended(m1, p3, "ABSENT");
        f.attended(m1, p6, "PRESENT");
        // 2024-06-15: seated p1-p5 (p6's seat ended) + p6 recorded present -> 6 members; present p1, p5, p6 -> 3/6 = 50 %
        UUID m2 = f.meeting(steering, LocalDateTime.of(2024, 6, 15, 10, 0), false);
        f.attended(m2, p1, "PRESENT");
        f.attended(m2, p5, "PRESENT");
        f.attended(m2, p2, "EXCUSED");
        f.attended(m2, p6, "PRESENT");
        // 2024-12-31 late: held, attendance not taken -> counts as a meeting, not in the rate
        f.meeting(steering, LocalDateTime.of(2024, 12, 31, 23, 30), false);
        // cancelled: counted nowhere, nor its survey
        UUID cancelled = f.meeting(steering, LocalDateTime.of(2024, 9, 10, 10, 0), true);
        f.survey(cancelled, p1, 5);
        // 2023-12-31 late: 4/5 = 80 % for 2023
        UUID m5 = f.meeting(steering, LocalDateTime.of(2023, 12, 31, 23, 59), false);
        for (UUID p : List.of(p1, p2, p3, p4)) {
            f.attended(m5, p, "PRESENT");
        }
        f.attended(m5, p6, "ABSENT");
        f.meeting(steering, LocalDateTime.of(2025, 1, 1, 0, 0), false);
        UUID t1 = f.meeting(technical, LocalDateTime.of(2024, 3, 1, 14, 0), false);
        f.attended(t1, p1, "PRESENT");
        // Surveys 2024: 5, 4, 2 (COPIL) + 4 (technical) + one unanswered -> 3 satisfied of 4 answers = 75 %, masked (< 5)
        f.survey(m1, p1, 5);
        f.survey(m1, p2, 4);
        f.survey(m1, p6, 2);
        f.survey(t1, p1, 4);
        f.survey(m2, p1, null);
        // Surveys 2023: 5, 5, 3, 4, 1 and one more 4 -> 4 satisfied of 6 = 66.7 %, shown
        int[] scores2023 = {5, 5, 3, 4, 1};
        UUID[] people2023 = {p1, p2, p3, p4, p6};
        for (int i = 0; i < scores2023.length; i++) {
            f.survey(m5, people2023[i], scores2023[i]);
        }
        f.survey(m5, p5, 4);

        UUID o1 = f.organisation("Lycée un", 1), o2 = f.organisation("CFA deux", 2), o3 = f.organisation("CFA trois", 3),
                o4 = f.organisation("Lycée quatre", 4), o5 = f.organisation("Lycée cinq", 5);
        // a CFA that left during school year 2022-2023: a partner of that school year only
        UUID o6 = f.organisation("CFA six", 6);
        // Actions 2024
        UUID a1 = f.action(2024, "FAIR", "DONE", null, 0);
        f.actionPartner(a1, o1);
        f.learners(a1, "LYCEE", 10, 5, 0);
        f.learners(a1, "COLLEGE", 3, 2, 1);
        UUID a2 = f.action(2024, "MOBILITY", "IN_PROGRESS", null, 2);
        f.learners(a2, "APPRENTICES", 4, 6, 0);
        UUID a3 = f.action(2024, "COMPANY_VISIT", "ABANDONED", "Entreprise indisponible", 5);
        f.actionPartner(a3, o2);
        f.learners(a3, "LYCEE", 20, 0, 0);
        UUID a4 = f.action(2024, "TEACHER_TRAINING", "DONE", null, 7);
        f.actionPartner(a4, o1);
        f.actionPartner(a4, o2);
        f.action(2024, "EVENT", "PLANNED", null, 0);
        f.action(2024, "TRAINING", "ABANDONED", "Financement refusé", 0);
        f.action(2023, "CONTEST", "DONE", null, 0);

        f.fundingRequest(2024, "REFUSED");
        f.fundingRequest(2024, "GRANTED");
        f.fundingRequest(2023, "SUBMITTED");

        // Documents: 2024-01-01 00:30 in Paris is 2023-12-31 in UTC; 2025-01-01 00:10 in Paris is 2024-12-31 in UTC
        f.document("Plaquette", OffsetDateTime.of(2024, 1, 1, 0, 30, 0, 0, ZoneOffset.ofHours(1)));
        f.document("Rapport", OffsetDateTime.of(2024, 12, 31, 23, 30, 0, 0, ZoneOffset.ofHours(1)));
        f.document("Vœux", OffsetDateTime.of(2025, 1, 1, 0, 10, 0, 0, ZoneOffset.ofHours(1)));
        f.document("Guide", OffsetDateTime.of(2023, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC));

        f.membership(o1, "PARTNER", LocalDate.of(2019, 5, 1), null);
        f.membership(o2, "PARTNER", LocalDate.of(2024, 1, 1), null);
        f.membership(o2, "ASSOCIATE", LocalDate.of(2025, 3, 1), null);
        f.membership(o3, "ASSOCIATE", LocalDate.of(2024, 12, 31), LocalDate.of(2025, 6, 30));
        f.membership(o4, "FOUNDING_MEMBER", null, null);
        f.membership(o5, "PARTNER", LocalDate.of(2022, 2, 1), LocalDate.of(2024, 6, 30));
        f.membership(o6, "ASSOCIATE", null, LocalDate.of(2023, 6, 30));

        f.partnershipAgreement(o1, LocalDate.of(2022, 1, 1), LocalDate.of(2024, 1, 1), null);
        f.partnershipAgreement(o2, null, null, LocalDate.of(2025, 2, 1));
        f.frameworkAgreement(LocalDate.of(2021, 9, 1), LocalDate.of(2026, 8, 31));

        f.training(o1, "SCHOOL", 2020);
        f.training(o2, "APPRENTICESHIP", 2024);
        f.training(o4, "CONTINUING", null);
        f.training(o5, "SCHOOL", 2025);

        f.outcome(1, "INSERJEUNES_LP", "ALL", 40, 50, 55, -5);
        f.outcome(1, "INSERJEUNES_LP", "APPRENTICES", null, 70, null, null);
        f.outcome(1, "INSERJEUNES_LP", "STUDENTS", 41, 48, 54, -6);
        f.outcome(2, "INSERJEUNES_CFA", "ALL", 1, 1, 1, 1);
        // CFA two and three joined after school year 2022-2023: not counted
        f.outcome(3, "INSERJEUNES_CFA", "ALL", 99, 99, 99, 0);
        f.outcome(6, "INSERJEUNES_CFA", "ALL", 30, 70, 65, 5);
        f.outcome(4, "INSERJEUNES_LP", "ALL", null, null, null, null);
        f.outcome(5, "INSERJEUNES_LP", "ALL", 50, null, 60, null);

        f.pageViews(LocalDate.of(2023, 12, 31), 7);
        f.pageViews(LocalDate.of(2024, 1, 1), 3);
        f.pageViews(LocalDate.of(2024, 12, 31), 2);

        f.declaration("SOCIAL_NETWORKS", 2024, "", "10", true);
        f.declaration("SOCIAL_NETWORKS", 2024, "", "12", false);
        f.declaration("LEARNERS_BY_ROUTE", 2024, "SCHOOL", "100", false);
        f.declaration("LEARNERS_BY_ROUTE", 2024, "APPRENTICESHIP", "40", false);
    }

    IndicatorValue value(String code, int year) {
        Indicator indicator = values.tracked(f.campus).stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseGet(() -> new TrackedIndicators(jdbc).byCode(code).orElseThrow());
        return values.series(f.campus, indicator, year, year).get(year);
    }

    static BigDecimal n(String text) {
        return new BigDecimal(text);
    }

    @Test
    void steeringMeetingsCountTheHeldMeetingsOfTheCalendarYearWhateverTheHour() {
        assertThat(value("STEERING_MEETINGS", 2024).value()).isEqualByComparingTo("3");
        assertThat(value("STEERING_MEETINGS", 2023).value()).isEqualByComparingTo("1");
        assertThat(value("STEERING_MEETINGS", 2025).value()).isEqualByComparingTo("1");
        assertThat(value("STEERING_MEETINGS", 2022).value()).isEqualByComparingTo("0");
    }

    @Test
    void participationIsTheMeanOfTheRatesOfMeetingsWhoseAttendanceWasTakenWithTheMembersOfTheDay() {
        IndicatorValue v2024 = value("STEERING_PARTICIPATION", 2024);
        assertThat(v2024.value()).isEqualByComparingTo("55.0");
        assertThat(v2024.rows()).isEqualTo(2);
        assertThat(value("STEERING_PARTICIPATION", 2023).value()).isEqualByComparingTo("80.0");
        assertThat(value("STEERING_PARTICIPATION", 2022).value()).isNull();
    }

    @Test
    void theParticipationViewAgreesWithTheOneDefinitionOfGovernance() {
        List<Participation> meetings = participations.between(f.campus, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31));
        Map<UUID, Participation> byId = meetings.stream().collect(java.util.stream.Collectors.toMap(Participation::meetingId, p -> p));
        jdbc.sql("select meeting_id, members, present, recorded from indicator_source_meeting where campus_id = :c and not cancelled "
                        + "and starts_at < '2025-01-01'").param("c", f.campus)
                .query(rs -> {
                    Participation p = byId.get(rs.getObject("meeting_id", UUID.class));
                    assertThat(p).isNotNull();
                    assertThat(rs.getBoolean("recorded")).isEqualTo(p.recorded());
                    if (p.recorded()) {
                        assertThat(rs.getInt("members")).isEqualTo(p.members());
                        assertThat(rs.getInt("present")).isEqualTo(p.present());
                    }
                });
        assertThat(meetings).hasSize(5);
    }

    @Test
    void satisfactionCountsAnswersOfFourOrFiveAndIsMaskedUnderFiveAnswers() {
        IndicatorValue v2024 = value("MEMBER_SATISFACTION", 2024);
        assertThat(v2024.value()).isEqualByComparingTo("75.0");
        assertThat(v2024.rows()).isEqualTo(4);
        assertThat(v2024.masked()).isTrue();
        IndicatorValue v2023 = value("MEMBER_SATISFACTION", 2023);
        assertThat(v2023.value()).isEqualByComparingTo("66.7");
        assertThat(v2023.rows()).isEqualTo(6);
        assertThat(v2023.masked()).isFalse();
    }

    @Test
    void actionIndicatorsCountTheYearsActionsThatWereNotAbandoned() {
        assertThat(value("PARTNER_ACTIONS", 2024).value()).isEqualByComparingTo("2");
        assertThat(value("EVENT_PARTICIPATIONS", 2024).value()).isEqualByComparingTo("2");
        assertThat(value("MOBILITY_ACTIONS", 2024).value()).isEqualByComparingTo("1");
        assertThat(value("COMPANY_VISITS", 2024).value()).isEqualByComparingTo("0");
        assertThat(value("NEW_TRAININGS", 2024).value()).isEqualByComparingTo("0");
        assertThat(value("CONTESTS", 2023).value()).isEqualByComparingTo("1");
        assertThat(value("CONTESTS", 2024).value()).isEqualByComparingTo("0");
        assertThat(value("TEACHERS_IN_COMPANIES", 2024).value()).isEqualByComparingTo("9");
        assertThat(value("ACTION_FUNDING_REQUESTS", 2024).value()).isEqualByComparingTo("2");
        assertThat(value("ACTION_FUNDING_REQUESTS", 2023).value()).isEqualByComparingTo("1");
    }

    @Test
    void abandonedActionsAreDetailedByCause() {
        IndicatorValue v = value("ACTIONS_NOT_COMPLETED", 2024);
        assertThat(v.value()).isEqualByComparingTo("2");
        assertThat(v.breakdown()).containsOnlyKeys("Entreprise indisponible", "Financement refusé");
    }

    @Test
    void learnersAreSummedByAudienceOverActionsNotAbandoned() {
        IndicatorValue reached = value("LEARNERS_REACHED", 2024);
        assertThat(reached.value()).isEqualByComparingTo("31");
        assertThat(reached.breakdown()).containsOnlyKeys("APPRENTICES", "COLLEGE", "LYCEE");
        assertThat(reached.breakdown().get("LYCEE")).isEqualByComparingTo("15");
        assertThat(reached.breakdown().get("COLLEGE")).isEqualByComparingTo("6");
        IndicatorValue mobility = value("LEARNERS_IN_MOBILITY", 2024);
        assertThat(mobility.value()).isEqualByComparingTo("10");
        assertThat(mobility.breakdown()).containsOnlyKeys("APPRENTICES");
    }

    @Test
    void partnersAreCountedOnTheirFirstJoiningDayAndOnTheLastDayOfTheYear() {
        assertThat(value("NEW_PARTNERS", 2024).value()).isEqualByComparingTo("2");
        assertThat(value("NEW_PARTNERS", 2022).value()).isEqualByComparingTo("1");
        assertThat(value("NEW_PARTNERS", 2025).value()).isEqualByComparingTo("0");
        assertThat(value("PARTNERS", 2024).value()).isEqualByComparingTo("4");
        assertThat(value("PARTNERS", 2023).value()).isEqualByComparingTo("3");
    }

    @Test
    void agreementsCountWhenTheyRunOneDayOfTheYear() {
        assertThat(value("PARTNERSHIP_AGREEMENTS", 2024).value()).isEqualByComparingTo("2");
        assertThat(value("PARTNERSHIP_AGREEMENTS", 2025).value()).isEqualByComparingTo("2");
        assertThat(value("PARTNERSHIP_AGREEMENTS", 2020).value()).isEqualByComparingTo("0");
    }

    @Test
    void documentsCountByTheirParisDayAndVisitsByDay() {
        assertThat(value("DOCUMENTATION", 2024).value()).isEqualByComparingTo("2");
        assertThat(value("DOCUMENTATION", 2023).value()).isEqualByComparingTo("1");
        assertThat(value("DOCUMENTATION", 2025).value()).isEqualByComparingTo("1");
        assertThat(value("SHOWCASE_VISITS", 2024).value()).isEqualByComparingTo("5");
        assertThat(value("SHOWCASE_VISITS", 2023).value()).isEqualByComparingTo("7");
    }

    @Test
    void trainingsCountThoseOpenedByTheSchoolYearByRoute() {
        IndicatorValue v = value("TRAININGS", 2024);
        assertThat(v.value()).isEqualByComparingTo("3");
        assertThat(v.breakdown()).containsOnlyKeys("SCHOOL", "APPRENTICESHIP", "CONTINUING");
        assertThat(value("TRAININGS", 2023).value()).isEqualByComparingTo("2");
        assertThat(value("TRAININGS", 2025).value()).isEqualByComparingTo("4");
    }

    @Test
    void inserJeunesRatesAreTheMeanOverPartnerEstablishmentsWithAValueApprenticesApart() {
        IndicatorValue further = value("FURTHER_STUDY_RATE", 2022);
        assertThat(further.value()).isEqualByComparingTo("40.0");
        assertThat(further.rows()).isEqualTo(3);
        IndicatorValue employment = value("EMPLOYMENT_RATE", 2022);
        assertThat(employment.value()).isEqualByComparingTo("60.0");
        assertThat(employment.rows()).isEqualTo(2);
        assertThat(employment.breakdown()).containsEntry("LP " + f.uai(1), n("50")).containsEntry("CFA " + f.uai(6), n("70"))
                .containsKey("LP " + f.uai(4)).doesNotContainKey("CFA " + f.uai(2)).doesNotContainKey("CFA " + f.uai(3));
        assertThat(employment.breakdown().get("LP " + f.uai(4))).isNull();
        assertThat(employment.breakdown().get("APPRENTICES")).isEqualByComparingTo("70.0");
        assertThat(value("EXPECTED_EMPLOYMENT_RATE", 2022).value()).isEqualByComparingTo("60.0");
        assertThat(value("EMPLOYMENT_VALUE_ADDED", 2022).value()).isEqualByComparingTo("0.0");
        assertThat(value("EMPLOYMENT_RATE", 2023).value()).isNull();
    }

    @Test
    void declaredValuesAreTheCurrentDeclarationsAndATotalIsTheSumOfItsBreakdown() {
        assertThat(value("SOCIAL_NETWORKS", 2024).value()).isEqualByComparingTo("12");
        IndicatorValue routes = value("LEARNERS_BY_ROUTE", 2024);
        assertThat(routes.value()).isEqualByComparingTo("140");
        assertThat(routes.breakdown()).containsOnlyKeys("SCHOOL", "APPRENTICESHIP");
        assertThat(value("SOCIAL_NETWORKS", 2023).value()).isNull();
    }

    @Test
    void theCampusTracksTheNonOptionalIndicatorsAndTheOptionalOnesItsAcademyChose() {
        List<String> codes = indicators.valuesOf(f.campus, 2024).stream().map(IndicatorValue::code).toList();
        assertThat(codes).contains("STEERING_MEETINGS", "SOCIAL_NETWORKS", "EMPLOYMENT_RATE").doesNotContain("TEACHING_KITS");
        boolean chosen = jdbc.sql("select count(*) from indicator_academy_choice where academy_code = '09' and indicator_code = 'TEACHING_KITS'")
                .query(Long.class).single() > 0;
        if (!chosen) {
            jdbc.sql("insert into indicator_academy_choice (academy_code, indicator_code, chosen_at, chosen_by) values ('09', 'TEACHING_KITS', now(), 'test')")
                    .update();
        }
        try {
            assertThat(indicators.valuesOf(f.campus, 2024).stream().map(IndicatorValue::code).filter(Objects::nonNull))
                    .contains("TEACHING_KITS");
        } finally {
            if (!chosen) {
                jdbc.sql("delete from indicator_academy_choice where academy_code = '09' and indicator_code = 'TEACHING_KITS'").update();
            }
        }
    }
}
