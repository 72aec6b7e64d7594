package fr.passerelle.training;

/**
 * A diploma of the BCN: its CFD code, its level (code and readable label), its wording, and its level in the national
 * framework of certifications (1 to 8, the doctorate being 8; null when the BCN level tells none).
 */
public record Diploma(String code, String levelCode, String levelLabel, String label, Integer nationalLevel) {

    /** The highest level of the national framework of certifications: the doctorate. */
    public static final int DOCTORATE_LEVEL = 8;

    /** "BTS Comptabilité et gestion (32031408)". */
    public String displayName() {
        return levelLabel + " " + label + " (" + code + ")";
    }

    /** "niveau 5", or null when the level in the national framework is not known. */
    public String nationalLevelName() {
        return nationalLevel == null ? null : "niveau " + nationalLevel;
    }

    /** Within a level of the national framework, the order people read them in: CAP level first, then mentions complémentaires, then the rest. */
    static int levelRank(String levelCode) {
        return switch (levelCode.charAt(0)) {
            case '5' -> 1;
            case '0' -> 2; // mentions complémentaires
            case '4' -> 3;
            case '3' -> 4;
            case '2' -> 5;
            case '1' -> 6;
            default -> 7;
        };
    }

    /** The rank of a national level for sorting, unknown levels last. */
    static int nationalRank(Integer nationalLevel) {
        return nationalLevel == null ? Integer.MAX_VALUE : nationalLevel;
    }
}
