package fr.passerelle.campus;

import fr.passerelle.platform.FrenchInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The carrying structure form as typed; {@link #version()} is blank when the campus had no structure recorded. */
record CarryingStructureForm(
        String version,
        @NotBlank(message = "Choisissez la forme juridique de la structure porteuse.") String legalForm,
        @Size(max = 150, message = "La précision ne peut dépasser 150 caractères.") String legalFormDetail,
        String organisationId) {

    CarryingStructureForm {
        version = version == null ? "" : version;
        legalForm = legalForm == null ? "" : legalForm;
        legalFormDetail = legalFormDetail == null ? "" : legalFormDetail;
        organisationId = organisationId == null ? "" : organisationId;
    }

    static CarryingStructureForm empty() {
        return new CarryingStructureForm("", "", "", "");
    }

    static CarryingStructureForm of(CampusFoundations.StructureView structure) {
        var details = structure.details();
        return new CarryingStructureForm(Long.toString(structure.version()), details.legalForm().name(),
                details.legalFormDetail() == null ? "" : details.legalFormDetail(),
                details.organisationId() == null ? "" : details.organisationId().toString());
    }

    CarryingStructureForm withVersion(String current) {
        return new CarryingStructureForm(current, legalForm, legalFormDetail, organisationId);
    }

    Long expectedVersion() {
        return version.isBlank() ? null : Long.valueOf(FrenchInput.wholeNumber("version", version, 0, Integer.MAX_VALUE, "La version"));
    }

    CarryingStructureDetails toDetails() {
        return new CarryingStructureDetails(
                FrenchInput.choice("legalForm", legalForm, LegalForm.class, "Choisissez une forme juridique de la liste."),
                legalFormDetail, FrenchInput.id("organisationId", organisationId, "Choisissez l’organisation dans l’annuaire."));
    }
}
