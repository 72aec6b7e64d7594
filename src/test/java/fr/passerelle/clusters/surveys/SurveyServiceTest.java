package fr.passerelle.clusters.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.ClusterMember;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.SurveyResults;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Spreadsheet;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ResponseStatusException;

@PasserelleIntegrationTest
class SurveyServiceTest {

    @Autowired
    SurveyService service;
    @Autowired
    SurveyQueries queries;
    @Autowired
    SurveyReminders reminders;
    @Autowired
    SurveyResults surveyResults;
    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    Accounts accounts;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    private LocalDate today() {
        return service.today();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private SurveyCampaign barometer(ClusterCard cluster, LocalDate opens, LocalDate closes, boolean whole, List<UUID> chosen) {
        Actor staff = TestActors.clusterStaffOf(cluster.id());
        SurveyCampaign campaign = service.open(staff, cluster.id(),
                new SurveyCampaign.Settings(SurveyKind.BAROMETER, "Baromètre", opens, closes, 3, 7), whole, chosen);
        service.addTrade(staff, cluster.id(), campaign.id(), SurveyFixtures.WELDER);
        return campaign;
    }

    private static SurveyAnswer.Content welders(int unfilled) {
        return new SurveyAnswer.Content(null, null, null, null, null,
                List.of(new SurveyAnswer.TradeAnswer(SurveyFixtures.WELDER, 2, 3, unfilled, 4, List.of(SurveyFixtures.ARC_WELDING))));
    }

    private Actor account(Role role, UUID organisation) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        return accounts.open(new NewAccount("enquete-" + key, "enquete-" + key + "@example.fr", "Personne " + key, "Enquete-Passerelle-2026!",
                role, null, null, null, organisation, Set.of()));
    }

