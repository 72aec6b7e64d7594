package fr.passerelle.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The CV bank's search ({@code /gestion/cvtheque}), for members' recruiters. */
public final class CvBankPage extends Page {

    CvBankPage(Browser browser) {
        super(browser);
    }

    public static CvBankPage open(Browser browser) {
        browser.open("/gestion/cvtheque");
        return new CvBankPage(browser);
    }

    /** Picks a ROME job title in the trades picker, by what is typed and the job title's OGR code. */
    public CvBankPage jobTitle(String typed, int ogr) {
        SearchPicker picker = new SearchPicker(browser, "jobTitle");
        picker.search(typed);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("jobTitle-" + ogr)));
        picker.choose(Integer.toString(ogr));
        return this;
    }

    public CvBankPage place(String commune) {
        replace("place", commune);
        return this;
    }

    /** Runs the search (htmx swaps the results and pushes the URL). */
    public CvBankPage search() {
        click("cvbank-submit");
        browser.waitForPath(p -> p.endsWith("/gestion/cvtheque"));
        browser.waiting().until(d -> d.getCurrentUrl().contains("place="));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cvbank-list tbody tr")));
        return this;
    }

    /** The job titles of each profile listed. */
    public List<String> results() {
        return browser.findAll("#cvbank-list tbody tr td:first-child a").stream().map(WebElement::getText).toList();
    }

    public CvBankProfilePage openFirst() {
        browser.find("#cvbank-list tbody tr td:first-child a").click();
        browser.waitForPath(p -> p.matches("/gestion/cvtheque/[0-9a-f-]{36}"));
        return new CvBankProfilePage(browser);
    }
}
