package fr.passerelle.training.catalogue;

import java.time.LocalDate;

/** What a cluster says of its label on a training. */
record LabelDetails(LabelNature nature, LabelStatus status, LocalDate labelledOn, String note) {

    /** "formation nouvelle, labellisée le 12/03/2026". */
    String describe() {
        return nature.label() + ", " + status.label() + " (" + labelledOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ")"
                + (note == null || note.isBlank() ? "" : " — " + note.strip());
    }
}
