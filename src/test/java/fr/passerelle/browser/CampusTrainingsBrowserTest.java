package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.TrainingsPage;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.MembershipRole;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.identity.Accounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The operational director adds a training in a real browser, finding the diploma by typing part of its name. */
class CampusTrainingsBrowserTest extends BrowserTest {

    @Autowired
    Directory directory;
    @Autowired
    Accounts accounts;

    @Test
    void directorAddsATrainingThroughTheDiplomaSearch() {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        var school = directory.register(fr.passerelle.TestActors.nationalAdmin(), OrganisationDetails.of(OrganisationKind.SCHOOL, "Lycée des Flandres " + UUID.randomUUID().toString().substring(0, 8)));
        directory.addPartner(fr.passerelle.TestActors.nationalAdmin(), campus, school.id(), MembershipRole.PARTNER, null, null);

        logInAs("direction");
        var trainings = TrainingsPage.open(browser(), campus);
        trainings.assertAccessible();

        trainings.diploma().search("bts comptabilité").expectResult("BTS Comptabilité et gestion (32031408)").choose("32031408");
        trainings.addTraining(school.id(), "APPRENTICESHIP", "2020");
        trainings.expectSuccess("La formation « BTS Comptabilité et gestion (32031408) » est ajoutée.");
        assertThat(trainings.content()).contains(school.name()).contains("apprentissage");
        trainings.assertAccessible();
    }
}
