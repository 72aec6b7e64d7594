package fr.passerelle.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/** The forms of "Mot de passe oublié", as typed. */
final class PasswordResetForms {

    private PasswordResetForms() {
    }

    /** Who asks for a link: an identifier or an e-mail address. */
    record RequestForm(
            @NotBlank(message = "Indiquez votre identifiant ou votre adresse e-mail.")
            @Size(max = 255, message = "L'identifiant ou l'adresse e-mail ne peut dépasser 255 caractères.") String identifier) {

        static RequestForm empty() {
            return new RequestForm("");
        }
    }

    /** The new password, typed twice; the same policy as when an account is opened. */
    record NewPasswordForm(
            @NotBlank(message = "Choisissez un nouveau mot de passe.")
            @Pattern(regexp = "^$|" + PasswordPolicy.PATTERN, message = PasswordPolicy.MESSAGE + ".") String password,
            @NotBlank(message = "Saisissez une seconde fois le nouveau mot de passe.") String confirmation) {

        static NewPasswordForm empty() {
            return new NewPasswordForm("", "");
        }

        /** Adds an error on the confirmation when both were typed and differ, beside Bean Validation's own errors. */
        void checkConfirmation(BindingResult errors) {
            if (password != null && !password.isEmpty() && confirmation != null && !confirmation.isEmpty() && !password.equals(confirmation)) {
                errors.rejectValue("confirmation", "confirmation", "Les deux mots de passe saisis ne sont pas identiques.");
            }
        }
    }
}
