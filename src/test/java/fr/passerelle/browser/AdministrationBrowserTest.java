package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.AccountsPage;
import fr.passerelle.browser.pages.BackOfficeHomePage;
import fr.passerelle.browser.pages.ImportPage;
import fr.passerelle.browser.pages.OrganisationFormPage;
import fr.passerelle.browser.pages.SearchPage;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The administrator's and the coordinator's pages in a real browser, each checked by axe-core. */
class AdministrationBrowserTest extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    fr.passerelle.campus.CampusRegistry registry;
    @org.springframework.beans.factory.annotation.Autowired
    fr.passerelle.identity.Accounts accounts;

    @Test
    void administratorPreviewsAnImportSeesTheRejectedRowsThenFollowsItsProgressToTheEnd() {
        logInAs("admin");
        var imports = ImportPage.open(browser());
        imports.assertAccessible();

        imports.preview(Uploads.csv("registre", """
                nom;filiere;code_region;code_academie;code_commune;categorie
                Campus navigateur Un;Numérique, télécommunications;84;10;69123;Standard
                Campus navigateur Deux;Filière inconnue;84;10;;Standard
                Campus navigateur Trois;Tourisme, gastronomie;93;02;13055;Excellence
                """));
        imports.expectRejected("Filière inconnue");
        assertThat(imports.rejectedRows()).contains("3", "filiere");
        imports.assertAccessible();

        imports.start().expectProgress("Import terminé");
        assertThat(imports.progress()).contains("2 ligne(s) sur 2", "2 campus créé(s)");
        imports.assertAccessible();

        SearchPage.open(browser(), "navigateur").expectResultCount("2");
    }

    @Test
    void administratorOpensAnAccountForAPartnerOrganisationChosenBySearch() {
        logInAs("admin");
        var accounts = AccountsPage.open(browser());
        accounts.assertAccessible();
        accounts.openAccount("membre.polepharma", "Membre de Polepharma", "membre@polepharma.example", "PARTNER_MEMBER", "Polepharma");
        accounts.expectSuccess("Le compte « membre.polepharma » est ouvert.");
        assertThat(accounts.accounts()).contains("membre.polepharma", "Membre partenaire");
        accounts.assertAccessible();
    }

    @Test
    void administratorOpensADreetsCorrespondentAccountWithTheCampusesItFollowsThenAddsOne() {
        logInAs("admin");
        var accounts = AccountsPage.open(browser());
        String username = "dreets." + UUID.randomUUID().toString().substring(0, 6);
        var campuses = registry.all().stream().filter(c -> c.regionCode().equals("32")).map(c -> c.name() + " (" + c.regionName() + ")").limit(2).toList();
        accounts.openCorrespondentAccount(username, "Correspondante DREETS", username + "@example.fr", "32");
        accounts.expectFieldError("followedCampusIds", "Choisissez au moins un campus suivi");
        assertThat(accounts.valueOf("username")).isEqualTo(username);
        accounts.assertAccessible();

        accounts = AccountsPage.open(browser());
        accounts.openCorrespondentAccount(username, "Correspondante DREETS", username + "@example.fr", "32", campuses.get(0));
        accounts.expectSuccess("Le compte « " + username + " » est ouvert.");
        assertThat(accounts.accounts()).contains(username, "Correspondant·e DREETS");

        accounts.openFollowedCampuses(username).expectHeading("Campus suivis par Correspondante DREETS");
        accounts.assertAccessible();
        accounts.followAlso(campuses.get(1)).expectSuccess("Les campus suivis sont enregistrés.");
        assertThat(this.accounts.byUsername(username).orElseThrow().followedCampusIds()).hasSize(2);
    }

    @Test
    void coordinatorRegistersAnOrganisationThenMakesItAPartnerOfACampus() {
        logInAs("coordination");
        var form = OrganisationFormPage.openNew(browser());
        form.assertAccessible();
        String name = "Lycée navigateur " + UUID.randomUUID().toString().substring(0, 8);
        form.fill("SCHOOL", name, "0010826X").save();
        form.expectFieldError("uai", "n'est pas valide");
        assertThat(form.valueOf("name")).isEqualTo(name);
        form.assertAccessible();

        // Located in the coordinator's région, it stays theirs to edit.
        form.correctUai("0010965U").locateIn("59350").save();
        form.expectSuccess("a été ajoutée à l'annuaire");
        var directory = form.directory();
        directory.assertAccessible();

        var organisation = directory.edit(name).addPerson("Claire", "Navigateur", "claire@example.fr");
        organisation.expectPerson("Claire Navigateur");
        organisation.assertAccessible();

        var partners = BackOfficeHomePage.open(browser()).openPartners();
        partners.assertAccessible();
        partners.addPartner(name.substring(0, 20), name, "ASSOCIATE");
        partners.expectSuccess("a été ajouté aux partenaires");
        assertThat(partners.partners()).contains(name, "Membre associé");

        partners.addContact("Claire Navigateur — " + name);
        partners.expectSuccess("Claire Navigateur est désormais contact du campus.");
        partners.assertAccessible();

        var history = partners.tabs().history().expectEntry("Contact ajouté : Claire Navigateur");
        assertThat(history.entries()).contains("Partenaire ajouté : " + name);
    }
}
