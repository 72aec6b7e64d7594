package fr.passerelle.platform;

/** Text as people type it. */
public final class Text {

    private Text() {
    }

    /** The text without surrounding white space, or null when nothing is left. */
    public static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
