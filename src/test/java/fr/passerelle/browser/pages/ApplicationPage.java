package fr.passerelle.browser.pages;

import java.nio.file.Path;
import java.util.UUID;

/**
 * A labelling dossier ({@code /gestion/labellisation/dossiers/{id}}): its criteria and attachments, its submission,
 * then the review chain's acts (opinions, experts, decision), each shown to whom may do it.
 */
public final class ApplicationPage extends Page {

    ApplicationPage(Browser browser) {
        super(browser);
    }

    public static ApplicationPage open(Browser browser, String path) {
        browser.open(path);
        return new ApplicationPage(browser);
    }

    /** The dossier's id, read from its address. */
    public UUID id() {
        String path = path();
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }

    /** Opens the answer to a criterion (e.g. {@code DIAGNOSIS}). */
    public CriterionPage openCriterion(String criterion) {
        browser.find("a[href$='/criteres/" + criterion + "']").click();
        return new CriterionPage(browser);
    }

    /** Attaches the file as the document the call requires, chosen by its label. */
    public ApplicationPage attach(String requiredDocument, Path file) {
        selectText("requiredDocumentId", requiredDocument);
        type("attachment-file", file.toString());
        click("attach");
        return this;
    }

    /** Names the operational director in the section « Direction opérationnelle ». */
    public ApplicationPage nameDirector(String name, String email, String employer, String startsOn) {
        check("kind-named");
        type("directorName", name);
        type("directorEmail", email);
        type("directorEmployer", employer);
        setDate("startsOn", startsOn);
        click("save-direction");
        return this;
    }

    /** Joins the named director's mission letter, signed by the recteur. */
    public ApplicationPage joinMissionLetter(Path file) {
        type("mission-letter-file", file.toString());
        click("attach-mission-letter");
        return this;
    }

    public String direction() {
        return text("direction-summary");
    }

    public String submitError() {
        return text("submit-error");
    }

    public AdvicePage openAdvice() {
        click("advice-link");
        return new AdvicePage(browser);
    }

    public ApplicationPage submit() {
        click("submit-dossier");
        return this;
    }

    public String status() {
        return text("status");
    }

    /** Opens the version of the dossier as it was submitted (1 for the first submission). */
    public ApplicationVersionPage openVersion(int version) {
        browser.open(path() + "/versions/" + version);
        return new ApplicationVersionPage(browser);
    }

    /** Records the opinion of a body (e.g. {@code CAEN}), for the acts where the body is to be chosen. */
    public ApplicationPage recordOpinion(String body, String verdict, String reasons) {
        select("body", body);
        return recordOpinion(verdict, reasons);
    }

    /** Records the opinion the dossier's step awaits (e.g. verdict {@code FAVOURABLE}). */
    public ApplicationPage recordOpinion(String verdict, String reasons) {
        select("verdict", verdict);
        type("reasons", reasons);
        click("record-opinion");
        return this;
    }

    public ApplicationPage assignExperts(UUID... accounts) {
        for (UUID account : accounts) {
            check("expert-" + account);
        }
        click("assign-experts");
        return this;
    }

    public ReviewPage openReview() {
        click("open-review");
        return new ReviewPage(browser);
    }

    public ApplicationPage grantLabel() {
        check("outcome-granted");
        click("record-decision");
        return this;
    }

    public String decision() {
        return text("decision-text");
    }

    public String certificateLink() {
        return browser.find("#certificate").getAttribute("href");
    }
}
