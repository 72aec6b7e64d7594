package fr.passerelle.trades;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a search as the trade search and the job-title picker use them: folded (lower case, no accents, no
 * elided article: "l'Électricienne" → "electricienne"), split on spaces and punctuation, without the little words of
 * French that labels write or leave out at will ("conducteur de bus" looks for "conducteur" and "bus") nor
 * one-letter ones. Every word left must match; the index analysers do the same folding.
 */
final class SearchWords {

    /** At most this many words are searched, the others are ignored. */
    static final int MAX_WORDS = 12;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ELIDED = Pattern.compile("^(?:l|m|t|qu|n|s|j|d|c|jusqu|lorsqu|puisqu|quoiqu)['’]");
    private static final Set<String> LITTLE = Set.of("de", "du", "des", "la", "le", "les", "et", "ou", "en", "a", "au",
            "aux", "un", "une", "pour", "par", "sur", "dans", "avec");

    private SearchWords() {
    }

    /** Lower case, accents and ligatures removed: "Cœur de Métier" → "coeur de metier". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        return MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The words to look for, folded, in the order typed, without repeats. */
    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : fold(text).strip().split("\\s+")) {
            String word = ELIDED.matcher(raw).replaceFirst("");
            for (String part : SEPARATORS.split(word)) {
                if (part.length() >= 2 && !LITTLE.contains(part) && !words.contains(part) && words.size() < MAX_WORDS) {
                    words.add(part);
                }
            }
        }
        return words;
    }
}
