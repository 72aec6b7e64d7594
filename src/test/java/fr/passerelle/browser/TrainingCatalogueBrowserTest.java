package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.CampusPage;
import fr.passerelle.browser.pages.TrainingSearchPage;
import fr.passerelle.browser.pages.TrainingSheetPage;
import fr.passerelle.campus.CampusRegistry;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A visitor goes from a campus page to the sheet of one of its trainings, and searches the catalogue; both pages are accessible (axe-core). */
class TrainingCatalogueBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CampusRegistry campuses;

    @Test
    void fromACampusPageToTheSheetOfOneOfItsTrainingsWithItsEstablishmentsOnTheMap() {
        UUID campus = jdbc.queryForObject("""
                select ct.campus_id from campus_training ct join catalogue_training t on t.cfd = ct.diploma_code
                order by ct.campus_id limit 1""", UUID.class);
        String slug = campuses.byId(campus).orElseThrow().slug();

        TrainingSheetPage sheet = CampusPage.open(browser(), slug).openFirstTrainingSheet();

        assertThat(sheet.text()).contains("En bref").contains("Niveau").contains("Où se former").contains("Devenir des sortants").contains("Contact");
        assertThat(sheet.establishments()).isNotBlank();
        assertThat(sheet.markers()).isPositive();
        sheet.assertAccessible();
    }

    @Test
    void theCatalogueSearchNarrowsAsOneTypesAndLeadsToASheet() {
        TrainingSearchPage search = TrainingSearchPage.open(browser());
        search.assertAccessible();
        String all = search.count();

        search.search("boulanger");
        assertThat(search.count()).isNotEqualTo(all);
        assertThat(search.titles()).isNotEmpty().allMatch(t -> t.toLowerCase().contains("boulan"));
        search.assertAccessible();

        TrainingSheetPage sheet = search.openResult(search.titles().get(0));
        sheet.assertAccessible();
    }
}
