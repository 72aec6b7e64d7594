package fr.passerelle.indicators.selfevaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestSmtp;
import fr.passerelle.identity.Accounts;
import fr.passerelle.indicators.SelfEvaluations;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The daily reminders: each actor before their deadline, seven days and one day before, each reminder once. */
@PasserelleIntegrationTest
class SelfEvaluationRemindersTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

    @Autowired
    SelfEvaluationReminders reminders;
    @Autowired
    SelfEvaluations selfEvaluations;
    @Autowired
    SelfEvaluationService service;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    List<String> subjectsTo(String email, String containing) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email)) && m.getSubject().contains(containing);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(SelfEvaluationRemindersTest::subject).toList();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void directorsAndThenReferentsAreRemindedSevenDaysAndOneDayBeforeTheirDeadlineEachReminderOnce() throws Exception {
        LocalDate today = LocalDate.now(clock);
        int year = SelfEvaluationFixtures.freshYear();
        var admin = accounts.byUsername("admin").orElseThrow();
        var director = accounts.byUsername("direction").orElseThrow();
        UUID campus = director.campusId();
        selfEvaluations.openCampaign(admin, year, SelfEvaluationFixtures.deadlinesFrom(today, 10, 20, 30));
        UUID id = service.find(campus, year).id();
        String submission = "Auto-évaluation " + year + " à déposer avant le ";

        // Nothing yet ten days before; seven days before, once however often the job runs; one day before, once more.
        reminders.remind(today);
        assertThat(subjectsTo(director.email(), submission)).isEmpty();
        reminders.remind(today.plusDays(3));
        reminders.remind(today.plusDays(3));
        reminders.remind(today.plusDays(4));
        assertThat(subjectsTo(director.email(), submission)).hasSize(1);
        reminders.remind(today.plusDays(9));
        reminders.remind(today.plusDays(10));
        assertThat(subjectsTo(director.email(), submission)).hasSize(2);
        assertThat(jdbc.sql("select days_before from self_evaluation_reminder where self_evaluation_id = ? and stage = 'SUBMISSION' order by days_before")
                .param(id).query(Integer.class).list()).containsExactly(1, 7);

        // Submitted, the director is reminded no more; the academic referent is, before the review deadline.
        selfEvaluations.draft(director, campus, year, selfEvaluations.version(campus, year), SelfEvaluationFixtures.written());
        selfEvaluations.submit(director, campus, year, selfEvaluations.version(campus, year));
        var referent = accounts.byUsername("referent").orElseThrow();
        reminders.remind(today.plusDays(13));
        assertThat(subjectsTo(referent.email(), "Auto-évaluation " + year + " à examiner avant le ")).hasSize(1);
        assertThat(subjectsTo(director.email(), submission)).hasSize(2);
    }
}
