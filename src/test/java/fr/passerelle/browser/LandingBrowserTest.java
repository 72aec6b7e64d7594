package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.AnyPage;
import fr.passerelle.browser.pages.BackOfficeHomePage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each role lands on its work ({@code /gestion}) in a real browser, and never meets a link it cannot open: every link
 * of its landing page and of its first campus's pages is followed (the pages opened are checked by axe-core, the links
 * they show answered without 403, 404 or a server error).
 */
class LandingBrowserTest extends BrowserTest {

    @Test
    void theExpertLandsOnTheDossiersToScore() {
        var home = logInAs("expert");
        assertThat(home.showsTask("to-score")).isTrue();
        assertThat(home.taskCount("to-score")).isPositive();
        assertThat(home.taskItems("to-score")).isNotEmpty();
        assertThat(home.panelTitles()).noneMatch(t -> t.contains("Campus"));
        crawl(home);
    }

    @Test
    void theRecruiterLandsOnItsCompanyCard() {
        var home = logInAs("recruteur");
        assertThat(home.organisationName()).isNotBlank();
        assertThat(home.offersToEditTheOrganisation()).isTrue();
        // Its company card, and what the clusters its company is an active member of offer it.
        assertThat(home.panelTitles()).contains("Votre organisation").anyMatch(title -> title.startsWith("Mes clusters"));
        crawl(home);
    }

    @Test
    void theDirectorLandsOnItsCampusSectionsMeetingsAndDossiers() {
        var home = logInAs("direction");
        assertThat(home.ownCampusSections()).contains("Identité", "Partenaires", "Instances et réunions", "Budget", "Plan d’actions",
                "Documents", "Historique");
        assertThat(home.showsTask("coming")).isTrue();
        assertThat(home.showsTask("without-minutes")).isTrue();
        assertThat(home.showsTask("in-hands")).isTrue();
        assertThat(home.showsTask("labels-ending")).isTrue();
        home.screenshot("landing-direction");
        crawl(home);
    }

    @Test
    void thePartnerLandsOnItsOrganisationItsCampusesAndTheirMeetings() {
        var home = logInAs("partenaire");
        assertThat(home.organisationName()).isNotBlank();
        assertThat(home.showsTask("coming")).isTrue();
        assertThat(home.panelTitles()).anyMatch(t -> t.startsWith("Campus de votre périmètre") || t.equals("Votre campus"));
        crawl(home);
    }

    @Test
    void theRegionalCoordinationLandsOnTheOpinionsToRecord() {
        var home = logInAs("coordination");
        assertThat(home.taskCount("regional-opinions")).isPositive();
        assertThat(home.taskCount("in-hands")).isPositive();
        assertThat(home.showsTask("labels-ending")).isTrue();
        crawl(home);
    }

    @Test
    void theAcademicReferentLandsOnItsDossiersAndCampuses() {
        var home = logInAs("referent");
        assertThat(home.showsTask("in-hands")).isTrue();
        assertThat(home.showsTask("labels-ending")).isTrue();
        assertThat(home.panelTitles()).anyMatch(t -> t.startsWith("Campus de votre périmètre"));
        crawl(home);
    }

    @Test
    void theAdministrationLandsOnTheChainsNextSteps() {
        var home = logInAs("admin");
        assertThat(home.taskCount("cnee")).isPositive();
        assertThat(home.taskCount("decision")).isPositive();
        assertThat(home.showsTask("assign-experts")).isTrue();
        assertThat(home.showsTask("synthesis")).isTrue();
        assertThat(home.panelTitles()).contains("Administration de la plateforme");
        crawl(home);
    }

    /**
     * Opens every link of the landing page, then every section of the first campus in the side menu, checks each with
     * axe-core and its breadcrumb, and asks for every link those pages show: none may answer 403, 404 or 5xx.
     */
    private void crawl(BackOfficeHomePage home) {
        home.assertAccessible();
        Map<String, Integer> broken = new LinkedHashMap<>();
        Set<String> visited = new LinkedHashSet<>();
        List<String> toVisit = new ArrayList<>(home.links().stream().filter(LandingBrowserTest::isPage).toList());
        Set<String> checked = new LinkedHashSet<>();
        check(home.links(), checked, broken);
        boolean campusPagesQueued = false;
        while (!toVisit.isEmpty()) {
            String path = toVisit.remove(0);
            if (!visited.add(path)) {
                continue;
            }
            var page = AnyPage.open(browser(), path);
            page.assertAccessible();
            if (path.startsWith("/gestion/")) {
                assertThat(page.breadcrumb()).as("breadcrumb of " + path).startsWith("Accueil").hasSizeGreaterThan(1);
            }
            check(page.links(), checked, broken);
            check(page.sideMenuLinks(), checked, broken);
            if (!campusPagesQueued && !page.sideMenuLinks().isEmpty()) {
                campusPagesQueued = true;
                toVisit.addAll(page.sideMenuLinks());
            }
        }
        assertThat(broken).as("links answering 403, 404 or an error, after visiting " + visited).isEmpty();
    }

    private void check(List<String> links, Set<String> checked, Map<String, Integer> broken) {
        for (String link : links) {
            if (checked.add(link)) {
                int status = browser().statusOf(link);
                if (status == 401 || status == 403 || status == 404 || status >= 500) {
                    broken.put(link, status);
                }
            }
        }
    }

    /** A page to open in the browser: not a download. */
    private static boolean isPage(String path) {
        return !path.matches(".*\\.(pdf|csv|xlsx|ics|json|geojson)(\\?.*)?$") && !path.startsWith("/api/");
    }
}
