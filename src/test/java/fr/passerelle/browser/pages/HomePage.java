package fr.passerelle.browser.pages;

import org.openqa.selenium.By;

/** The public home page ({@code /}) with its key figures and the national map. */
public final class HomePage extends Page {

    HomePage(Browser browser) {
        super(browser);
    }

    public static HomePage open(Browser browser) {
        browser.open("/");
        return new HomePage(browser);
    }

    /** Waits until the map has drawn the régions (outlines packaged with the platform, no tiles needed). */
    public void expectMapDrawn() {
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#campus-map .leaflet-interactive, #campus-map .region-count")).isEmpty());
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#campus-map path.leaflet-interactive, #campus-map svg path")).isEmpty());
    }
}
