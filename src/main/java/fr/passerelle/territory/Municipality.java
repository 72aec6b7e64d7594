package fr.passerelle.territory;

/** A commune, by its INSEE code, with its centre when it has been imported. */
public record Municipality(String code, String name, String departmentCode, String postalCodes, Double latitude,
                           Double longitude) {

    /** The first postal code, for display. */
    public String mainPostalCode() {
        return postalCodes == null || postalCodes.isBlank() ? null : postalCodes.split(",")[0].strip();
    }
}
