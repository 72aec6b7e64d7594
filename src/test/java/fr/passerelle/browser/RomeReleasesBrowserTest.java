package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.RomeReleasesPage;
import fr.passerelle.trades.release.RomeSamples;
import org.junit.jupiter.api.Test;

/** The national administrator imports a ROME release as a ZIP, follows its progress, compares it, deletes it; axe-core on every page. */
class RomeReleasesBrowserTest extends BrowserTest {

    @Test
    void administratorImportsAReleaseFollowsItsProgressComparesItThenDeletesIt() {
        logInAs("admin");
        var releases = RomeReleasesPage.open(browser());
        releases.expectHeading("Référentiel ROME 4.0");
        assertThat(releases.releases()).contains("ROME 4.0 version 60 - 25M09").containsIgnoringCase("En service");
        releases.assertAccessible();

        releases.upload(Uploads.zip("rome-v53", RomeSamples.zip(53)));
        releases.expectHeading("Version 53 du ROME");
        releases.expectProgress("Import terminé");
        assertThat(releases.path()).startsWith("/gestion/referentiels/rome/");
        releases.assertAccessible();

        releases = RomeReleasesPage.open(browser());
        releases.compare("53", "60");
        releases.expectHeading("Ce qui change de la version 53 à la version 60");
        assertThat(releases.comparisonCounts()).contains("Fiches métiers", "Appellations");
        releases.assertAccessible();

        releases = RomeReleasesPage.open(browser());
        releases.askToDelete(53);
        assertThat(releases.confirmationQuestion()).isEqualTo("Supprimer la version 53 du ROME ?");
        releases.confirm().expectSuccess("La version 53 du ROME est supprimée.");
        assertThat(releases.lists(53)).isFalse();
        releases.assertAccessible();
    }
}
