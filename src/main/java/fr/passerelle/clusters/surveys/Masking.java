package fr.passerelle.clusters.surveys;

/**
 * The statistical secret of a survey's results: a figure drawn from fewer answers than the campaign's minimum is not
 * shown, and the cell says why.
 */
final class Masking {

    static final int DEFAULT_MINIMUM = 5;

    private Masking() {
    }

    static boolean masked(int answers, int minimum) {
        return answers < minimum;
    }

    /** « moins de 5 réponses ». */
    static String reason(int minimum) {
        return "moins de " + minimum + " réponse" + (minimum > 1 ? "s" : "");
    }
}
