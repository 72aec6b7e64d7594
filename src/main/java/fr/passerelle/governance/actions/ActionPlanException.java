package fr.passerelle.governance.actions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An action was refused; the problems are in French, by form field (the key "" is the whole form). */
class ActionPlanException extends IllegalArgumentException {

    private final Map<String, String> problems;

    ActionPlanException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    ActionPlanException(String field, String message) {
        this(Map.of(field == null ? "" : field, message));
    }

    Map<String, String> problems() {
        return problems;
    }
}
