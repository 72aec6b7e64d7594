package fr.passerelle.browser.pages;

import java.util.UUID;

/**
 * The « Appui à la construction » tab of a dossier ({@code /gestion/labellisation/dossiers/{id}/appui}): the experts
 * attached to support its writing and the advice thread with its promoters.
 */
public final class AdvicePage extends Page {

    AdvicePage(Browser browser) {
        super(browser);
    }

    public static AdvicePage open(Browser browser, String dossierPath) {
        browser.open(dossierPath + "/appui");
        return new AdvicePage(browser);
    }

    /** The national administration attaches an expert account to the draft. */
    public AdvicePage attachAdvisor(UUID expert) {
        check("advisor-" + expert);
        click("attach-advisors");
        return this;
    }

    public String advisors() {
        return text("advisors");
    }

    public AdvicePage write(String text) {
        type("body", text);
        click("send-advice");
        return this;
    }

    public String thread() {
        return text("advice-thread");
    }
}
