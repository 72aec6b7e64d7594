package fr.passerelle.platform;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Formatted text typed by people (meeting minutes, descriptions) in Markdown: titles with {@code #}, lists with
 * {@code -}, bold with {@code **}, links. Rendered to safe HTML — raw HTML typed in is shown as text, and only web
 * and mail links are kept — or to plain text for PDF and spreadsheets.
 */
public final class RichText {

    /** The hint forms show under a formatted text area. */
    public static final String HINT = "Mise en forme : # titre, - liste, **gras**, *italique*, [lien](https://…).";

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).softbreak("<br>").build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private RichText() {
    }

    /** Safe HTML for the text, or an empty string when there is none. */
    public static String html(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : HTML.render(parse(markdown));
    }

    /** The text without its formatting marks. */
    public static String plain(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : TEXT.render(parse(markdown)).strip();
    }

    private static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }
}
