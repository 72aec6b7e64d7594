package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public site in a real browser: home, search with facets through htmx, a campus page, all checked by axe-core. */
class PublicSiteBrowserTest extends BrowserTest {

    @Test
    void homePageShowsTheMapWithoutInternetAndIsAccessible() {
        var b = browser();
        b.open("/");
        assertThat(b.find("h1").getText()).contains("Campus des métiers et des qualifications");
        b.waiting().until(d -> !d.findElements(By.cssSelector("#campus-map .leaflet-interactive, #campus-map .region-count")).isEmpty());
        b.waiting().until(d -> !d.findElements(By.cssSelector("#campus-map path.leaflet-interactive, #campus-map svg path")).isEmpty());
        b.screenshot("home");
        b.assertAccessible();
    }

    @Test
    void searchFiltersWithFacetsWithoutReloadingThePage() {
        var b = browser();
        b.open("/campus");
        String total = b.find("#result-count strong").getText();
        b.script("window.__sameDocument = true");

        b.find("#q").sendKeys("numerique");
        b.waiting().until(d -> !d.findElement(By.cssSelector("#result-count strong")).getText().equals(total));
        assertThat(b.driver().getCurrentUrl()).contains("q=numerique");
        assertThat(b.findAll(".fr-card__title a")).isNotEmpty();

        // Choosing a région facet narrows the results and updates the address, in the same document.
        b.find("#q").clear();
        b.open("/campus");
        String regionBox = b.findAll("#facet-region input[type=checkbox]").get(0).getAttribute("id");
        long expected = Long.parseLong(b.find("label[for='" + regionBox + "'] .fr-badge").getText().strip());
        b.script("window.__sameDocument = true");
        b.find("label[for='" + regionBox + "']").click();
        b.waiting().until(ExpectedConditions.urlContains("region="));
        b.waitForText("#result-count strong", Long.toString(expected));
        assertThat(b.script("return window.__sameDocument === true")).isEqualTo(true);
        assertThat(b.find("#" + regionBox).isSelected()).isTrue();
        b.screenshot("search");
        b.assertAccessible();

        // The URL can be shared: opening it again gives the same filtered results.
        String shared = b.driver().getCurrentUrl();
        b.driver().get(shared);
        assertThat(b.find("#result-count strong").getText()).isEqualTo(Long.toString(expected));
    }

    @Test
    void campusPageShowsIdentityAndPartnersAndIsAccessible() {
        var b = browser();
        b.open("/campus");
        String name = b.find(".fr-card__title a").getText();
        b.find(".fr-card__title a").click();
        b.waiting().until(d -> d.getCurrentUrl().matches(".*/campus/[a-z0-9-]+$"));
        assertThat(b.find("h1").getText()).isEqualTo(name);
        assertThat(b.find("body").getText()).contains("Fiche d'identité", "Établissement support", "Partenaires", "Direction opérationnelle");
        b.screenshot("campus");
        b.assertAccessible();
    }
}
