package fr.passerelle.browser.pages;

/** The administration's follow-up of a dossier ({@code …/dossiers/{id}/suivi}): tags, private notes, messages. */
public final class FollowUpPage extends Page {

    FollowUpPage(Browser browser) {
        super(browser);
    }

    public FollowUpPage tag(String tag) {
        type("tag", tag);
        click("add-tag");
        return this;
    }

    public String tags() {
        return text("tag-list");
    }

    public FollowUpPage annotate(String note) {
        type("annotation", note);
        click("add-annotation");
        return this;
    }

    public String annotations() {
        return text("annotation-list");
    }

    /** Opens the messages exchanged about the dossier. */
    public MessagesPage openMessages() {
        click("messages-link");
        return new MessagesPage(browser);
    }
}
