package fr.passerelle.jobs.alerts;

import fr.passerelle.jobs.CandidateAlertConsents;
import fr.passerelle.jobs.JobOfferSearches;
import fr.passerelle.platform.ClusterJobs;
import fr.passerelle.platform.Mailer;
import fr.passerelle.platform.Times;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning at 07:00 (Europe/Paris), each active alert once across the nodes: the offers of its search published
 * after the last day it covered and up to yesterday are e-mailed ({@link #LISTED} at most, with a link to the board for
 * the rest) after the commit, and the alert then covers yesterday. Nothing is sent when nothing is new, nor to a
 * candidate who withdrew their consent to alerts (their alerts are then left as they are, and covered again from the
 * day the consent comes back, so no offer from the time without consent is sent).
 */
@Component
class AlertSending {

    static final int LISTED = 20;
    private static final int BATCH = 500;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Logger log = LoggerFactory.getLogger(AlertSending.class);

    /** What one morning did on this node. */
    record Run(int checked, int mailed) {
    }

    private final JdbcClient jdbc;
    private final CandidateAlerts alerts;
    private final CandidateAlertConsents consents;
    private final JobOfferSearches searches;
    private final Mailer mailer;
    private final ClusterJobs jobs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AlertSending(JdbcClient jdbc, CandidateAlerts alerts, CandidateAlertConsents consents, JobOfferSearches searches, Mailer mailer,
                 ClusterJobs jobs, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.consents = consents;
        this.searches = searches;
        this.mailer = mailer;
        this.jobs = jobs;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${passerelle.jobs.alerts-cron:0 0 7 * * *}", zone = "Europe/Paris")
    void everyMorning() {
        Run run = runFor(LocalDate.now(clock.withZone(Times.current().zone())));
        log.info("Job alerts: {} checked, {} e-mailed", run.checked(), run.mailed());
    }

    /** Sends the alerts due on {@code day}: those that have not covered the day before yet, by pages of identifiers. */
    Run runFor(LocalDate day) {
        LocalDate through = day.minusDays(1);
        int checked = 0;
        int mailed = 0;
        UUID after = new UUID(0, 0); // the smallest in PostgreSQL's (unsigned, bytewise) order
        while (true) {
            List<UUID> due = jdbc.sql("""
                            select id from candidate_alert where active and covered_through < ? and id > ? order by id limit ?""")
                    .params(through, after, BATCH).query(UUID.class).list();
            for (UUID id : due) {
                boolean[] sent = {false};
                if (jobs.runOnce("candidate-alert-" + id, day, () -> sent[0] = Boolean.TRUE.equals(transactions.execute(s -> send(id, through))))) {
                    checked++;
                    mailed += sent[0] ? 1 : 0;
                }
            }
            if (due.size() < BATCH) {
                return new Run(checked, mailed);
            }
            after = due.get(due.size() - 1);
        }
    }

    /** E-mails one alert's new offers up to {@code through} after the commit; whether an e-mail leaves. */
    private boolean send(UUID id, LocalDate through) {
        Alert alert = alerts.find(id).filter(a -> a.active() && a.coveredThrough().isBefore(through)).orElse(null);
        if (alert == null) {
            return false;
        }
        Optional<String> recipient = consents.alertRecipient(alert.candidateId());
        if (recipient.isEmpty()) {
            // Without consent nothing is read nor sent; what was published meanwhile is never sent later.
            cover(alert.id(), through, false);
            return false;
        }
        JobOfferSearches.JobOfferMatches matches = searches.publishedBetween(alert.search(), alert.coveredThrough(), through, LISTED);
        cover(alert.id(), through, !matches.offers().isEmpty());
        if (matches.offers().isEmpty()) {
            return false;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("alertName", alert.name());
        variables.put("description", alert.description());
        variables.put("offers", matches.offers().stream().map(o -> Map.of("title", o.title(), "company", o.companyName(),
                "place", o.municipalityName() == null ? "" : o.municipalityName(), "contract", o.contract(),
                "published", DAY.format(o.publishedOn()), "path", o.path())).toList());
        variables.put("total", matches.total());
        variables.put("more", matches.total() > matches.offers().size());
        variables.put("boardPath", alert.boardPath());
        variables.put("unsubscribePath", "/alertes/desabonnement/" + alert.unsubscribeToken());
        String subject = "[Passerelle] " + (matches.total() == 1 ? "1 nouvelle offre" : matches.total() + " nouvelles offres")
                + " pour votre alerte « " + alert.name() + " »";
        mailer.sendAfterCommit(List.of(new Mailer.Mail(recipient.get(), subject, "candidate-alert", variables)));
        return true;
    }

    private void cover(UUID id, LocalDate through, boolean sent) {
        jdbc.sql("update candidate_alert set covered_through = ?" + (sent ? ", last_sent_at = ?" : "") + " where id = ?")
                .params(sent ? new Object[] {through, Timestamp.from(clock.instant()), id} : new Object[] {through, id}).update();
    }
}
