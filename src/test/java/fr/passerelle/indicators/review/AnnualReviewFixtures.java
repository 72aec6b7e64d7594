package fr.passerelle.indicators.review;

import fr.passerelle.TestActors;
import fr.passerelle.campus.CampusIdentity;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.LabelStatus;
import fr.passerelle.campus.Sector;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A campus of its own for each test, whose action plan and budget are written row by row into the owning modules' tables
 * so that every figure of its annual review is counted by hand; and past years no other test uses.
 */
final class AnnualReviewFixtures {

    /** Past years far from the demo data's (which has last year's and this year's reviews and three years of actions). */
    private static final AtomicInteger YEARS = new AtomicInteger(2014);

    private final JdbcClient jdbc;
    final UUID campus;

    private AnnualReviewFixtures(JdbcClient jdbc, UUID campus) {
        this.jdbc = jdbc;
        this.campus = campus;
    }

    static int freshYear() {
        return YEARS.getAndIncrement();
    }

    /** A new campus of the académie de Lille (09), in the Hauts-de-France (32), without any row yet. */
    static AnnualReviewFixtures newCampus(JdbcClient jdbc, CampusRegistry registry) {
        var identity = new CampusIdentity("Campus du bilan " + UUID.randomUUID(), Sector.DIGITAL, "32", "09", null, null,
                null, null, null, LabelCategory.STANDARD, LabelStatus.APPLICANT, null, null, null, null, null, null, null, null);
        return new AnnualReviewFixtures(jdbc, registry.create(TestActors.nationalAdmin(), identity).id());
    }

    UUID organisation(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into organisation (id, kind, name) values (:id, 'COMPANY', :name)").param("id", id).param("name", name).update();
        return id;
    }

    UUID action(int year, String type, String title, String status, String cause, LocalDate startsOn, LocalDate endsOn, int teachers,
                String cost, String funder) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into campus_action (id, campus_id, year, type, title, status, abandon_cause, starts_on, ends_on, visibility, teachers, cost, funder)
                values (:id, :campus, :year, :type, :title, :status, :cause, :starts, :ends, 'PUBLIC', :teachers, :cost, :funder)""")
                .param("id", id).param("campus", campus).param("year", year).param("type", type).param("title", title)
                .param("status", status).param("cause", cause).param("starts", startsOn).param("ends", endsOn).param("teachers", teachers)
                .param("cost", cost == null ? null : new BigDecimal(cost)).param("funder", funder).update();
        return id;
    }

    void partner(UUID action, UUID organisation) {
        jdbc.sql("insert into action_partner (action_id, organisation_id) values (:a, :o)").param("a", action).param("o", organisation).update();
    }

    void learners(UUID action, String audience, int girls, int boys, int unspecified) {
        jdbc.sql("insert into action_learners (action_id, audience, girls, boys, unspecified) values (:a, :aud, :g, :b, :u)")
                .param("a", action).param("aud", audience).param("g", girls).param("b", boys).param("u", unspecified).update();
    }

    UUID budget(int year) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into budget (id, campus_id, year) values (:id, :campus, :year)").param("id", id).param("campus", campus).param("year", year).update();
        return id;
    }

    void budgetLine(UUID budget, String side, String category, String label, String planned, String actual) {
        jdbc.sql("insert into budget_line (id, budget_id, side, category, label, planned, actual) values (:id, :b, :side, :cat, :label, :planned, :actual)")
                .param("id", UUID.randomUUID()).param("b", budget).param("side", side).param("cat", category).param("label", label)
                .param("planned", new BigDecimal(planned)).param("actual", actual == null ? null : new BigDecimal(actual)).update();
    }
}
