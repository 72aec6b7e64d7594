package fr.passerelle.clusters.support;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterSection;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.Times;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** « Accompagnement RH » on the cluster's back-office page, for its staff and its members' people: the events to come. */
@Component
class SupportSection implements ClusterSection {

    private final SupportEvents events;
    private final SupportProgrammes programmes;

    SupportSection(SupportEvents events, SupportProgrammes programmes) {
        this.events = events;
        this.programmes = programmes;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Section> section(Actor actor, ClusterCard cluster, ClusterAccess access) {
        if (!SupportPermissions.seesEvents(access)) {
            return Optional.empty();
        }
        var summary = events.summary(cluster.id(), events.now());
        String line = summary.upcoming() == 0 ? "Aucun événement à venir"
                : summary.upcoming() + (summary.upcoming() == 1 ? " événement à venir" : " événements à venir") + ", le prochain le "
                + Times.current().dateTime(summary.next().startsAt()) + " : " + summary.next().title();
        long underWay = programmes.underWay(actor, cluster.id());
        line = line + " ; " + (underWay == 0 ? "aucun programme en cours" : underWay + (underWay == 1 ? " programme en cours" : " programmes en cours"));
        return Optional.of(new Section("Accompagnement RH",
                "Ateliers, petits-déjeuners RH, conférences, séminaires, clubs et programmes en cohortes pour les adhérents : inscriptions, charte, présence, satisfaction et suivi.",
                SupportController.base(cluster.id()), line));
    }
}
