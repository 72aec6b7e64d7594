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

    /** A campus marker of the map as the browser lays it out: its accessible name and the centre of its box on screen. */
    public record Marker(String name, String slug, double x, double y, int tabIndex, String role) {
    }

    /** Waits until the base layer has written the names of départements and towns on the map. */
    public void expectBaseLayerNames(String... names) {
        browser.waiting().until(d -> {
            String labels = String.join("|", d.findElements(By.cssSelector("#campus-map .map-label")).stream()
                    .map(e -> e.getAttribute("textContent")).toList());
            return java.util.Arrays.stream(names).allMatch(labels::contains);
        });
    }

    /** Moves the keyboard focus to the région's marker and presses Enter, then waits for the campuses' own markers. */
    public void showRegionWithKeyboard(String region) {
        var marker = browser.find("#campus-map .region-count[data-region='" + region + "']");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus()", marker);
        marker.sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#campus-map .campus-marker")).isEmpty());
        browser.waiting().until(d -> {
            var active = d.switchTo().activeElement();
            return active.getAttribute("class") != null && active.getAttribute("class").contains("campus-marker");
        });
    }

    /** The campus markers on screen. */
    public java.util.List<Marker> campusMarkers() {
        return browser.findAll("#campus-map .campus-marker").stream().map(e -> {
            var rect = e.getRect();
            return new Marker(e.getAttribute("aria-label"), e.getAttribute("data-slug"), rect.getX() + rect.getWidth() / 2.0,
                    rect.getY() + rect.getHeight() / 2.0, Integer.parseInt(e.getAttribute("tabindex")), e.getAttribute("role"));
        }).toList();
    }

    /** The accessible name of the element that has the keyboard focus. */
    public String focusedName() {
        var active = browser.driver().switchTo().activeElement();
        return active.getAttribute("aria-label") != null ? active.getAttribute("aria-label") : active.getText();
    }

    /** Scrolls the map into view, for a screenshot of it. */
    public void scrollToMap() {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('campus-map').scrollIntoView({block: 'center'})");
    }

    /** Puts the keyboard focus on the first campus marker, as Enter on a région's marker does. */
    public void focusFirstCampusMarker() {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.querySelector('#campus-map .campus-marker').focus()");
    }

    /** Presses Tab, as a keyboard user moving to the next control. */
    public void tab() {
        browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
    }

    /** Presses Enter on the focused marker and gives the text of the popup it opens. */
    public String openFocusedMarker() {
        browser.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        return popupText(null);
    }

    /** Clicks the marker of a campus, by its slug, and gives the text of the popup it opens. */
    public String clickMarker(String slug) {
        browser.find("#campus-map .campus-marker[data-slug='" + slug + "']").click();
        return popupText("/campus/" + slug + "\"");
    }

    /**
     * The text of the open popup (holding {@code link} when given), read in one go: the map pans to show a popup it
     * opens, which may draw it again, so an element found a moment before can be gone when it is read.
     */
    private String popupText(String link) {
        return browser.waiting().until(d -> {
            try {
                return d.findElements(By.cssSelector("#campus-map .leaflet-popup-content")).stream()
                        .filter(p -> link == null || p.getAttribute("innerHTML").contains(link))
                        .map(org.openqa.selenium.WebElement::getText).filter(t -> !t.isBlank()).findFirst().orElse(null);
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        });
    }

    /** Waits until the map has drawn the régions (outlines packaged with the platform, no tiles needed). */
    public void expectMapDrawn() {
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#campus-map .leaflet-interactive, #campus-map .region-count")).isEmpty());
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#campus-map path.leaflet-interactive, #campus-map svg path")).isEmpty());
    }
}
