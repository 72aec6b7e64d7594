package fr.passerelle.clusters.network;

import fr.passerelle.platform.FrenchInput;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;

/** The last day of a membership, as typed. */
record EndForm(@NotBlank(message = "Indiquez le dernier jour de l'adhésion.") String until) {

    LocalDate day() {
        return FrenchInput.date("until", until);
    }
}
