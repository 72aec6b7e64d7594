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
}
