package fr.passerelle.labelling;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.LandingPanel;
import fr.passerelle.identity.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The label lifecycle on the landing page: the {@link LabellingTasks} waiting for the actor, and the labelling pages
 * they may open (the board only to those {@link ReviewBoard#allows}). Absent for those with no dossier: a recruiter,
 * a partner outside every promoters' team.
 */
@Component
class LabellingPanel implements LandingPanel {

    private final LabellingTasks tasks;

    LabellingPanel(LabellingTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Panel> panel(Actor actor) {
        if (actor.role() == Role.COMPANY_RECRUITER) {
            return Optional.empty();
        }
        List<LabellingTasks.Task> waiting = tasks.of(actor);
        if (actor.role() == Role.PARTNER_MEMBER && waiting.stream().allMatch(t -> t.count() == 0)) {
            return Optional.empty();
        }
        return Optional.of(new Panel("labelling/landing-panel", new Data(waiting, ReviewBoard.allows(actor))));
    }

    record Data(List<LabellingTasks.Task> tasks, boolean board) {
    }
}
