package fr.passerelle.browser.pages;

/** A candidate's profile in the CV bank ({@code /gestion/cvtheque/{id}}). */
public final class CvBankProfilePage extends Page {

    CvBankProfilePage(Browser browser) {
        super(browser);
    }

    public String jobTitles() {
        return text("profile-job-titles");
    }
}
