package fr.passerelle.browser.pages;

/** A candidate's own space ({@code /candidat}). */
public final class CandidateSpacePage extends Page {

    CandidateSpacePage(Browser browser) {
        super(browser);
    }

    /** Waits until the browser is on the candidate's space (after a login or a save). */
    public static CandidateSpacePage expect(Browser browser) {
        browser.waitForPath(p -> p.endsWith("/candidat"));
        return new CandidateSpacePage(browser);
    }

    public static CandidateSpacePage open(Browser browser) {
        browser.open("/candidat");
        return new CandidateSpacePage(browser);
    }

    public String profileState() {
        return text("profile-state");
    }

    public CandidateProfilePage editProfile() {
        click("edit-profile");
        browser.waitForPath(p -> p.endsWith("/candidat/profil"));
        return new CandidateProfilePage(browser);
    }

    /** Gives or withdraws the consent of a purpose ({@code banque-cv}…) with its one button. */
    public CandidateSpacePage toggleConsent(String slug) {
        browser.find("#consent-" + slug + " button").click();
        browser.waitForText(".fr-alert--success", "Consentement");
        return this;
    }

    public String consent(String slug) {
        return text("consent-" + slug);
    }

    /** Who viewed the profile in the CV bank: the table's text. */
    public String profileViews() {
        return text("profile-views");
    }

    /** Gives the consent of a purpose unless it is given already. */
    public CandidateSpacePage ensureConsent(String slug) {
        if (!consent(slug).contains("Donné le")) {
            toggleConsent(slug);
        }
        return this;
    }

    public CandidateAlertsPage alerts() {
        click("my-alerts");
        browser.waitForPath(p -> p.endsWith("/candidat/alertes"));
        return new CandidateAlertsPage(browser);
    }
}
