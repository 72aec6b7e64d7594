package fr.passerelle.trades.curation;

import fr.passerelle.platform.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a campus or a cluster writes of a trade in one language: the missions, the functions, the nature of the job,
 * the working environment, the savoir-faire and savoir-être it highlights beyond the ROME skills it picked, and the
 * prospects (évolutions). Blank parts are null.
 */
public record SheetText(String missions, String functions, String nature, String environment, String knowHow, String softSkills,
                        String prospects) {

    /** The longest a part may be: a booklet sheet is one page or two. */
    public static final int MAX_LENGTH = 4000;

    public static final SheetText EMPTY = new SheetText(null, null, null, null, null, null, null);

    public SheetText {
        missions = clean(missions);
        functions = clean(functions);
        nature = clean(nature);
        environment = clean(environment);
        knowHow = clean(knowHow);
        softSkills = clean(softSkills);
        prospects = clean(prospects);
    }

    /** Whether nothing is written: for English, the sheet is not translated. */
    public boolean isEmpty() {
        return Stream.of(missions, functions, nature, environment, knowHow, softSkills, prospects).allMatch(p -> p == null);
    }

    /** The parts with the label people read in French, for the audit trail and the length checks. */
    Map<String, String> parts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("Missions", missions);
        parts.put("Fonctions", functions);
        parts.put("Nature du poste", nature);
        parts.put("Environnement de travail", environment);
        parts.put("Savoir-faire mis en avant", knowHow);
        parts.put("Savoir-être mis en avant", softSkills);
        parts.put("Perspectives d’évolution", prospects);
        return parts;
    }

    private static String clean(String value) {
        String text = Text.trimToNull(value == null ? null : Text.withoutControlCharacters(value).replace("\r\n", "\n"));
        return text;
    }
}
