package fr.passerelle.clusters.surveys;

import fr.passerelle.TestActors;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Survey campaigns with answers for tests, here and in other packages (the quotation into a labelling dossier). */
public final class SurveyFixtures {

    /** Welder and cook: two job titles of ROME. */
    public static final int WELDER = 404475;
    public static final int COOK = 13861;
    /** ROME skills: arc welding under gas protection; reading a plan. */
    public static final int ARC_WELDING = 486137;
    public static final String ARC_WELDING_LABEL = "Utiliser des techniques de soudage à l'arc sous protection gazeuse avec électrode fusible";
    public static final int READ_PLAN = 400355;

    private SurveyFixtures() {
    }

    /**
     * A barometer of the cluster, open from 20 days ago to today, minimum 3 answers, asking about welders and cooks:
     * {@code welders} member companies answer on welders (difficulty 4, 2 unfilled jobs each), {@code cooks} on cooks;
     * then closed yesterday (its dates moved as time would have moved them). Returns the campaign's id.
     */
    public static UUID closedBarometer(ApplicationContext context, UUID clusterId, String name, int welders, int cooks, boolean citable) {
        SurveyService service = context.getBean(SurveyService.class);
        Directory directory = context.getBean(Directory.class);
        Clusters clusters = context.getBean(Clusters.class);
        LocalDate today = service.today();
        List<UUID> companies = new ArrayList<>();
        for (int i = 0; i < Math.max(welders, cooks); i++) {
            companies.add(ClusterFixtures.memberCompany(directory, clusters, clusterId, name + " entreprise " + i, today.minusYears(1)));
        }
        var staff = TestActors.clusterStaffOf(clusterId);
        SurveyCampaign campaign = service.open(staff, clusterId,
                new SurveyCampaign.Settings(SurveyKind.BAROMETER, name, today.minusDays(20), today, 3, 7), true, List.of());
        service.addTrade(staff, clusterId, campaign.id(), WELDER);
        service.addTrade(staff, clusterId, campaign.id(), COOK);
        for (int i = 0; i < companies.size(); i++) {
            List<SurveyAnswer.TradeAnswer> lines = new ArrayList<>();
            if (i < welders) {
                lines.add(new SurveyAnswer.TradeAnswer(WELDER, 3, 4, 2, 5, List.of(ARC_WELDING)));
            }
            if (i < cooks) {
                lines.add(new SurveyAnswer.TradeAnswer(COOK, 1, 1, 0, 1, List.of()));
            }
            service.answer(TestActors.recruiterOf(companies.get(i)), clusterId, campaign.id(), null,
                    new SurveyAnswer.Content(null, null, null, null, null, lines));
        }
        if (citable) {
            service.markCitable(staff, clusterId, campaign.id(), true);
        }
        close(context, campaign.id());
        return campaign.id();
    }

    /** Moves a campaign's dates as if time had passed: it closed yesterday. */
    public static void close(ApplicationContext context, UUID campaignId) {
        LocalDate today = context.getBean(SurveyService.class).today();
        context.getBean(JdbcClient.class).sql("update survey_campaign set opens_on = ?, closes_on = ? where id = ?")
                .params(java.sql.Date.valueOf(today.minusDays(21)), java.sql.Date.valueOf(today.minusDays(1)), campaignId).update();
    }
}
