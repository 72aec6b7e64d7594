package fr.passerelle.browser.pages;

import java.util.List;
import org.openqa.selenium.WebElement;

/**
 * The progress reports of a label (its list, the form asking for a stage report) and a report's page with its annex
 * « Indicateurs et auto-évaluation ».
 */
public final class LabelReportsPage extends Page {

    private LabelReportsPage(Browser browser) {
        super(browser);
    }

    /** The list of the reports of the label a granted dossier gave. */
    public static LabelReportsPage of(Browser browser, Object grantedId) {
        browser.open("/gestion/labellisation/dossiers/" + grantedId + "/rapports");
        return new LabelReportsPage(browser);
    }

    /** The rows of the list, as their text. */
    public List<String> rows() {
        return browser.findAll("#reports tbody tr").stream().map(WebElement::getText).toList();
    }

    /** Asks for a stage report (« point d'étape »): what it is about, when it is due. */
    public LabelReportsPage askForStage(String subject, Object dueOn) {
        replace("subject", subject);
        setDate("dueOn", dueOn);
        click("open-stage");
        return this;
    }

    /** From the list, the report whose row says {@code purpose}. */
    public LabelReportsPage openReport(String purpose) {
        clickLink(purpose);
        return this;
    }

    /** On a report's page: what the report is for, and about. */
    public String purpose() {
        return text("report-purpose");
    }

    /** On a report's page: the annex's heading and the date of its data, if it has one. */
    public String annexDate() {
        return text("annex-date");
    }

    public boolean hasAnnex() {
        return !browser.findAll("#annexe").isEmpty();
    }

    /** On a report's page: the annex's table of a theme (GOVERNANCE…), as text. */
    public String annexTheme(String theme) {
        return text("annex-theme-" + theme);
    }

    public LabelReportsPage refreshAnnex() {
        click("annex-refresh");
        return this;
    }
}
