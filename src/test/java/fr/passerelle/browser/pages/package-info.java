/**
 * Page objects of the browser tests: one class per page (or component, like {@link fr.passerelle.browser.pages.CampusTabs}
 * or {@link fr.passerelle.browser.pages.SearchPicker}) the tests drive, with methods named after what a person does
 * ({@code logInAs("direction")}, {@code planMeeting(…)}, {@code submit()}) and accessors for what tests assert.
 * Selectors live here and nowhere else: {@link fr.passerelle.browser.pages.Browser} lets only this package find
 * elements, so when a template changes, its page object is the one place to follow it. Prefer what people see
 * (link texts, labels, the ids the templates give their fields); every page object checks accessibility with
 * {@link fr.passerelle.browser.pages.Page#assertAccessible()}.
 */
package fr.passerelle.browser.pages;
