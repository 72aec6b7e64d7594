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

    @Test
    void imagesFromElsewhereBecomeLinksSoThatNoReaderFetchesThem() {
        String html = RichText.html("![Logo](https://tracker.example/pixel.png?dossier=42) et ![](http://x.example/a.png)");

        assertThat(html).doesNotContain("<img").contains("href=\"https://tracker.example/pixel.png?dossier=42\">Logo</a>")
                .contains("href=\"http://x.example/a.png\">http://x.example/a.png</a>");
    }

    @Test
    void imagesStoredOnThePlatformAreShown() {
        assertThat(RichText.html("![Plan](/campus/lille/documents/3f1c/fichier)"))
                .contains("<img src=\"/campus/lille/documents/3f1c/fichier\" alt=\"Plan\" />");
    }

    @Test
    void addressesThatBrowsersSendElsewhereAreNotThePlatform() {
        assertThat(RichText.html("![a](//tracker.example/p.png)")).doesNotContain("<img");
        assertThat(RichText.html("![a](/\\tracker.example/p.png)")).doesNotContain("<img");
        assertThat(RichText.html("![a](data:image/png;base64,AAAA)")).doesNotContain("<img");
        assertThat(RichText.plain("![Logo](https://tracker.example/p.png)")).isEqualTo("\"Logo\" (https://tracker.example/p.png)");
    }
}
