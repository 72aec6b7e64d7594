package fr.passerelle.browser.pages;

/** The optional indicators an académie tracks ({@code /gestion/academies/{code}/indicateurs}), ticked by its referent. */
public final class AcademyIndicatorsPage extends Page {

    private AcademyIndicatorsPage(Browser browser) {
        super(browser);
    }

    public static AcademyIndicatorsPage open(Browser browser, String academyCode) {
        browser.open("/gestion/academies/" + academyCode + "/indicateurs");
        return new AcademyIndicatorsPage(browser);
    }

    public boolean tracks(String code) {
        return isChecked("indicators-" + code);
    }

    public AcademyIndicatorsPage save() {
        click("save-choice");
        return this;
    }
}
