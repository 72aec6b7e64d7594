package fr.passerelle.clusters.surveys;

/**
 * The tension on a trade in one campaign, defined here and nowhere else: among the answers about the trade, the share
 * reporting a difficulty of 3 or 4 (« difficultés importantes » or « recrutement quasi impossible »), with the sum of
 * the jobs they could not fill. A trade is « en tension » when at least half of the answers report such difficulty.
 *
 * @param answers    answers giving a difficulty for the trade
 * @param difficult  among them, those reporting a difficulty of 3 or more
 * @param unfilled   the sum of the unfilled jobs reported for the trade
 */
record Tension(int answers, int difficult, int unfilled) {

    static final int DIFFICULT_LEVEL = 3;

    static boolean difficult(Integer difficulty) {
        return difficulty != null && difficulty >= DIFFICULT_LEVEL;
    }

    /** The share of answers reporting difficulty, in percent rounded to the unit; 0 without answers. */
    int percent() {
        return answers == 0 ? 0 : (int) Math.round(100.0 * difficult / answers);
    }

    boolean tense() {
        return answers > 0 && 2 * difficult >= answers;
    }

    /** « 67 % des entreprises en difficulté, 12 postes non pourvus ». */
    String text() {
        return percent() + " % des entreprises en difficulté de recrutement, " + unfilled + " poste" + (unfilled > 1 ? "s" : "") + " non pourvu"
                + (unfilled > 1 ? "s" : "");
    }
}
