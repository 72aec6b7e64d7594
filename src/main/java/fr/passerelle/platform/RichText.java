package fr.passerelle.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Formatted text typed by people (meeting minutes, descriptions) in Markdown: titles with {@code #}, lists with
 * {@code -}, bold with {@code **}, links. Rendered to safe HTML — raw HTML typed in is shown as text, only web
 * and mail links are kept, and only images stored on the platform are shown — or to plain text for PDF and spreadsheets.
 *
 * <p>An image from elsewhere would be fetched by every reader's browser, telling its server who reads the text and
 * when (a promoter would learn when the reviewers open a dossier): it becomes a link to that address, named by the
 * image's description, which nobody's browser follows unless they click it.
 */
public final class RichText {

    /** The hint forms show under a formatted text area. */
    public static final String HINT = "Mise en forme : # titre, - liste, **gras**, *italique*, [lien](https://…).";

    private static final Parser PARSER = Parser.builder().postProcessor(RichText::keepOnlyPlatformImages).build();
    /** A path on the platform itself ({@code /campus/…}); not {@code //host} nor {@code /\host}, which browsers send elsewhere. */
    private static final Pattern PLATFORM_PATH = Pattern.compile("/(?![/\\\\])[^\\\\\\s]*");
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).softbreak("<br>").build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private RichText() {
    }

    /** Safe HTML for the text, or an empty string when there is none. */
    public static String html(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : HTML.render(parse(markdown));
    }

    /**
     * Safe HTML for text shown in a section whose own heading is of level {@code sectionLevel} (2 for an {@code h2}):
     * the text's headings are shifted, keeping their order, so that the highest one is one level below the
     * section's ({@code #} becomes an {@code h3} under an {@code h2}) and never competes with the page's own; none goes
     * below {@code h6}.
     */
    public static String html(String markdown, int sectionLevel) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parse(markdown);
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
                visitChildren(heading);
            }
        });
        int highest = headings.stream().mapToInt(Heading::getLevel).min().orElse(6);
        int shift = Math.max(0, sectionLevel + 1 - highest);
        headings.forEach(heading -> heading.setLevel(Math.min(6, heading.getLevel() + shift)));
        return HTML.render(document);
    }

    /** The text without its formatting marks. */
    public static String plain(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : TEXT.render(parse(markdown)).strip();
    }

    private static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** Whether an image at this address is stored on the platform, and so may be shown. */
    static boolean onPlatform(String destination) {
        return destination != null && PLATFORM_PATH.matcher(destination).matches();
    }

    private static Node keepOnlyPlatformImages(Node document) {
        List<Image> elsewhere = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (!onPlatform(image.getDestination())) {
                    elsewhere.add(image);
                }
                visitChildren(image);
            }
        });
        for (Image image : elsewhere) {
            Link link = new Link(image.getDestination(), image.getTitle());
            for (Node child = image.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                link.appendChild(child);
                child = next;
            }
            if (link.getFirstChild() == null) {
                link.appendChild(new Text(image.getDestination() == null ? "image" : image.getDestination()));
            }
            image.insertBefore(link);
            image.unlink();
        }
        return document;
    }
}
