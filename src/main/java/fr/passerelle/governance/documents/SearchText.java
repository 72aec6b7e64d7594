package fr.passerelle.governance.documents;

import java.text.Normalizer;
import java.util.Locale;

/** Text folded for searching: lower case, without accents or ligatures, spaces collapsed. */
final class SearchText {

    private SearchText() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae").replace("ß", "ss")
                .replace('’', '\'')
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("\\s+", " ").strip();
    }

    /** A LIKE pattern matching the folded text anywhere, its wildcards escaped. */
    static String containing(String text) {
        return "%" + fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
