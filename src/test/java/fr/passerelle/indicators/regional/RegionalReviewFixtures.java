package fr.passerelle.indicators.regional;

import fr.passerelle.TestActors;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusIdentity;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.LabelStatus;
import fr.passerelle.campus.Sector;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.CoPiloting;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.Visibility;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Corse (94, académie 27), a région the demo data leaves without campus: the tests' own labelled campuses, their
 * steering committee's meetings and members' answers, and the région's strategic committee meeting in a year of each
 * test's own (reviews are one per région and year).
 */
final class RegionalReviewFixtures {

    static final String CORSE = "94";
    static final String CORSE_ACADEMY = "27";
    /** Past years, so that the committee's meeting is held; no other test writes reviews of Corse. */
    private static final AtomicInteger YEARS = new AtomicInteger(2001);

    private RegionalReviewFixtures() {
    }

    static int freshYear() {
        return YEARS.getAndIncrement();
    }

    /** A labelled campus of Corse, its label ending on {@code until}. */
    static CampusCard labelledCampus(CampusRegistry registry, String name, LocalDate until) {
        var identity = new CampusIdentity(name + " " + UUID.randomUUID().toString().substring(0, 8), Sector.DIGITAL, CORSE, CORSE_ACADEMY, null, null,
                null, null, null, LabelCategory.STANDARD, LabelStatus.APPLICANT, null, null, null, null, null, null, null, null);
        CampusCard campus = registry.create(TestActors.nationalAdmin(), identity);
        return registry.grantLabel(campus.id(), LabelCategory.STANDARD, until.minusYears(4), until);
    }

    /** A steering committee (COPIL) of the campus, written as the governance module stores it. */
    static UUID steeringCommittee(JdbcClient jdbc, UUID campusId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into governing_body (id, campus_id, kind, name, created_at) values (:id, :campus, 'STEERING', 'COPIL', now())")
                .param("id", id).param("campus", campusId).update();
        return id;
    }

    static UUID meeting(JdbcClient jdbc, UUID body, LocalDateTime startsAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into meeting (id, body_id, starts_at, ends_at) values (:id, :body, :starts, :ends)")
                .param("id", id).param("body", body).param("starts", startsAt).param("ends", startsAt.plusHours(2)).update();
        return id;
    }

    /** A member who attended the meeting and answered its satisfaction survey with {@code score}. */
    static void answer(JdbcClient jdbc, UUID meeting, int score) {
        UUID organisation = UUID.randomUUID();
        jdbc.sql("insert into organisation (id, kind, name) values (:id, 'SCHOOL', :name)").param("id", organisation)
                .param("name", "Lycée de la revue " + organisation).update();
        UUID person = UUID.randomUUID();
        jdbc.sql("insert into person (id, organisation_id, first_name, last_name) values (:id, :o, 'Camille', 'Membre')")
                .param("id", person).param("o", organisation).update();
        jdbc.sql("insert into attendance (meeting_id, person_id, status) values (:m, :p, 'PRESENT')").param("m", meeting).param("p", person).update();
        jdbc.sql("""
                insert into meeting_survey (id, meeting_id, person_id, token, sent_at, score, answered_at)
                values (:id, :m, :p, :token, :at, :score, :at)""")
                .param("id", UUID.randomUUID()).param("m", meeting).param("p", person).param("token", UUID.randomUUID().toString())
                .param("at", OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)).param("score", score).update();
    }

    /** The région's strategic committee with one meeting on that day of the year; returns the meeting. */
    static UUID committeeMeeting(CoPiloting coPiloting, int year, int month) {
        UUID committee = coPiloting.constitute(TestActors.nationalAdmin(), CORSE, BodyKind.REGIONAL_STRATEGIC_COMMITTEE,
                "Comité stratégique régional de Corse " + year + " " + UUID.randomUUID().toString().substring(0, 4));
        LocalDateTime start = LocalDate.of(year, month, 12).atTime(9, 30);
        return coPiloting.plan(TestActors.nationalAdmin(), CoPiloting.Scope.region(CORSE), committee,
                new MeetingDetails(start, start.plusHours(3), "Ajaccio, Collectivité de Corse", null, "Revue annuelle des campus", Visibility.BODY));
    }
}
