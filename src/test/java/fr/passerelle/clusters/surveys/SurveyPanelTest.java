package fr.passerelle.clusters.surveys;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestAccounts;
import fr.passerelle.TestActors;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A campaign's panel and settings change until its close: the staff add an active member (invited at once when the
 * invitations already went out) and remove one that has not answered; stale forms, non-members, others than the staff
 * and any change after the close are refused; every change is audited.
 */
@PasserelleIntegrationTest
class SurveyPanelTest {

    @Autowired
    SurveyService service;
    @Autowired
    SurveyQueries queries;
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
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    ClusterCard cluster;
    Actor staff;
    UUID first;
    UUID second;
    UUID latecomer;

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Actor account(Role role, UUID organisation) {
        return accounts.byUsername(TestAccounts.open(accounts, "panel", role, organisation)).orElseThrow();
    }

    @BeforeEach
    void world() {
        LocalDate today = service.today();
        cluster = ClusterFixtures.cluster(directory, clusters, "11", unique("Pôle du panel"), Sector.DIGITAL);
        staff = TestActors.clusterStaffOf(cluster.id());
        first = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), unique("Première"), today.minusYears(1));
        second = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), unique("Seconde"), today.minusYears(1));
        latecomer = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), unique("Retardataire"), today.minusYears(1));
    }

    private SurveyCampaign chosen(List<UUID> panel) {
        LocalDate today = service.today();
        SurveyCampaign campaign = service.open(staff, cluster.id(),
                new SurveyCampaign.Settings(SurveyKind.BAROMETER, "Baromètre du panel", today.minusDays(2), today.plusDays(20), 3, 7), false, panel);
        service.addTrade(staff, cluster.id(), campaign.id(), SurveyFixtures.WELDER);
        return campaign;
    }

    private long version(SurveyCampaign campaign) {
        return service.campaign(cluster.id(), campaign.id()).version();
    }

    @Test
    void aMemberAddedAfterTheInvitationsIsInvitedAtOnceAndTheChangeIsAudited() {
        SurveyCampaign campaign = chosen(List.of(first));
        service.sendInvitations(staff, cluster.id(), campaign.id());
        Actor latecomersPerson = account(Role.COMPANY_RECRUITER, latecomer);
        long before = version(campaign);

        assertThat(service.addToPanel(staff, cluster.id(), campaign.id(), before, latecomer)).isTrue();
        assertThat(notifications.unreadCount(latecomersPerson.accountId())).isEqualTo(1);
        assertThat(queries.invitations(campaign.id())).containsExactlyInAnyOrder(first, latecomer);
        assertThat(version(campaign)).isGreaterThan(before);
        assertThatThrownBy(() -> service.addToPanel(staff, cluster.id(), campaign.id(), before, second)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> service.addToPanel(staff, cluster.id(), campaign.id(), version(campaign), latecomer))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("déjà");
        UUID stranger = ClusterFixtures.company(directory, unique("Jamais adhérente"));
        assertThatThrownBy(() -> service.addToPanel(staff, cluster.id(), campaign.id(), version(campaign), stranger))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("adhérente");
        assertThat(audit.history(SurveyService.AUDITED_CAMPAIGN, campaign.id())).extracting(AuditTrail.Entry::action).contains("PANEL_AJOUT");
    }

    @Test
    void aMemberAddedBeforeTheInvitationsWaitsForThem() {
        SurveyCampaign campaign = chosen(List.of(first));
        Actor person = account(Role.PARTNER_MEMBER, second);
        assertThat(service.addToPanel(staff, cluster.id(), campaign.id(), version(campaign), second)).isFalse();
        assertThat(notifications.unreadCount(person.accountId())).isZero();
        assertThat(service.sendInvitations(staff, cluster.id(), campaign.id())).isEqualTo(2);
        assertThat(notifications.unreadCount(person.accountId())).isEqualTo(1);
    }

    @Test
    void removingFromAWholePanelMakesItAChoiceAndAnAnsweredCompanyStays() {
        LocalDate today = service.today();
        SurveyCampaign campaign = service.open(staff, cluster.id(),
                new SurveyCampaign.Settings(SurveyKind.BAROMETER, "Baromètre de tous", today.minusDays(2), today.plusDays(20), 3, 7), true, List.of());
        service.addTrade(staff, cluster.id(), campaign.id(), SurveyFixtures.WELDER);
        service.answer(TestActors.recruiterOf(first), cluster.id(), campaign.id(), null, new SurveyAnswer.Content(null, null, null, null, null,
                List.of(new SurveyAnswer.TradeAnswer(SurveyFixtures.WELDER, 1, 2, 0, 1, List.of()))));

        assertThatThrownBy(() -> service.removeFromPanel(staff, cluster.id(), campaign.id(), version(campaign), first))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("a déjà répondu");
        service.removeFromPanel(staff, cluster.id(), campaign.id(), version(campaign), second);
        assertThat(service.campaign(cluster.id(), campaign.id()).wholePanel()).isFalse();
        service.sendInvitations(staff, cluster.id(), campaign.id());
        assertThat(queries.invitations(campaign.id())).as("the next invitations leave the removed member out")
                .containsExactlyInAnyOrder(first, latecomer);
        assertThat(audit.history(SurveyService.AUDITED_CAMPAIGN, campaign.id())).extracting(AuditTrail.Entry::action).contains("PANEL_RETRAIT");
    }

    @Test
    void afterTheCloseNeitherThePanelNorTheSettingsChange() {
        SurveyCampaign campaign = chosen(List.of(first, second));
        SurveyFixtures.close(context, campaign.id());
        long version = version(campaign);
        assertThatThrownBy(() -> service.addToPanel(staff, cluster.id(), campaign.id(), version, latecomer))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("close");
        assertThatThrownBy(() -> service.removeFromPanel(staff, cluster.id(), campaign.id(), version, second))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("close");
        LocalDate today = service.today();
        assertThatThrownBy(() -> service.change(staff, cluster.id(), campaign.id(), version,
                new SurveyCampaign.Settings(SurveyKind.BAROMETER, "Rouvert", today.minusDays(21), today.plusDays(5), 3, 7)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("close");
        assertThat(queries.invitations(campaign.id())).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void theStaffChangeThePanelFromTheCampaignPageAndAMembersPersonIsRefused() throws Exception {
        SurveyCampaign campaign = chosen(List.of(first));
        String staffLogin = account(Role.CLUSTER_STAFF, cluster.id()).username();
        String recruiter = account(Role.COMPANY_RECRUITER, first).username();
        String page = "/gestion/clusters/" + cluster.id() + "/enquetes/" + campaign.id();

        mvc.perform(get(page).with(as(users, staffLogin))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"panel-table\"")))
                .andExpect(content().string(Matchers.containsString("id=\"add-panel-form\"")));
        mvc.perform(post(page + "/panel").with(as(users, staffLogin)).with(csrf()).param("organisationId", second.toString())
                        .param("version", Long.toString(version(campaign))))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("success", Matchers.containsString("rejoint le panel")));
        mvc.perform(post(page + "/panel/" + second + "/retrait").with(as(users, staffLogin)).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", Matchers.containsString("modifiée")));
        mvc.perform(post(page + "/panel").with(as(users, recruiter)).with(csrf()).param("organisationId", latecomer.toString())
                        .param("version", Long.toString(version(campaign))))
                .andExpect(status().isForbidden());
        assertThat(queries.invitations(campaign.id())).containsExactlyInAnyOrder(first, second);
        assertThatThrownBy(() -> service.removeFromPanel(TestActors.recruiterOf(first), cluster.id(), campaign.id(), version(campaign), second))
                .isInstanceOf(AccessDeniedException.class);
    }
}
