package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.HomePage;
import fr.passerelle.browser.pages.SearchPage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A parent or a pupil finds a campus near home and what it teaches; the map shows each campus of a town apart, to the
 * mouse, the keyboard and screen readers. axe-core on every page visited.
 */
class FindCampusBrowserTest extends BrowserTest {

    private static final String DIGITAL_LILLE = "Campus des métiers et des qualifications Image numérique et industries créatives";

    @Test
    void aPupilSearchesByTownAndDistanceThenFindsATrainingAndWhereItIsTaught() {
        var search = SearchPage.open(browser(), "numérique");
        search.searchAround("Lille", 20);
        assertThat(search.resultPlace()).contains("à moins de 20 km de Lille (59000)");
        assertThat(search.resultTitles()).contains(DIGITAL_LILLE);
        assertThat(search.resultDistances()).isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("à "));
        assertThat(search.address()).contains("lieu=Lille", "distance=20");
        search.screenshot("search-around-lille");
        search.assertAccessible();

        var campus = search.openCampus(DIGITAL_LILLE);
        assertThat(campus.heading()).isEqualTo(DIGITAL_LILLE);
        assertThat(campus.howToReach()).contains("Adresse", "Lille", "Direction opérationnelle", "@demo.passerelle.test");
        assertThat(campus.text()).doesNotContain("Non renseigné");
        List<String> trainings = campus.trainings();
        assertThat(trainings).isNotEmpty().allSatisfy(t -> assertThat(t).contains(" — CFA ", ", à "));
        assertThat(campus.openData()).contains("CSV", "GeoJSON", "JSON");
        campus.screenshot("campus-how-to-reach");
        campus.assertAccessible();

        String establishment = trainings.get(0).split(" — ")[1].split(", à ")[0];
        var partner = campus.openFirstTrainingEstablishment();
        assertThat(partner.heading()).contains(establishment);
        assertThat(partner.text()).contains(DIGITAL_LILLE);
        partner.assertAccessible();
    }

    @Test
    void campusesOfOneTownAreSpreadApartAndEachIsReachedByMouseAndKeyboard() {
        var home = HomePage.open(browser());
        home.expectBaseLayerNames("Lille", "Paris", "Nord");
        home.scrollToMap();
        home.screenshot("map-france");
        home.showRegionWithKeyboard("Hauts-de-France");

        List<HomePage.Marker> markers = home.campusMarkers();
        List<HomePage.Marker> lille = markers.stream().filter(m -> m.name().contains("Lille")).toList();
        assertThat(lille).hasSizeGreaterThanOrEqualTo(6);
        // Distinct places on screen, no two closer than a marker's width: each can be clicked.
        for (int i = 0; i < lille.size(); i++) {
            for (int j = i + 1; j < lille.size(); j++) {
                double distance = Math.hypot(lille.get(i).x() - lille.get(j).x(), lille.get(i).y() - lille.get(j).y());
                assertThat(distance).as(lille.get(i).name() + " / " + lille.get(j).name()).isGreaterThanOrEqualTo(26);
            }
        }
        // Buttons in the tab order, each named after its campus.
        assertThat(lille).allSatisfy(m -> {
            assertThat(m.tabIndex()).isZero();
            assertThat(m.role()).isEqualTo("button");
            assertThat(m.name()).startsWith("Campus");
        });
        assertThat(lille.stream().map(HomePage.Marker::name).distinct()).hasSameSizeAs(lille);

        // Enter on the focused marker (the first campus's, after the région) opens that campus's popup.
        String focused = home.focusedName();
        assertThat(home.openFocusedMarker()).contains(focused.split(" — ")[0]);

        // Two clicks on two other markers of the same town open two different campuses (a click on the marker whose
        // popup is open would close it).
        List<HomePage.Marker> others = lille.stream().filter(m -> !m.name().equals(focused)).toList();
        String first = home.clickMarker(others.get(0).slug());
        String second = home.clickMarker(others.get(1).slug());
        assertThat(first).isNotEqualTo(second);
        assertThat(first).contains(others.get(0).name().split(" — ")[0]);
        assertThat(second).contains(others.get(1).name().split(" — ")[0]);
        // The keyboard walks from one campus to the next.
        home.focusFirstCampusMarker();
        Set<String> reached = new HashSet<>();
        for (int i = 0; i < markers.size(); i++) {
            reached.add(home.focusedName());
            home.tab();
        }
        assertThat(reached).containsAll(lille.stream().map(HomePage.Marker::name).toList());

        home.focusFirstCampusMarker();
        home.scrollToMap();
        home.screenshot("map-spread");
        home.assertAccessible();
    }
}
