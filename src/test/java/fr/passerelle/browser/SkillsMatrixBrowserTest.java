package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.TestActors;
import fr.passerelle.browser.pages.LoginPage;
import fr.passerelle.browser.pages.SkillsMatrixPage;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.ClusterMatrix;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cluster's staff keep the matrix's lists and fill in a member company's entry; the company's recruiter types in the
 * cross search and sees the results follow, then validates the entry of their company. axe-core on every page.
 */
class SkillsMatrixBrowserTest extends BrowserTest {

    static final String PASSWORD = "une phrase de passe de test";

    @Autowired
    Clusters clusters;
    @Autowired
    ClusterMatrix matrix;
    @Autowired
    Directory directory;
    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    Actor account(String name, Role role, UUID organisation, String key) {
        String username = name + "-" + key;
        return accounts.open(new NewAccount(username, username + "@example.fr", name + " " + key, PASSWORD, role, null, null, null, organisation));
    }

    @Test
    void theStaffFillInAnEntryAndTheCompanysRecruiterFindsItAsTheyTypeThenValidatesIt() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", "Grappe navale " + key, Sector.MOBILITY);
        LocalDate since = LocalDate.now(clock).minusYears(1);
        UUID shipyard = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Chantier Oméga " + key, since);
        UUID boilerWorks = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Chaudronnerie Sigma " + key, since);
        Actor staffSetup = TestActors.clusterStaffOf(cluster.id());
        matrix.addMarket(staffSetup, cluster.id(), "Naval");
        UUID aerospace = matrix.addMarket(staffSetup, cluster.id(), "Aéronautique");
        UUID manufacturing = matrix.addActivity(staffSetup, cluster.id(), "Fabrication");
        matrix.fill(staffSetup, cluster.id(), boilerWorks, List.of(11971), List.of(), List.of(manufacturing), List.of(aerospace));
        Actor staff = account("animation", Role.CLUSTER_STAFF, cluster.id(), key);
        Actor recruiter = account("omega", Role.COMPANY_RECRUITER, shipyard, key);

        // The staff add a key skill from ROME, then fill in the shipyard's entry with a job title and a market.
        LoginPage.open(browser()).logIn(staff.username(), PASSWORD);
        var lists = SkillsMatrixPage.openLists(browser(), cluster.id());
        lists.assertAccessible();
        lists.skill().search("équipements électriques").expectResult("Poser des circuits et équipements électriques").choose("121613");
        lists.addSkill();
        lists.expectSuccess("« Poser des circuits et équipements électriques » est ajoutée aux compétences clés.");
        lists.assertAccessible();

        var entry = SkillsMatrixPage.openEntry(browser(), cluster.id(), shipyard);
        entry.expectHeading("Chantier Oméga " + key);
        entry.assertAccessible();
        entry.jobTitle().search("construction navale").expectResult("Dessinateur / Dessinatrice en construction navale").choose("14057");
        entry.tickInEntry("skill", "Poser des circuits et équipements électriques").tickInEntry("market", "Naval").saveEntry();
        entry.expectSuccess("est enregistrée : l'entreprise la validera.");
        assertThat(entry.state()).containsIgnoringCase("À valider par l’entreprise");
        entry.assertAccessible();

        var staffSearch = SkillsMatrixPage.open(browser(), cluster.id());
        staffSearch.expectCount(2);
        staffSearch.assertAccessible();

        // The shipyard's recruiter types in the cross search: the results follow, and the address keeps the search.
        switchTo(null);
        LoginPage.open(browser()).logIn(recruiter.username(), PASSWORD);
        var search = SkillsMatrixPage.open(browser(), cluster.id());
        search.expectCount(2);
        search.assertAccessible();
        search.typeSearch("électriques nav");
        search.expectCount(1);
        assertThat(search.resultNames()).singleElement().asString().startsWith("Chantier Oméga " + key);
        assertThat(browser().currentPath()).contains("q=");
        search.assertAccessible();
        search.clearSearch();
        search.expectCount(2);
        search.tick("market", "Aéronautique");
        search.expectCount(1);
        assertThat(search.resultNames()).singleElement().asString().startsWith("Chaudronnerie Sigma " + key);
        assertThat(browser().currentPath()).contains("market=" + aerospace);

        search.tick("market", "Aéronautique");
        search.expectCount(2);

        var own = search.openResult("Chantier Oméga " + key);
        own.assertAccessible();
        own.validateEntry();
        own.expectSuccess("la fiche de votre entreprise est validée");
        assertThat(own.state()).containsIgnoringCase("Validée et à jour");
        own.assertAccessible();
    }
}
