package fr.passerelle.indicators.catalogue;

import fr.passerelle.governance.ActionCodes;
import fr.passerelle.indicators.Breakdown;
import fr.passerelle.platform.Option;
import fr.passerelle.training.TrainingRoute;
import java.util.Arrays;
import java.util.List;

/**
 * The keys a declared value is detailed by: the training routes of the training module (school, apprenticeship,
 * continuing education — VAE is a way to a diploma, not a route learners are counted in) or the audiences of the
 * action plan. {@code ""} is the total.
 */
final class BreakdownKeys {

    static final String TOTAL = "";

    private BreakdownKeys() {
    }

    /** The keys and their labels, in order; just the total when there is no breakdown. */
    static List<Option> of(Breakdown breakdown) {
        if (breakdown == null) {
            return List.of(new Option(TOTAL, "Valeur"));
        }
        return switch (breakdown) {
            case ROUTE -> List.of(TrainingRoute.SCHOOL, TrainingRoute.APPRENTICESHIP, TrainingRoute.CONTINUING).stream()
                    .map(r -> new Option(r.name(), capitalised(r.label()))).toList();
            case AUDIENCE -> Arrays.stream(ActionCodes.Audience.values()).map(a -> new Option(a.name(), a.label())).toList();
            default -> throw new IllegalArgumentException("No declarable keys for " + breakdown);
        };
    }

    /** The label of a key, for the history; the key itself when unknown. */
    static String label(Breakdown breakdown, String key) {
        if (TOTAL.equals(key)) {
            return "Total";
        }
        return breakdown == null ? key : of(breakdown).stream().filter(o -> o.value().equals(key)).map(Option::label).findFirst().orElse(key);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
