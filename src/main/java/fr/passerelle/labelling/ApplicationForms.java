package fr.passerelle.labelling;

import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.Sector;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.web.multipart.MultipartFile;
import java.util.UUID;

/** The forms of a dossier's pages, as typed; each turns into what the act needs once Bean Validation has passed. */
final class ApplicationForms {

    private ApplicationForms() {
    }

    private static final String RELOAD = "Rechargez la page : la version du dossier manque.";

    /** Opening a dossier: an existing campus of the promoter's, or the project of a new one. */
    record NewApplicationForm(
            String callId,
            String campusId,
            @Size(max = 255, message = "Le nom du projet ne peut dépasser 255 caractères.") String projectName,
            String sector,
            String academyCode,
            @NotBlank(message = "Choisissez la catégorie visée.") String category,
            java.util.List<String> otherSectors,
            java.util.List<String> otherAcademyCodes) {

        NewApplicationForm {
            otherSectors = otherSectors == null ? java.util.List.of() : java.util.List.copyOf(otherSectors);
            otherAcademyCodes = otherAcademyCodes == null ? java.util.List.of() : java.util.List.copyOf(otherAcademyCodes);
        }

        /** For an existing campus, the dossier takes the campus's sectors and académies: the other ones ticked are not read. */
        ApplicationDrafts.NewApplication toRequest(UUID call) {
            UUID campus = blank(campusId) ? null : FrenchInput.id("campusId", campusId, "Choisissez un campus de la liste.");
            boolean project = campus == null;
            return new ApplicationDrafts.NewApplication(call, campus, projectName,
                    blank(sector) ? null : FrenchInput.choice("sector", sector, Sector.class, "Choisissez une filière de la liste."),
                    Text.trimToNull(academyCode), FrenchInput.choice("category", category, LabelCategory.class, "Choisissez la catégorie visée."),
                    !project ? java.util.List.of() : otherSectors.stream().filter(v -> !blank(v))
                            .map(v -> FrenchInput.choice("otherSectors", v, Sector.class, "Choisissez les autres filières dans la liste.")).toList(),
                    !project ? java.util.List.of() : otherAcademyCodes.stream().filter(v -> !blank(v)).map(String::strip).toList());
        }
    }

    /** The text of one criterion, with the revision it was written from. */
    record SectionForm(@NotNull(message = RELOAD) Integer revision, @Size(max = 20_000, message = "Le texte fait plus de 20 000 caractères.") String text) {
    }

    /** Submitting the dossier, with the answer to the navette when there was one. */
    record SubmitForm(@NotNull(message = RELOAD) Long version, @Size(max = 20_000, message = "La réponse ne peut dépasser 20 000 caractères.") String answer) {
    }

    /** An opinion of the CAEN, the Crefop, the expert group or the CNEE, with its signed PDF if any. */
    record OpinionForm(
            @NotNull(message = RELOAD) Long version,
            @NotBlank(message = "Choisissez l'instance qui rend l'avis.") String body,
            @NotBlank(message = "Choisissez le sens de l'avis.") String verdict,
            @NotBlank(message = "Indiquez la date de l'avis.") String givenOn,
            @NotBlank(message = "Motivez l'avis.") @Size(max = 20_000, message = "Les motifs ne peuvent dépasser 20 000 caractères.") String reasons,
            MultipartFile fichier) {

        static OpinionForm empty(long version, LocalDate today) {
            return new OpinionForm(version, "", "", today.toString(), "", null);
        }

        OpinionBody opinionBody() {
            return FrenchInput.choice("body", body, OpinionBody.class, "Choisissez l'instance qui rend l'avis.");
        }

        Verdict opinionVerdict() {
            return FrenchInput.choice("verdict", verdict, Verdict.class, "Choisissez le sens de l'avis.");
        }

        LocalDate date() {
            return FrenchInput.date("givenOn", givenOn);
        }
    }

    /** The interministerial decision. */
    record DecisionForm(
            @NotNull(message = RELOAD) Long version,
            @NotBlank(message = "Choisissez la décision : label accordé ou refusé.") String outcome,
            String category,
            @NotBlank(message = "Indiquez la date de la décision.") String decidedOn,
            @Size(max = 60, message = "La référence de la décision ne peut dépasser 60 caractères.") String reference,
            @Size(max = 20_000, message = "Les motifs ne peuvent dépasser 20 000 caractères.") String reasons) {

        static DecisionForm empty(long version, LabelCategory category, LocalDate today) {
            return new DecisionForm(version, "", category.name(), today.toString(), "", "");
        }

        boolean granted() {
            return FrenchInput.choice("outcome", outcome, Outcome.class, "Choisissez la décision : label accordé ou refusé.") == Outcome.GRANTED;
        }

        LabelCategory labelCategory() {
            return blank(category) ? null : FrenchInput.choice("category", category, LabelCategory.class, "Choisissez une catégorie de la liste.");
        }

        LocalDate date() {
            return FrenchInput.date("decidedOn", decidedOn);
        }
    }

    /** What a decision says. */
    enum Outcome {
        GRANTED, REFUSED
    }

    /** The reviewers' requests sent back to the promoters (a navette). */
    record ChangesForm(@NotNull(message = RELOAD) Long version,
                       @Size(max = 20_000, message = "Les demandes ne peuvent dépasser 20 000 caractères.") String request) {
    }

    /** The dossier's operational direction: the director named, or the commitment to recruit one; with the revision it was read at. */
    record DirectionForm(
            @NotNull(message = "Rechargez la page : la révision de la direction opérationnelle manque.") Integer revision,
            String kind,
            @Size(max = 150, message = "Le nom ne peut dépasser 150 caractères.") String directorName,
            @Size(max = 255, message = "L'adresse e-mail ne peut dépasser 255 caractères.") String directorEmail,
            @Size(max = 30, message = "Le téléphone ne peut dépasser 30 caractères.") String directorPhone,
            @Size(max = 255, message = "L'employeur ou la fonction ne peut dépasser 255 caractères.") String directorEmployer,
            String startsOn,
            String plannedOn,
            @Size(max = 255, message = "Ce champ ne peut dépasser 255 caractères.") String committedBy) {

        static DirectionForm of(ApplicationParts.Direction stored) {
            OperationalDirection d = stored.details();
            if (d == null) {
                return new DirectionForm(stored.revision(), "", "", "", "", "", "", "", "");
            }
            return new DirectionForm(stored.revision(), d.kind().name(), orEmpty(d.name()), orEmpty(d.email()), orEmpty(d.phone()),
                    orEmpty(d.employer()), d.startsOn() == null ? "" : d.startsOn().toString(), d.plannedOn() == null ? "" : d.plannedOn().toString(),
                    orEmpty(d.committedBy()));
        }

        OperationalDirection toDirection() {
            return new OperationalDirection(FrenchInput.choice("kind", kind, OperationalDirection.Kind.class,
                    "Indiquez si le dossier nomme la direction opérationnelle ou s'engage à la recruter."), directorName, directorEmail, directorPhone,
                    directorEmployer, FrenchInput.date("startsOn", startsOn), FrenchInput.date("plannedOn", plannedOn), committedBy);
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
