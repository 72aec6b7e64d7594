package fr.passerelle.clusters.support;

import fr.passerelle.clusters.HrSupport;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.LandingPanel;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.Times;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * On the landing page of a member company's people (and of a cluster's staff): the next HR events of their clusters,
 * each linking to its page, where they register. Nothing for whoever reads no cluster's members-only content.
 */
@Component
class SupportLandingPanel implements LandingPanel {

    static final int LISTED = 5;

    private final SupportEvents events;

    SupportLandingPanel(SupportEvents events) {
        this.events = events;
    }

    @Override
    public int order() {
        return 45;
    }

    record Data(List<Line> events) {
    }

    record Line(String path, String title, String detail, boolean registered) {
    }

    @Override
    public Optional<Panel> panel(Actor actor) {
        if (!(actor.is(Role.COMPANY_RECRUITER) || actor.is(Role.PARTNER_MEMBER) || actor.is(Role.CLUSTER_STAFF))) {
            return Optional.empty();
        }
        List<HrSupport.UpcomingEvent> upcoming = events.upcoming(actor, LISTED);
        if (upcoming.isEmpty()) {
            return Optional.empty();
        }
        List<Line> lines = upcoming.stream().map(e -> new Line(e.path(), e.kind().label() + " — " + e.title(),
                e.clusterName() + ", le " + Times.current().dateTime(e.startsAt()) + ", " + e.place()
                        + (e.seatsLeft() == 0 ? " — complet" : " — " + e.seatsLeft() + (e.seatsLeft() == 1 ? " place libre" : " places libres")),
                e.registered())).toList();
        return Optional.of(new Panel("clusters/support/landing-panel", new Data(lines)));
    }
}
