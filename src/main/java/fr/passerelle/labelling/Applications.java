package fr.passerelle.labelling;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusIdentity;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.LabelStatus;
import fr.passerelle.campus.Sector;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Text;
import fr.passerelle.platform.UploadedFile;
import fr.passerelle.territory.Territories;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The acts on dossiers, for the actor who asks: checks their role and scope ({@link ApplicationPermissions}), loads
 * the {@link Application}, lets it take the act (it guards its step and registers the event), stores what hangs off
 * it ({@link ApplicationRecords}) and audits. The promoters' writing of a draft is in {@link ApplicationDrafts}; reads are
 * in {@link ApplicationQueries}.
 */
@Service
public class Applications {

    static final String AUDITED = "application";

    private final ApplicationDrafts drafts;
    private final ApplicationRepository repository;
    private final ApplicationQueries queries;
    private final ApplicationRecords records;
    private final Calls calls;
    private final CampusRegistry registry;
    private final Accounts accounts;
    private final Territories territories;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    Applications(ApplicationDrafts drafts, ApplicationRepository repository, ApplicationQueries queries, ApplicationRecords records, Calls calls, CampusRegistry registry,
                 Accounts accounts, Territories territories, AuditTrail audit, ApplicationEventPublisher events, EntityManager entityManager,
                 Clock clock) {
        this.drafts = drafts;
        this.repository = repository;
        this.queries = queries;
        this.records = records;
        this.calls = calls;
        this.registry = registry;
        this.accounts = accounts;
        this.territories = territories;
        this.audit = audit;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Submits the dossier: the first time before the call closes, complete; after a request for changes, with the
     * promoters' answer. The version submitted is frozen with the campus's live data.
     */
    @Transactional
    public ApplicationView submit(Actor actor, UUID id, long expectedVersion, String answer) {
        ApplicationView dossier = drafts.writable(actor, id);
        Application application = load(id);
        ApplicationStatus before = application.status();
        int number = application.submit(expectedVersion, Application.CallTerms.of(calls.require(dossier.callId())), queries.missingParts(dossier),
                queries.direction(id), answer, clock);
        records.version(id, number, actor.displayName(), new ApplicationParts.Content(queries.texts(id), queries.liveData(dossier),
                queries.attachments(id).stream().map(a -> a.fileName() + " (" + a.displaySize() + ")").toList()));
        if (before == ApplicationStatus.CHANGES_REQUESTED) {
            records.answerExchange(id, answer);
        }
        records.step(id, application.status(), actor.displayName(), before == ApplicationStatus.DRAFT
                ? (application.progressReport() ? "Rapport d'étape déposé" : "Dossier déposé") : "Version " + number + " déposée en réponse à la navette");
        audit.record(AUDITED, id, number == 1 ? "DOSSIER_DEPOSE" : "NOUVELLE_VERSION", number == 1 ? "Dossier déposé" : "Version " + number + " déposée",
                List.of(new AuditTrail.Change("Étape", before.label(), application.status().label())));
        save(application);
        return queries.byId(id).orElseThrow();
    }

    // --- review chain ----------------------------------------------------------------------------------------------

    /** An opinion of the CAEN, the Crefop, the expert group (its synthesis) or the CNEE, each at its step. */
    @Transactional
    public void recordOpinion(Actor actor, UUID id, long expectedVersion, OpinionBody body, Verdict verdict, LocalDate givenOn, String reasons,
                              String fileName, byte[] file) {
        ApplicationView dossier = queries.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ApplicationAct act = switch (body) {
            case CAEN, CREFOP -> ApplicationAct.RECORD_REGIONAL_OPINION;
            case EXPERT_GROUP -> ApplicationAct.RECORD_SYNTHESIS;
            case CNEE -> ApplicationAct.RECORD_CNEE_OPINION;
        };
        if (body.regional() ? !ApplicationPermissions.recordsOpinionOf(actor, body, dossier) : !ApplicationPermissions.mayTake(actor, act, dossier, false)) {
            throw new AccessDeniedException(switch (body) {
                case CAEN -> "L'avis du CAEN est saisi par la coordination de région académique de la région du dossier.";
                case CREFOP -> "L'avis du Crefop est saisi par le ou la référent·e campus du Conseil régional de la région du dossier.";
                default -> "Cette étape revient à l'administration nationale.";
            });
        }
        Application application = load(id);
        int round = body.regional() ? 1 : application.round();
        Set<OpinionBody> recorded = queries.opinions(id).stream().filter(o -> o.round() == round).map(ApplicationParts.Opinion::body)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OpinionBody.class)));
        ApplicationStatus before = application.status();
        var opinion = application.recordOpinion(expectedVersion, body, verdict, givenOn, reasons, recorded,
                queries.expertProgress(id, application.round()), clock);
        UploadedFile upload = file == null || file.length == 0 ? null : ApplicationDrafts.checked(fileName, file, Set.of(UploadedFile.FileType.PDF));
        records.opinion(id, opinion, upload, actor.displayName());
        audit.record(AUDITED, id, "AVIS_" + body.name(), "Avis " + body.label() + " : " + verdict.label(),
                List.of(new AuditTrail.Change("Avis " + body.label(), null, verdict.label() + " le " + givenOn + " — " + opinion.reasons())));
        if (application.status() != before) {
            records.step(id, application.status(), actor.displayName(), "Avis " + body.label() + " : " + verdict.label());
        } else {
            // The first regional opinion moves nothing, yet whoever records the second must have seen it.
            entityManager.lock(application, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        save(application);
    }

    @Transactional
    public void assignExperts(Actor actor, UUID id, List<UUID> expertIds) {
        chain(actor);
        Application application = load(id);
        List<ApplicationParts.Assignment> current = queries.assignments(id);
        List<UUID> requested = expertIds == null ? List.of() : expertIds;
        for (UUID expertId : requested) {
            accounts.byId(expertId).filter(a -> a.role() == Role.EXPERT)
                    .orElseThrow(() -> new BusinessRuleException("expertIds", "Choisissez des comptes d'experts."));
        }
        List<UUID> added = application.assignExperts(requested, current.stream().map(ApplicationParts.Assignment::expertId).collect(Collectors.toSet()),
                current.stream().filter(ApplicationParts.Assignment::active).count());
        added.forEach(expertId -> records.assign(id, expertId, actor.displayName()));
        if (!added.isEmpty()) {
            String names = added.stream().map(e -> accounts.byId(e).map(Actor::displayName).orElse("?")).collect(Collectors.joining(", "));
            audit.record(AUDITED, id, "EXPERTS_AFFECTES", "Experts affectés : " + names, List.of(new AuditTrail.Change("Experts", null, names)));
        }
        save(application);
    }

    /** Sends the dossier back to the promoters with the experts' recommendations. */
    @Transactional
    public void requestChanges(Actor actor, UUID id, long expectedVersion, String request) {
        chain(actor);
        Application application = load(id);
        application.requestChanges(expectedVersion, request, clock);
        records.requestChanges(id, application.round(), actor.displayName(), request);
        records.step(id, application.status(), actor.displayName(), "Navette : compléments demandés");
        audit.record(AUDITED, id, "NAVETTE", "Compléments demandés aux porteurs", List.of(new AuditTrail.Change("Navette", null, request.strip())));
        save(application);
    }

    /**
     * Records the interministerial decision. Granted, the campus is labelled in the registry for four years from the
     * decision (created there first when the dossier was for a new campus); refused, the reasons are required.
     */
    @Transactional
    public void decide(Actor actor, UUID id, long expectedVersion, boolean granted, LabelCategory category, LocalDate decidedOn, String reference,
                       String reasons) {
        chain(actor);
        Application application = load(id);
        Application.Decision decision = application.decide(expectedVersion, granted, category, decidedOn, reference, reasons, clock);
        if (granted) {
            if (application.campusId() == null) {
                application.labelled(registry.create(actor, new CampusIdentity(application.projectName(), application.sector(),
                        application.regionCode(), application.academyCode(), null, null, null, null, null, decision.category(), LabelStatus.APPLICANT,
                        null, null, null, null, null, null, null, null, application.otherSectors(), application.otherAcademyCodes())).id());
            }
            registry.grantLabel(application.campusId(), decision.category(), decidedOn, decision.validUntil());
            appointDirector(application);
        }
        records.step(id, application.status(), actor.displayName(), granted
                ? "Label accordé jusqu'au " + CallView.DAY.format(decision.validUntil()) : "Label refusé");
        records.decision(id, decision, actor.displayName());
        audit.record(AUDITED, id, granted ? "LABEL_ACCORDE" : "LABEL_REFUSE", granted ? "Label accordé" : "Label refusé",
                List.of(new AuditTrail.Change("Décision", null, granted
                        ? "Label " + decision.category().label() + " du " + decidedOn + " au " + decision.validUntil()
                        : "Refus le " + decidedOn + " — " + decision.reasons()),
                        new AuditTrail.Change("Référence de la décision", null, decision.reference())));
        save(application);
    }

    /** The director the dossier named becomes the campus's, when the campus has none. */
    private void appointDirector(Application application) {
        ApplicationParts.Direction direction = queries.direction(application.id());
        if (direction.recorded() && direction.details().isNamed()) {
            OperationalDirection named = direction.details();
            if (registry.appointDirectorIfNone(application.campusId(), named.name(), named.email(), named.phone(),
                    "nommée dans le dossier de labellisation « " + application.projectName() + " »")) {
                audit.record(AUDITED, application.id(), "DIRECTION_DU_CAMPUS", "Direction opérationnelle inscrite au campus",
                        List.of(new AuditTrail.Change("Direction du campus", null, named.name())));
            }
        }
    }

    /**
     * The dossier, if the actor's role and scope let them take one of the acts (at whichever step): not found for
     * those who may not read it, refused for the other readers. Pages call it before they read what was typed.
     */
    @Transactional(readOnly = true)
    ApplicationView authorize(Actor actor, UUID id, ApplicationAct... acts) {
        ApplicationView dossier = queries.readable(actor, id);
        boolean activeExpert = queries.isActiveExpert(actor, id);
        if (java.util.Arrays.stream(acts).noneMatch(act -> ApplicationPermissions.mayTake(actor, act, dossier, activeExpert))) {
            throw new AccessDeniedException("Cette étape revient à un autre rôle.");
        }
        return dossier;
    }

    // --- plumbing ------------------------------------------------------------------------------------------------------

    private Application load(UUID id) {
        return repository.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Stores the aggregate now, so that its events' listeners read it as it is; someone else's change meanwhile is a conflict. */
    private void save(Application application) {
        try {
            repository.saveAndFlush(application);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new BusinessRuleException(null, Application.CONFLICT);
        }
    }

    private static void chain(Actor actor) {
        if (!ApplicationPermissions.runsTheChain(actor)) {
            throw new AccessDeniedException("Cette étape revient à l'administration nationale.");
        }
    }


}
