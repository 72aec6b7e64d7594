package fr.passerelle.browser.pages;

/** A call for projects being written by the national administrator: its form, documents required, publication. */
public final class CallFormPage extends Page {

    CallFormPage(Browser browser) {
        super(browser);
    }

    /** Writes and saves the call, open from one date to the other. */
    public CallFormPage write(String title, Object opensOn, Object closesOn, String expectations) {
        type("title", title);
        setDate("opensOn", opensOn);
        setDate("closesOn", closesOn);
        type("expectations", expectations);
        click("save-call");
        return this;
    }

    public CallFormPage requireDocument(String label) {
        type("document-label", label);
        click("add-document");
        return this;
    }

    public CallFormPage publish() {
        click("publish-call");
        return this;
    }
}
