package fr.passerelle.browser.pages;

import java.util.List;

/** Any page of the platform opened by its path, for crawls: its links, its side menu, its breadcrumb, axe-core. */
public final class AnyPage extends Page {

    private AnyPage(Browser browser) {
        super(browser);
    }

    public static AnyPage open(Browser browser, String path) {
        browser.open(path);
        return new AnyPage(browser);
    }

    /** The links of the page's content, as paths. */
    public List<String> links() {
        return browser.contentLinks();
    }

    /** The sections of the campus's side menu, as paths; empty on a page without one. */
    public List<String> sideMenuLinks() {
        return browser.findAll(".campus-sidemenu a[href]").stream().map(a -> a.getAttribute("href"))
                .filter(href -> href.contains("/gestion/")).map(href -> href.substring(href.indexOf("/gestion/"))).toList();
    }

    /** The labels of the breadcrumb, from "Accueil" to the page; empty without one. */
    public List<String> breadcrumb() {
        return browser.findAll(".fr-breadcrumb__link").stream().map(a -> a.getAttribute("textContent").strip()).toList();
    }
}
