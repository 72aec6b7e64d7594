package fr.passerelle.browser.pages;

/** The header of every back-office page: the notifications bell. */
public final class Header {

    private final Browser browser;

    Header(Browser browser) {
        this.browser = browser;
    }

    /** What a screen reader announces for the bell, e.g. "Notifications, 2 non lues". */
    public String notificationBell() {
        return browser.find("#notification-bell").getAttribute("aria-label");
    }

    public NotificationsPage openNotifications() {
        browser.find("#notification-bell").click();
        var page = new NotificationsPage(browser);
        page.expectHeading("Notifications");
        return page;
    }
}
