package fr.passerelle.browser.pages;

/** The answer of a dossier to one criterion, autosaved as it is typed ({@code …/criteres/{criterion}}). */
public final class CriterionPage extends Page {

    CriterionPage(Browser browser) {
        super(browser);
    }

    public CriterionPage write(String text) {
        type("text", text);
        return this;
    }

    /** Waits until the autosave line says the text (e.g. "Brouillon enregistré à"). */
    public CriterionPage expectAutosaved(String text) {
        browser.waitForText("#autosave", text);
        return this;
    }

    public CriterionPage save() {
        click("save-section");
        return this;
    }
}
