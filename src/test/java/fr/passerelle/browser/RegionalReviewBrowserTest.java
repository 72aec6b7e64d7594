package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.TestActors;
import fr.passerelle.browser.pages.IndicatorsPage;
import fr.passerelle.browser.pages.RegionalReviewPage;
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
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A co-pilot of Corse prepares last year's review at the committee's meeting, records an appreciation of each campus
 * (a first try without the scale refused, what was typed kept), the conclusion, and validates the indicators after
 * confirming; the director of one campus then reads their own campus only, and its dashboard says the values were
 * validated. axe-core on every page.
 */
class RegionalReviewBrowserTest extends BrowserTest {

    static final String CORSE = "94";

    @Autowired
    CampusRegistry registry;
    @Autowired
    CoPiloting coPiloting;
    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    CampusCard labelledCampus(String name) {
        var identity = new CampusIdentity(name + " " + UUID.randomUUID().toString().substring(0, 6), Sector.DIGITAL, CORSE, "27", null, null,
                null, null, null, LabelCategory.STANDARD, LabelStatus.APPLICANT, null, null, null, null, null, null, null, null);
        CampusCard campus = registry.create(TestActors.nationalAdmin(), identity);
        return registry.grantLabel(campus.id(), LabelCategory.STANDARD, LocalDate.of(2024, 9, 1), LocalDate.of(2028, 8, 31));
    }

    String account(Role role, UUID campusId) {
        String username = "revue-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(username, username + "@example.fr", "Compte " + username, "demo", role,
                role == Role.REGIONAL_COORDINATOR ? CORSE : null, null, campusId, null, Set.of()));
        return username;
    }

    @Test
    void aCoPilotRecordsTheCommitteesAppreciationsAndValidatesTheIndicatorsTheDirectorReadsTheirOwnCampus() {
        int year = LocalDate.now(clock).getYear() - 1;
        CampusCard own = labelledCampus("Campus des métiers de la mer de Corse");
        labelledCampus("Campus du tourisme durable de Corse");
        UUID committee = coPiloting.constitute(TestActors.nationalAdmin(), CORSE, BodyKind.REGIONAL_STRATEGIC_COMMITTEE, "Comité stratégique régional de Corse");
        LocalDateTime start = LocalDate.of(year, 11, 13).atTime(9, 30);
        coPiloting.plan(TestActors.nationalAdmin(), CoPiloting.Scope.region(CORSE), committee,
                new MeetingDetails(start, start.plusHours(3), "Ajaccio", null, "Revue annuelle des campus", Visibility.BODY));
        String coPilot = account(Role.REGIONAL_COORDINATOR, null);
        String director = account(Role.OPERATIONAL_DIRECTOR, own.id());

        logInAs(coPilot);
        var review = RegionalReviewPage.fromRegion(browser(), CORSE, year);
        review.assertAccessible();
        review.prepareAtFirstMeeting();
        review.expectSuccess("La réunion du comité où la revue est tenue est enregistrée.");
        review.assertAccessible();
        int campuses = review.appreciationForms();
        assertThat(campuses).isGreaterThanOrEqualTo(2);

        // Without a point of the scale, the appreciation is refused and what was typed is kept.
        review.appreciate(0, null, "Commentaire tapé", "Recommandation tapée");
        review.expectFormError("Choisissez l’appréciation du comité sur l’échelle.");
        assertThat(review.typedComment()).isEqualTo("Commentaire tapé");
        review.assertAccessible();

        for (int n = 0; n < campuses; n++) {
            review = RegionalReviewPage.open(browser(), CORSE, year);
            review.appreciate(n, n == 0 ? "VIGILANCE" : "CONFORM", "Appréciation " + n, "Recommandation " + n);
            review.expectSuccess("L’appréciation du comité est enregistrée.");
        }
        review = RegionalReviewPage.open(browser(), CORSE, year);
        review.conclude("Les campus de Corse tiennent leurs engagements.");
        review.expectSuccess("La conclusion du comité est enregistrée.");

        review.openValidation();
        review.assertAccessible();
        review.confirmValidation();
        review.expectSuccess("Les indicateurs sont validés par le comité stratégique régional");
        assertThat(review.status()).containsIgnoringCase("Close — indicateurs validés");
        assertThat(review.validations()).contains("Valeurs validées par le comité régional le");
        assertThat(review.hasPdfLink()).isTrue();
        review.assertAccessible();

        // The director reads their own campus's appreciation only, and their dashboard tells the values were validated.
        switchTo(director);
        var read = RegionalReviewPage.open(browser(), CORSE, year);
        read.assertAccessible();
        assertThat(read.campuses()).containsExactly(own.name());
        assertThat(read.hiddenCampuses()).contains("autre(s) campus");
        assertThat(read.hasForms()).isFalse();
        var dashboard = IndicatorsPage.open(browser(), own.id(), year);
        dashboard.expectText("Valeurs " + year + " validées par le comité régional le");
        dashboard.assertAccessible();
    }
}
