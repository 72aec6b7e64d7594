package fr.passerelle.indicators.review;

import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.notifications.Notice;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.platform.ClusterJobs;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, on one node of the cluster: reminds the directors of the campuses whose annual review of last year is
 * not yet submitted — every campus labelled during that year, its review not begun, in draft or sent back — fourteen
 * days and one day before it is due, each reminder once per campus, year and milestone.
 */
@Service
class AnnualReviewReminders {

    /** Days before the due date, largest first: the smallest one reached is the one sent. */
    static final int[] MILESTONES = {14, 1};
    private static final Logger log = LoggerFactory.getLogger(AnnualReviewReminders.class);
    private static final Notice.Category DUE = new Notice.Category("BILAN_ANNUEL_ECHEANCE", "Échéance du bilan annuel des actions");

    private final AnnualReviewService service;
    private final Accounts accounts;
    private final Notifications notifications;
    private final ClusterJobs jobs;
    private final JdbcClient jdbc;
    private final Clock clock;

    AnnualReviewReminders(AnnualReviewService service, Accounts accounts, Notifications notifications, ClusterJobs jobs, JdbcClient jdbc, Clock clock) {
        this.service = service;
        this.accounts = accounts;
        this.notifications = notifications;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${passerelle.indicators.annual-review-reminders-cron:0 45 6 * * *}", zone = "Europe/Paris")
    void everyMorning() {
        LocalDate today = LocalDate.now(clock);
        jobs.runOnce("annual-review-reminders", today, () -> log.info("Annual review reminders: {} campuses reminded", remind(today)));
    }

    private record Late(UUID campusId, String name) {
    }

    /** Sends the reminders due on {@code today} for the reviews of the year before; returns how many campuses were reminded. */
    @Transactional
    int remind(LocalDate today) {
        int year = today.getYear() - 1;
        LocalDate due = service.due(year);
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        if (daysLeft < 0 || daysLeft > MILESTONES[0]) {
            return 0;
        }
        int milestone = daysLeft <= MILESTONES[1] ? MILESTONES[1] : MILESTONES[0];
        List<Late> late = jdbc.sql("""
                        select p.campus_id, p.name from campus_published p
                         where p.label_status = 'LABELLED'
                           and (p.label_valid_from is null or p.label_valid_from <= make_date(:year, 12, 31))
                           and (p.label_valid_until is null or p.label_valid_until >= make_date(:year, 1, 1))
                           and not exists (select 1 from annual_review r where r.campus_id = p.campus_id and r.year = :year
                                              and r.status in ('SUBMITTED', 'ACKNOWLEDGED'))""")
                .param("year", year).query((rs, n) -> new Late(rs.getObject(1, UUID.class), rs.getString(2))).list();
        Map<UUID, Set<UUID>> directors = accounts.withRole(Role.OPERATIONAL_DIRECTOR).stream().filter(a -> a.campusId() != null)
                .collect(Collectors.groupingBy(Actor::campusId, Collectors.mapping(Actor::accountId, Collectors.toSet())));
        String day = ReviewFormat.DAY.format(due);
        int sent = 0;
        for (Late campus : late) {
            int claimed = jdbc.sql("insert into annual_review_reminder (campus_id, year, days_before, sent_at) values (?, ?, ?, ?) on conflict do nothing")
                    .params(campus.campusId(), year, milestone, Timestamp.from(Instant.now(clock))).update();
            if (claimed == 0) {
                continue;
            }
            Set<UUID> recipients = directors.getOrDefault(campus.campusId(), Set.of());
            if (!recipients.isEmpty()) {
                notifications.send(Notice.to(recipients, DUE, "Bilan annuel " + year + " à déposer avant le " + day + " : " + campus.name(),
                        "Le bilan annuel des actions " + year + " du campus « " + campus.name() + " » est à déposer au plus tard le " + day
                                + (daysLeft <= 1 ? " (demain ou aujourd’hui)." : " (dans " + daysLeft + " jours).")
                                + " Ses chiffres sont générés par la plateforme : il vous reste à les commenter.",
                        AnnualReviewController.path(campus.campusId(), year)));
            }
            sent++;
        }
        return sent;
    }
}
