package fr.passerelle.platform;

import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a business act ends in the back office, written once. Controllers call a service inside one of these and
 * never catch a {@link BusinessRuleException} themselves:
 * <ul>
 *   <li>{@link #redirect} for a button (no form to show again): the success message or the broken rule's message is
 *   flashed, and the browser is sent to the target either way;</li>
 *   <li>{@link #submit} for a form: Bean Validation errors or a broken rule show the form again, with what was typed
 *   and each message on its field; success redirects where the act says.</li>
 * </ul>
 */
public final class Outcomes {

    private Outcomes() {
    }

    /** Runs a button's act, flashes {@code success} or the broken rule, and redirects to {@code target}. */
    public static String redirect(RedirectAttributes flash, String target, Runnable act, String success) {
        return redirect(flash, target, () -> {
            act.run();
            return success;
        }, message -> message);
    }

    /** As {@link #redirect(RedirectAttributes, String, Runnable, String)}, with a success message built from the act's result. */
    public static <T> String redirect(RedirectAttributes flash, String target, Supplier<T> act, Function<T, String> success) {
        try {
            T result = act.get();
            flash.addFlashAttribute("success", success.apply(result));
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + target;
    }

    /**
     * Submits a form: when Bean Validation found errors, or when {@code act} breaks a business rule, the rule's
     * problems are added to {@code errors} and {@code form} renders the page again (it reads them with
     * {@link FormErrors#of(BindingResult)}); otherwise the view name {@code act} returns (usually a redirect).
     */
    public static String submit(BindingResult errors, Supplier<String> act, Supplier<String> form) {
        if (errors.hasErrors()) {
            return form.get();
        }
        try {
            return act.get();
        } catch (BusinessRuleException e) {
            e.problems().forEach((field, message) -> FormErrors.reject(errors, field.isEmpty() ? null : field, message));
            return form.get();
        }
    }
}
