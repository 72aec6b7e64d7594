package fr.passerelle.labelling;

import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The expert group's support while a project is written (« appui à leur construction », with navettes « au cours de leur
 * élaboration »): the national administration attaches experts to a draft; they read it and exchange advice with its
 * promoters in a thread of its own. Advice is no review: it is stored apart ({@code application_advisor},
 * {@code application_advice}), counts in no score and appears in no review form. Once the dossier is submitted the
 * thread is closed to new messages and stays readable by those who read the dossier.
 */
@Service
public class ConstructionAdvice {

    static final int MAX_ADVICE_LENGTH = 10_000;

    private final ApplicationQueries queries;
    private final ApplicationRecords records;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ConstructionAdvice(ApplicationQueries queries, ApplicationRecords records, Accounts accounts, AuditTrail audit, ApplicationEventPublisher events) {
        this.queries = queries;
        this.records = records;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
    }

    /** Attaches experts to a draft for advice (national administration); returns those newly attached. */
    @Transactional
    public List<UUID> attach(Actor actor, UUID id, List<UUID> expertIds) {
        ApplicationView dossier = managed(actor, id);
        if (dossier.status() != ApplicationStatus.DRAFT) {
            throw new BusinessRuleException("advisorIds", "Les experts s'attachent à un dossier en construction : celui-ci est à l'étape « "
                    + dossier.status().label() + " ».");
        }
        if (expertIds == null || expertIds.isEmpty()) {
            throw new BusinessRuleException("advisorIds", "Choisissez au moins un expert.");
        }
        for (UUID expertId : expertIds) {
            accounts.byId(expertId).filter(a -> a.role() == Role.EXPERT)
                    .orElseThrow(() -> new BusinessRuleException("advisorIds", "Choisissez des comptes d'experts."));
        }
        List<UUID> added = expertIds.stream().distinct().filter(e -> records.attachAdvisor(id, e, actor.displayName())).toList();
        if (!added.isEmpty()) {
            String names = added.stream().map(this::name).collect(Collectors.joining(", "));
            audit.record(Applications.AUDITED, id, "APPUI_EXPERTS", "Experts en appui à la construction : " + names,
                    List.of(new AuditTrail.Change("Experts en appui", null, names)));
            events.publishEvent(new AdvisorsAttached(id, added));
        }
        return added;
    }

    /** Detaches an advisor (national administration): they no longer read the draft; what they wrote stays in the thread. */
    @Transactional
    public void detach(Actor actor, UUID id, UUID expertId) {
        managed(actor, id);
        if (!records.detachAdvisor(id, expertId)) {
            throw new BusinessRuleException(null, "Cet expert n'est plus en appui sur ce dossier.");
        }
        String name = name(expertId);
        audit.record(Applications.AUDITED, id, "APPUI_RETIRE", "Expert retiré de l'appui : " + name,
                List.of(new AuditTrail.Change("Experts en appui", name, null)));
    }

    /** Writes in the advice thread: an attached advisor or a promoter, while the dossier is a draft. */
    @Transactional
    public ApplicationParts.Advice post(Actor actor, UUID id, String body) {
        ApplicationView dossier = queries.readableOrAdvised(actor, id);
        boolean advisor = ApplicationPermissions.advises(actor, dossier, queries.isAdvisor(actor, id));
        if (!advisor && !ApplicationPermissions.isPromoter(actor, dossier)) {
            throw new AccessDeniedException("L'appui à la construction s'échange entre les porteurs du projet et les experts qui l'accompagnent.");
        }
        if (!mayWrite(dossier)) {
            throw new BusinessRuleException("body", "Le dossier est déposé : l'appui à la construction est clos, ses échanges restent consultables.");
        }
        String clean = body == null ? "" : body.strip();
        if (clean.isEmpty()) {
            throw new BusinessRuleException("body", "Écrivez votre message.");
        }
        if (clean.length() > MAX_ADVICE_LENGTH) {
            throw new BusinessRuleException("body", "Le message fait " + clean.length() + " caractères : " + MAX_ADVICE_LENGTH + " au plus.");
        }
        UUID adviceId = records.advice(id, actor.accountId(), actor.displayName(), advisor, clean);
        audit.record(Applications.AUDITED, id, "APPUI_MESSAGE", "Appui à la construction : message de " + actor.displayName(),
                List.of(new AuditTrail.Change(advisor ? "Conseil de l'expert" : "Réponse des porteurs", null,
                        clean.length() > 300 ? clean.substring(0, 297) + "…" : clean)));
        events.publishEvent(new AdvicePosted(id, actor.accountId(), advisor));
        return queries.advice(id).stream().filter(a -> a.id().equals(adviceId)).findFirst().orElseThrow();
    }

    /** New advice is written while the dossier is a draft; afterwards the thread is history. */
    static boolean mayWrite(ApplicationView dossier) {
        return dossier.status() == ApplicationStatus.DRAFT;
    }

    private ApplicationView managed(Actor actor, UUID id) {
        ApplicationView dossier = queries.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!ApplicationPermissions.runsTheChain(actor)) {
            throw new AccessDeniedException("L'administration nationale attache les experts en appui à la construction.");
        }
        return dossier;
    }

    private String name(UUID accountId) {
        return accounts.byId(accountId).map(Actor::displayName).orElse("?");
    }
}
