package fr.passerelle.indicators.selfevaluation;

import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.notifications.Notice;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.platform.ClusterJobs;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, on one node of the cluster: reminds each actor whose self-evaluation act is due — the director before
 * the submission deadline, the academic referent before the review deadline, the regional coordinators before the
 * validation deadline — seven days and one day before, each reminder once per self-evaluation, stage and deadline
 * (an extended deadline is reminded again).
 */
@Service
class SelfEvaluationReminders {

    /** Days before the deadline, largest first: the smallest one reached is the one sent. */
    static final int[] MILESTONES = {7, 1};
    private static final Logger log = LoggerFactory.getLogger(SelfEvaluationReminders.class);
    private static final Notice.Category DUE = new Notice.Category("AUTO_EVALUATION_ECHEANCE", "Échéance d’auto-évaluation");

    private final SelfEvaluationQueries queries;
    private final SelfEvaluationNotices notices;
    private final CampusRegistry registry;
    private final Notifications notifications;
    private final ClusterJobs jobs;
    private final JdbcClient jdbc;
    private final Clock clock;

    SelfEvaluationReminders(SelfEvaluationQueries queries, SelfEvaluationNotices notices, CampusRegistry registry, Notifications notifications,
                            ClusterJobs jobs, JdbcClient jdbc, Clock clock) {
        this.queries = queries;
        this.notices = notices;
        this.registry = registry;
        this.notifications = notifications;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${passerelle.indicators.self-evaluation-reminders-cron:0 40 6 * * *}", zone = "Europe/Paris")
    void everyMorning() {
        LocalDate today = LocalDate.now(clock);
        jobs.runOnce("self-evaluation-reminders", today, () -> log.info("Self-evaluation reminders: {} sent", remind(today)));
    }

    /** Sends the reminders due on {@code today}; returns how many self-evaluations were reminded. */
    @Transactional
    int remind(LocalDate today) {
        int sent = 0;
        for (SelfEvaluationQueries.Due due : queries.dueWithin(today, MILESTONES[0])) {
            long daysLeft = ChronoUnit.DAYS.between(today, due.deadline());
            int milestone = daysLeft <= MILESTONES[1] ? MILESTONES[1] : MILESTONES[0];
            int claimed = jdbc.sql("""
                            insert into self_evaluation_reminder (self_evaluation_id, stage, due_on, days_before, sent_at) values (?, ?, ?, ?, ?)
                            on conflict do nothing""")
                    .params(due.id(), due.stage().name(), due.deadline(), milestone, Timestamp.from(Instant.now(clock))).update();
            if (claimed == 0) {
                continue;
            }
            var campus = registry.byId(due.campusId()).orElseThrow();
            Set<UUID> recipients = switch (due.stage()) {
                case SUBMISSION -> notices.directors(campus);
                case REVIEW -> notices.referents(campus);
                case VALIDATION -> notices.coordinators(campus);
            };
            if (!recipients.isEmpty()) {
                String day = SelfEvaluationView.DAY.format(due.deadline());
                String what = switch (due.stage()) {
                    case SUBMISSION -> "à déposer";
                    case REVIEW -> "à examiner";
                    case VALIDATION -> "à faire valider par le comité stratégique régional";
                };
                notifications.send(Notice.to(recipients, DUE, "Auto-évaluation " + due.year() + " " + what + " avant le " + day + " : " + due.campusName(),
                        "L’auto-évaluation " + due.year() + " du campus « " + due.campusName() + " » est " + what + " au plus tard le " + day
                                + (daysLeft <= 1 ? " (demain ou aujourd’hui)." : " (dans " + daysLeft + " jours)."),
                        "/gestion/campus/" + due.campusId() + "/auto-evaluation/" + due.year()));
            }
            sent++;
        }
        return sent;
    }
}
