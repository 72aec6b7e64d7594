package fr.passerelle.clusters.support;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.HrSupport;
import fr.passerelle.clusters.SupportEventDetails;
import fr.passerelle.clusters.SupportEventKind;
import fr.passerelle.clusters.support.SupportViews.EventPage;
import fr.passerelle.clusters.support.SupportViews.EventSummary;
import fr.passerelle.clusters.support.SupportViews.EventsPage;
import fr.passerelle.clusters.support.SupportViews.PartnerLine;
import fr.passerelle.clusters.support.SupportViews.Registration;
import fr.passerelle.clusters.support.SupportViews.Summary;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Mailer;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Replay;
import fr.passerelle.platform.Text;
import fr.passerelle.platform.Times;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collective HR events of a cluster: planned by its staff, registered to by the people of its active members
 * (accepting the charter), attended, rated. Every act is decided through {@link Clusters#access} and
 * {@link SupportPermissions}, checked against {@link EventRules}, audited, and — for registrations and
 * cancellations — e-mailed after commit with the event as an iCalendar attachment.
 */
@Service
class SupportEvents implements HrSupport {

    static final String AUDITED = "support_event";
    private static final String MANAGER_REFUSAL = "Les événements d'un cluster sont tenus par son équipe.";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String EVENT = """
            select e.id, e.cluster_id, e.kind, e.title, e.theme, e.description, e.starts_at, e.ends_at, e.place, e.online, e.capacity,
                   e.charter, e.confidentiality_rule, e.speakers, e.cancelled_at is not null as cancelled, e.cancellation_reason, e.version,
                   (select count(*) from support_registration r where r.event_id = e.id and r.cancelled_at is null) as taken
              from support_event e""";
    private static final String REGISTRATION = """
            select r.id, r.event_id, r.organisation_id, o.name as organisation_name, r.account_id, r.full_name, r.email,
                   r.charter_accepted_at, r.registered_at, r.cancelled_at, r.attended, r.satisfaction_score, r.satisfaction_comment
              from support_registration r join directory_organisation o on o.organisation_id = r.organisation_id""";

    private final SupportEventRepository events;
    private final SupportDiagnoses diagnoses;
    private final Clusters clusters;
    private final SupportAccess supportAccess;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Mailer mailer;
    private final Clock clock;

    SupportEvents(SupportAccess supportAccess, SupportEventRepository events, SupportDiagnoses diagnoses, Clusters clusters, JdbcClient jdbc, AuditTrail audit, Mailer mailer,
                  Clock clock) {
        this.events = events;
        this.diagnoses = diagnoses;
        this.clusters = clusters;
        this.supportAccess = supportAccess;
        this.jdbc = jdbc;
        this.audit = audit;
        this.mailer = mailer;
        this.clock = clock;
    }

    // --- acts

    @Override
    @Transactional
    public UUID planEvent(Actor actor, UUID clusterId, SupportEventDetails details) {
        supportAccess.manager(actor, clusterId, MANAGER_REFUSAL);
        checkPartners(details);
        SupportEvent event = SupportEvent.plan(clusterId, details, instant());
        events.saveAndFlush(event);
        writePartners(event.id(), details.partners());
        audit.record(AUDITED, event.id(), "EVENEMENT_PLANIFIE", event.kind().label() + " planifié : " + event.title(),
                new AuditTrail.Diff().field("Titre", null, event.title()).field("Date", null, Times.current().dateTime(event.startsAt()))
                        .field("Lieu", null, event.place()).field("Capacité", null, event.capacity()).changes());
        return event.id();
    }

    @Transactional
    void changeEvent(Actor actor, UUID eventId, long expectedVersion, SupportEventDetails details) {
        SupportEvent event = requireEvent(eventId);
        supportAccess.manager(actor, event.clusterId(), MANAGER_REFUSAL);
        requireVersion(event, expectedVersion);
        EventRules.State state = event.state(taken(eventId));
        EventRules.checkChange(state);
        EventRules.checkCapacity(state, details.capacity());
        checkPartners(details);
        var diff = new AuditTrail.Diff();
        String before = Times.current().dateTime(event.startsAt());
        String title = event.title();
        String place = event.place();
        int capacity = event.capacity();
        String charter = event.charter();
        String rule = event.confidentialityRule();
        event.describe(details, instant());
        diff.field("Titre", title, event.title()).field("Date", before, Times.current().dateTime(event.startsAt()))
                .field("Lieu", place, event.place()).field("Capacité", capacity, event.capacity())
                .field("Charte", charter, event.charter()).field("Règle de confidentialité", rule, event.confidentialityRule());
        events.saveAndFlush(event);
        writePartners(eventId, details.partners());
        audit.record(AUDITED, eventId, "EVENEMENT_MODIFIE", "Événement modifié : " + event.title(), diff.changes());
    }

    @Transactional
    void cancelEvent(Actor actor, UUID eventId, long expectedVersion, String reason) {
        SupportEvent event = requireEvent(eventId);
        supportAccess.manager(actor, event.clusterId(), MANAGER_REFUSAL);
        requireVersion(event, expectedVersion);
        EventRules.checkCancellation(event.state(taken(eventId)), now());
        if (Text.longerThan(reason, 500)) {
            throw new BusinessRuleException("reason", Text.tooLong("Le motif", reason, 500));
        }
        event.cancel(reason, instant());
        events.saveAndFlush(event);
        audit.record(AUDITED, eventId, "EVENEMENT_ANNULE", "Événement annulé : " + event.title(),
                new AuditTrail.Diff().field("Annulation", null, reason == null || reason.isBlank() ? "annulé" : reason.strip()).changes());
        ClusterCard cluster = clusters.cluster(event.clusterId()).orElseThrow();
        EventSummary summary = summary(eventId);
        List<Mailer.Mail> mails = activeRegistrations(eventId).stream()
                .map(r -> new Mailer.Mail(r.email(), "Annulé : " + event.title(), "cluster-event-cancelled",
                        mailVariables(r, cluster, summary, event.cancellationReason()),
                        List.of(icsAttachment(cluster, summary))))
                .toList();
        send(mails);
    }

    @Override
    @Transactional
    public UUID register(Actor actor, UUID eventId, UUID organisationId, String fullName, String email, boolean charterAccepted) {
        // the event's row is locked so that two registrations at once never both take the last place
        lock(eventId);
        SupportEvent event = requireEvent(eventId);
        ClusterAccess access = supportAccess.reader(actor, event.clusterId(), SupportPermissions.READ_REFUSAL);
        boolean activeMember = organisationId != null && clusters.isActiveMember(event.clusterId(), organisationId, today());
        if (organisationId == null) {
            throw new BusinessRuleException("organisationId", "Choisissez l'entreprise adhérente de la personne inscrite.");
        }
        if (!SupportPermissions.registers(actor, access, organisationId, activeMember)) {
            if (access.runs()) {
                throw new BusinessRuleException("organisationId", "Seules les personnes des adhérents actifs du cluster s'inscrivent.");
            }
            throw new AccessDeniedException("Vous inscrivez les personnes de votre seule organisation, tant qu'elle adhère au cluster.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String name = Text.trimToNull(fullName);
        String mail = Text.trimToNull(email);
        if (name == null) {
            problems.put("fullName", "Indiquez le nom de la personne inscrite.");
        } else if (name.length() > 200) {
            problems.put("fullName", "Le nom tient en 200 caractères.");
        }
        if (mail == null || mail.length() > 254 || !EMAIL.matcher(mail).matches()) {
            problems.put("email", "Indiquez une adresse e-mail valide, par exemple nom@entreprise.fr.");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems);
        }
        EventRules.checkRegistration(event.state(taken(eventId)), now(), charterAccepted);
        boolean already = jdbc.sql("select exists (select 1 from support_registration where event_id = ? and lower(email) = lower(?) and cancelled_at is null)")
                .params(eventId, mail).query(Boolean.class).single();
        if (already) {
            throw new BusinessRuleException("email", "Cette personne est déjà inscrite à l'événement.");
        }
        UUID id = UUID.randomUUID();
        Instant now = instant();
        boolean self = !access.runs() && mail.equalsIgnoreCase(actor.email() == null ? "" : actor.email().strip());
        jdbc.sql("""
                        insert into support_registration (id, event_id, organisation_id, account_id, full_name, email, charter_accepted_at,
                                                          registered_by, registered_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, eventId, organisationId, self ? actor.accountId() : null, name, mail,
                        event.hasCharter() ? Timestamp.from(now) : null, actor.username(), Timestamp.from(now))
                .update();
        audit.record(AUDITED, eventId, "INSCRIPTION", "Inscription de " + name + " à « " + event.title() + " »",
                new AuditTrail.Diff().field("Personne inscrite", null, name + " <" + mail + ">")
                        .field("Charte acceptée", null, event.hasCharter() ? "oui" : null).changes());
        ClusterCard cluster = clusters.cluster(event.clusterId()).orElseThrow();
        EventSummary summary = summary(eventId);
        Registration registration = registration(id).orElseThrow();
        send(List.of(new Mailer.Mail(mail, "Inscription confirmée : " + event.title(), "cluster-event-registration",
                mailVariables(registration, cluster, summary, null), List.of(icsAttachment(cluster, summary)))));
        return id;
    }

    @Transactional
    void cancelRegistration(Actor actor, UUID eventId, UUID registrationId) {
        Registration registration = registration(registrationId).filter(r -> r.eventId().equals(eventId) && r.active())
                .orElseThrow(() -> new BusinessRuleException("Cette inscription n'existe plus."));
        SupportEvent event = requireEvent(eventId);
        ClusterAccess access = supportAccess.reader(actor, event.clusterId(), SupportPermissions.READ_REFUSAL);
        if (!SupportPermissions.handlesRegistration(actor, access, registration.organisationId())) {
            throw new AccessDeniedException("Vous annulez les inscriptions de votre seule organisation.");
        }
        EventRules.checkRegistrationCancellation(event.state(taken(eventId)), now());
        jdbc.sql("update support_registration set cancelled_at = ? where id = ? and cancelled_at is null")
                .params(Timestamp.from(instant()), registrationId).update();
        audit.record(AUDITED, eventId, "INSCRIPTION_ANNULEE", "Inscription de " + registration.fullName() + " annulée",
                new AuditTrail.Diff().field("Personne inscrite", registration.fullName() + " <" + registration.email() + ">", null).changes());
    }

    @Override
    @Transactional
    public void recordAttendance(Actor actor, UUID eventId, long expectedVersion, Set<UUID> present) {
        SupportEvent event = requireEvent(eventId);
        supportAccess.manager(actor, event.clusterId(), MANAGER_REFUSAL);
        requireVersion(event, expectedVersion);
        EventRules.checkAttendance(event.state(taken(eventId)), now());
        List<Registration> registrations = activeRegistrations(eventId);
        var diff = new AuditTrail.Diff();
        for (Registration r : registrations) {
            boolean came = present.contains(r.id());
            if (!Boolean.valueOf(came).equals(r.attended())) {
                diff.field("Présence de " + r.fullName(), r.attended() == null ? null : r.attended() ? "présent·e" : "absent·e",
                        came ? "présent·e" : "absent·e");
            }
            jdbc.sql("update support_registration set attended = ? where id = ?").params(came, r.id()).update();
        }
        event.touch(instant());
        events.saveAndFlush(event);
        long count = registrations.stream().filter(r -> present.contains(r.id())).count();
        audit.record(AUDITED, eventId, "PRESENCE", "Présence relevée : " + count + " sur " + registrations.size() + " inscrits", diff.changes());
    }

    @Override
    @Transactional
    public void answerSatisfaction(Actor actor, UUID registrationId, int score, String comment) {
        Registration registration = registration(registrationId).filter(Registration::active)
                .orElseThrow(() -> new NoSuchElementException("Inscription inconnue"));
        SupportEvent event = requireEvent(registration.eventId());
        supportAccess.reader(actor, event.clusterId(), SupportPermissions.READ_REFUSAL);
        if (!SupportPermissions.isAttendee(actor, registration.accountId(), registration.email())) {
            throw new AccessDeniedException("Seule la personne inscrite donne son avis.");
        }
        EventRules.checkAnswer(event.state(taken(event.id())), registration.attended(), now(), score);
        if (Text.longerThan(comment, 2000)) {
            throw new BusinessRuleException("comment", Text.tooLong("Le commentaire", comment, 2000));
        }
        jdbc.sql("update support_registration set satisfaction_score = ?, satisfaction_comment = ?, answered_at = ? where id = ?")
                .params(score, Text.trimToNull(comment), Timestamp.from(instant()), registrationId).update();
        audit.record(AUDITED, event.id(), "AVIS", "Avis de " + registration.fullName() + " sur « " + event.title() + " »",
                new AuditTrail.Diff().field("Note de satisfaction", registration.score(), score).changes());
    }

    @Transactional
    void addPartner(Actor actor, UUID eventId, UUID organisationId, String role) {
        SupportEvent event = requireEvent(eventId);
        supportAccess.manager(actor, event.clusterId(), MANAGER_REFUSAL);
        if (organisationId == null) {
            throw new BusinessRuleException("partnerId", "Choisissez l'organisation partenaire dans l'annuaire.");
        }
        String name = organisationName(organisationId)
                .orElseThrow(() -> new BusinessRuleException("partnerId", "Choisissez l'organisation partenaire dans l'annuaire."));
        String text = Text.trimToNull(role);
        if (text == null || text.length() > 150) {
            throw new BusinessRuleException("partnerRole", "Indiquez son rôle (150 caractères au plus), par exemple « co-organisateur ».");
        }
        int added = jdbc.sql("insert into support_event_partner (event_id, organisation_id, role) values (?, ?, ?) on conflict do nothing")
                .params(eventId, organisationId, text).update();
        if (added == 0) {
            throw new BusinessRuleException("partnerId", name + " est déjà partenaire de l'événement.");
        }
        audit.record(AUDITED, eventId, "PARTENAIRE_AJOUTE", "Partenaire ajouté : " + name,
                new AuditTrail.Diff().field("Partenaire", null, name + " (" + text + ")").changes());
    }

    @Transactional
    void removePartner(Actor actor, UUID eventId, UUID organisationId) {
        SupportEvent event = requireEvent(eventId);
        supportAccess.manager(actor, event.clusterId(), MANAGER_REFUSAL);
        String name = organisationName(organisationId).orElse("?");
        int removed = jdbc.sql("delete from support_event_partner where event_id = ? and organisation_id = ?").params(eventId, organisationId).update();
        if (removed == 0) {
            throw new BusinessRuleException("Cette organisation n'est plus partenaire de l'événement.");
        }
        audit.record(AUDITED, eventId, "PARTENAIRE_RETIRE", "Partenaire retiré : " + name,
                new AuditTrail.Diff().field("Partenaire", name, null).changes());
    }

    /** A new secret link to the cluster's feed; the former one stops working. */
    @Transactional
    String issueFeed(Actor actor, UUID clusterId) {
        supportAccess.manager(actor, clusterId, MANAGER_REFUSAL);
        Instant now = instant();
        jdbc.sql("update support_feed set revoked_at = ? where cluster_id = ? and revoked_at is null").params(Timestamp.from(now), clusterId).update();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("insert into support_feed (id, cluster_id, token, created_at) values (?, ?, ?, ?)")
                .params(UUID.randomUUID(), clusterId, token, Timestamp.from(now)).update();
        audit.record("cluster", clusterId, "AGENDA_ACCOMPAGNEMENT", "Nouveau lien d'abonnement à l'agenda de l'accompagnement RH",
                List.of(new AuditTrail.Change("Lien d'agenda", null, "créé")));
        return token;
    }

    @Override
    public UUID openDiagnosis(Actor actor, UUID clusterId, UUID organisationId, String consultant, LocalDate startsOn, LocalDate endsOn,
                              java.math.BigDecimal days, String summary) {
        return diagnoses.open(actor, clusterId, organisationId, consultant, startsOn, endsOn, days, summary);
    }

    @Override
    public void addFinding(Actor actor, UUID clusterId, UUID diagnosisId, DiagnosisTheme theme, String finding) {
        diagnoses.addFinding(actor, clusterId, diagnosisId, theme, finding);
    }

    @Override
    public void addAction(Actor actor, UUID clusterId, UUID diagnosisId, String title, String owner, LocalDate dueOn) {
        diagnoses.addAction(actor, clusterId, diagnosisId, title, owner, dueOn);
    }

    // --- reads

    /** The secret token of the cluster's feed, for its members' readers; empty while none was issued. */
    @Transactional(readOnly = true)
    Optional<String> feedToken(Actor actor, UUID clusterId) {
        supportAccess.reader(actor, clusterId, SupportPermissions.READ_REFUSAL);
        return jdbc.sql("select token from support_feed where cluster_id = ? and revoked_at is null order by created_at desc limit 1")
                .param(clusterId).query(String.class).optional();
    }

    /** The iCalendar feed of the cluster whose link holds this token, from a year ago to two years ahead. */
    @Transactional(readOnly = true)
    Optional<String> feed(String token) {
        return jdbc.sql("select cluster_id from support_feed where token = ? and revoked_at is null").param(token).query(UUID.class).optional()
                .flatMap(clusters::cluster)
                .map(cluster -> {
                    LocalDate today = today();
                    List<EventSummary> list = jdbc.sql(EVENT + " where e.cluster_id = ? and e.starts_at >= ? and e.starts_at < ? order by e.starts_at, e.id")
                            .params(cluster.id(), today.minusYears(1).atStartOfDay(), today.plusYears(2).atStartOfDay())
                            .query(SupportEvents::event).list();
                    return SupportIcs.calendar("Accompagnement RH — " + cluster.displayName(), cluster, list, instant());
                });
    }

    /** One event as an iCalendar document, for whoever may open its page. */
    @Transactional(readOnly = true)
    String eventIcs(Actor actor, UUID clusterId, UUID eventId) {
        EventSummary event = requireEventOf(clusterId, eventId);
        supportAccess.reader(actor, clusterId, SupportPermissions.READ_REFUSAL);
        ClusterCard cluster = clusters.cluster(clusterId).orElseThrow();
        return SupportIcs.calendar(event.title(), cluster, List.of(event), instant());
    }

    /** One month of the cluster's events, in time order, paginated in SQL. */
    @Transactional(readOnly = true)
    EventsPage calendar(Actor actor, UUID clusterId, YearMonth month, int page, int size) {
        supportAccess.reader(actor, clusterId, SupportPermissions.READ_REFUSAL);
        int shown = Math.max(0, page);
        LocalDateTime from = month.atDay(1).atStartOfDay();
        LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay();
        long total = jdbc.sql("select count(*) from support_event e where e.cluster_id = ? and e.starts_at >= ? and e.starts_at < ?")
                .params(clusterId, from, to).query(Long.class).single();
        List<EventSummary> list = jdbc.sql(EVENT + " where e.cluster_id = ? and e.starts_at >= ? and e.starts_at < ? order by e.starts_at, e.id limit ? offset ?")
                .params(clusterId, from, to, size, (long) shown * size).query(SupportEvents::event).list();
        return new EventsPage(list, total, shown, size);
    }

    @Transactional(readOnly = true)
    EventPage page(Actor actor, UUID clusterId, UUID eventId) {
        EventSummary event = requireEventOf(clusterId, eventId);
        ClusterAccess access = supportAccess.reader(actor, clusterId, SupportPermissions.READ_REFUSAL);
        ClusterCard cluster = clusters.cluster(clusterId).orElseThrow();
        boolean manages = SupportPermissions.manages(access);
        List<Registration> registrations = manages ? activeRegistrations(eventId)
                : actor.organisationId() == null ? List.of()
                : jdbc.sql(REGISTRATION + " where r.event_id = ? and r.organisation_id = ? and r.cancelled_at is null order by r.full_name, r.id")
                        .params(eventId, actor.organisationId()).query(SupportEvents::registration).list();
        Registration mine = jdbc.sql(REGISTRATION + " where r.event_id = ? and r.cancelled_at is null and (r.account_id = ? or lower(r.email) = lower(?)) limit 1")
                .params(eventId, actor.accountId(), actor.email() == null ? "" : actor.email().strip())
                .query(SupportEvents::registration).optional().orElse(null);
        LocalDateTime now = now();
        boolean open = !event.cancelled() && now.isBefore(event.startsAt()) && !event.full();
        boolean mayRegister = open && (manages || SupportPermissions.registers(actor, access, actor.organisationId(),
                actor.organisationId() != null && clusters.isActiveMember(clusterId, actor.organisationId(), today())));
        boolean attendanceOpen = manages && !event.cancelled() && !now.isBefore(event.startsAt());
        boolean mayAnswer = mine != null && Boolean.TRUE.equals(mine.attended()) && !event.cancelled() && !now.isBefore(event.endsAt());
        EventRules.Satisfaction satisfaction = null;
        if (!now.isBefore(event.endsAt()) && !event.cancelled()) {
            record Answer(int score, String comment) {
            }
            List<Answer> answers = jdbc.sql("select satisfaction_score, satisfaction_comment from support_registration where event_id = ? and cancelled_at is null and satisfaction_score is not null order by answered_at, id")
                    .param(eventId).query((rs, n) -> new Answer(rs.getInt(1), rs.getString(2))).list();
            satisfaction = EventRules.satisfaction(answers.stream().map(Answer::score).toList(), answers.stream().map(Answer::comment).toList());
        }
        List<Option> organisations = manages && open
                ? clusters.members(actor, clusterId, null, true, 0, 500).members().stream()
                        .map(m -> new Option(m.organisationId().toString(), m.organisationName())).toList()
                : List.of();
        return new EventPage(cluster, event, partners(eventId), registrations, mine, manages, open, mayRegister, attendanceOpen, mayAnswer,
                satisfaction, organisations);
    }

    /** The event as its form shows it, for those who run the cluster. */
    @Transactional(readOnly = true)
    EventSummary editable(Actor actor, UUID clusterId, UUID eventId) {
        EventSummary event = requireEventOf(clusterId, eventId);
        supportAccess.manager(actor, clusterId, MANAGER_REFUSAL);
        return event;
    }

    @Transactional(readOnly = true)
    ClusterCard readable(Actor actor, UUID clusterId) {
        supportAccess.reader(actor, clusterId, SupportPermissions.READ_REFUSAL);
        return clusters.cluster(clusterId).orElseThrow();
    }

    @Transactional(readOnly = true)
    ClusterCard managed(Actor actor, UUID clusterId) {
        supportAccess.manager(actor, clusterId, MANAGER_REFUSAL);
        return clusters.cluster(clusterId).orElseThrow();
    }

    boolean manages(Actor actor, UUID clusterId) {
        return supportAccess.manages(actor, clusterId);
    }

    /** The events to come of the cluster and the next of them, for its back-office section. */
    @Transactional(readOnly = true)
    Summary summary(UUID clusterId, LocalDateTime after) {
        long upcoming = jdbc.sql("select count(*) from support_event where cluster_id = ? and starts_at >= ? and cancelled_at is null")
                .params(clusterId, after).query(Long.class).single();
        EventSummary next = jdbc.sql(EVENT + " where e.cluster_id = ? and e.starts_at >= ? and e.cancelled_at is null order by e.starts_at, e.id limit 1")
                .params(clusterId, after).query(SupportEvents::event).optional().orElse(null);
        return new Summary(upcoming, next);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UpcomingEvent> upcoming(Actor actor, int limit) {
        List<ClusterCard> readable = clusters.readableClusters(actor);
        if (readable.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        readable.forEach(c -> names.put(c.id(), c.displayName()));
        UUID[] ids = names.keySet().toArray(UUID[]::new);
        return jdbc.sql(EVENT + " where e.cluster_id = any(?) and e.starts_at >= ? and e.cancelled_at is null order by e.starts_at, e.id limit ?")
                .params(ids, now(), limit).query(SupportEvents::event).list().stream()
                .map(e -> new UpcomingEvent(e.id(), e.clusterId(), names.get(e.clusterId()), e.kind(), e.title(), e.startsAt(), e.where(),
                        e.seatsLeft(), registered(actor, e.id())))
                .toList();
    }

    LocalDateTime now() {
        return LocalDateTime.now(Replay.clockOr(clock).withZone(Times.current().zone()));
    }

    // --- helpers

    private boolean registered(Actor actor, UUID eventId) {
        return jdbc.sql("select exists (select 1 from support_registration where event_id = ? and cancelled_at is null and (account_id = ? or lower(email) = lower(?)))")
                .params(eventId, actor.accountId(), actor.email() == null ? "" : actor.email().strip()).query(Boolean.class).single();
    }

    private SupportEvent requireEvent(UUID eventId) {
        return events.findById(eventId).orElseThrow(() -> new NoSuchElementException("Événement inconnu"));
    }

    private EventSummary requireEventOf(UUID clusterId, UUID eventId) {
        return jdbc.sql(EVENT + " where e.id = ? and e.cluster_id = ?").params(eventId, clusterId).query(SupportEvents::event).optional()
                .orElseThrow(() -> new NoSuchElementException("Événement inconnu"));
    }

    private static void requireVersion(SupportEvent event, long expected) {
        if (event.version() != expected) {
            throw new ConcurrentEditException("Cet événement a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert : rechargez la page.");
        }
    }

    private void lock(UUID eventId) {
        jdbc.sql("select id from support_event where id = ? for update").param(eventId).query(UUID.class).optional();
    }

    private int taken(UUID eventId) {
        return jdbc.sql("select count(*) from support_registration where event_id = ? and cancelled_at is null").param(eventId)
                .query(Integer.class).single();
    }

    private EventSummary summary(UUID eventId) {
        return jdbc.sql(EVENT + " where e.id = ?").param(eventId).query(SupportEvents::event).single();
    }

    private List<Registration> activeRegistrations(UUID eventId) {
        return jdbc.sql(REGISTRATION + " where r.event_id = ? and r.cancelled_at is null order by r.full_name, r.id").param(eventId)
                .query(SupportEvents::registration).list();
    }

    private Optional<Registration> registration(UUID id) {
        return jdbc.sql(REGISTRATION + " where r.id = ?").param(id).query(SupportEvents::registration).optional();
    }

    private List<PartnerLine> partners(UUID eventId) {
        return jdbc.sql("""
                        select p.organisation_id, o.name, p.role from support_event_partner p
                          join directory_organisation o on o.organisation_id = p.organisation_id
                         where p.event_id = ? order by o.name""")
                .param(eventId).query((rs, n) -> new PartnerLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list();
    }

    private Optional<String> organisationName(UUID organisationId) {
        return jdbc.sql("select name from directory_organisation where organisation_id = ?").param(organisationId).query(String.class).optional();
    }

    private void checkPartners(SupportEventDetails details) {
        for (SupportEventDetails.Partner partner : details.partners()) {
            if (partner.organisationId() == null || organisationName(partner.organisationId()).isEmpty()) {
                throw new BusinessRuleException("partnerId", "Choisissez l'organisation partenaire dans l'annuaire.");
            }
            if (Text.trimToNull(partner.role()) == null || partner.role().strip().length() > 150) {
                throw new BusinessRuleException("partnerRole", "Indiquez le rôle du partenaire (150 caractères au plus).");
            }
        }
    }

    private void writePartners(UUID eventId, List<SupportEventDetails.Partner> partners) {
        if (partners.isEmpty()) {
            return;
        }
        for (SupportEventDetails.Partner partner : partners) {
            jdbc.sql("""
                            insert into support_event_partner (event_id, organisation_id, role) values (?, ?, ?)
                            on conflict (event_id, organisation_id) do update set role = excluded.role""")
                    .params(eventId, partner.organisationId(), partner.role().strip()).update();
        }
    }

    private Map<String, Object> mailVariables(Registration registration, ClusterCard cluster, EventSummary event, String reason) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("name", registration.fullName());
        variables.put("cluster", cluster.displayName());
        variables.put("kind", event.kind().label());
        variables.put("title", event.title());
        variables.put("when", event.when());
        variables.put("where", event.where());
        variables.put("charter", event.charter());
        variables.put("confidentialityRule", event.confidentialityRule());
        variables.put("reason", reason);
        variables.put("path", event.path());
        variables.replaceAll((key, value) -> value == null ? "" : value);
        return variables;
    }

    private Mailer.Attachment icsAttachment(ClusterCard cluster, EventSummary event) {
        return new Mailer.Attachment("evenement.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
                SupportIcs.calendar(event.title(), cluster, List.of(event), instant()).getBytes(StandardCharsets.UTF_8));
    }

    private void send(List<Mailer.Mail> mails) {
        if (!mails.isEmpty() && !Replay.replaying()) {
            mailer.sendAfterCommit(new ArrayList<>(mails));
        }
    }

    private Instant instant() {
        return Instant.now(Replay.clockOr(clock));
    }

    private LocalDate today() {
        return now().toLocalDate();
    }

    static EventSummary event(ResultSet rs, int n) throws SQLException {
        return new EventSummary(rs.getObject("id", UUID.class), rs.getObject("cluster_id", UUID.class), SupportEventKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("theme"), rs.getString("description"), rs.getTimestamp("starts_at").toLocalDateTime(),
                rs.getTimestamp("ends_at").toLocalDateTime(), rs.getString("place"), rs.getBoolean("online"), rs.getInt("capacity"),
                rs.getString("charter"), rs.getString("confidentiality_rule"), rs.getString("speakers"), rs.getBoolean("cancelled"),
                rs.getString("cancellation_reason"), rs.getLong("version"), rs.getInt("taken"));
    }

    static Registration registration(ResultSet rs, int n) throws SQLException {
        Object attended = rs.getObject("attended");
        Object score = rs.getObject("satisfaction_score");
        return new Registration(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"), rs.getObject("account_id", UUID.class), rs.getString("full_name"), rs.getString("email"),
                instant(rs, "charter_accepted_at"), instant(rs, "registered_at"), instant(rs, "cancelled_at"),
                attended == null ? null : (Boolean) attended, score == null ? null : ((Number) score).intValue(),
                rs.getString("satisfaction_comment"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
