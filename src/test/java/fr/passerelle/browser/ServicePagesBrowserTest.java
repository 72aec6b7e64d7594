package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.ServicePage;
import org.junit.jupiter.api.Test;

/** A visitor reaches every mandatory page from the footer, and the display settings switch the theme. */
class ServicePagesBrowserTest extends BrowserTest {

    @Test
    void everyMandatoryLinkOfTheFooterOpensAnAccessiblePage() {
        var page = ServicePage.open(browser(), "/");
        assertThat(page.ministry()).as("the DSFR writes it in capitals").isEqualToIgnoringCase("Ministère\nde l’Éducation\nnationale");
        for (String link : new String[] {"Plan du site", "Accessibilité : non conforme", "Mentions légales", "Données personnelles",
                "Gestion des cookies", "API et données ouvertes"}) {
            page = page.followFooterLink(link);
            assertThat(page.title()).as(link).endsWith("— Passerelle").doesNotContain("introuvable").doesNotContain("Accès refusé")
                    .doesNotStartWith("Erreur");
            page.assertAccessible();
        }
        page.expectHeading("API et données ouvertes");
    }

    @Test
    void theDisplaySettingsSwitchToTheDarkThemeAndBack() {
        var page = ServicePage.open(browser(), "/plan-du-site");
        page.chooseTheme("dark");
        assertThat(page.theme()).isEqualTo("dark");
        page.assertAccessible();
        page.chooseTheme("light");
        assertThat(page.theme()).isEqualTo("light");
    }
}
