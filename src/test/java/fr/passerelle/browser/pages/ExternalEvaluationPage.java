package fr.passerelle.browser.pages;

import java.nio.file.Path;

/** The external evaluations of Excellence labels: their list, an evaluation's page with its report form, its scheduling form. */
public final class ExternalEvaluationPage extends Page {

    static final String BASE = "/gestion/labellisation/evaluations-externes";

    private ExternalEvaluationPage(Browser browser) {
        super(browser);
    }

    /** The list of the evaluations of the reader's scope. */
    public static ExternalEvaluationPage list(Browser browser) {
        browser.open(BASE);
        return new ExternalEvaluationPage(browser);
    }

    public static ExternalEvaluationPage open(Browser browser, Object id) {
        browser.open(BASE + "/" + id);
        return new ExternalEvaluationPage(browser);
    }

    /** The rows of the list, as their text. */
    public java.util.List<String> rows() {
        return browser.findAll(".evaluation-row").stream().map(org.openqa.selenium.WebElement::getText).toList();
    }

    /** The status as written (the DSFR badge shows it in capitals). */
    public String status() {
        return browser.find("#evaluation-status").getAttribute("textContent").strip();
    }

    /** From the evaluation's page, the administration's form to change its evaluator or date. */
    public ExternalEvaluationPage edit() {
        click("edit-plan");
        return this;
    }

    public ExternalEvaluationPage dueOn(Object day) {
        setDate("dueOn", day);
        return this;
    }

    public ExternalEvaluationPage savePlan() {
        click("save-plan");
        return this;
    }

    /** The evaluator's report: its file (none to forget it), its conclusion and its summary. */
    public ExternalEvaluationPage report(Path file, String conclusion, String summary) {
        if (file != null) {
            type("fichier", file.toAbsolutePath().toString());
        }
        select("conclusion", conclusion);
        replace("summary", summary);
        click("file-report");
        return this;
    }

    public String conclusion() {
        return text("conclusion");
    }
}
