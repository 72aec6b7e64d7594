package fr.passerelle.trades;

import java.util.List;

/**
 * A ROME skills picker on a form ({@code trades/skill-picker.html}): a search field whose suggestions come as one types
 * (htmx, from {@code suggestUrl}, which renders {@code trades/skill-picker :: results} with this picker in the model as
 * {@code skillPicker}), as radio buttons (one skill) or checkboxes ({@code several}) named {@code field} and valued with
 * the skill's OGR code. Without JavaScript, « Chercher » submits the form to {@code searchUrl} with {@code searchMethod},
 * naming itself {@code searchName}={@code searchValue} when set, and the page shows the same suggestions.
 *
 * @param id the prefix of the elements' ids ({@code <id>-q}, {@code <id>-results}, {@code <id>-<ogr>}); the search
 *           field is named {@code <id>Query}
 */
public record SkillPicker(String id, String field, boolean several, String label, String query, List<SkillSummary> choices,
                          String suggestUrl, String searchUrl, String searchMethod, String searchName, String searchValue) {

    public SkillPicker {
        query = query == null ? "" : query.strip();
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** The same picker showing other suggestions (for its suggestions endpoint). */
    public SkillPicker with(String typed, List<SkillSummary> found) {
        return new SkillPicker(id, field, several, label, typed, found, suggestUrl, searchUrl, searchMethod, searchName, searchValue);
    }

    public String legend() {
        if (choices.isEmpty()) {
            return query.length() >= 2 ? "Aucune compétence ne correspond." : "Compétences proposées";
        }
        return several ? "Cochez les compétences à ajouter" : "Choisissez une compétence";
    }
}
