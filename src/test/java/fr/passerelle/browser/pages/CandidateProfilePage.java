package fr.passerelle.browser.pages;

/** The form of a candidate's profile ({@code /candidat/profil}), with its job-title, skill and diploma pickers. */
public final class CandidateProfilePage extends Page {

    CandidateProfilePage(Browser browser) {
        super(browser);
    }

    /** Searches a job title in the picker of trades and chooses the first one offered. */
    public CandidateProfilePage addJobTitle(String typed, String expected) {
        new SearchPicker(browser, "addJobTitle").search(typed).expectResult(expected).chooseFirst();
        return this;
    }

    public CandidateProfilePage addSkill(String typed, String expected) {
        new SearchPicker(browser, "addSkill").search(typed).expectResult(expected).chooseFirst();
        return this;
    }

    public CandidateProfilePage mobility(String commune, String radiusKm) {
        replace("commune", commune);
        replace("radiusKm", radiusKm);
        return this;
    }

    public CandidateProfilePage availableFrom(String date) {
        replace("availableFrom", date);
        return this;
    }

    /** Saves, expecting the form back with its errors. */
    public CandidateProfilePage saveWithErrors() {
        click("profile-submit");
        browser.waitForText("#form-error-summary", "erreur");
        return this;
    }

    public CandidateSpacePage save() {
        click("profile-submit");
        return CandidateSpacePage.expect(browser);
    }
}
