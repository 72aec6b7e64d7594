package fr.passerelle.browser.pages;

/** The yearly budget of a campus ({@code /gestion/campus/{id}/budget?annee=…}). */
public final class BudgetPage extends Page {

    BudgetPage(Browser browser) {
        super(browser);
    }

    public BudgetPage ofYear(int year) {
        browser.open(browser.currentPath().replaceFirst("\\?.*$", "") + "?annee=" + year);
        return this;
    }

    public BudgetPage openBudget() {
        click("open-budget");
        return this;
    }

    /** Adds a planned resource line of the category given (e.g. {@code REGION}). */
    public BudgetPage addPlannedResource(String category, String label, String planned) {
        check("side-resource");
        select("category", category);
        type("line-label", label);
        type("planned", planned);
        click("add-line");
        return this;
    }

    /** Types the planned amount again and adds the line. */
    public BudgetPage correctPlannedAmount(String planned) {
        replace("planned", planned);
        click("add-line");
        return this;
    }

    /** Waits for the error the line's form shows (above its fields). */
    public void expectLineError(String text) {
        browser.waitForText("#budget-error", text);
    }

    /** The label of the line being written. */
    public String lineLabel() {
        return valueOf("line-label");
    }

    public String plannedResources() {
        return text("planned-resources");
    }
}
