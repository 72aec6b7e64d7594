package fr.passerelle.training.catalogue;

import fr.passerelle.platform.FrenchInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form of a cluster's label, as typed: the cluster, the nature, the status, the date (jj/mm/aaaa) and a note. */
record LabelForm(
        String clusterId,
        @NotBlank(message = "Choisissez la nature du label.") String nature,
        @NotBlank(message = "Choisissez le statut du label.") String status,
        @NotBlank(message = "Indiquez la date du label.") String labelledOn,
        @Size(max = 500, message = "La note ne peut dépasser 500 caractères.") String note,
        String labelId,
        Long version) {

    static LabelForm empty() {
        return new LabelForm("", LabelNature.NEW.name(), LabelStatus.IN_PROGRESS.name(), "", "", null, null);
    }

    LabelDetails toDetails() {
        return new LabelDetails(FrenchInput.choice("nature", nature, LabelNature.class, "Choisissez la nature du label."),
                FrenchInput.choice("status", status, LabelStatus.class, "Choisissez le statut du label."),
                FrenchInput.date("labelledOn", labelledOn), note == null || note.isBlank() ? null : note.strip());
    }
}
