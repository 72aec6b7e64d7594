package fr.passerelle.labelling;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelStatus;
import fr.passerelle.identity.Actor;
import fr.passerelle.notifications.Notice;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.platform.ClusterJobs;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Life after the label, run every morning by one node of the cluster: the mid-term report opens at mid-term and the
 * pre-renewal evaluation twelve months before the label ends ({@link ProgressReports}); the promoters of each report
 * (stage reports included) are reminded two weeks before it is due; they are reminded twelve, six and three months
 * before the label expires. The expiring labels are listed with their renewal dossier, if any.
 */
@Service
class LabelAftercare {

    /** Milestones before expiry, smallest first: the closest one not yet passed is the one reminded. */
    static final int[] REMINDER_MONTHS = {3, 6, 12};
    private static final Logger log = LoggerFactory.getLogger(LabelAftercare.class);
    private static final Notice.Category EXPIRY = new Notice.Category("LABEL_ECHEANCE", "Échéance du label");
    private static final Notice.Category REPORT_DUE = new Notice.Category("RAPPORT_ECHEANCE", "Rapport d’étape attendu");
    /** The pre-renewal evaluation opens this many months before the label ends. */
    static final int PRE_RENEWAL_MONTHS = 12;

    private final ProgressReports reports;
    private final ApplicationQueries queries;
    private final CampusRegistry registry;
    private final PromoterAccounts promoterAccounts;
    private final Notifications notifications;
    private final ClusterJobs jobs;
    private final JdbcClient jdbc;
    private final Clock clock;

