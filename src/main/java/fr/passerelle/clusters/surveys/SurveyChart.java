package fr.passerelle.clusters.surveys;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart of a trade's tension over periods, drawn in SVG in the DSFR's blue (the latest period in the darker
 * « bleu France »), each bar labelled with its value; a masked period has no bar and says « masqué ». The page shows its
 * data in a table beside it.
 */
record SurveyChart(int width, int height, int zeroY, String description, List<Bar> bars) {

    static final int BAR = 44;
    static final int GAP = 16;
    static final int TOP = 20;
    static final int SCALE = 100;

    record Bar(int x, int y, int width, int height, int textY, String text, String periodText, boolean current, boolean masked) {
    }

    static SurveyChart of(String trade, List<SurveyQueries.Cell> cells) {
        int zeroY = TOP + SCALE;
        List<Bar> bars = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            SurveyQueries.Cell c = cells.get(i);
            int x = GAP + i * (BAR + GAP);
            boolean current = i == cells.size() - 1;
            if (c.masked()) {
                bars.add(new Bar(x, zeroY, BAR, 0, zeroY - 4, "masqué", c.periodLabel(), current, true));
                said.add(c.periodLabel() + " : masqué (" + c.maskReason() + ")");
            } else {
                int h = c.tensionPercent() * SCALE / 100;
                bars.add(new Bar(x, zeroY - h, BAR, h, zeroY - h - 4, c.tensionPercent() + " %", c.periodLabel(), current, false));
                said.add(c.periodLabel() + " : " + c.tensionPercent() + " %");
            }
        }
        String description = "Part des entreprises en difficulté de recrutement pour " + trade + ", par période : " + String.join(" ; ", said) + ".";
        return new SurveyChart(Math.max(200, GAP + cells.size() * (BAR + GAP)), zeroY + 24, zeroY, description, bars);
    }
}
