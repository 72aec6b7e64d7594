package fr.passerelle.browser.pages;

/** The labelling home of the back office ({@code /gestion/labellisation}): calls for projects and dossiers. */
public final class LabellingPage extends Page {

    LabellingPage(Browser browser) {
        super(browser);
    }

    public static LabellingPage open(Browser browser) {
        browser.open("/gestion/labellisation");
        return new LabellingPage(browser);
    }

    public CallFormPage newCall() {
        click("new-call");
        return new CallFormPage(browser);
    }

    /** Follows "Ouvrir un dossier" for the call. */
    public NewApplicationPage openApplicationFor(String call) {
        browser.find("a[aria-label='Ouvrir un dossier pour " + call + "']").click();
        return new NewApplicationPage(browser);
    }
}
