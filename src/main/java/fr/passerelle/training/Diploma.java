package fr.passerelle.training;

/** A diploma of the BCN: its CFD code, its level (code and readable label) and its wording. */
public record Diploma(String code, String levelCode, String levelLabel, String label) {

    /** "BTS Comptabilité et gestion (32031408)". */
    public String displayName() {
        return levelLabel + " " + label + " (" + code + ")";
    }

    /** Order of the levels as people read them: CAP level first, then bac, bac+2, bac+3, bac+5, then the rest. */
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
}
