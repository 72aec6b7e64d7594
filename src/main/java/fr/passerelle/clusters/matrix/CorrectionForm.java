package fr.passerelle.clusters.matrix;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A company asks the correction of its entry, saying what is wrong. */
record CorrectionForm(@NotBlank(message = "Dites ce qui doit être corrigé.")
                      @Size(max = MatrixEntry.MAX_COMMENT, message = "Le commentaire ne doit pas dépasser 2 000 caractères.") String comment,
                      @NotNull(message = "Rechargez la page.") Long version) {
}
