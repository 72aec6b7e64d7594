package fr.passerelle.clusters.surveys;

import java.util.Arrays;
import java.util.Optional;

/** How hard a company finds it to recruit for a trade, on a scale of 1 to 4. */
enum Difficulty {
    NONE(1, "1 — Aucune difficulté"),
    SOME(2, "2 — Quelques difficultés"),
    SERIOUS(3, "3 — Difficultés importantes"),
    SEVERE(4, "4 — Recrutement quasi impossible");

    private final int level;
    private final String label;

    Difficulty(int level, String label) {
        this.level = level;
        this.label = label;
    }

    public int level() {
        return level;
    }

    public String label() {
        return label;
    }

    static Optional<Difficulty> ofLevel(Integer level) {
        return level == null ? Optional.empty() : Arrays.stream(values()).filter(d -> d.level == level).findFirst();
    }
}
