package fr.passerelle.clusters.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A business sub-cluster as typed. */
record BranchForm(@NotBlank(message = "Donnez un nom au sous-cluster.") @Size(max = 150, message = "Le nom ne peut dépasser 150 caractères.") String name,
                  @Size(max = 2000, message = "La description ne peut dépasser 2 000 caractères.") String description) {

    static BranchForm empty() {
        return new BranchForm("", "");
    }
}
