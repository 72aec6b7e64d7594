package fr.passerelle.governance.meetings;

import java.util.Locale;

/**
 * The satisfaction survey of a meeting, of any owner's body: how many surveys were sent, the scores received, their
 * average and how many of each score.
 */
public record MeetingSatisfaction(int sent, int answers, Double average, int[] byScore) {

    public String averageText() {
        return average == null ? "—" : String.format(Locale.FRENCH, "%.1f / 5", average);
    }

    public int count(int score) {
        return byScore[score - 1];
    }
}
