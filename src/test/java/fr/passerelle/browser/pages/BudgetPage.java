package fr.passerelle.browser.pages;

import java.util.List;

/** The yearly budget of a campus ({@code /gestion/campus/{id}/budget?annee=…}). */
public final class BudgetPage extends Page {

    BudgetPage(Browser browser) {
        super(browser);
    }

    public BudgetPage ofYear(int year) {
        browser.open(browser.currentPath().replaceFirst("\\?.*$", "") + "?annee=" + year);
        return this;
    }

    /** The title of the alert naming the partners who contribute nothing that year, or null when there is none. */
    public String silentPartnersAlert() {
        var alerts = browser.driver().findElements(org.openqa.selenium.By.cssSelector("#silent-partners"));
        return alerts.isEmpty() ? null : alerts.get(0).getText();
    }

    public CampusTabs tabs() {
        return new CampusTabs(browser);
    }

    public BudgetPage openBudget() {
        click("open-budget");
        return this;
    }

    /** Adds a planned resource line of the category given (e.g. {@code REGION}). */
    public BudgetPage addPlannedResource(String category, String label, String planned) {
        check("side-resource");
        select("category", category);
        type("label", label);
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
        browser.waitForText("#form-error-summary", text);
    }

    /** The label of the line being written. */
    public String lineLabel() {
        return valueOf("label");
    }

    /** Adds the line with nothing typed but a planned amount, as given. */
    public BudgetPage addLineWithOnly(String planned) {
        type("planned", planned);
        click("add-line");
        return this;
    }

    /** The id of the element that has the focus. */
    public String focusedId() {
        return (String) browser.script("return document.activeElement ? document.activeElement.id : null;");
    }

    /** The links of the error summary: for each, its text, its target and whether that target is a field of the page. */
    @SuppressWarnings("unchecked")
    public List<String> errorSummaryLinks() {
        return (List<String>) browser.script("""
                return Array.from(document.querySelectorAll('#form-error-summary a')).map(function (a) {
                  var target = document.querySelector(a.getAttribute('href'));
                  var field = target && ['INPUT', 'SELECT', 'TEXTAREA'].indexOf(target.tagName) >= 0;
                  return a.getAttribute('href') + (field ? ' → field' : ' → nothing') + ' : ' + a.textContent.trim();
                });""");
    }

    /** The labels of the budget's lines, as the table shows them. */
    public List<String> lineLabels() {
        return browser.findAll("table tbody tr td:nth-child(3)").stream().map(e -> e.getText()).toList();
    }

    /** Asks to remove a line: the confirmation modal opens. */
    public BudgetPage askToRemoveLine(String label) {
        browser.find("button[aria-label='Retirer la ligne " + label + "']").click();
        browser.waiting().until(d -> d.findElement(org.openqa.selenium.By.id("confirm-modal")).getAttribute("class").contains("fr-modal--opened"));
        return this;
    }

    /** The question the confirmation modal asks. */
    public String confirmationQuestion() {
        return text("confirm-modal-question");
    }

    public boolean confirmationOpen() {
        return browser.find("#confirm-modal").getAttribute("class").contains("fr-modal--opened");
    }

    public BudgetPage cancelConfirmation() {
        click("confirm-modal-cancel");
        browser.waiting().until(d -> !d.findElement(org.openqa.selenium.By.id("confirm-modal")).getAttribute("class").contains("fr-modal--opened"));
        return this;
    }

    public BudgetPage confirm() {
        click("confirm-modal-accept");
        return this;
    }

    public String plannedResources() {
        return text("planned-resources");
    }
}