    LabelAftercare(ProgressReports reports, ApplicationQueries queries, CampusRegistry registry, PromoterAccounts promoterAccounts, Notifications notifications,
                   ClusterJobs jobs, JdbcClient jdbc, Clock clock) {
        this.reports = reports;
        this.queries = queries;
        this.registry = registry;
        this.promoterAccounts = promoterAccounts;
        this.notifications = notifications;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A label ending within twelve months, and where its renewal stands. */
    record Expiring(CampusCard campus, long monthsLeft, ApplicationView renewal) {
    }

    @Scheduled(cron = "${passerelle.labelling.aftercare-cron:0 30 6 * * *}", zone = "Europe/Paris")
    void everyMorning() {
        LocalDate today = LocalDate.now(clock);
        jobs.runOnce("label-aftercare", today, () -> {
            int reports = openDueReports(today);
            int reminders = remindExpiring(today);
            int dueSoon = remindReportsDue(today);
            log.info("Label aftercare: {} progress report(s) opened, {} expiry reminder(s) and {} report reminder(s) sent", reports, reminders,
                    dueSoon);
        });
    }

    /**
     * Opens the mid-term reports and the pre-renewal evaluations due, once per label each; each is due three months
     * after it opens. Returns how many were opened.
     */
    int openDueReports(LocalDate today) {
        int opened = 0;
        for (UUID granted : queries.labelsAtMidTerm(today)) {
            if (reports.openScheduled(granted, ReportPurpose.MID_TERM, today.plusMonths(ProgressReports.MONTHS_TO_WRITE)).isPresent()) {
                opened++;
            }
        }
        for (UUID granted : queries.labelsBeforeRenewal(today, PRE_RENEWAL_MONTHS)) {
            if (reports.openScheduled(granted, ReportPurpose.PRE_RENEWAL, today.plusMonths(ProgressReports.MONTHS_TO_WRITE)).isPresent()) {
                opened++;
            }
        }
        return opened;
    }

    /** Sends each reminder once per campus, validity end and milestone. */
    @Transactional
    int remindExpiring(LocalDate today) {
        int sent = 0;
        for (CampusCard campus : registry.all()) {
            if (campus.labelStatus() != LabelStatus.LABELLED || campus.labelValidUntil() == null || campus.labelValidUntil().isBefore(today)) {
                continue;
            }
            long monthsLeft = ChronoUnit.MONTHS.between(today, campus.labelValidUntil());
            for (int milestone : REMINDER_MONTHS) {
                if (monthsLeft >= milestone || hasRenewal(campus.id(), campus.labelValidUntil())) {
                    continue;
                }
                int claimed = jdbc.sql("""
                                insert into label_reminder (campus_id, valid_until, months_before, sent_at) values (?, ?, ?, ?)
                                on conflict do nothing""")
                        .params(campus.id(), campus.labelValidUntil(), milestone, Timestamp.from(Instant.now(clock))).update();
                if (claimed == 1) {
                    Set<UUID> recipients = promoterAccounts.of(campus.regionCode(), campus.academyCodes(), campus.id());
                    if (!recipients.isEmpty()) {
                        notifications.send(Notice.to(recipients, EXPIRY, "Le label de " + campus.name() + " expire le " + CallView.DAY.format(campus.labelValidUntil()),
                                "Le label du campus « " + campus.name() + " » arrive à échéance le " + CallView.DAY.format(campus.labelValidUntil())
                                        + ". Préparez son renouvellement : le dossier reprend le précédent et les données actuelles du campus.",
                                "/gestion/labellisation/echeances"));
                    }
                    sent++;
                }
                break;
            }
        }
        return sent;
    }

    /** Reminds the promoters, once, of the progress reports due within two weeks that are still in their hands. */
    @Transactional
    int remindReportsDue(LocalDate today) {
        List<UUID> due = jdbc.sql("""
                        update application set due_reminded_at = ?
                         where kind = 'PROGRESS_REPORT' and status in ('DRAFT', 'CHANGES_REQUESTED') and due_reminded_at is null
                           and due_on <= ? returning id""")
                .params(Timestamp.from(Instant.now(clock)), today.plusWeeks(2)).query(UUID.class).list();
        for (UUID id : due) {
            ApplicationView report = queries.byId(id).orElseThrow();
            Set<UUID> recipients = promoterAccounts.of(report.regionCode(), report.academyCodes(), report.campusId());
            recipients.addAll(report.team());
            ApplicationQueries.ReportInfo info = queries.report(id).orElseThrow();
            LocalDate dueOn = info.dueOn();
            if (!recipients.isEmpty()) {
                notifications.send(Notice.to(recipients, REPORT_DUE, "Rapport d’étape attendu le " + CallView.DAY.format(dueOn) + " : "
                                + report.projectName(), "Le rapport d’étape du campus « " + report.projectName() + " » ("
                                + info.purpose().label().toLowerCase(java.util.Locale.FRENCH) + (info.subject() == null ? "" : " : " + info.subject())
                                + ") est attendu le " + CallView.DAY.format(dueOn) + ". Complétez-le et déposez-le sur la plateforme.",
                        "/gestion/labellisation/dossiers/" + id));
            }
        }
        return due.size();
    }

    /** The labels of the actor's scope that end within twelve months, soonest first. */
    @Transactional(readOnly = true)
    List<Expiring> expiring(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        return registry.all().stream()
                .filter(c -> c.labelStatus() == LabelStatus.LABELLED && c.labelValidUntil() != null)
                .filter(c -> !c.labelValidUntil().isBefore(today) && c.labelValidUntil().isBefore(today.plusMonths(12).plusDays(1)))
                .filter(c -> actor.isNationalAdmin() || ApplicationPermissions.coversTerritory(actor, c.regionCode(), c.academyCodes(), c.id()))
                .sorted(java.util.Comparator.comparing(CampusCard::labelValidUntil))
                .map(c -> new Expiring(c, ChronoUnit.MONTHS.between(today, c.labelValidUntil()), renewal(c.id()).orElse(null)))
                .toList();
    }

    private boolean hasRenewal(UUID campusId, LocalDate validUntil) {
        return renewal(campusId).isPresent();
    }

    private Optional<ApplicationView> renewal(UUID campusId) {
        return jdbc.sql("""
                        select id from application where campus_id = ? and kind in ('RENEWAL', 'EXISTING_CAMPUS')
                           and status not in ('GRANTED', 'REFUSED') order by created_at desc limit 1""")
                .param(campusId).query(UUID.class).optional().flatMap(queries::byId);
    }
}
