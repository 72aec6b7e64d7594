package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void formattingBecomesHtml() {
        assertThat(RichText.html("# Bilan\n\n- **forum** tenu\n- visite")).isEqualTo(
                "<h1>Bilan</h1>\n<ul>\n<li><strong>forum</strong> tenu</li>\n<li>visite</li>\n</ul>\n");
    }

    @Test
    void typedHtmlIsShownAsTextAndScriptLinksAreDropped() {
        assertThat(RichText.html("<script>alert(1)</script>")).doesNotContain("<script>").contains("&lt;script&gt;");
        String links = RichText.html("Voir [clic](javascript:alert(1)) et [site](https://example.fr) <img src=x onerror=alert(1)>");
        assertThat(links).doesNotContain("href=\"javascript:").doesNotContain("<img")
                .contains("href=\"https://example.fr\">site</a>");
    }

    @Test
    void plainTextDropsTheMarks() {
        assertThat(RichText.plain("Le programme **2027** est *adopté*.")).isEqualTo("Le programme 2027 est adopté.");
        assertThat(RichText.plain(null)).isEmpty();
    }
}
