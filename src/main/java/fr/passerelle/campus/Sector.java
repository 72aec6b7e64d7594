package fr.passerelle.campus;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The 12 official sectors (filières) of campuses. */
public enum Sector {
    FOOD("Alimentaire, agroalimentaire"),
    CHEMISTRY_BIOTECH("Chimie et biotechnologies"),
    CREATIVE("Création, design, audiovisuel"),
    CONSTRUCTION("Infrastructures, bâtiment, éco-construction"),
    MATERIALS("Matériaux, matériaux innovants"),
    MOBILITY("Mobilité, aéronautique, transports terrestres et maritimes"),
    DIGITAL("Numérique, télécommunications"),
    PERSONAL_SERVICES("Services à la personne, bien-être"),
    BUSINESS_SERVICES_LOGISTICS("Services aux entreprises, logistique"),
    MECHATRONICS("Systèmes innovants, mécatronique"),
    TOURISM("Tourisme, gastronomie"),
    ENERGY_TRANSITION("Transition énergétique, éco-industrie");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The sector of a French label or of a code, ignoring case and accents. */
    public static Optional<Sector> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = fold(text);
        return Arrays.stream(values()).filter(s -> fold(s.label).equals(wanted) || s.name().equalsIgnoreCase(text.strip())).findFirst();
    }

    static String fold(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.FRENCH);
    }
}
