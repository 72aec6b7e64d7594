package fr.passerelle.trades;

/**
 * A skill (savoir-faire or savoir-être professionnel) or a macro-skill, by its OGR code. {@code macroCode} is the code
 * of the macro-skill in the tree (1C101): its own for a macro-skill, its macro-skill's for a skill (null when unknown).
 */
public record SkillSummary(int ogr, String label, boolean macro, String macroCode, String category) {

    /** Whether it is a savoir-être professionnel rather than a savoir-faire. */
    public boolean softSkill() {
        return category != null && category.startsWith("Savoir-être");
    }
}
