package fr.passerelle.campus;

import fr.passerelle.directory.AgreementDetails;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.UUID;
import org.springframework.web.multipart.MultipartFile;

/** The form that records a signed partnership agreement, as typed, with its signed PDF; read once valid. */
record AgreementForm(
        @NotBlank(message = "Choisissez le partenaire signataire.") String partnerId,
        @NotBlank(message = "L'intitulé de la convention est obligatoire.")
        @Size(max = 255, message = "L'intitulé ne peut dépasser 255 caractères.") String title,
        String signedOn,
        String validFrom,
        String validUntil,
        @Size(max = 1000, message = "La liste des signataires ne peut dépasser 1 000 caractères.") String signatories,
        MultipartFile fichier) {

    static AgreementForm empty() {
        return new AgreementForm("", "", "", "", "", "", null);
    }

    /** The name of the signed file sent, or null. */
    String fileName() {
        return SentFiles.name(fichier);
    }

    /** The bytes of the signed file sent, or null. */
    byte[] fileContent() {
        return SentFiles.content(fichier);
    }

    UUID partner() {
        return FrenchInput.id("partnerId", partnerId, "Choisissez le partenaire signataire.");
    }

    AgreementDetails toDetails() {
        return new AgreementDetails(title.strip(), FrenchInput.date("signedOn", signedOn), FrenchInput.date("validFrom", validFrom),
                FrenchInput.date("validUntil", validUntil), Text.trimToNull(signatories));
    }
}
