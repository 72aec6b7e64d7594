package fr.passerelle.browser.pages;

import java.util.List;

/** The indicator catalogue ({@code /gestion/indicateurs}): the indicators by theme, filtered by theme and source. */
public final class IndicatorCataloguePage extends Page {

    private IndicatorCataloguePage(Browser browser) {
        super(browser);
    }

    public static IndicatorCataloguePage open(Browser browser) {
        browser.open("/gestion/indicateurs");
        return new IndicatorCataloguePage(browser);
    }

    /** Filters by a theme and a source (their codes; empty for all). */
    public IndicatorCataloguePage filter(String theme, String source) {
        select("theme", theme);
        select("source", source);
        browser.find("#indicator-filters button[type='submit']").click();
        browser.waitForPath(p -> p.contains("theme="));
        return this;
    }

    /** The titles of the themes shown, in order. */
    public List<String> themes() {
        return browser.findAll("main h2[id^='theme-']").stream().map(h -> h.getText().strip()).toList();
    }

    /** The codes of the indicators listed, in order. */
    public List<String> codes() {
        return browser.findAll(".indicator-row code").stream().map(c -> c.getText().strip()).toList();
    }
}
