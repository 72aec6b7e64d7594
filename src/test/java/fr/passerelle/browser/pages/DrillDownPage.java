package fr.passerelle.browser.pages;

/** The rows behind one value of a campus's indicators ({@code /gestion/campus/{id}/indicateurs/{code}/{year}}). */
public final class DrillDownPage extends Page {

    DrillDownPage(Browser browser) {
        super(browser);
    }

    public String value() {
        return text("drill-value");
    }

    public String arithmetic() {
        return text("drill-arithmetic");
    }

    /** How many rows the n-th table (from 1) shows on its page. */
    public int rowsShown(int table) {
        return browser.findAll("#rows-" + table + " tbody tr").size();
    }

    public String table(int table) {
        return text("rows-" + table);
    }

    public IndicatorsPage backToDashboard() {
        click("back-to-dashboard");
        browser.waitForPath(p -> p.contains("/indicateurs?annee="));
        return new IndicatorsPage(browser);
    }
}
