package fr.passerelle.indicators.regional;

import static fr.passerelle.TestActors.as;
import static fr.passerelle.indicators.regional.RegionalReviewFixtures.CORSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.governance.CoPiloting;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.indicators.CommitteeAppreciation;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The regional strategic committee's yearly review on Corse, with the tests' own campuses: the campuses with their
 * figures, self-evaluation and label end; the appreciations and conclusion; the validation that keeps a snapshot and
 * closes the review, told to the directors; the reopening with a reason and the new snapshot kept beside the old; the
 * masked values and the director's own campus; the forms and the PDF.
 */
@PasserelleIntegrationTest
class RegionalReviewTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    CampusRegistry registry;
    @Autowired
    CoPiloting coPiloting;
    @Autowired
    RegionalReviewService reviews;
    @Autowired
    ValidatedValuesNotice notice;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;

    final Actor coordinator = TestActors.coordinatorOf(CORSE);

    /** Every campus listed appreciated, and the conclusion written. */
    void appreciateEveryCampusAndConclude(int year) {
        for (ReviewView.CampusLine line : reviews.view(coordinator, CORSE, year).campuses()) {
            reviews.appreciate(coordinator, CORSE, year, line.campus().id(), CommitteeAppreciation.CONFORM, "Campus actif.", null);
        }
        reviews.conclude(coordinator, CORSE, year, "Les campus de Corse tiennent leurs engagements.");
    }

    static ReviewView.CampusLine line(ReviewView view, UUID campusId) {
        return view.campuses().stream().filter(c -> c.campus().id().equals(campusId)).findFirst().orElseThrow();
    }

    static ReviewView.Figure figure(ReviewView.CampusLine line, String code) {
        return line.figures().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    Actor openAccount(Role role, UUID campusId) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        return accounts.open(new NewAccount("revue-" + key, "revue-" + key + "@example.fr", "Revue " + key, "demo-demo-demo-1", role,
                role == Role.REGIONAL_COORDINATOR ? CORSE : null, null, campusId, null, null));
    }

    long notificationsOf(UUID accountId) {
        return jdbc.sql("select count(*) from notification where account_id = ? and category = 'REVUE_REGIONALE_CLOSE'").param(accountId)
                .query(Long.class).single();
    }

    @Test
    void theCommitteeValidatesTheIndicatorsOfEveryCampusAtItsMeetingAndACorrectionKeepsTheOldSnapshot() {
        int year = RegionalReviewFixtures.freshYear();
        CampusCard campus = RegionalReviewFixtures.labelledCampus(registry, "Campus de la mer de Corse", LocalDate.of(2031, 8, 31));
        UUID copil = RegionalReviewFixtures.steeringCommittee(jdbc, campus.id());
        RegionalReviewFixtures.meeting(jdbc, copil, LocalDate.of(year, 3, 2).atTime(10, 0));
        RegionalReviewFixtures.meeting(jdbc, copil, LocalDate.of(year, 10, 2).atTime(10, 0));
        RegionalReviewFixtures.meeting(jdbc, copil, LocalDate.of(year - 1, 10, 2).atTime(10, 0));
        Actor director = openAccount(Role.OPERATIONAL_DIRECTOR, campus.id());
        UUID meeting = RegionalReviewFixtures.committeeMeeting(coPiloting, year, 11);

        reviews.holdAt(coordinator, CORSE, year, meeting);
        ReviewView view = reviews.view(coordinator, CORSE, year);
        assertThat(view.review().meetingText()).contains("Comité stratégique régional de Corse", "12 novembre " + year, "9h30");
        ReviewView.CampusLine line = line(view, campus.id());
        assertThat(line.labelEndText()).isEqualTo("31 août 2031");
        assertThat(line.selfEvaluation()).isNull();
        assertThat(figure(line, "STEERING_MEETINGS").current()).isEqualTo("2");
        assertThat(figure(line, "STEERING_MEETINGS").previous()).isEqualTo("1");
        assertThat(figure(line, "STEERING_MEETINGS").trend()).isEqualTo("en hausse");
        assertThat(view.may().validate()).isTrue();

        appreciateEveryCampusAndConclude(year);
        reviews.appreciate(coordinator, CORSE, year, campus.id(), CommitteeAppreciation.VIGILANCE, "Un seul COPIL au premier semestre.",
                "Réunir le COPIL chaque trimestre.");
        assertThat(notice.validatedOn(campus.id(), year)).isEmpty();
        reviews.validate(coordinator, CORSE, year);

        ReviewView closed = reviews.view(coordinator, CORSE, year);
        assertThat(closed.review().closed()).isTrue();
        assertThat(closed.may().record()).isFalse();
        assertThat(closed.may().reopen()).isTrue();
        assertThat(line(closed, campus.id()).appreciation().appreciation()).isEqualTo(CommitteeAppreciation.VIGILANCE);
        assertThat(line(closed, campus.id()).appreciation().recommendations()).isEqualTo("Réunir le COPIL chaque trimestre.");
        assertThat(closed.validations()).hasSize(1);
        assertThat(closed.validations().get(0).validatedBy()).isEqualTo("Coordination régionale");
        assertThat(closed.validations().get(0).meetingText()).contains("12 novembre " + year);
        assertThat(notice.validatedOn(campus.id(), year)).isPresent();
        assertThat(notificationsOf(director.accountId())).isEqualTo(1);
        // A closed review is not changed.
        assertThatThrownBy(() -> reviews.conclude(coordinator, CORSE, year, "Autre conclusion")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("close");

        // The live value moves on; the review shows what the committee validated.
        RegionalReviewFixtures.meeting(jdbc, copil, LocalDate.of(year, 12, 2).atTime(10, 0));
        assertThat(figure(line(reviews.view(coordinator, CORSE, year), campus.id()), "STEERING_MEETINGS").current()).isEqualTo("2");

        // A correction: reopened with its reason, the old validation kept and marked.
        long version = reviews.view(coordinator, CORSE, year).review().version();
        assertThatThrownBy(() -> reviews.reopen(coordinator, CORSE, year, version, " ")).isInstanceOf(BusinessRuleException.class)
                .hasMessage("Indiquez le motif de la correction.");
        reviews.reopen(coordinator, CORSE, year, version, "Un COPIL de décembre oublié.");
        ReviewView reopened = reviews.view(coordinator, CORSE, year);
        assertThat(reopened.review().closed()).isFalse();
        assertThat(reopened.validations().get(0).reopenReason()).isEqualTo("Un COPIL de décembre oublié.");
        assertThat(notice.validatedOn(campus.id(), year)).isEmpty();
        assertThat(figure(line(reopened, campus.id()), "STEERING_MEETINGS").current()).isEqualTo("3");

        reviews.validate(coordinator, CORSE, year);
        ReviewView again = reviews.view(coordinator, CORSE, year);
        assertThat(again.validations()).hasSize(2);
        assertThat(again.validations().get(0).reopenedAt()).isNull();
        assertThat(figure(line(again, campus.id()), "STEERING_MEETINGS").current()).isEqualTo("3");
        List<String> kept = jdbc.sql("""
                        select x.value::text from regional_indicator_validated_value x join regional_indicator_validation v on v.id = x.validation_id
                         where x.campus_id = ? and x.indicator_code = 'STEERING_MEETINGS' order by v.validated_at""")
                .param(campus.id()).query(String.class).list();
        assertThat(kept).containsExactly("2.0000", "3.0000");
        assertThat(audit.history(RegionalReviewService.AUDITED, again.review().id()).stream().map(AuditTrail.Entry::action))
                .contains("REVUE_PREPAREE", "CAMPUS_APPRECIE", "REVUE_CONCLUSION", "INDICATEURS_VALIDES", "REVUE_ROUVERTE");
    }

    @Test
    void theValidationWaitsForTheMeetingEveryAppreciationAndTheConclusion() {
        int year = LocalDate.now(clock).getYear();
        RegionalReviewFixtures.labelledCampus(registry, "Campus du bois de Corse", LocalDate.of(2030, 6, 30));
        // This year's review on a meeting still to come: only Corse's reviews of this year are written by this test.
        UUID coming = RegionalReviewFixtures.committeeMeeting(coPiloting, year, 12);
        jdbc.sql("update meeting set starts_at = ?, ends_at = ? where id = ?")
                .params(java.time.LocalDateTime.now(clock).plusDays(2), java.time.LocalDateTime.now(clock).plusDays(2).plusHours(2), coming).update();
        reviews.holdAt(coordinator, CORSE, year, coming);
        assertThatThrownBy(() -> reviews.validate(coordinator, CORSE, year)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("n’a pas encore eu lieu");
        // The committee met this morning.
        java.time.LocalDateTime morning = LocalDate.now(clock).atTime(0, 5);
        jdbc.sql("update meeting set starts_at = ?, ends_at = ? where id = ?").params(morning, morning.plusMinutes(30), coming).update();
        assertThatThrownBy(() -> reviews.validate(coordinator, CORSE, year)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("n’a pas encore apprécié");
        for (ReviewView.CampusLine line : reviews.view(coordinator, CORSE, year).campuses()) {
            reviews.appreciate(coordinator, CORSE, year, line.campus().id(), CommitteeAppreciation.CONFORM, null, null);
        }
        assertThatThrownBy(() -> reviews.validate(coordinator, CORSE, year)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("Rédigez la conclusion");
        reviews.conclude(coordinator, CORSE, year, "Conclusion.");
        reviews.validate(coordinator, CORSE, year);
        assertThat(reviews.view(coordinator, CORSE, year).review().closed()).isTrue();
        // A meeting of another year, or of no committee, is refused.
        UUID otherYear = RegionalReviewFixtures.committeeMeeting(coPiloting, year - 1, 6);
        assertThatThrownBy(() -> reviews.holdAt(coordinator, CORSE, year, otherYear)).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("Choisissez une réunion " + year);
    }

    @Test
    void theReferentSeesMaskedValuesTheCoPilotsTheRealOnesAndADirectorOnlyTheirOwnCampus() {
        int year = RegionalReviewFixtures.freshYear();
        CampusCard own = RegionalReviewFixtures.labelledCampus(registry, "Campus des énergies de Corse", LocalDate.of(2029, 12, 31));
        CampusCard other = RegionalReviewFixtures.labelledCampus(registry, "Campus du tourisme de Corse", LocalDate.of(2029, 12, 31));
        UUID copil = RegionalReviewFixtures.steeringCommittee(jdbc, own.id());
        UUID held = RegionalReviewFixtures.meeting(jdbc, copil, LocalDate.of(year, 5, 5).atTime(10, 0));
        RegionalReviewFixtures.answer(jdbc, held, 5);
        reviews.holdAt(coordinator, CORSE, year, RegionalReviewFixtures.committeeMeeting(coPiloting, year, 11));
        reviews.appreciate(coordinator, CORSE, year, own.id(), CommitteeAppreciation.CONFORM, "Pour la direction.", null);
        reviews.appreciate(coordinator, CORSE, year, other.id(), CommitteeAppreciation.CONCERNING, "Réservé.", null);

        assertThat(figure(line(reviews.view(coordinator, CORSE, year), own.id()), "MEMBER_SATISFACTION").current()).isEqualTo("100 %");
        ReviewView referent = reviews.view(TestActors.referentOf(RegionalReviewFixtures.CORSE_ACADEMY), CORSE, year);
        assertThat(figure(line(referent, own.id()), "MEMBER_SATISFACTION").current()).isEqualTo("< 5 réponses");
        assertThat(line(referent, other.id()).appreciation().comment()).isEqualTo("Réservé.");
        assertThat(referent.may().record()).isFalse();

        ReviewView director = reviews.view(TestActors.directorOf(own.id()), CORSE, year);
        assertThat(director.campuses()).extracting(c -> c.campus().id()).containsExactly(own.id());
        assertThat(director.hiddenCampuses()).isGreaterThanOrEqualTo(1);
        assertThat(figure(director.campuses().get(0), "MEMBER_SATISFACTION").current()).isEqualTo("100 %");
        assertThat(director.may().record()).isFalse();

        assertThatThrownBy(() -> reviews.view(TestActors.directorOf(registry.all().stream().filter(c -> c.regionCode().equals("32"))
                .findFirst().orElseThrow().id()), CORSE, year)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.view(TestActors.coordinatorOf("32"), CORSE, year)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.appreciate(TestActors.referentOf(RegionalReviewFixtures.CORSE_ACADEMY), CORSE, year, own.id(),
                CommitteeAppreciation.CONFORM, null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.validate(TestActors.directorOf(own.id()), CORSE, year)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void refusedFormsComeBackWithWhatWasTypedStaleFormsAreRefusedAndThePdfIsTheCommitteesRecord() throws Exception {
        int year = RegionalReviewFixtures.freshYear();
        CampusCard campus = RegionalReviewFixtures.labelledCampus(registry, "Campus de l’agriculture de Corse", LocalDate.of(2032, 7, 31));
        Actor account = openAccount(Role.REGIONAL_COORDINATOR, null);
        String path = "/gestion/regions/" + CORSE + "/revues/" + year;
        UUID meeting = RegionalReviewFixtures.committeeMeeting(coPiloting, year, 11);

        mvc.perform(get(path).with(as(users, account.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Préparer la revue")));
        mvc.perform(post(path + "/reunion").param("version", "").param("meetingId", "").with(as(users, account.username())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez la réunion du comité stratégique régional où la revue est tenue.")));
        mvc.perform(post(path + "/reunion").param("version", "").param("meetingId", meeting.toString()).with(as(users, account.username())).with(csrf()))
                .andExpect(flash().attribute("success", "La réunion du comité où la revue est tenue est enregistrée."));

        String tooLong = "x".repeat(4001);
        mvc.perform(post(path + "/campus/" + campus.id()).param("version", "").param("appreciation", "VIGILANCE").param("comment", tooLong)
                        .param("recommendations", "Recommandation tapée").with(as(users, account.username())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le commentaire fait 4000 caractères au plus.")))
                .andExpect(content().string(containsString("Recommandation tapée")));
        mvc.perform(post(path + "/campus/" + campus.id()).param("version", "").param("appreciation", "")
                        .with(as(users, account.username())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez l’appréciation du comité sur l’échelle.")));
        mvc.perform(post(path + "/campus/" + campus.id()).param("version", "").param("appreciation", "VIGILANCE").param("comment", "Suivi du COPIL")
                        .param("recommendations", "Tenir quatre COPIL par an").with(as(users, account.username())).with(csrf()))
                .andExpect(flash().attribute("success", "L’appréciation du comité est enregistrée."));
        // A form opened before that save is stale: refused, what was typed kept.
        mvc.perform(post(path + "/campus/" + campus.id()).param("version", "").param("appreciation", "CONFORM").param("comment", "Version périmée")
                        .with(as(users, account.username())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("modifiée par quelqu’un d’autre")))
                .andExpect(content().string(containsString("Version périmée")));
        mvc.perform(post(path + "/conclusion").param("version", "999").param("conclusion", "Conclusion périmée")
                        .with(as(users, account.username())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("modifiée par quelqu’un d’autre")))
                .andExpect(content().string(containsString("Conclusion périmée")));

        // The validation is confirmed on a page of its own.
        mvc.perform(get(path + "/validation").with(as(users, account.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirmer la validation des indicateurs")));

        byte[] pdf = mvc.perform(get(path + "/revue.pdf").with(as(users, account.username())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        int pages = reader.getNumberOfPages();
        assertThat(text.toString().replaceAll("\\s+", " ")).contains("Revue " + year + " des campus", "Corse", "Échelle d’appréciation",
                "Conforme aux engagements", campus.name(), "Points de vigilance", "Suivi du COPIL", "Tenir quatre COPIL par an",
                "Nombre de réunions de COPIL", "Conclusion du comité pour la région", "Page 1 sur " + pages, "Page " + pages + " sur " + pages);
    }

    @Test
    void theRegionPageLinksToTheReviewsForTheirReadersOnlyAndTheDemoDirectorsDashboardSaysLastYearsValuesWereValidated() throws Exception {
        for (String reader : new String[] {"coordination", "conseil-regional", "referent", "direction"}) {
            mvc.perform(get("/gestion/regions/32").with(as(users, reader)))
                    .andExpect(content().string(containsString("id=\"regional-reviews\"")));
        }
        mvc.perform(get("/gestion/regions/32").with(as(users, "dreets")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"regional-reviews\""))));
        mvc.perform(get("/gestion/regions/32/revues").with(as(users, "dreets"))).andExpect(status().isForbidden());

        // The demo's review of last year is closed: the director reads their campus's appreciation, not the others'.
        int lastYear = LocalDate.now(clock).getYear() - 1;
        UUID directed = accounts.byUsername("direction").orElseThrow().campusId();
        ReviewView demo = reviews.view(accounts.byUsername("direction").orElseThrow(), "32", lastYear);
        assertThat(demo.review().closed()).isTrue();
        assertThat(demo.campuses()).extracting(c -> c.campus().id()).containsExactly(directed);
        assertThat(demo.campuses().get(0).appreciation()).isNotNull();
        mvc.perform(get("/gestion/regions/32/revues/" + lastYear).with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Recommandations")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("appreciation-form-0"))));
        mvc.perform(get("/gestion/campus/" + directed + "/indicateurs").param("annee", Integer.toString(lastYear)).with(as(users, "direction")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Valeurs " + lastYear + " validées par le comité régional le")));
    }
}
