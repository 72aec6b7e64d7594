package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.CampusFormPage;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A campus of several sectors, common to the académies of Lille and Amiens, entered through the back-office form by the
 * regional coordination of Hauts-de-France, then read on its public page.
 */
class SectorsAndAcademiesBrowserTest extends BrowserTest {

    @Test
    void theCoordinationEntersAMultiSectorCampusOfLilleAndAmiensAndItsPublicPageShowsThem() {
        logInAs("coordination");
        String name = "Campus interacadémique " + UUID.randomUUID().toString().substring(0, 8);
        var form = CampusFormPage.openNew(browser());
        form.assertAccessible();

        // An académie of another région is refused with a French message next to the boxes, and what was typed is kept
        form.name(name).mainSector("MOBILITY").alsoSector("TOURISM").alsoSector("ENERGY_TRANSITION")
                .inRegion("32").mainAcademy("09").alsoAcademy("20").alsoAcademy("12").inMunicipality("62826").save();
        form.expectFieldError("otherAcademyCodes", "L'académie de Nancy-Metz n'est pas dans la région Hauts-de-France");
        assertThat(form.valueOf("name")).isEqualTo(name);
        assertThat(form.sectorTicked("TOURISM")).isTrue();
        assertThat(form.sectorTicked("ENERGY_TRANSITION")).isTrue();
        assertThat(form.academyTicked("20")).isTrue();
        form.assertAccessible();

        form.alsoAcademy("12").save();
        form.expectSuccess("Le campus « " + name + " » a été créé.");
        assertThat(form.sectorTicked("TOURISM")).isTrue();
        assertThat(form.academyTicked("20")).isTrue();
        assertThat(form.academyTicked("12")).isFalse();
        form.assertAccessible();

        var page = form.tabs().publicPage();
        assertThat(page.heading()).isEqualTo(name);
        assertThat(page.otherSectors()).containsExactlyInAnyOrder("Tourisme, gastronomie", "Transition énergétique, éco-industrie");
        assertThat(page.academies()).isEqualTo("Campus commun aux académies de Lille et Amiens");
        page.assertAccessible();
    }
}
