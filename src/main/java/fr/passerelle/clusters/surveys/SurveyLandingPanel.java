package fr.passerelle.clusters.surveys;

import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.LandingPanel;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.Times;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * On the landing page of a member company's people: the clusters' surveys waiting for their organisation's answer
 * (invited, open today, not answered), each linking to its answer form. Absent when none waits.
 */
@Component
class SurveyLandingPanel implements LandingPanel {

    static final int SHOWN = 10;

    private final SurveyQueries queries;
    private final SurveyService service;
    private final Clusters clusters;

    SurveyLandingPanel(SurveyQueries queries, SurveyService service, Clusters clusters) {
        this.queries = queries;
        this.service = service;
        this.clusters = clusters;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Optional<Panel> panel(Actor actor) {
        if ((actor.role() != Role.COMPANY_RECRUITER && actor.role() != Role.PARTNER_MEMBER) || actor.organisationId() == null) {
            return Optional.empty();
        }
        Set<java.util.UUID> memberOf = clusters.activeClustersOf(actor.organisationId());
        var waiting = queries.awaiting(actor.organisationId(), memberOf, service.today(), SHOWN);
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        List<Item> items = waiting.stream().map(w -> new Item(w.title(), clusters.cluster(w.clusterId()).map(ClusterCard::name).orElse(""),
                "Réponse attendue au plus tard le " + Times.current().date(w.closesOn()), SurveyService.answerPath(w.clusterId(), w.campaignId()))).toList();
        return Optional.of(new Panel("clusters/surveys/landing-panel", new Data(items)));
    }

    record Data(List<Item> items) {
    }

    record Item(String title, String cluster, String due, String path) {
    }
}
