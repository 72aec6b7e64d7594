package fr.passerelle.browser.pages;

/** A submitted version of a dossier, as it was handed in ({@code …/versions/{n}}). */
public final class ApplicationVersionPage extends Page {

    ApplicationVersionPage(Browser browser) {
        super(browser);
    }
}
