package fr.passerelle.browser.pages;

/** The messages exchanged between the administration and the promoters of a dossier. */
public final class MessagesPage extends Page {

    MessagesPage(Browser browser) {
        super(browser);
    }
}
