package fr.passerelle.jobs.offers;

import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.jobs.JobOfferDetails;
import fr.passerelle.jobs.JobOffers;
import fr.passerelle.notifications.Notice;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Replay;
import fr.passerelle.platform.Times;
import fr.passerelle.territory.Academy;
import fr.passerelle.territory.Municipality;
import fr.passerelle.territory.Territories;
import fr.passerelle.trades.JobTitleChoice;
import fr.passerelle.trades.KnowledgeSummary;
import fr.passerelle.trades.SkillSummary;
import fr.passerelle.trades.Trades;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The life of job offers: drafted, rewritten, their skills chosen, published, extended, closed — each act checked
 * against the actor by {@link OfferPermissions} and audited — and, every day, expired and reminded to their recruiter.
 */
@Service
class JobOfferService implements JobOffers {

    static final String AUDITED = "job_offer";
    static final Notice.Category REMINDER = new Notice.Category("OFFRE_EMPLOI_EXPIRATION", "Offre d’emploi bientôt expirée");

    private final JobOfferRepository offers;
    private final Clusters clusters;
    private final Directory directory;
    private final Territories territories;
    private final Trades trades;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    JobOfferService(JobOfferRepository offers, Clusters clusters, Directory directory, Territories territories, Trades trades, Accounts accounts,
                    Notifications notifications, AuditTrail audit, Clock clock) {
        this.offers = offers;
        this.clusters = clusters;
        this.directory = directory;
        this.territories = territories;
        this.trades = trades;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(Replay.clockOr(clock).withZone(Times.current().zone()));
    }

    private Instant now() {
        return Instant.now(Replay.clockOr(clock));
    }

    Trades trades() {
        return trades;
    }

    // ---- Rights

    /** Whether the actor writes this offer (its company's recruiter while a member, its cluster's staff). */
    boolean manages(Actor actor, JobOffer offer) {
        return OfferPermissions.manages(actor, offer.companyId(), offer.clusterId(), clusters.activeClustersOf(offer.companyId()),
                clusters.access(actor, offer.clusterId()));
    }

    /** The clusters through which the actor may post the company's offers (empty: refused). */
    List<ClusterCard> postingClusters(Actor actor, UUID companyId) {
        if (actor == null || companyId == null) {
            return List.of();
        }
        Set<UUID> active = clusters.activeClustersOf(companyId);
        return active.stream().filter(c -> OfferPermissions.manages(actor, companyId, c, active, clusters.access(actor, c)))
                .map(clusters::cluster).flatMap(Optional::stream).sorted(Comparator.comparing(ClusterCard::name)).toList();
    }

    /** The companies the actor posts offers for: a recruiter's own while a member; the active members of the staff's cluster. */
    List<OrganisationSummary> companiesFor(Actor actor) {
        if (actor == null || actor.organisationId() == null) {
            return List.of();
        }
        Collection<UUID> ids = switch (actor.role()) {
            case COMPANY_RECRUITER -> List.of(actor.organisationId());
            case CLUSTER_STAFF -> clusters.access(actor, actor.organisationId()).runs() ? clusters.activeMemberIds(actor.organisationId()) : List.of();
            default -> List.of();
        };
        return directory.organisations(ids).values().stream().filter(o -> !postingClusters(actor, o.id()).isEmpty())
                .sorted(Comparator.comparing(OrganisationSummary::displayName)).toList();
    }

