package fr.passerelle.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** A form's errors in French, by field, for the page that shows the form again with what was typed. */
public record FormErrors(Map<String, String> fields, List<String> global) {

    public static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    public static FormErrors of(BindingResult result) {
        Map<String, String> fields = new LinkedHashMap<>();
        result.getFieldErrors().forEach(e -> fields.putIfAbsent(e.getField(), message(e.getDefaultMessage(), e.getCode())));
        List<String> global = new ArrayList<>();
        result.getGlobalErrors().forEach(e -> global.add(e.getDefaultMessage()));
        return new FormErrors(fields, global);
    }

    /** One broken rule: on its field, or on the whole form when it names no field. */
    public static FormErrors of(String field, String message) {
        return field == null ? new FormErrors(Map.of(), List.of(message)) : new FormErrors(Map.of(field, message), List.of());
    }

    /**
     * Rejects the field at fault, or the whole form when the rule names no field — or a field the form does not have
     * (a service's rule may name its own parameter, which a form may call otherwise).
     */
    public static void reject(BindingResult result, String field, String message) {
        if (field == null || result instanceof AbstractPropertyBindingResult bound && !bound.getPropertyAccessor().isReadableProperty(field)) {
            result.reject("rule", message);
            return;
        }
        try {
            result.rejectValue(field, "rule", message);
        } catch (NotReadablePropertyException e) {
            result.reject("rule", message);
        }
    }

    /**
     * Runs the business checks of a form (parsing amounts, dates, choices…) even when Bean Validation already found
     * errors, so that one submit reports every problem at once; a field Bean Validation already rejected keeps its
     * first message.
     */
    public static void check(BindingResult result, Runnable... checks) {
        for (Runnable check : checks) {
            try {
                check.run();
            } catch (BusinessRuleException e) {
                e.problems().forEach((field, message) -> {
                    if (field.isEmpty() || !result.hasFieldErrors(field)) {
                        reject(result, field.isEmpty() ? null : field, message);
                    }
                });
            }
        }
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String message(String field) {
        return fields.get(field);
    }

    public boolean isEmpty() {
        return fields.isEmpty() && global.isEmpty();
    }

    public int count() {
        return fields.size() + global.size();
    }

    private static String message(String message, String code) {
        if ("typeMismatch".equals(code) || message == null || message.startsWith("Failed to convert")) {
            return "Valeur invalide.";
        }
        return message;
    }
}
