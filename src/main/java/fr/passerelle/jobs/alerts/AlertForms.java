package fr.passerelle.jobs.alerts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The forms of the alerts' pages. */
final class AlertForms {

    private AlertForms() {
    }

    /** Saving the board's search under a name; {@code search} is the board's query string, checked again on saving. */
    record NewAlertForm(@NotBlank(message = "Donnez un nom à votre alerte.")
                        @Size(max = 100, message = "Le nom tient en 100 caractères au plus.") String name,
                        @Size(max = 2000, message = "Cette recherche est trop longue pour être enregistrée.") String search) {
    }

    /** Renaming an alert opened at {@code version}. */
    record RenameForm(@NotBlank(message = "Donnez un nom à votre alerte.")
                      @Size(max = 100, message = "Le nom tient en 100 caractères au plus.") String name,
                      @NotNull(message = "Rechargez la page : le formulaire est incomplet.") Long version) {
    }
}