    /** An offer the actor manages; 404 when unknown, 403 when someone else's. */
    @Transactional(readOnly = true)
    JobOffer managed(Actor actor, UUID offerId) {
        JobOffer offer = offers.findById(offerId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!manages(actor, offer)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return offer;
    }

    // ---- Acts

    @Override
    @Transactional
    public UUID draft(Actor actor, UUID companyId, UUID clusterId, JobOfferDetails details) {
        Set<UUID> active = clusters.activeClustersOf(companyId);
        if (clusterId == null && active.size() == 1) {
            clusterId = active.iterator().next();
        }
        if (!OfferPermissions.manages(actor, companyId, clusterId, active, clusters.access(actor, clusterId))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        OrganisationSummary company = directory.organisation(companyId).orElseThrow();
        ClusterCard cluster = clusters.cluster(clusterId).orElseThrow();
        JobOffer offer = JobOffer.draft(companyId, company.displayName(), clusterId, cluster.displayName(), content(details),
                new JobOffer.Poster(actor.accountId(), actor.displayName()), now());
        offers.saveAndFlush(offer);
        audit.record(AUDITED, offer.id(), "OFFRE_CREEE", "Offre « " + offer.title() + " » rédigée pour " + company.displayName(), List.of());
        return offer.id();
    }

    @Transactional
    void revise(Actor actor, UUID offerId, long expectedVersion, JobOfferDetails details) {
        JobOffer offer = editable(actor, offerId, expectedVersion);
        String before = offer.title();
        offer.revise(content(details), now());
        save(offer);
        audit.record(AUDITED, offerId, "OFFRE_MODIFIEE", "Offre « " + offer.title() + " » modifiée",
                new AuditTrail.Diff().field("Intitulé", before, offer.title()).changes());
    }

    /** The skills and savoirs asked for, by their OGR codes; the savoirs in {@code required} are marked required. */
    @Transactional
    void askFor(Actor actor, UUID offerId, long expectedVersion, Collection<Integer> skillOgrs, Collection<Integer> knowledgeOgrs,
                Collection<Integer> required) {
        JobOffer offer = editable(actor, offerId, expectedVersion);
        List<JobOffer.Skill> chosen = new ArrayList<>();
        for (SkillSummary s : trades.skills(new LinkedHashSet<>(skillOgrs))) {
            chosen.add(new JobOffer.Skill(JobOffer.SkillKind.SKILL, s.ogr(), s.label(), false));
        }
        for (KnowledgeSummary k : trades.knowledge(new LinkedHashSet<>(knowledgeOgrs))) {
            chosen.add(new JobOffer.Skill(JobOffer.SkillKind.KNOWLEDGE, k.ogr(), k.label(), required.contains(k.ogr())));
        }
        offer.askFor(chosen, now());
        save(offer);
        audit.record(AUDITED, offerId, "COMPETENCES_CHOISIES", "Offre « " + offer.title() + " » : " + chosen.size()
                + " compétence(s) et savoir(s) demandés", List.of());
    }

    @Override
    @Transactional
    public void publish(Actor actor, UUID offerId) {
        JobOffer offer = managed(actor, offerId);
        publish(actor, offerId, offer.version());
    }

    @Transactional
    void publish(Actor actor, UUID offerId, long expectedVersion) {
        JobOffer offer = editable(actor, offerId, expectedVersion);
        offer.publish(today(), now());
        save(offer);
        audit.record(AUDITED, offerId, "OFFRE_PUBLIEE", "Offre « " + offer.title() + " » publiée jusqu’au "
                + Times.current().date(offer.expiresOn()), List.of());
    }

    @Transactional
    void extend(Actor actor, UUID offerId, long expectedVersion, int days) {
        JobOffer offer = editable(actor, offerId, expectedVersion);
        LocalDate before = offer.expiresOn();
        offer.extend(days, today(), now());
        save(offer);
        audit.record(AUDITED, offerId, "OFFRE_PROLONGEE", "Offre « " + offer.title() + " » prolongée",
                new AuditTrail.Diff().field("Expire le", Times.current().date(before), Times.current().date(offer.expiresOn())).changes());
    }

    @Transactional
    void close(Actor actor, UUID offerId, long expectedVersion, Filled how) {
        JobOffer offer = editable(actor, offerId, expectedVersion);
        offer.close(how, today(), now());
        save(offer);
        audit.record(AUDITED, offerId, "OFFRE_CLOTUREE", "Offre « " + offer.title() + " » clôturée : " + how.label(), List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public long countOf(UUID companyId) {
        return offers.countByCompanyId(companyId);
    }

    private JobOffer editable(Actor actor, UUID offerId, long expectedVersion) {
        JobOffer offer = managed(actor, offerId);
        if (offer.version() != expectedVersion) {
            throw new ConcurrentEditException("Cette offre a été modifiée par quelqu’un d’autre depuis l’ouverture de la page : "
                    + "rechargez-la pour voir sa version actuelle.");
        }
        return offer;
    }

    private void save(JobOffer offer) {
        try {
            offers.saveAndFlush(offer);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException("Cette offre a été modifiée par quelqu’un d’autre au même moment : rechargez la page.");
        }
    }

    /** Resolves the job title and the commune of what was typed. */
    OfferContent content(JobOfferDetails d) {
        JobTitleChoice jobTitle = trades.jobTitle(d.jobTitleOgr())
                .orElseThrow(() -> new BusinessRuleException("appellation", "Choisissez le métier dans la liste des appellations du ROME."));
        Municipality town = territories.municipality(d.municipalityCode())
                .orElseThrow(() -> new BusinessRuleException("commune", "Indiquez la commune du poste."));
        String region = territories.academyOfMunicipality(town.code()).map(Academy::regionCode).orElse(null);
        return new OfferContent(d.title(), d.description(), jobTitle.ogr(), jobTitle.label(), jobTitle.tradeCode(),
                jobTitle.tradeCode().substring(0, 1), d.contract(), d.durationMonths(), d.workingTime(), d.hoursPerWeek(), town.code(),
                town.name(), region, town.latitude(), town.longitude(), d.level(), d.salaryMin(), d.salaryMax(), d.startsOn(), d.positions(),
                d.applyEmail(), d.applyUrl(), d.applyInstructions());
    }

    /** The commune a place typed names: one commune, or a French message asking which. */
    Municipality commune(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new BusinessRuleException("commune", "Indiquez la commune du poste.");
        }
        List<Municipality> found = territories.locate(text, 6);
        if (found.isEmpty()) {
            throw new BusinessRuleException("commune", "Aucune commune ne s’appelle « " + text + " » : vérifiez l’orthographe ou tapez son code postal.");
        }
        if (found.size() > 1) {
            throw new BusinessRuleException("commune", "Plusieurs communes répondent à « " + text + " » : précisez le département, par exemple « "
                    + found.get(0).name() + " (" + found.get(0).departmentCode() + ") ».");
        }
        return found.get(0);
    }

    // ---- Every day

    /** The published offers whose expiry date has passed or whose reminder is due on {@code day}. */
    @Transactional(readOnly = true)
    List<UUID> dueOn(LocalDate day) {
        return offers.findAll((root, query, cb) -> cb.and(cb.equal(root.get("status"), OfferStatus.PUBLISHED),
                cb.lessThanOrEqualTo(root.get("expiresOn"), day.plusDays(JobOffer.WEEK_REMINDER)))).stream().map(JobOffer::id).toList();
    }

    /** Expires the offer if its date has passed, else sends the reminder due on {@code day}; what it did. */
    @Transactional
    String handle(UUID offerId, LocalDate day) {
        JobOffer offer = offers.findById(offerId).orElse(null);
        if (offer == null) {
            return "gone";
        }
        if (offer.expireIfDue(day, now())) {
            offers.saveAndFlush(offer);
            audit.recordBy("système", AUDITED, offerId, "OFFRE_EXPIREE", "Offre « " + offer.title() + " » expirée le "
                    + Times.current().date(offer.expiresOn().plusDays(1)), List.of());
            return "expired";
        }
        Optional<Integer> due = offer.reminderDue(day);
        if (due.isEmpty()) {
            return "nothing";
        }
        int days = due.get();
        offer.reminded(days);
        offers.saveAndFlush(offer);
        Set<UUID> recipients = recipients(offer);
        if (!recipients.isEmpty() && !Replay.replaying()) {
            String when = days == 1 ? "demain" : "dans " + days + " jours";
            notifications.send(Notice.to(recipients, REMINDER, "Votre offre « " + offer.title() + " » expire " + when,
                    "L’offre « " + offer.title() + " » de " + offer.companyName() + " sera retirée du site des offres le "
                            + Times.current().date(offer.expiresOn().plusDays(1)) + ". Si le poste est toujours à pourvoir, prolongez-la ; "
                            + "s’il est pourvu, clôturez-la en indiquant comment.",
                    "/gestion/offres/" + offer.id()));
        }
        return "reminded " + days;
    }

    /** Whom a reminder goes to: the account that posted the offer, else the company's recruiters. */
    private Set<UUID> recipients(JobOffer offer) {
        Optional<Actor> poster = accounts.byId(offer.postedBy());
        if (poster.isPresent() && manages(poster.get(), offer)) {
            return Set.of(poster.get().accountId());
        }
        Set<UUID> recruiters = new LinkedHashSet<>();
        accounts.ofOrganisations(List.of(offer.companyId())).stream().filter(a -> a.role() == Role.COMPANY_RECRUITER)
                .forEach(a -> recruiters.add(a.accountId()));
        return recruiters;
    }
}
