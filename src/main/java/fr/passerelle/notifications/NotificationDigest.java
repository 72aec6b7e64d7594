package fr.passerelle.notifications;

import fr.passerelle.platform.ClusterJobs;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily digest, once a day on one node only ({@code passerelle.notifications.digest-cron}, 07:00 Paris time by
 * default; {@code -} turns it off).
 */
@Component
class NotificationDigest {

    static final String JOB = "notifications-digest";
    private static final Logger log = LoggerFactory.getLogger(NotificationDigest.class);

    private final NotificationMail mail;
    private final ClusterJobs jobs;
    private final Clock clock;

    NotificationDigest(NotificationMail mail, ClusterJobs jobs, Clock clock) {
        this.mail = mail;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(cron = "${passerelle.notifications.digest-cron:0 0 7 * * *}", zone = "${passerelle.notifications.digest-zone:Europe/Paris}")
    void daily() {
        send(LocalDate.now(clock));
    }

    /** Sends the digests of this day unless a node already did; true when this run sent them. */
    boolean send(LocalDate day) {
        if (!mail.configured()) {
            log.info("No SMTP server (spring.mail.host): no notification digest");
            return false;
        }
        return jobs.runOnce(JOB, day, () -> log.info("Notification digests of {}: {} e-mail(s)", day, mail.emailDigests(day)));
    }
}
