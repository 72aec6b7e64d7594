package fr.passerelle.campus;

import java.util.Arrays;
import java.util.Optional;

/** Where a campus stands with its label. */
public enum LabelStatus {
    LABELLED("Labellisé"),
    APPLICANT("Candidat"),
    EXPIRED("Label échu"),
    WITHDRAWN("Label retiré");

    private final String label;

    LabelStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<LabelStatus> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(s -> Sector.fold(s.label).equals(Sector.fold(text)) || s.name().equalsIgnoreCase(text.strip())).findFirst();
    }
}
