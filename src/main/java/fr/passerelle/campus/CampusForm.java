package fr.passerelle.campus;

import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Text;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * The campus form, as typed: every field is text so that whatever was entered comes back on the page when it is
 * refused. {@link #toIdentity()} reads it once it is valid. The label (category, status, first year, validity) is
 * not part of it: only a labelling decision, or the national administrator's correction ({@link LabelCorrectionForm}),
 * changes it; a label posted with this form is not even bound.
 */
record CampusForm(
        @NotBlank(message = "Le nom du campus est obligatoire.") @Size(max = 255, message = "Le nom ne peut dépasser 255 caractères.") String name,
        @NotBlank(message = "Choisissez la filière.") String sector,
        @NotBlank(message = "Choisissez la région.") String regionCode,
        @NotBlank(message = "Choisissez l'académie.") String academyCode,
        @Pattern(regexp = "^$|\\s*[0-9][0-9AB][0-9]{3}\\s*", message = "Le code commune INSEE compte 5 caractères (ex. 59350 pour Lille).") String municipalityCode,
        @Pattern(regexp = "^$|\\s*-?\\d{1,2}([.,]\\d+)?\\s*", message = "La latitude est un nombre décimal, ex. 50,6292.") String latitude,
        @Pattern(regexp = "^$|\\s*-?\\d{1,3}([.,]\\d+)?\\s*", message = "La longitude est un nombre décimal, ex. 3,0573.") String longitude,
        String supportEstablishmentId,
        @Pattern(regexp = "^$|https?://\\S+", message = "L'adresse du site commence par http:// ou https://.") String website,
        @Size(max = 5000, message = "La présentation ne peut dépasser 5 000 caractères.") String description,
        @Size(max = 150, message = "Le nom ne peut dépasser 150 caractères.") String directorName,
        @Email(message = "L'adresse e-mail n'est pas valide.") String directorEmail,
        @Size(max = 30, message = "Le téléphone ne peut dépasser 30 caractères.") String directorPhone,
        long version,
        List<String> otherSectors,
        List<String> otherAcademyCodes) {

    CampusForm {
        otherSectors = otherSectors == null ? List.of() : List.copyOf(otherSectors);
        otherAcademyCodes = otherAcademyCodes == null ? List.of() : List.copyOf(otherAcademyCodes);
    }

    static CampusForm empty() {
        return new CampusForm("", "", "", "", "", "", "", "", "", "", "", "", "", 0, List.of(), List.of());
    }

    static CampusForm of(CampusIdentity i, long version) {
        return new CampusForm(i.name(), i.sector().name(), i.regionCode(), i.academyCode(), text(i.municipalityCode()),
                text(i.latitude()), text(i.longitude()), text(i.supportEstablishmentId()),
                text(i.website()), text(i.description()), text(i.directorName()), text(i.directorEmail()),
                text(i.directorPhone()), version, i.otherSectors().stream().map(Sector::name).toList(), i.otherAcademyCodes());
    }

    /** Whether the sector is ticked among the other sectors. */
    public boolean hasOtherSector(String code) {
        return otherSectors.contains(code);
    }

    /** Whether the académie is ticked among the other académies. */
    public boolean hasOtherAcademy(String code) {
        return otherAcademyCodes.contains(code);
    }

    /**
     * The identity the form describes, as an applicant's: the registry keeps an edited campus's own label and creates
     * every campus without one. Call once Bean Validation has passed.
     */
    CampusIdentity toIdentity() {
        Sector parsedSector = FrenchInput.choice("sector", sector, Sector.class, "Choisissez une filière de la liste.");
        Double lat = FrenchInput.decimal("latitude", latitude, -90, 90, "La latitude");
        Double lon = FrenchInput.decimal("longitude", longitude, -180, 180, "La longitude");
        UUID support = FrenchInput.id("supportEstablishmentId", supportEstablishmentId, "Choisissez l'établissement support dans la liste.");
        return new CampusIdentity(name.strip(), parsedSector, regionCode.strip(), academyCode.strip(), Text.trimToNull(municipalityCode),
                null, lat, lon, support, LabelCategory.STANDARD, LabelStatus.APPLICANT, null, null, null,
                Text.trimToNull(website), Text.trimToNull(description), Text.trimToNull(directorName), Text.trimToNull(directorEmail), Text.trimToNull(directorPhone),
                otherSectors.stream().filter(v -> !blank(v))
                        .map(v -> FrenchInput.choice("otherSectors", v, Sector.class, "Choisissez les autres filières dans la liste.")).toList(),
                otherAcademyCodes.stream().filter(v -> !blank(v)).map(String::strip).toList());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }


    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
