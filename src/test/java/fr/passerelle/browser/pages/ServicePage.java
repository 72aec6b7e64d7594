package fr.passerelle.browser.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Any page seen through what the State's frame gives it: the ministry's block, the footer's mandatory links, the display settings. */
public final class ServicePage extends Page {

    ServicePage(Browser browser) {
        super(browser);
    }

    public static ServicePage open(Browser browser, String path) {
        browser.open(path);
        return new ServicePage(browser);
    }

    public String ministry() {
        return browser.find("#ministry").getText();
    }

    public ServicePage followFooterLink(String text) {
        browser.driver().findElement(By.cssSelector("#footer-links")).findElement(By.linkText(text)).click();
        browser.waitForText("h1", "");
        return this;
    }

    public String title() {
        return browser.driver().getTitle();
    }

    /** Opens the display settings from the footer and chooses a theme: light, dark or system. */
    public ServicePage chooseTheme(String theme) {
        click("display-settings");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.findElement(By.id("fr-theme-modal")).isDisplayed());
        check("fr-radios-theme-" + theme);
        browser.find("#fr-theme-modal .fr-btn--close").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> theme.equals(theme()));
        // the modal fades out: until it is gone, its half-transparent text is what an accessibility check would read
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> !d.findElement(By.id("fr-theme-modal")).isDisplayed());
        return this;
    }

    /** The theme the DSFR applies to the page. */
    public String theme() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("data-fr-theme");
    }
}
