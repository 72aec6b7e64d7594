package fr.passerelle.campus;

import java.util.Arrays;
import java.util.Optional;

/** The label's category. */
public enum LabelCategory {
    STANDARD("Standard"),
    EXCELLENCE("Excellence");

    private final String label;

    LabelCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<LabelCategory> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> Sector.fold(c.label).equals(Sector.fold(text)) || c.name().equalsIgnoreCase(text.strip())).findFirst();
    }
}
