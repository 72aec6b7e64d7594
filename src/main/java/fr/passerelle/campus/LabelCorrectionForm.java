package fr.passerelle.campus;

import fr.passerelle.platform.FrenchInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The national administrator's correction of a campus's label, as typed; {@link #toCorrection()} reads it once valid. */
record LabelCorrectionForm(
        @NotBlank(message = "Choisissez la catégorie.") String category,
        @NotBlank(message = "Choisissez le statut du label.") String labelStatus,
        @Pattern(regexp = "^$|\\s*(20[0-9]{2})\\s*", message = "L'année est sur 4 chiffres, à partir de 2013.") String firstLabelYear,
        @Pattern(regexp = "^$|\\d{4}-\\d{2}-\\d{2}", message = "Date invalide.") String labelValidFrom,
        @Pattern(regexp = "^$|\\d{4}-\\d{2}-\\d{2}", message = "Date invalide.") String labelValidUntil,
        @NotBlank(message = "Indiquez le motif de la correction : il est conservé dans l'historique du campus.")
        @Size(max = 1000, message = "Le motif ne peut dépasser 1 000 caractères.") String reason,
        long version) {

    static LabelCorrectionForm of(CampusIdentity i, long version) {
        return new LabelCorrectionForm(i.category().name(), i.labelStatus().name(), text(i.firstLabelYear()), text(i.labelValidFrom()),
                text(i.labelValidUntil()), "", version);
    }

    /** The same typed values, carrying another version (the one saved meanwhile, after a concurrent edit). */
    LabelCorrectionForm withVersion(long newVersion) {
        return new LabelCorrectionForm(category, labelStatus, firstLabelYear, labelValidFrom, labelValidUntil, reason, newVersion);
    }

    LabelCorrection toCorrection() {
        LabelCategory category = FrenchInput.choice("category", this.category, LabelCategory.class, "Choisissez une catégorie de la liste.");
        LabelStatus status = FrenchInput.choice("labelStatus", labelStatus, LabelStatus.class, "Choisissez un statut de la liste.");
        Integer year = FrenchInput.wholeNumber("firstLabelYear", firstLabelYear, 1900, 2100, "L'année du premier label");
        return new LabelCorrection(category, status, year, FrenchInput.date("labelValidFrom", labelValidFrom), FrenchInput.date("labelValidUntil", labelValidUntil), reason);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
