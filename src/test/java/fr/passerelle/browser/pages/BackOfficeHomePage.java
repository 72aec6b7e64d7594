package fr.passerelle.browser.pages;

import java.util.List;
import org.openqa.selenium.By;

/**
 * The back office's landing page ({@code /gestion}): the panels of what waits for the person — tasks with their
 * counts and first items, their campus and its sections, their organisation.
 */
public final class BackOfficeHomePage extends Page {

    BackOfficeHomePage(Browser browser) {
        super(browser);
    }

    public static BackOfficeHomePage open(Browser browser) {
        browser.open("/gestion");
        return new BackOfficeHomePage(browser);
    }

    /** Waits until the browser is back on the home of the back office. */
    public static BackOfficeHomePage expectReached(Browser browser) {
        browser.waitForPath(p -> p.endsWith("/gestion"));
        return new BackOfficeHomePage(browser);
    }

    /** Follows the link to the identity form of the first campus listed. */
    public CampusFormPage editCampus() {
        browser.find("a[aria-label^='Modifier l’identité de']").click();
        browser.waitForPath(p -> p.endsWith("/modifier"));
        return new CampusFormPage(browser);
    }

    /** Follows the "Partenaires" link of the first campus listed. */
    public PartnersPage openPartners() {
        browser.find("a[aria-label^='Partenaires de']").click();
        browser.waitForPath(p -> p.endsWith("/partenaires"));
        return new PartnersPage(browser);
    }

    /** The titles of the panels shown, in order. */
    public List<String> panelTitles() {
        return browser.findAll("main section > h2").stream().map(h -> h.getText().strip()).toList();
    }

    /** Whether the task (its key, e.g. {@code to-score}, {@code regional-opinions}) is shown. */
    public boolean showsTask(String key) {
        return !browser.findAll("#task-" + key).isEmpty();
    }

    /** The count the task shows. */
    public int taskCount(String key) {
        return Integer.parseInt(browser.find("#task-" + key + " .task-count").getText().strip());
    }

    /** The names of the first items the task lists. */
    public List<String> taskItems(String key) {
        return browser.findAll("#task-" + key + " .landing-list li").stream()
                .map(li -> li.findElement(By.cssSelector("a, strong")).getText().strip()).toList();
    }

    /** The name of the person's organisation on its card, or null without one. */
    public String organisationName() {
        var cards = browser.findAll("#own-organisation .organisation-name");
        return cards.isEmpty() ? null : cards.get(0).getText().strip();
    }

    public boolean offersToEditTheOrganisation() {
        return !browser.findAll("#edit-organisation").isEmpty();
    }

    /** The sections listed for the person's own campus (a director's, a partner's only one). */
    public List<String> ownCampusSections() {
        return browser.findAll("#own-campus .fr-tag").stream().map(a -> a.getText().strip()).toList();
    }

    /** The links of the page's content, as paths. */
    public List<String> links() {
        return browser.contentLinks();
    }
}
