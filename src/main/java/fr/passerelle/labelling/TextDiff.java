package fr.passerelle.labelling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The differences between two texts, line by line (longest common subsequence), to show what a new version changed. */
final class TextDiff {

    enum Kind { SAME, ADDED, REMOVED }

    record Line(Kind kind, String text) {
        public boolean added() {
            return kind == Kind.ADDED;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }
    }

    private TextDiff() {
    }

    static List<Line> lines(String before, String after) {
        String[] a = split(before);
        String[] b = split(after);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                lines.add(new Line(Kind.SAME, a[i++]));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line(Kind.REMOVED, a[i++]));
            } else {
                lines.add(new Line(Kind.ADDED, b[j++]));
            }
        }
        while (i < a.length) {
            lines.add(new Line(Kind.REMOVED, a[i++]));
        }
        while (j < b.length) {
            lines.add(new Line(Kind.ADDED, b[j++]));
        }
        return lines;
    }

    static boolean changed(String before, String after) {
        return lines(before, after).stream().anyMatch(l -> l.kind() != Kind.SAME);
    }

    private static String[] split(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.replace("\r\n", "\n").split("\n", -1);
    }

    static List<Line> none() {
        return Collections.emptyList();
    }

    /** Above this many words on either side of a changed passage, it is shown line by line rather than word by word. */
    static final int WORD_DIFF_LIMIT = 3000;

    /**
     * The passages that changed, each as a run of words kept, removed and added, so that a reader sees the sentence
     * added inside a paragraph rather than the whole paragraph removed and written again. Unchanged lines are left out.
     */
    static List<List<Line>> changedPassages(String before, String after) {
        List<List<Line>> passages = new ArrayList<>();
        List<Line> lines = lines(before, after);
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() == Kind.SAME) {
                i++;
                continue;
            }
            StringBuilder removed = new StringBuilder();
            StringBuilder added = new StringBuilder();
            while (i < lines.size() && lines.get(i).kind() != Kind.SAME) {
                StringBuilder side = lines.get(i).removed() ? removed : added;
                side.append(side.isEmpty() ? "" : "\n").append(lines.get(i).text());
                i++;
            }
            passages.add(words(removed.toString(), added.toString()));
        }
        return passages;
    }

    /** Word by word differences of two passages, with runs of the same kind merged. */
    static List<Line> words(String before, String after) {
        String[] a = tokens(before);
        String[] b = tokens(after);
        if (a.length > WORD_DIFF_LIMIT || b.length > WORD_DIFF_LIMIT) {
            List<Line> whole = new ArrayList<>();
            if (!before.isEmpty()) {
                whole.add(new Line(Kind.REMOVED, before));
            }
            if (!after.isEmpty()) {
                whole.add(new Line(Kind.ADDED, after));
            }
            return whole;
        }
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> runs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                append(runs, Kind.SAME, a[i++]);
                j++;
            } else if (j >= b.length || (i < a.length && common[i + 1][j] >= common[i][j + 1])) {
                append(runs, Kind.REMOVED, a[i++]);
            } else {
                append(runs, Kind.ADDED, b[j++]);
            }
        }
        return runs;
    }

    private static void append(List<Line> runs, Kind kind, String token) {
        if (!runs.isEmpty() && runs.get(runs.size() - 1).kind() == kind) {
            Line last = runs.remove(runs.size() - 1);
            runs.add(new Line(kind, last.text() + token));
        } else {
            runs.add(new Line(kind, token));
        }
    }

    private static String[] tokens(String text) {
        return text.isEmpty() ? new String[0] : text.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");
    }
}
