package fr.passerelle.indicators.values;

import fr.passerelle.TestActors;
import fr.passerelle.campus.CampusIdentity;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.LabelStatus;
import fr.passerelle.campus.Sector;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A campus built row by row with a life whose indicators are counted by hand (see {@link IndicatorValuesTest}): the
 * rows are written straight into the owning modules' tables so that every date sits where a boundary is tested.
 */
final class IndicatorFixtures {

    private final JdbcClient jdbc;
    final UUID campus;
    final String uaiPrefix;

    private IndicatorFixtures(JdbcClient jdbc, UUID campus) {
        this.jdbc = jdbc;
        this.campus = campus;
        this.uaiPrefix = "T" + (char) ('A' + (int) (Math.random() * 26)) + String.format("%04d", (int) (Math.random() * 10000));
    }

    /** A new campus of the académie de Lille (09), without any row yet. */
    static IndicatorFixtures newCampus(JdbcClient jdbc, CampusRegistry registry) {
        var identity = new CampusIdentity("Campus des indicateurs " + UUID.randomUUID(), Sector.DIGITAL, "32", "09", null, null,
                null, null, null, LabelCategory.STANDARD, LabelStatus.APPLICANT, null, null, null, null, null, null, null, null);
        return new IndicatorFixtures(jdbc, registry.create(TestActors.nationalAdmin(), identity).id());
    }

    /** A new campus of the région and main académie, covering the other académies too, without any row yet. */
    static IndicatorFixtures newCampus(JdbcClient jdbc, CampusRegistry registry, String name, String region, String academy,
                                       String... otherAcademies) {
        var identity = new CampusIdentity(name + " " + UUID.randomUUID(), Sector.DIGITAL, region, academy, null, null, null, null, null,
                LabelCategory.STANDARD, LabelStatus.APPLICANT, null, null, null, null, null, null, null, null, java.util.List.of(),
                java.util.List.of(otherAcademies));
        return new IndicatorFixtures(jdbc, registry.create(TestActors.nationalAdmin(), identity).id());
    }

    /** A person of the directory, working for an organisation of their own (every person of the directory has one). */
    UUID person(String lastName) {
        UUID employer = organisation("Employeur de " + lastName, null);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into person (id, organisation_id, first_name, last_name) values (:id, :organisation, 'Camille', :name)")
                .param("id", id).param("organisation", employer).param("name", lastName).update();
        return id;
    }

    UUID body(String kind, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into governing_body (id, campus_id, kind, name, created_at) values (:id, :campus, :kind, :name, now())")
                .param("id", id).param("campus", campus).param("kind", kind).param("name", name).update();
        return id;
    }

    void seat(UUID body, UUID person, LocalDate from, LocalDate until) {
        jdbc.sql("insert into body_member (body_id, person_id, started_on, ended_on) values (:body, :person, :from, :until)")
                .param("body", body).param("person", person).param("from", from).param("until", until).update();
    }

