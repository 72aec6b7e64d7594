package fr.passerelle.browser.pages;

import java.nio.file.Path;
import java.util.UUID;

/**
 * The framework agreement and carrying structure of a campus ({@code /gestion/campus/{id}/convention-cadre}). Signatory
 * fields are named {@code signatories[i].party} and so on; their ids are those names, found here by attribute.
 */
public final class FoundationsPage extends Page {

    FoundationsPage(Browser browser) {
        super(browser);
    }

    public static FoundationsPage open(Browser browser, UUID campus) {
        browser.open("/gestion/campus/" + campus + "/convention-cadre");
        browser.waitForText("h2", "Convention cadre");
        return new FoundationsPage(browser);
    }

    public FoundationsPage title(String title) {
        replace("title", title);
        return this;
    }

    public FoundationsPage dates(String signedOn, String effectiveFrom, String effectiveUntil) {
        setDate("signedOn", signedOn);
        setDate("effectiveFrom", effectiveFrom);
        setDate("effectiveUntil", effectiveUntil);
        return this;
    }

    /** Fills the signatory line {@code index} (from 0); an amount and what it covers, or two nulls. */
    public FoundationsPage signatory(int index, String party, String name, String function, String amount, String purpose) {
        line(index, "party", party);
        line(index, "name", name);
        line(index, "function", function);
        line(index, "commitmentAmount", amount);
        line(index, "commitmentPurpose", purpose);
        return this;
    }

    /** The number of signatory lines the form shows, blank ones included. */
    public int lineCount() {
        return browser.findAll("fieldset.signatory").size();
    }

    /** The first blank signatory line. */
    public int firstBlankLine() {
        for (int i = 0; i < lineCount(); i++) {
            if (browser.find("[id='signatories[" + i + "].party']").getAttribute("value").isEmpty()) {
                return i;
            }
        }
        throw new AssertionError("No blank signatory line");
    }

    public FoundationsPage attach(Path signedPdf) {
        type("fichier", signedPdf.toAbsolutePath().toString());
        return this;
    }

    public FoundationsPage save() {
        click("save-agreement");
        return this;
    }

    public String signatoriesTable() {
        return browser.find("#signatories").getText();
    }

    public String fileLink() {
        return browser.find("#agreement-file").getText();
    }

    public String lineError(int index, String field) {
        String id = "signatories[" + index + "]." + field + "-error";
        browser.waitForText("[id='" + id + "']", "");
        return browser.find("[id='" + id + "']").getText();
    }

    private void line(int index, String field, String value) {
        if (value == null) {
            return;
        }
        var input = browser.find("[id='signatories[" + index + "]." + field + "']");
        input.clear();
        input.sendKeys(value);
    }
}
