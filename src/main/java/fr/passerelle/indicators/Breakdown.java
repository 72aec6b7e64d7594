package fr.passerelle.indicators;

/** How the value of an indicator is detailed, where it is. */
public enum Breakdown {
    ROUTE("Par voie de formation"),
    AUDIENCE("Par public"),
    CAUSE("Par cause"),
    ESTABLISHMENT("Par établissement"),
    BODY("Par instance");

    private final String label;

    Breakdown(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A key of this breakdown in French: an audience, a training route, an establishment (« LP 0590001A »), a cause. */
    public String keyLabel(String key) {
        if (key == null) {
            return "Sans cause";
        }
        try {
            return switch (this) {
                case AUDIENCE -> fr.passerelle.governance.ActionCodes.Audience.valueOf(key).label();
                case ROUTE -> capitalised(fr.passerelle.training.TrainingRoute.valueOf(key).label());
                case ESTABLISHMENT -> key.equals("APPRENTICES") ? "Apprentis (moyenne des établissements renseignés)"
                        : key.startsWith("LP ") ? key.substring(3) + " (lycée professionnel)" : key.substring(key.indexOf(' ') + 1) + " (CFA)";
                default -> key;
            };
        } catch (IllegalArgumentException unknown) {
            return key;
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
