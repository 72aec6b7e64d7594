package fr.passerelle.browser.pages;

import java.util.List;
import org.openqa.selenium.WebElement;

/** A candidate's alerts ({@code /candidat/alertes}). */
public final class CandidateAlertsPage extends Page {

    CandidateAlertsPage(Browser browser) {
        super(browser);
    }

    public static CandidateAlertsPage open(Browser browser) {
        browser.open("/candidat/alertes");
        return new CandidateAlertsPage(browser);
    }

    /** Each alert's row: name, search, state, last sending. */
    public List<String> rows() {
        return browser.findAll("#alerts tbody tr").stream().map(WebElement::getText).toList();
    }
}
