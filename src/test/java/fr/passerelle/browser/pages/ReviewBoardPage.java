package fr.passerelle.browser.pages;

import java.util.UUID;

/** The national administration's board of dossiers ({@code /gestion/labellisation/tableau}): filters, columns, links. */
public final class ReviewBoardPage extends Page {

    ReviewBoardPage(Browser browser) {
        super(browser);
    }

    public static ReviewBoardPage open(Browser browser) {
        browser.open("/gestion/labellisation/tableau");
        return new ReviewBoardPage(browser);
    }

    /** Opens the board filtered on a tag. */
    public static ReviewBoardPage openTagged(Browser browser, String tag) {
        browser.open("/gestion/labellisation/tableau?etiquette=" + tag.replace(" ", "%20"));
        return new ReviewBoardPage(browser);
    }

    /** Filters on the call (as the list names it: "Titre (année)"), the step (e.g. {@code SUBMITTED}) and a text. */
    public ReviewBoardPage filter(String call, String step, String text) {
        selectText("filter-call", call);
        select("filter-step", step);
        type("filter-q", text);
        click("apply-filters");
        return this;
    }

    /** Waits until the table's caption says the text (e.g. "Dossiers : 1"). */
    public void expectCaption(String text) {
        browser.waitForText("#board-table caption", text);
    }

    public String dossiers() {
        return text("board-table");
    }

    public String filtersUsed() {
        return text("filters-used");
    }

    public CallStatisticsPage openStatistics() {
        click("call-statistics");
        return new CallStatisticsPage(browser);
    }

    /** Shows or hides the columns given (e.g. {@code academie}, {@code region}) and saves the choice. */
    public ReviewBoardPage toggleColumns(String... columns) {
        browser.find("#columns-panel summary").click();
        for (String column : columns) {
            check("col-" + column);
        }
        click("save-columns");
        return this;
    }

    /** How many times the table offers to sort on the column: once when the column is shown, never when hidden. */
    public int sortLinks(String column) {
        return browser.findAll("#sort-" + column).size();
    }

    public FollowUpPage followDossier(UUID dossier) {
        browser.find("a[href$='/" + dossier + "/suivi']").click();
        return new FollowUpPage(browser);
    }
}
