package fr.passerelle.indicators.review;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily reminders of the due date (31 March of the year after): fourteen days and one day before, to the directors of
 * the campuses labelled during the year whose review is not submitted, each reminder once however often the job runs.
 */
@PasserelleIntegrationTest
class AnnualReviewRemindersTest {

    /** A year far ahead, whose labels only this test grants. */
    static final int YEAR = 2090;

    @Autowired
    AnnualReviewReminders reminders;
    @Autowired
    AnnualReviewService service;
    @Autowired
    CampusRegistry registry;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    /** A campus labelled over the year, and its director's account. */
    UUID directorOfLabelledCampus() {
        var f = AnnualReviewFixtures.newCampus(jdbc, registry);
        registry.grantLabel(f.campus, LabelCategory.STANDARD, LocalDate.of(YEAR - 1, 1, 1), LocalDate.of(YEAR + 2, 12, 31));
        String name = "dir-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.open(new NewAccount(name, name + "@example.fr", "Direction " + name, null, Role.OPERATIONAL_DIRECTOR, null, null, f.campus,
                null, null)).accountId();
    }

    long reminders(UUID account) {
        return jdbc.sql("select count(*) from notification where account_id = ? and subject like ?")
                .params(account, "Bilan annuel " + YEAR + " à déposer avant le 31/03/" + (YEAR + 1) + "%").query(Long.class).single();
    }

    @Test
    void directorsAreRemindedFourteenDaysAndOneDayBeforeTheDueDateEachReminderOnceUntilTheirReviewIsSubmitted() {
        assertThat(service.due(YEAR)).isEqualTo(LocalDate.of(YEAR + 1, 3, 31));
        UUID waiting = directorOfLabelledCampus();
        UUID submitted = directorOfLabelledCampus();
        UUID submittedCampus = accounts.byId(submitted).orElseThrow().campusId();
        jdbc.sql("insert into annual_review (id, campus_id, year, status, submitted_at, created_at) values (?, ?, ?, 'SUBMITTED', ?, ?)")
                .params(UUID.randomUUID(), submittedCampus, YEAR, Timestamp.from(Instant.EPOCH), Timestamp.from(Instant.EPOCH)).update();

        // Nothing fifteen days before; fourteen days before, once however often the job runs; one day before, once more.
        reminders.remind(LocalDate.of(YEAR + 1, 3, 16));
        assertThat(reminders(waiting)).isZero();
        reminders.remind(LocalDate.of(YEAR + 1, 3, 17));
        reminders.remind(LocalDate.of(YEAR + 1, 3, 17));
        reminders.remind(LocalDate.of(YEAR + 1, 3, 25));
        assertThat(reminders(waiting)).isEqualTo(1);
        reminders.remind(LocalDate.of(YEAR + 1, 3, 30));
        reminders.remind(LocalDate.of(YEAR + 1, 3, 31));
        reminders.remind(LocalDate.of(YEAR + 1, 4, 1));
        assertThat(reminders(waiting)).isEqualTo(2);
        // A review submitted is not reminded.
        assertThat(reminders(submitted)).isZero();
    }
}