    @Test
    void aCompanyAnswersOncePerCampaignAndChangesItsAnswerUntilTheCloseButNotAfter() {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "11", unique("Pôle numérique"), Sector.DIGITAL);
        UUID company = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), unique("Studio web"), today().minusYears(1));
        SurveyCampaign campaign = barometer(cluster, today().minusDays(5), today(), true, List.of());
        Actor recruiter = TestActors.recruiterOf(company);
        Actor colleague = TestActors.memberOf(company);

        service.answer(recruiter, cluster.id(), campaign.id(), null, welders(2));
        assertThatThrownBy(() -> service.answer(colleague, cluster.id(), campaign.id(), null, welders(9)))
                .as("a second first answer of the same company").isInstanceOf(BusinessRuleException.class);
        var state = service.answerState(colleague, cluster.id(), campaign.id());
        assertThat(state.editable()).isTrue();
        service.answer(colleague, cluster.id(), campaign.id(), state.version(), welders(5));
        assertThat(jdbc.sql("select count(*) from survey_answer where campaign_id = ?").param(campaign.id()).query(Long.class).single()).isEqualTo(1);
        assertThat(service.answerState(recruiter, cluster.id(), campaign.id()).content().trades().get(0).unfilled()).isEqualTo(5);
        assertThatThrownBy(() -> service.answer(recruiter, cluster.id(), campaign.id(), state.version(), welders(6)))
                .as("a stale version").isInstanceOf(BusinessRuleException.class);

        UUID answerId = jdbc.sql("select id from survey_answer where campaign_id = ?").param(campaign.id()).query(UUID.class).single();
        assertThat(audit.history(SurveyService.AUDITED_ANSWER, answerId)).extracting(AuditTrail.Entry::action)
                .containsExactly("REPONSE_MODIFIEE", "REPONSE_DONNEE");

        SurveyFixtures.close(context, campaign.id());
        var closed = service.answerState(recruiter, cluster.id(), campaign.id());
        assertThat(closed.editable()).isFalse();
        assertThatThrownBy(() -> service.answer(recruiter, cluster.id(), campaign.id(), closed.version(), welders(7)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("close");
    }

    @Test
    void nonInvitedNonMemberAndExMemberCompaniesAndAnotherClustersStaffAreRefused() {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "11", unique("Pôle logiciel"), Sector.DIGITAL);
        ClusterCard other = ClusterFixtures.cluster(directory, clusters, "11", unique("Autre pôle"), Sector.DIGITAL);
        UUID invited = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), unique("Invitée"), today().minusYears(1));
        UUID notInvited = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), unique("Non invitée"), today().minusYears(1));
        UUID leaving = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), unique("Partante"), today().minusYears(1));
        UUID stranger = ClusterFixtures.company(directory, unique("Étrangère"));
        SurveyCampaign campaign = barometer(cluster, today().minusDays(1), today().plusDays(10), false, List.of(invited, leaving, stranger));
        assertThat(queries.invitations(campaign.id())).as("only active members are invited").containsExactlyInAnyOrder(invited, leaving);

        ClusterMember membership = clusters.members(TestActors.nationalAdmin(), cluster.id(), null, false, 1, 50).members().stream()
                .filter(m -> m.organisationId().equals(leaving)).findFirst().orElseThrow();
        clusters.endMembership(TestActors.nationalAdmin(), cluster.id(), membership.membershipId(), today().minusDays(1));

        service.answer(TestActors.recruiterOf(invited), cluster.id(), campaign.id(), null, welders(1));
        for (UUID refused : List.of(notInvited, leaving, stranger)) {
            assertThatThrownBy(() -> service.answer(TestActors.recruiterOf(refused), cluster.id(), campaign.id(), null, welders(1)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> service.answer(TestActors.clusterStaffOf(cluster.id()), cluster.id(), campaign.id(), null, welders(1)))
                .as("the staff do not answer for a company").isInstanceOf(AccessDeniedException.class);

        Actor otherStaff = TestActors.clusterStaffOf(other.id());
        assertThatThrownBy(() -> service.requireReadsResults(otherStaff, cluster.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.addTrade(otherStaff, cluster.id(), campaign.id(), SurveyFixtures.COOK)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.markCitable(otherStaff, cluster.id(), campaign.id(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.campaign(other.id(), campaign.id())).as("not a campaign of that cluster")
                .isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> service.requireReadsResults(TestActors.recruiterOf(leaving), cluster.id())).isInstanceOf(AccessDeniedException.class);
        service.requireReadsResults(TestActors.recruiterOf(notInvited), cluster.id());
    }

    @Test
    void resultsPerTradeAreMaskedBelowTheMinimumOfAnswersAndExportedSo() {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "11", unique("Pôle des résultats"), Sector.DIGITAL);
        SurveyFixtures.closedBarometer(context, cluster.id(), unique("Baromètre"), 3, 2, false);

        var results = queries.results(cluster.id(), SurveyKind.BAROMETER);
        var welders = results.stream().filter(r -> r.jobTitleOgr() == SurveyFixtures.WELDER).findFirst().orElseThrow();
        var cooks = results.stream().filter(r -> r.jobTitleOgr() == SurveyFixtures.COOK).findFirst().orElseThrow();
        assertThat(welders.cells()).singleElement().satisfies(c -> {
            assertThat(c.masked()).isFalse();
            assertThat(c.answers()).isEqualTo(3);
            assertThat(c.tensionPercent()).isEqualTo(100);
            assertThat(c.unfilled()).isEqualTo(6);
            assertThat(c.hiringNeeds()).isEqualTo(9);
            assertThat(c.skills()).containsExactly(SurveyFixtures.ARC_WELDING_LABEL + " (3)");
        });
        assertThat(cooks.cells()).singleElement().satisfies(c -> {
            assertThat(c.masked()).isTrue();
            assertThat(c.maskReason()).isEqualTo("moins de 3 réponses");
            assertThat(c.hiringNeeds()).isZero();
        });

        String csv = new String(Spreadsheet.csv(SurveyExport.table(cluster, SurveyKind.BAROMETER, results)), StandardCharsets.UTF_8);
        assertThat(csv).contains("Masqué : moins de 3 réponses").contains("soudage à l");
        assertThat(csv.lines().filter(l -> l.contains("H2913")).findFirst().orElseThrow()).contains(";3;100;6;9;");
    }

    @Test
    void remindersGoOnceADayToTheInvitedMembersThatHaveNotAnswered() {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "11", unique("Pôle des relances"), Sector.DIGITAL);
        UUID answered = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), unique("Répondante"), today().minusYears(1));
        UUID silent = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), unique("Silencieuse"), today().minusYears(1));
        Actor answeredPerson = account(Role.COMPANY_RECRUITER, answered);
        Actor silentPerson = account(Role.COMPANY_RECRUITER, silent);
        SurveyCampaign campaign = barometer(cluster, today().minusDays(3), today().plusDays(7), true, List.of());
        service.answer(answeredPerson, cluster.id(), campaign.id(), null, welders(1));
        long before = notifications.unreadCount(silentPerson.accountId());

        assertThat(reminders.remindDue(today())).isGreaterThanOrEqualTo(1);
        assertThat(notifications.unreadCount(silentPerson.accountId())).isEqualTo(before + 1);
        assertThat(notifications.unreadCount(answeredPerson.accountId())).isZero();

        reminders.remindDue(today());
        assertThat(notifications.unreadCount(silentPerson.accountId())).as("once a day").isEqualTo(before + 1);
        assertThat(jdbc.sql("select organisation_id from survey_reminder where campaign_id = ?").param(campaign.id()).query(UUID.class).list())
                .containsExactly(silent);
    }

    @Test
    void invitationsNotifyThePeopleOfTheInvitedMembers() {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "11", unique("Pôle des invitations"), Sector.DIGITAL);
        UUID member = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), unique("Adhérente"), today().minusYears(1));
        UUID stranger = ClusterFixtures.company(directory, unique("Hors cluster"));
        Actor person = account(Role.PARTNER_MEMBER, member);
        Actor outsider = account(Role.COMPANY_RECRUITER, stranger);
        SurveyCampaign campaign = barometer(cluster, today(), today().plusDays(30), true, List.of());

        assertThat(service.sendInvitations(TestActors.clusterStaffOf(cluster.id()), cluster.id(), campaign.id())).isEqualTo(1);
        assertThat(notifications.unreadCount(person.accountId())).isEqualTo(1);
        assertThat(notifications.unreadCount(outsider.accountId())).isZero();
        assertThat(queries.awaiting(member, Set.of(cluster.id()), today(), 10)).extracting(SurveyQueries.Awaiting::campaignId).containsExactly(campaign.id());
    }

    @Test
    void onlyClosedCampaignsMarkedCitableOfferTheirUnmaskedFiguresForQuotation() {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "93", unique("Pôle cité"), Sector.DIGITAL);
        UUID citable = SurveyFixtures.closedBarometer(context, cluster.id(), unique("Baromètre citable"), 3, 2, true);
        UUID notCitable = SurveyFixtures.closedBarometer(context, cluster.id(), unique("Baromètre réservé"), 3, 3, false);
        UUID allMasked = SurveyFixtures.closedBarometer(context, cluster.id(), unique("Baromètre maigre"), 2, 1, true);

        List<SurveyResults.Quotation> quotations = surveyResults.quotableResults("93", List.of());
        assertThat(quotations).extracting(SurveyResults.Quotation::key).contains(citable.toString())
                .doesNotContain(notCitable.toString(), allMasked.toString());
        SurveyResults.Quotation quotation = quotations.stream().filter(q -> q.key().equals(citable.toString())).findFirst().orElseThrow();
        assertThat(quotation.text()).contains(cluster.name()).contains("Soudeur").contains("100 % des entreprises en difficulté")
                .doesNotContain("Cuisinier");
        assertThat(quotation.period()).isNotBlank();
        assertThat(surveyResults.quotableResults("28", List.of(Sector.DIGITAL))).extracting(SurveyResults.Quotation::key)
                .as("a cluster of the sector elsewhere").contains(citable.toString());
        assertThat(surveyResults.quotableResults("28", List.of(Sector.FOOD))).extracting(SurveyResults.Quotation::key)
                .as("neither the région nor the sector").doesNotContain(citable.toString());
    }

    @Test
    void companyFiguresOfAnHrSurveyAreSummedFromTheMinimumOfRespondentsAndMaskedBelow() {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "11", unique("Pôle RH"), Sector.DIGITAL);
        Actor staff = TestActors.clusterStaffOf(cluster.id());
        List<UUID> companies = List.of(ClusterFixtures.memberCompany(directory, clusters, cluster.id(), unique("PME"), today().minusYears(2)),
                ClusterFixtures.memberCompany(directory, clusters, cluster.id(), unique("PME"), today().minusYears(2)));
        SurveyCampaign enough = service.open(staff, cluster.id(), new SurveyCampaign.Settings(SurveyKind.HR_SURVEY, "Enquête RH " + unique("A"),
                today().minusYears(1), today().plusDays(5), 2, 7), true, List.of());
        service.addTrade(staff, cluster.id(), enough.id(), SurveyFixtures.WELDER);
        for (int i = 0; i < 2; i++) {
            service.answer(TestActors.recruiterOf(companies.get(i)), cluster.id(), enough.id(), null, new SurveyAnswer.Content(500, null, null, 3 + i, 10,
                    List.of()));
        }
        var figures = queries.companyFigures(cluster.id(), SurveyKind.HR_SURVEY);
        assertThat(figures).singleElement().satisfies(c -> {
            assertThat(c.masked()).isFalse();
            assertThat(c.respondents()).isEqualTo(2);
            assertThat(c.jobs()).as("not asked by the HR survey").isNull();
            assertThat(c.openUnfilled()).isEqualTo(7);
            assertThat(c.creationForecast()).isEqualTo(20);
        });

        service.change(staff, cluster.id(), enough.id(), service.campaign(cluster.id(), enough.id()).version(),
                new SurveyCampaign.Settings(SurveyKind.HR_SURVEY, "Enquête RH", today().minusYears(1), today().plusDays(5), 3, 7));
        assertThat(queries.companyFigures(cluster.id(), SurveyKind.HR_SURVEY)).singleElement().satisfies(c -> {
            assertThat(c.masked()).isTrue();
            assertThat(c.openUnfilled()).isNull();
            assertThat(c.maskReason()).isEqualTo("moins de 3 réponses");
        });
    }

    @Test
    void theMostSoughtSkillsAreRomeSkillsCountedPerTradeWithTheWordsOfEarlierAnswersAndMaskedBelowTheMinimum() {
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "11", unique("Pôle des compétences"), Sector.DIGITAL);
        List<UUID> companies = List.of(ClusterFixtures.memberCompany(directory, clusters, cluster.id(), unique("Chaudronnerie"), today().minusYears(1)),
                ClusterFixtures.memberCompany(directory, clusters, cluster.id(), unique("Tuyauterie"), today().minusYears(1)),
                ClusterFixtures.memberCompany(directory, clusters, cluster.id(), unique("Soudure"), today().minusYears(1)));
        SurveyCampaign campaign = barometer(cluster, today().minusDays(5), today().plusDays(5), true, List.of());
        Actor first = TestActors.recruiterOf(companies.get(0));

        assertThatThrownBy(() -> service.answer(first, cluster.id(), campaign.id(), null, new SurveyAnswer.Content(null, null, null, null, null,
                List.of(new SurveyAnswer.TradeAnswer(SurveyFixtures.WELDER, 1, 2, 0, 1, List.of(999_999_999))))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("liste du ROME");
        assertThatThrownBy(() -> service.answer(first, cluster.id(), campaign.id(), null, new SurveyAnswer.Content(null, null, null, null, null,
                List.of(new SurveyAnswer.TradeAnswer(SurveyFixtures.WELDER, 1, 2, 0, 1, List.of(1, 2, 3, 4, 5, 6))))))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("5 compétences au plus");

        service.answer(first, cluster.id(), campaign.id(), null, new SurveyAnswer.Content(null, null, null, null, null,
                List.of(new SurveyAnswer.TradeAnswer(SurveyFixtures.WELDER, 1, 2, 0, 1, List.of(SurveyFixtures.ARC_WELDING, SurveyFixtures.READ_PLAN)))));
        service.answer(TestActors.recruiterOf(companies.get(1)), cluster.id(), campaign.id(), null, new SurveyAnswer.Content(null, null, null, null, null,
                List.of(new SurveyAnswer.TradeAnswer(SurveyFixtures.WELDER, 2, 3, 1, 1, List.of(SurveyFixtures.ARC_WELDING)))));
        assertThat(queries.results(cluster.id(), SurveyKind.BAROMETER).get(0).cells().get(0).skills()).as("masked under 3 answers").isEmpty();

        service.answer(TestActors.recruiterOf(companies.get(2)), cluster.id(), campaign.id(), null, new SurveyAnswer.Content(null, null, null, null, null,
                List.of(new SurveyAnswer.TradeAnswer(SurveyFixtures.WELDER, 2, 3, 1, 1, List.of(SurveyFixtures.ARC_WELDING)))));
        // an answer given before ROME skills kept the company's own words: they count beside the ROME skills
        jdbc.sql("""
                        update survey_answer_trade set skills = 'Habilitation nucléaire ; lecture de plans'
                         where answer_id = (select id from survey_answer where campaign_id = ? and organisation_id = ?)""")
                .params(campaign.id(), companies.get(2)).update();

        var welders = queries.results(cluster.id(), SurveyKind.BAROMETER).stream().filter(r -> r.jobTitleOgr() == SurveyFixtures.WELDER)
                .findFirst().orElseThrow();
        String readPlan = service.skillLabels(List.of(SurveyFixtures.READ_PLAN)).get(Integer.toString(SurveyFixtures.READ_PLAN));
        assertThat(welders.cells().get(0).skills())
                .containsExactly(SurveyFixtures.ARC_WELDING_LABEL + " (3)", "Habilitation nucléaire (1)", "lecture de plans (1)", readPlan + " (1)");

        var state = service.answerState(TestActors.recruiterOf(companies.get(2)), cluster.id(), campaign.id());
        assertThat(state.content().trades().get(0).skills()).isEqualTo("Habilitation nucléaire ; lecture de plans");
        assertThat(state.content().trades().get(0).skillOgrs()).containsExactly(SurveyFixtures.ARC_WELDING);
    }
}
