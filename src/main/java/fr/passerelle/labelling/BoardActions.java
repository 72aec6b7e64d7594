package fr.passerelle.labelling;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.identity.Actor;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Bulk actions of the national administration on dossiers chosen on the board. Each dossier is handled in its own
 * transaction: one refused does not undo the others, and the report says, dossier by dossier, what was done or why not.
 */
@Service
class BoardActions {

    /** What became of one dossier. */
    record Outcome(UUID id, String projectName, boolean done, String message) implements Serializable {
    }

    /** The report of a bulk action, for the page after it. */
    record Report(String action, List<Outcome> outcomes) implements Serializable {
        public long doneCount() {
            return outcomes.stream().filter(Outcome::done).count();
        }

        public long refusedCount() {
            return outcomes.size() - doneCount();
        }
    }

    private final Applications applications;
    private final ApplicationQueries queries;
    private final ApplicationMessages messages;

    BoardActions(Applications applications, ApplicationQueries queries, ApplicationMessages messages) {
        this.applications = applications;
        this.queries = queries;
        this.messages = messages;
    }

    /** Assigns the same experts to every dossier chosen. */
    Report assignExperts(Actor actor, List<UUID> ids, List<UUID> expertIds) {
        requireAdmin(actor);
        List<Outcome> outcomes = new ArrayList<>();
        for (UUID id : distinct(ids)) {
            String name = name(id);
            try {
                applications.assignExperts(actor, id, expertIds == null ? List.of() : expertIds);
                outcomes.add(new Outcome(id, name, true, "Experts affectés."));
            } catch (BusinessRuleException e) {
                outcomes.add(new Outcome(id, name, false, e.getMessage()));
            } catch (ResponseStatusException e) {
                outcomes.add(new Outcome(id, name, false, "Ce dossier n’existe plus."));
            }
        }
        return new Report("Affectation d’experts", outcomes);
    }

    /** Reminds the regional coordination of each chosen dossier still waiting for its CAEN or Crefop opinion. */
    Report requestOpinions(Actor actor, List<UUID> ids) {
        requireAdmin(actor);
        List<Outcome> outcomes = new ArrayList<>();
        for (UUID id : distinct(ids)) {
            String name = name(id);
            try {
                messages.requestOpinion(actor, id);
                outcomes.add(new Outcome(id, name, true, "Relance envoyée à la coordination régionale."));
            } catch (BusinessRuleException e) {
                outcomes.add(new Outcome(id, name, false, e.getMessage()));
            } catch (ResponseStatusException e) {
                outcomes.add(new Outcome(id, name, false, "Ce dossier n’existe plus."));
            }
        }
        return new Report("Demande d’avis régionaux", outcomes);
    }

    private String name(UUID id) {
        return queries.byId(id).map(ApplicationView::projectName).orElse("Dossier inconnu");
    }

    private static List<UUID> distinct(List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new BusinessRuleException("ids", "Cochez au moins un dossier dans le tableau.");
        }
        return ids.stream().distinct().toList();
    }

    private static void requireAdmin(Actor actor) {
        if (!ApplicationPermissions.runsTheChain(actor)) {
            throw new AccessDeniedException("Les actions groupées reviennent à l’administration nationale.");
        }
    }
}
