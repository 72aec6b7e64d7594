package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.HomePage;
import fr.passerelle.browser.pages.SearchPage;
import org.junit.jupiter.api.Test;

/** The public site in a real browser: home, search with facets through htmx, a campus page, all checked by axe-core. */
class PublicSiteBrowserTest extends BrowserTest {

    @Test
    void homePageShowsTheMapWithoutInternetAndIsAccessible() {
        var home = HomePage.open(browser());
        assertThat(home.heading()).contains("Campus des métiers et des qualifications");
        home.expectMapDrawn();
        home.screenshot("home");
        home.assertAccessible();
    }

    @Test
    void searchFiltersWithFacetsWithoutReloadingThePage() {
        var search = SearchPage.open(browser());
        search.markDocument();

        search.search("numerique");
        assertThat(search.address()).contains("q=numerique");
        assertThat(search.resultTitles()).isNotEmpty();

        // Choosing a région facet narrows the results and updates the address, in the same document.
        search = SearchPage.open(browser());
        var region = search.firstRegion();
        search.markDocument();
        search.filterBy(region);
        search.expectResultCount(Long.toString(region.count()));
        assertThat(search.isSameDocument()).isTrue();
        assertThat(search.isChosen(region)).isTrue();
        search.screenshot("search");
        search.assertAccessible();

        // The URL can be shared: opening it again gives the same filtered results.
        var shared = SearchPage.openAddress(browser(), search.address());
        assertThat(shared.resultCount()).isEqualTo(Long.toString(region.count()));
    }

    @Test
    void campusPageShowsIdentityAndPartnersAndIsAccessible() {
        var search = SearchPage.open(browser());
        String name = search.resultTitles().get(0);
        var campus = search.openFirstCampus();
        assertThat(campus.heading()).isEqualTo(name);
        assertThat(campus.text()).contains("Fiche d'identité", "Établissement support", "Partenaires", "Direction opérationnelle");
        campus.screenshot("campus");
        campus.assertAccessible();
    }
}
