package fr.passerelle.trades.curation;

/** The languages a curated sheet is written in: French always, English when translated. */
public enum Language {
    FR("fr", "fr-FR", "Français"), EN("en", "en-GB", "English");

    private final String code;
    private final String tag;
    private final String name;

    Language(String code, String tag, String name) {
        this.code = code;
        this.tag = tag;
        this.name = name;
    }

    /** The value of an HTML {@code lang} attribute: "fr", "en". */
    public String code() {
        return code;
    }

    /** The BCP 47 tag written in a PDF's /Lang entry. */
    public String tag() {
        return tag;
    }

    /** The language's own name, as a language switch shows it. */
    public String nativeName() {
        return name;
    }

    /** The language of a path suffix or parameter: "en" is English, anything else French. */
    public static Language of(String code) {
        return "en".equalsIgnoreCase(code) ? EN : FR;
    }
}
