package fr.passerelle.browser.pages;

/** A person's notifications ({@code /gestion/notifications}) and how they want to be e-mailed. */
public final class NotificationsPage extends Page {

    NotificationsPage(Browser browser) {
        super(browser);
    }

    /** E.g. "2 notification(s), dont 2 non lue(s)." */
    public String summary() {
        return text("notification-summary");
    }

    public void expectSummary(String text) {
        browser.waitForText("#notification-summary", text);
    }

    public boolean dailyDigestChosen() {
        return isChecked("daily-digest");
    }

    /** Follows the first notification whose text contains the text given. */
    public void follow(String text) {
        String id = browser.findAll("#notifications li").stream().filter(li -> li.getText().contains(text)).findFirst().orElseThrow()
                .getAttribute("data-id");
        browser.find("a[href$='/gestion/notifications/" + id + "']").click();
    }

    /** Ticks or unticks the daily digest and saves the preference. */
    public NotificationsPage toggleDailyDigest() {
        check("daily-digest");
        click("save-preference");
        return this;
    }

    public NotificationsPage markAllRead() {
        click("mark-all-read");
        return this;
    }
}
