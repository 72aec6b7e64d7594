package fr.passerelle.trades;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The ecological-transition kind ROME gives a fiche or a job title ("transition_eco"): green jobs, brown jobs (to
 * transform), jobs strategic for the transition, and white jobs (neither).
 */
public enum EcologicalTransition {
    GREEN("Emploi vert"),
    BROWN("Emploi brun"),
    STRATEGIC("Emploi stratégique pour la transition écologique"),
    WHITE("Emploi blanc");

    private final String label;

    EcologicalTransition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the sheet shows it as a tag: every kind but "Emploi blanc". */
    public boolean shown() {
        return this != WHITE;
    }

    /** Reads ROME's wording ("Emploi Vert", "Emploi stratégique pour la Transition écologique"…); empty for anything else. */
    static Optional<EcologicalTransition> fromRome(String wording) {
        if (wording == null || wording.isBlank()) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(wording, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (plain.startsWith("emploi strategique")) {
            return Optional.of(STRATEGIC);
        }
        return switch (plain) {
            case "emploi vert" -> Optional.of(GREEN);
            case "emploi brun" -> Optional.of(BROWN);
            case "emploi blanc" -> Optional.of(WHITE);
            default -> Optional.empty();
        };
    }

    /** Reads the code the search URL carries (GREEN, BROWN…), case ignored. */
    static Optional<EcologicalTransition> parse(String value) {
        for (EcologicalTransition kind : values()) {
            if (kind.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
