package fr.passerelle.browser.pages;

import org.openqa.selenium.support.ui.ExpectedConditions;

/** A new job offer ({@code /gestion/offres/nouvelle}) and then its page in the back office, with its acts. */
public final class JobOfferFormPage extends Page {

    JobOfferFormPage(Browser browser) {
        super(browser);
    }

    public static JobOfferFormPage openNew(Browser browser) {
        browser.open("/gestion/offres/nouvelle");
        return new JobOfferFormPage(browser);
    }

    public JobOfferFormPage title(String text) {
        replace("title", text);
        return this;
    }

    /** Chooses the job title in ROME's picker: types, waits for the suggestion, ticks it. */
    public JobOfferFormPage jobTitle(String typed, int ogr) {
        SearchPicker picker = new SearchPicker(browser, "appellation");
        picker.search(typed);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(org.openqa.selenium.By.id("appellation-" + ogr)));
        picker.choose(Integer.toString(ogr));
        return this;
    }

    /** Chooses the cluster the offer goes through, when the company is a member of several (the form then asks). */
    public JobOfferFormPage clusterIfAsked(String name) {
        if (!browser.findAll("select#cluster").isEmpty()) {
            var select = new org.openqa.selenium.support.ui.Select(browser.find("select#cluster"));
            select.getOptions().stream().filter(o -> o.getText().contains(name)).findFirst().orElseThrow().click();
        }
        return this;
    }

    public JobOfferFormPage contract(String contract, String months) {
        select("contract", contract);
        replace("durationMonths", months);
        return this;
    }

    public JobOfferFormPage place(String commune) {
        replace("commune", commune);
        return this;
    }

    public JobOfferFormPage level(String level) {
        select("level", level);
        return this;
    }

    public JobOfferFormPage salary(String min, String max) {
        replace("salaryMin", min);
        replace("salaryMax", max);
        return this;
    }

    public JobOfferFormPage applyByEmail(String email) {
        replace("applyEmail", email);
        return this;
    }

    public JobOfferFormPage save() {
        click("save-offer");
        return this;
    }

    public JobOfferFormPage publish() {
        click("publish");
        return this;
    }

    public String status() {
        return text("offer-status");
    }
}
