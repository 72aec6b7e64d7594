package fr.passerelle.labelling.deployment;

import fr.passerelle.campus.Sector;
import fr.passerelle.labelling.PreparedProject;
import fr.passerelle.labelling.SupportMilestone;
import fr.passerelle.labelling.SupportStep;
import fr.passerelle.platform.FrenchInput;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The forms of the deployment pages, as typed, so that a refused form comes back exactly as it was sent. */
final class DeploymentForms {

    private DeploymentForms() {
    }

    static long expectedVersion(String version) {
        Integer read = FrenchInput.wholeNumber(null, version, 0, Integer.MAX_VALUE, "La version");
        return read == null ? -1 : read;
    }

    private static String nn(String value) {
        return value == null ? "" : value;
    }

    /** The plan's status, day of adoption and comment. */
    record PlanForm(String version, String status, String adoptedOn,
                    @Size(max = 10000, message = "Le commentaire fait 10 000 caractères au plus.") String comment) {

        PlanForm {
            version = nn(version);
            status = nn(status);
            adoptedOn = nn(adoptedOn);
            comment = nn(comment);
        }

        static PlanForm of(DeploymentQueries.PlanView plan) {
            return new PlanForm(Long.toString(plan.version()), plan.status().name(), plan.adoptedOn() == null ? "" : plan.adoptedOn().toString(),
                    plan.comment());
        }

        PlanStatus planStatus() {
            return FrenchInput.choice("status", status, PlanStatus.class, "Choisissez où en est le plan.");
        }

        LocalDate adoptionDay() {
            return FrenchInput.date("adoptedOn", adoptedOn);
        }
    }

    /** A priority sector and why. */
    record PriorityForm(String sector,
                        @Size(max = DeploymentPlan.RATIONALE_MAX, message = "La justification fait 2 000 caractères au plus.") String rationale) {

        PriorityForm {
            sector = nn(sector);
            rationale = nn(rationale);
        }

        static PriorityForm empty() {
            return new PriorityForm("", "");
        }

        Sector chosenSector() {
            return FrenchInput.choice("sector", sector, Sector.class, "Choisissez une filière de la liste.");
        }
    }

    /** A project: an existing dossier of the région, or a project entered with its name, sector and académies. */
    record ProjectForm(String version, String applicationId,
                       @Size(max = 255, message = "Le nom du projet fait 255 caractères au plus.") String name,
                       String sector, List<String> academyCodes, String leadOrganisationId, String leadOrganisationIdQuery,
                       @Size(max = 5, message = "Le code INSEE de la commune fait cinq caractères, par exemple 59350 pour Lille.") String municipalityCode,
                       String expectedCallYear,
                       @Size(max = 2000, message = "Le commentaire fait 2 000 caractères au plus.") String comment) {

        ProjectForm {
            version = nn(version);
            applicationId = nn(applicationId);
            name = nn(name);
            sector = nn(sector);
            academyCodes = academyCodes == null ? List.of() : List.copyOf(academyCodes);
            leadOrganisationId = nn(leadOrganisationId);
            leadOrganisationIdQuery = nn(leadOrganisationIdQuery);
            municipalityCode = nn(municipalityCode);
            expectedCallYear = nn(expectedCallYear);
            comment = nn(comment);
        }

        static ProjectForm empty(int year) {
            return new ProjectForm("0", "", "", "", List.of(), "", "", "", Integer.toString(year + 1), "");
        }

        static ProjectForm of(DeploymentQueries.ProjectView p) {
            return new ProjectForm(Long.toString(p.version()), p.applicationId() == null ? "" : p.applicationId().toString(), p.name(),
                    p.sector().name(), p.academyCodes(), p.leadOrganisationId() == null ? "" : p.leadOrganisationId().toString(), "",
                    p.municipalityCode(), Integer.toString(p.expectedCallYear()), p.comment());
        }

        public boolean hasAcademy(String code) {
            return academyCodes.contains(code);
        }

        PreparedProject toDetails() {
            var dossier = FrenchInput.id("applicationId", applicationId, "Choisissez un dossier de la liste.");
            var sectorChosen = FrenchInput.choice("sector", sector, Sector.class, "Choisissez une filière de la liste.");
            var lead = FrenchInput.id("leadOrganisationId", leadOrganisationId, "Choisissez l’établissement porteur dans la liste.");
            Integer year = FrenchInput.wholeNumber("expectedCallYear", expectedCallYear, 2000, 2100, "L’année de l’appel visé");
            return new PreparedProject(dossier, name, sectorChosen, academyCodes, lead, municipalityCode, year, comment);
        }
    }

    /** A milestone of the support calendar. */
    record MilestoneForm(String version, String kind, String plannedOn, String doneOn,
                         @Size(max = 255, message = "Le signataire fait 255 caractères au plus.") String signatory,
                         @Size(max = 2000, message = "La note fait 2 000 caractères au plus.") String note) {

        MilestoneForm {
            version = nn(version);
            kind = nn(kind);
            plannedOn = nn(plannedOn);
            doneOn = nn(doneOn);
            signatory = nn(signatory);
            note = nn(note);
        }

        static MilestoneForm empty() {
            return new MilestoneForm("0", "", "", "", "", "");
        }

        static MilestoneForm of(DeploymentQueries.MilestoneView m) {
            return new MilestoneForm(Long.toString(m.version()), m.kind().name(), m.plannedOn().toString(),
                    m.doneOn() == null ? "" : m.doneOn().toString(), m.signatory(), m.note());
        }

        SupportMilestone toDetails() {
            return new SupportMilestone(FrenchInput.choice("kind", kind, SupportStep.class, "Choisissez une étape de la liste."),
                    FrenchInput.date("plannedOn", plannedOn), FrenchInput.date("doneOn", doneOn), signatory, note);
        }
    }
}
