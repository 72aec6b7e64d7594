package fr.passerelle.browser.pages;

import java.util.List;

/**
 * The regional strategic committee's yearly review ({@code /gestion/regions/{code}/revues/{year}}), its list of years
 * and its confirmation of the validation: the meeting where it is held, each campus's appreciation form, the
 * conclusion, the validation of the indicators.
 */
public final class RegionalReviewPage extends Page {

    RegionalReviewPage(Browser browser) {
        super(browser);
    }

    /** Opens the région's co-piloting page and follows its link to the yearly reviews, then the review of the year. */
    public static RegionalReviewPage fromRegion(Browser browser, String regionCode, int year) {
        browser.open("/gestion/regions/" + regionCode);
        browser.find("#regional-reviews").click();
        browser.waitForPath(p -> p.endsWith("/revues"));
        browser.assertAccessible();
        browser.find("#review-years a[href$='/revues/" + year + "']").click();
        browser.waitForPath(p -> p.endsWith("/revues/" + year));
        return new RegionalReviewPage(browser);
    }

    public static RegionalReviewPage open(Browser browser, String regionCode, int year) {
        browser.open("/gestion/regions/" + regionCode + "/revues/" + year);
        return new RegionalReviewPage(browser);
    }

    /** Prepares the review at the first meeting of the committee listed. */
    public void prepareAtFirstMeeting() {
        selectIndex("meetingId", 1);
        click("hold-at");
    }

    /** How many campuses the reader may appreciate. */
    public int appreciationForms() {
        return browser.findAll(".appreciation-form").size();
    }

    /** The names of the campuses shown, in the order of the page. */
    public List<String> campuses() {
        return browser.findAll("#campus-summary tbody th").stream().map(th -> th.getText().strip()).toList();
    }

    /** Fills and sends the {@code n}th campus's appreciation; {@code appreciation} null leaves the scale untouched. */
    public void appreciate(int n, String appreciation, String comment, String recommendations) {
        if (appreciation != null) {
            check("appreciation-" + n + "-" + appreciation);
        }
        replace("comment-" + n, comment);
        replace("recommendations-" + n, recommendations);
        click("appreciate-" + n);
    }

    /** After a refused appreciation, the fields of the campus in error carry the plain names. */
    public String typedComment() {
        return valueOf("comment");
    }

    public void conclude(String text) {
        replace("conclusion", text);
        click("conclude");
    }

    /** Opens the confirmation of the validation. */
    public void openValidation() {
        click("validate");
        browser.waitForPath(p -> p.endsWith("/validation"));
    }

    public void confirmValidation() {
        click("confirm-validation");
        browser.waitForPath(p -> p.matches(".*/revues/[0-9]{4}"));
    }

    public String validations() {
        return text("validations");
    }

    public String status() {
        return text("review-status");
    }

    public boolean hasPdfLink() {
        return !browser.findAll("#review-pdf").isEmpty();
    }

    public String hiddenCampuses() {
        return text("hidden-campuses");
    }

    public boolean hasForms() {
        return !browser.findAll("form.appreciation-form").isEmpty() || !browser.findAll("#conclusion-form").isEmpty();
    }
}
