package fr.passerelle.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The public sheet of a trade ({@code /metiers/{code}}): what ROME says of it, then the panels of other modules. */
public final class TradeSheetPage extends Page {

    TradeSheetPage(Browser browser) {
        super(browser);
    }

    public static TradeSheetPage open(Browser browser, String code) {
        browser.open("/metiers/" + code);
        return new TradeSheetPage(browser);
    }

    /** The section titles, in order. */
    public List<String> sections() {
        return browser.findAll(".trade-sheet h2").stream().map(WebElement::getText).toList();
    }

    public List<String> jobTitles() {
        return browser.findAll(".trade-job-titles li").stream().map(WebElement::getText).toList();
    }

    public List<String> certifications() {
        return browser.findAll(".trade-certifications li").stream().map(WebElement::getText).toList();
    }

    public List<String> neighbours() {
        return browser.findAll(".trade-neighbours a").stream().map(WebElement::getText).toList();
    }

    public TradeSheetPage openNeighbour(String code) {
        browser.find(".trade-neighbours a[href='/metiers/" + code + "']").click();
        browser.waitForPath(p -> p.startsWith("/metiers/" + code));
        return new TradeSheetPage(browser);
    }

    /** The trainings listed by the panel « Formations qui mènent à ce métier ». */
    public List<String> trainingsLeadingTo() {
        return browser.findAll("#trainings-leading-to li a").stream().map(WebElement::getText).toList();
    }

    public TrainingSheetPage openTraining(String label) {
        browser.find("#trainings-leading-to").findElement(By.linkText(label)).click();
        browser.waitForPath(p -> p.startsWith("/formations/"));
        return new TrainingSheetPage(browser);
    }

    public String text() {
        return browser.driver().findElement(By.tagName("main")).getText();
    }
}
