package fr.passerelle.browser.pages;

/** The form of an action of the action plan ({@code …/actions/nouvelle}). */
public final class ActionFormPage extends Page {

    ActionFormPage(Browser browser) {
        super(browser);
    }

    /** The type and status by their names (e.g. {@code SCHOOL_TALK}, {@code DONE}). */
    public ActionFormPage describe(String type, String title, String status) {
        select("type", type);
        type("title", title);
        select("status", status);
        return this;
    }

    /** From and to, as ISO dates ({@code 2034-03-12}). */
    public ActionFormPage runsFrom(Object startsOn, Object endsOn) {
        setDate("startsOn", startsOn);
        setDate("endsOn", endsOn);
        return this;
    }

    public ActionFormPage endsOn(Object endsOn) {
        setDate("endsOn", endsOn);
        return this;
    }

    /** Who sees it: {@code PUBLIC}, {@code PARTNERS}… */
    public ActionFormPage visibleTo(String visibility) {
        check("visibility-" + visibility);
        return this;
    }

    public ActionFormPage involveFirstPartner() {
        check("partner-0");
        return this;
    }

    /** The learners reached in an audience (e.g. {@code COLLEGE}), by sex. */
    public ActionFormPage reached(String audience, String girls, String boys, String unspecified) {
        type("l-" + audience + "-girls", girls);
        type("l-" + audience + "-boys", boys);
        type("l-" + audience + "-unspecified", unspecified);
        return this;
    }

    public String learnersReached(String audience, String sex) {
        return valueOf("l-" + audience + "-" + sex);
    }

    public ActionFormPage teachers(String teachers) {
        replace("teachers", teachers);
        return this;
    }

    /** Its cost, funded by the line given (e.g. {@code financeur:REGION}). */
    public ActionFormPage costs(String cost, String funding) {
        type("cost", cost);
        select("funding", funding);
        return this;
    }

    /** Saves; when the action is refused the form stays, else the page shows the action. */
    public ActionFormPage save() {
        click("save-action");
        return this;
    }

    /** After a successful save: the action's page. */
    public ActionPage saved() {
        return new ActionPage(browser);
    }
}
