package fr.passerelle.browser.pages;

import java.util.List;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A cluster's skills matrix in the back office: the cross search ({@code /gestion/clusters/{id}/matrice}), its lists
 * ({@code …/listes}) and a member company's entry ({@code …/entreprises/{organisationId}}).
 */
public final class SkillsMatrixPage extends Page {

    private SkillsMatrixPage(Browser browser) {
        super(browser);
    }

    public static SkillsMatrixPage open(Browser browser, UUID clusterId) {
        browser.open("/gestion/clusters/" + clusterId + "/matrice");
        browser.waitForText("h1", "Matrice de compétences");
        return new SkillsMatrixPage(browser);
    }

    public static SkillsMatrixPage openLists(Browser browser, UUID clusterId) {
        browser.open("/gestion/clusters/" + clusterId + "/matrice/listes");
        browser.waitForText("h1", "Listes de la matrice");
        return new SkillsMatrixPage(browser);
    }

    public static SkillsMatrixPage openEntry(Browser browser, UUID clusterId, UUID organisationId) {
        browser.open("/gestion/clusters/" + clusterId + "/matrice/entreprises/" + organisationId);
        return new SkillsMatrixPage(browser);
    }

    // --- search

    /** Types in the search field, letter by letter, as someone does; the results follow (htmx). */
    public SkillsMatrixPage typeSearch(String text) {
        browser.find("#q").sendKeys(text);
        return this;
    }

    /** Empties the search field as someone does, with the keyboard. */
    public SkillsMatrixPage clearSearch() {
        browser.find("#q").sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.BACK_SPACE);
        return this;
    }

    /** Waits until the count of results says {@code count} companies. */
    public SkillsMatrixPage expectCount(long count) {
        browser.waitForText("#result-count", count + (count > 1 ? " entreprises trouvées" : " entreprise trouvée"));
        return this;
    }

    public List<String> resultNames() {
        return browser.findAll(".matrix-result .fr-card__title").stream().map(WebElement::getText).toList();
    }

    /** Ticks a value of a facet by its label (the facet's parameter: job, skill, activity, market, branch, state). */
    public SkillsMatrixPage tick(String facet, String label) {
        browser.find("#facet-" + facet).findElements(By.cssSelector("label")).stream().filter(l -> l.getText().startsWith(label)).findFirst()
                .orElseThrow().click();
        return this;
    }

    public SkillsMatrixPage openResult(String name) {
        browser.driver().findElement(By.partialLinkText(name)).click();
        browser.waitForText("h1", name);
        return this;
    }

    // --- lists

    public SearchPicker skill() {
        return new SearchPicker(browser, "skill");
    }

    public SkillsMatrixPage addSkill() {
        click("add-skill");
        return this;
    }

    public SkillsMatrixPage addMarket(String label) {
        type("market-label", label);
        browser.find("#market-label").submit();
        return this;
    }

    public String listsText() {
        return browser.find("main").getText();
    }

    // --- entry

    public SearchPicker jobTitle() {
        return new SearchPicker(browser, "addJobTitle");
    }

    /** Ticks a value of one of the cluster's lists in the entry form by its label. */
    public SkillsMatrixPage tickInEntry(String axis, String label) {
        browser.find("#" + axis).findElements(By.cssSelector("label")).stream().filter(l -> l.getText().equals(label)).findFirst()
                .orElseThrow().click();
        return this;
    }

    public SkillsMatrixPage saveEntry() {
        click("save-entry");
        return this;
    }

    public SkillsMatrixPage validateEntry() {
        click("validate-entry");
        return this;
    }

    public String state() {
        return text("entry-state");
    }
}