    UUID meeting(UUID body, LocalDateTime startsAt, boolean cancelled) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into meeting (id, body_id, starts_at, ends_at, cancelled_at, cancellation_reason)
                values (:id, :body, :starts, :ends, :cancelled, :reason)""")
                .param("id", id).param("body", body).param("starts", startsAt).param("ends", startsAt.plusMinutes(20))
                .param("cancelled", cancelled ? OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC) : null)
                .param("reason", cancelled ? "Reportée" : null).update();
        return id;
    }

    void attended(UUID meeting, UUID person, String status) {
        jdbc.sql("insert into attendance (meeting_id, person_id, status) values (:m, :p, :s)")
                .param("m", meeting).param("p", person).param("s", status).update();
    }

    void survey(UUID meeting, UUID person, Integer score) {
        jdbc.sql("""
                insert into meeting_survey (id, meeting_id, person_id, token, sent_at, score, answered_at)
                values (:id, :m, :p, :token, now(), :score, case when :score::int is null then null else now() end)""")
                .param("id", UUID.randomUUID()).param("m", meeting).param("p", person).param("token", UUID.randomUUID().toString())
                .param("score", score).update();
    }

    UUID action(int year, String type, String status, String cause, int teachers) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into campus_action (id, campus_id, year, type, title, status, abandon_cause, visibility, teachers)
                values (:id, :campus, :year, :type, :title, :status, :cause, 'PUBLIC', :teachers)""")
                .param("id", id).param("campus", campus).param("year", year).param("type", type).param("title", type + " " + year + " " + status)
                .param("status", status).param("cause", cause).param("teachers", teachers).update();
        return id;
    }

    void actionPartner(UUID action, UUID organisation) {
        jdbc.sql("insert into action_partner (action_id, organisation_id) values (:a, :o)").param("a", action).param("o", organisation).update();
    }

    void learners(UUID action, String audience, int girls, int boys, int unspecified) {
        jdbc.sql("insert into action_learners (action_id, audience, girls, boys, unspecified) values (:a, :aud, :g, :b, :u)")
                .param("a", action).param("aud", audience).param("g", girls).param("b", boys).param("u", unspecified).update();
    }

    void fundingRequest(int year, String status) {
        jdbc.sql("""
                insert into funding_request (id, campus_id, year, funder, programme, amount_asked, status)
                values (:id, :campus, :year, 'REGION', 'Programme régional', 1000, :status)""")
                .param("id", UUID.randomUUID()).param("campus", campus).param("year", year).param("status", status).update();
    }

    void document(String title, OffsetDateTime createdAt) {
        jdbc.sql("""
                insert into document (id, campus_id, title, search_text, visibility, created_at, updated_at)
                values (:id, :campus, :title, :title, 'PUBLIC', :at, :at)""")
                .param("id", UUID.randomUUID()).param("campus", campus).param("title", title).param("at", createdAt).update();
    }

    /** An organisation with a UAI made of this fixture's prefix and {@code n}, or none when {@code n} is null. */
    UUID organisation(String name, Integer n) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into organisation (id, kind, name, uai) values (:id, 'SCHOOL', :name, :uai)")
                .param("id", id).param("name", name + " " + id).param("uai", n == null ? null : uai(n)).update();
        return id;
    }

    String uai(int n) {
        return uaiPrefix + String.format("%02d", n);
    }

    void membership(UUID organisation, String role, LocalDate since, LocalDate until) {
        jdbc.sql("insert into membership (id, campus_id, organisation_id, role, since, until) values (:id, :campus, :o, :role, :since, :until)")
                .param("id", UUID.randomUUID()).param("campus", campus).param("o", organisation).param("role", role)
                .param("since", since).param("until", until).update();
    }

    void partnershipAgreement(UUID organisation, LocalDate from, LocalDate until, LocalDate signedOn) {
        jdbc.sql("""
                insert into partnership_agreement (id, campus_id, organisation_id, title, signed_on, valid_from, valid_until, file_name,
                                                   content_type, file_size, file_data, created_at)
                values (:id, :campus, :o, 'Convention', :signed, :from, :until, 'c.pdf', 'application/pdf', 1, '\\x00', now())""")
                .param("id", UUID.randomUUID()).param("campus", campus).param("o", organisation).param("signed", signedOn)
                .param("from", from).param("until", until).update();
    }

    void frameworkAgreement(LocalDate from, LocalDate until) {
        jdbc.sql("""
                insert into framework_agreement (id, campus_id, title, effective_from, effective_until, updated_at)
                values (:id, :campus, 'Convention cadre', :from, :until, now())""")
                .param("id", UUID.randomUUID()).param("campus", campus).param("from", from).param("until", until).update();
    }

    void training(UUID organisation, String route, Integer sinceYear) {
        String diploma = jdbc.sql("select code from diploma order by code limit 1").query(String.class).single();
        jdbc.sql("""
                insert into campus_training (id, campus_id, diploma_code, organisation_id, route, since_year)
                values (:id, :campus, :diploma, :o, :route, :since)""")
                .param("id", UUID.randomUUID()).param("campus", campus).param("diploma", diploma).param("o", organisation)
                .param("route", route).param("since", sinceYear).update();
    }

    void outcome(int n, String source, String population, Integer further, Integer employment, Integer expected, Integer valueAdded) {
        jdbc.sql("""
                insert into catalogue_outcome (uai, school_year, source, population, establishment_name, further_study_rate, employment_rate,
                                               expected_employment_rate, value_added)
                values (:uai, '2022-2023', :source, :population, :name, :further, :employment, :expected, :added)""")
                .param("uai", uai(n)).param("source", source).param("population", population).param("name", "Établissement " + n)
                .param("further", further).param("employment", employment).param("expected", expected).param("added", valueAdded).update();
    }

    void pageViews(LocalDate day, int views) {
        jdbc.sql("insert into campus_page_view (campus_id, day, views) values (:campus, :day, :views)")
                .param("campus", campus).param("day", day).param("views", views).update();
    }

    void declaration(String code, int year, String key, String value, boolean superseded) {
        jdbc.sql("""
                insert into indicator_declaration (id, campus_id, indicator_code, year, breakdown_key, value, declared_at, declared_by, superseded_at)
                values (:id, :campus, :code, :year, :key, :value::numeric, now(), 'direction', case when :superseded then now() end)""")
                .param("id", UUID.randomUUID()).param("campus", campus).param("code", code).param("year", year).param("key", key)
                .param("value", value).param("superseded", superseded).update();
    }
}
