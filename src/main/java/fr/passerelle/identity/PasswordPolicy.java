package fr.passerelle.identity;

import fr.passerelle.platform.BusinessRuleException;

/**
 * What a password must be, wherever one is chosen (an account opened by the administrator, the first administrator,
 * a new password through the link of "Mot de passe oublié"): 12 to 200 characters, any of them.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;
    /** The policy as a Bean Validation pattern (a constant, so that form records can quote it). */
    static final String PATTERN = ".{12,200}";
    static final String MESSAGE = "Le mot de passe compte au moins 12 caractères (200 au plus)";

    private PasswordPolicy() {
    }

    static boolean acceptable(String password) {
        return password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH;
    }

    /** Refuses a password that breaks the policy, on the form's {@code password} field. */
    static void require(String password) {
        if (!acceptable(password)) {
            throw new BusinessRuleException("password", MESSAGE + ".");
        }
    }
}
