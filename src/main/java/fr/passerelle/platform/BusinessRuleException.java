package fr.passerelle.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A business rule was broken by what someone entered or asked: the message is in French, for that person, and
 * names the form field at fault when there is one. Services throw it; {@link Outcomes} shows it — on its fields
 * when a form is re-rendered, as the page's error message after a button — and the API answers it with a 400.
 */
public class BusinessRuleException extends RuntimeException {

    /** The key of a problem with the whole entry rather than one field. */
    public static final String WHOLE_ENTRY = "";

    private final Map<String, String> problems;

    /** A rule broken by the value of one field ({@code field} may be null when the whole entry is at fault). */
    public BusinessRuleException(String field, String message) {
        this(Map.of(field == null ? WHOLE_ENTRY : field, message));
    }

    /** A rule broken by the whole entry or the act itself, not by one field. */
    public BusinessRuleException(String message) {
        this(null, message);
    }

    /** Several problems at once, by field ({@link #WHOLE_ENTRY} for the whole entry), in the order to show them. */
    public BusinessRuleException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A broken rule says what is wrong");
        }
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** The first form field at fault, or null when the whole entry is. */
    public String field() {
        String first = problems.keySet().iterator().next();
        return first.isEmpty() ? null : first;
    }

    /** Every problem, by field ({@link #WHOLE_ENTRY} for the whole entry). */
    public Map<String, String> problems() {
        return problems;
    }
}
