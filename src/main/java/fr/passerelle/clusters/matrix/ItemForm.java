package fr.passerelle.clusters.matrix;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A value added to the cluster's list of activities or of markets. */
record ItemForm(@NotBlank(message = "Donnez un libellé.") @Size(max = SkillsMatrix.MAX_LABEL, message = "Le libellé ne doit pas dépasser 300 caractères.")
                String label) {
}
