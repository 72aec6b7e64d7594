package fr.passerelle.clusters.matrix;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message to the people of the companies a search found. */
record MessageForm(@NotBlank(message = "Donnez un objet au message.") @Size(max = 200, message = "L'objet ne doit pas dépasser 200 caractères.")
                   String subject,
                   @NotBlank(message = "Écrivez le message.") @Size(max = 5000, message = "Le message ne doit pas dépasser 5 000 caractères.")
                   String text) {

    static MessageForm empty() {
        return new MessageForm("", "");
    }
}
