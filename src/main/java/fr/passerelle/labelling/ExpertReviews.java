package fr.passerelle.labelling;

import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Text;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The experts' side of the review: each expert assigned opens their review of the current round, scores it and hands
 * it in, or declines the dossier. Each writes only their own review, guarded by its own version; the dossier's step
 * is asked of the {@link Application}.
 */
@Service
public class ExpertReviews {

    private final ApplicationRepository repository;
    private final ApplicationQueries queries;
    private final ApplicationRecords records;
    private final AuditTrail audit;

    ExpertReviews(ApplicationRepository repository, ApplicationQueries queries, ApplicationRecords records, AuditTrail audit) {
        this.repository = repository;
        this.queries = queries;
        this.records = records;
        this.audit = audit;
    }

    /** An expert declines a dossier (conflict of interest); they no longer see it. */
    @Transactional
    public void decline(Actor actor, UUID id, String reason) {
        if (!queries.isActiveExpert(actor, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "Indiquez la raison du déport (par exemple un lien avec un partenaire du projet).");
        }
        if (Text.longerThan(reason, 1000)) {
            throw new BusinessRuleException("reason", Text.tooLong("La raison du déport", reason, 1000));
        }
        records.decline(id, actor.accountId(), reason.strip());
        audit.record(Applications.AUDITED, id, "EXPERT_DEPORT", "Déport de " + actor.displayName(),
                List.of(new AuditTrail.Change("Expert", actor.displayName(), "déporté : " + reason.strip())));
    }

    /** The expert's review of the current round, opened on first use. */
    @Transactional
    public ApplicationParts.Review openReview(Actor actor, UUID id) {
        ApplicationView dossier = queries.readable(actor, id);
        if (!queries.isActiveExpert(actor, id)) {
            throw new AccessDeniedException("Seuls les experts affectés au dossier l'évaluent.");
        }
        int round = Math.max(1, dossier.round());
        return queries.reviewOf(id, actor.accountId(), round).orElseGet(() -> {
            records.openReview(id, actor.accountId(), round);
            return queries.reviewOf(id, actor.accountId(), round).orElseThrow();
        });
    }

    /**
     * Saves the expert's scores (0 to 4) and comments, if their review has not changed since they opened it; when
     * {@code submit}, every criterion must be scored. Each expert writes only their own review, so two experts scoring
     * at the same time never overwrite each other.
     */
    @Transactional
    public void score(Actor actor, UUID id, long expectedVersion, Map<Criterion, ApplicationParts.Score> scores, boolean submit) {
        ApplicationView dossier = queries.readable(actor, id);
        repository.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).checkScoring();
        ApplicationParts.Review review = openReview(actor, id);
        Map<Criterion, ApplicationParts.Score> all = new EnumMap<>(Criterion.class);
        dossier.criteria().forEach(c -> all.put(c, scores.getOrDefault(c, new ApplicationParts.Score(null, null))));
        review.checkScores(all, submit);
        if (!records.score(review.id(), expectedVersion, all, submit)) {
            throw new BusinessRuleException(null, "Votre expertise a été enregistrée depuis un autre onglet pendant votre saisie : "
                    + "rechargez la page ; vos notes sont conservées ci-dessous.");
        }
        if (submit) {
            audit.record(Applications.AUDITED, id, "EXPERTISE_REMISE", "Expertise remise par " + actor.displayName(), List.of(new AuditTrail.Change(
                    "Expertise de la version " + review.round(), null, "remise par " + actor.displayName())));
        }
    }

}
