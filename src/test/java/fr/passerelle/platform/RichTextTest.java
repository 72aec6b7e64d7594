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

    @Test
    void headingsOfTheTextStartOneLevelBelowTheSectionTheyAreShownIn() {
        assertThat(RichText.html("# Bilan\n\n## Forum\n\ntexte", 2)).isEqualTo("<h3>Bilan</h3>\n<h4>Forum</h4>\n<p>texte</p>\n");
        assertThat(RichText.html("## Forum\n\n# Bilan", 3)).isEqualTo("<h5>Forum</h5>\n<h4>Bilan</h4>\n");
    }

    @Test
    void headingsAlreadyBelowTheSectionStayAsTyped() {
        assertThat(RichText.html("### Point 1\n\n#### Détail", 2)).isEqualTo("<h3>Point 1</h3>\n<h4>Détail</h4>\n");
    }

    @Test
    void shiftedHeadingsStopAtH6() {
        assertThat(RichText.html("# Titre\n\n###### Fin", 3)).isEqualTo("<h4>Titre</h4>\n<h6>Fin</h6>\n");
    }

    @Test
    void aTextWithoutHeadingsIsRenderedAsUsual() {
        assertThat(RichText.html("Le **bilan** est adopté.", 2)).isEqualTo(RichText.html("Le **bilan** est adopté."));
        assertThat(RichText.html(null, 2)).isEmpty();
    }
}
