package fr.passerelle.clusters.surveys;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterSection;
import fr.passerelle.identity.Actor;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * « Enquêtes et baromètre » on a cluster's back-office page: for its staff, the open campaigns and their response
 * rate; for its members' people, how many surveys wait for their answer. Nobody else sees it (they could not open it).
 */
@Component
class SurveySection implements ClusterSection {

    private final SurveyService service;
    private final SurveyQueries queries;

    SurveySection(SurveyService service, SurveyQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Section> section(Actor actor, ClusterCard cluster, ClusterAccess access) {
        if (!SurveyPermissions.readsResults(access)) {
            return Optional.empty();
        }
        LocalDate today = service.today();
        String path = SurveyController.base(cluster.id());
        if (SurveyPermissions.runs(access)) {
            var open = queries.campaigns(cluster.id()).stream().filter(c -> "Ouverte".equals(c.state(today))).toList();
            String summary = open.isEmpty() ? "Aucune campagne ouverte"
                    : open.size() + " campagne(s) ouverte(s) : " + String.join(" ; ", open.stream().map(c -> c.title() + " — " + c.rate() + " % de réponses").toList());
            return Optional.of(new Section("Enquêtes et baromètre",
                    "Campagnes d’enquête auprès des adhérents (baromètre trimestriel, enquête RH, observatoire, panel), taux de réponse et résultats par métier.",
                    path, summary));
        }
        long waiting = actor.organisationId() == null ? 0
                : queries.invitedCampaigns(cluster.id(), actor.organisationId()).stream()
                .filter(i -> !i.answered() && "Ouverte".equals(i.campaign().state(today))).count();
        return Optional.of(new Section("Enquêtes et baromètre", "Les enquêtes du cluster auxquelles votre organisation est invitée, et leurs résultats par métier.",
                path, waiting == 0 ? "Aucune enquête n’attend votre réponse" : waiting + " enquête(s) attendent votre réponse"));
    }
}
