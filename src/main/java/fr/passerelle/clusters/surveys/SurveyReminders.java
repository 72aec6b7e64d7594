package fr.passerelle.clusters.surveys;

import fr.passerelle.platform.ClusterJobs;
import fr.passerelle.platform.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning: reminds the invited companies that have not answered a campaign whose close is {@code reminder_days}
 * away (seven by default), each campaign once per day across the nodes.
 */
@Component
class SurveyReminders {

    private static final Logger log = LoggerFactory.getLogger(SurveyReminders.class);

    private final SurveyService service;
    private final SurveyQueries queries;
    private final ClusterJobs jobs;
    private final Clock clock;

    SurveyReminders(SurveyService service, SurveyQueries queries, ClusterJobs jobs, Clock clock) {
        this.service = service;
        this.queries = queries;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(cron = "${passerelle.clusters.survey-reminders-cron:0 30 7 * * *}", zone = "Europe/Paris")
    void everyMorning() {
        remindDue(LocalDate.now(clock.withZone(Times.current().zone())));
    }

    /** Sends the reminders due on {@code day}; how many campaigns were handled by this node. */
    int remindDue(LocalDate day) {
        int handled = 0;
        for (UUID campaign : queries.remindersDue(day)) {
            if (jobs.runOnce("survey-reminder-" + campaign, day,
                    () -> log.info("Survey {}: {} organisation(s) reminded", campaign, service.remind(campaign, day)))) {
                handled++;
            }
        }
        return handled;
    }
}
