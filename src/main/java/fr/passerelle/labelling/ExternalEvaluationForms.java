package fr.passerelle.labelling;

import fr.passerelle.platform.FrenchInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The forms of an external evaluation, as typed. */
final class ExternalEvaluationForms {

    private ExternalEvaluationForms() {
    }

    /** Scheduling (or changing) an evaluation: the campus (at scheduling only), the evaluator, the date, a note. */
    record PlanForm(
            String campusId,
            @NotBlank(message = "Choisissez l'évaluateur ou l'évaluatrice.") String evaluatorId,
            @NotBlank(message = "Indiquez la date à laquelle le rapport est attendu.") String dueOn,
            @Size(max = ExternalEvaluation.MAX_TEXT, message = "La note de cadrage ne peut dépasser 20 000 caractères.") String scopeNote,
            long version) {

        static PlanForm empty(String campusId) {
            return new PlanForm(campusId == null ? "" : campusId, "", "", "", 0);
        }

        static PlanForm of(ExternalEvaluations.View view) {
            return new PlanForm(view.campus().id().toString(), view.evaluatorId().toString(), view.dueOn().toString(),
                    view.scopeNote() == null ? "" : view.scopeNote(), view.version());
        }

        PlanForm withVersion(long newVersion) {
            return new PlanForm(campusId, evaluatorId, dueOn, scopeNote, newVersion);
        }

        java.util.UUID campus() {
            return FrenchInput.id("campusId", campusId, "Choisissez un campus de la liste.");
        }

        ExternalEvaluations.Plan toPlan() {
            return new ExternalEvaluations.Plan(FrenchInput.id("evaluatorId", evaluatorId, "Choisissez un évaluateur de la liste."),
                    FrenchInput.date("dueOn", dueOn), scopeNote);
        }
    }

    /** The evaluator's report: its file, the summary and the conclusion. */
    record ReportForm(
            @NotBlank(message = "Écrivez la synthèse de l'évaluation.")
            @Size(max = ExternalEvaluation.MAX_TEXT, message = "La synthèse ne peut dépasser 20 000 caractères.") String summary,
            @NotBlank(message = "Choisissez la conclusion de l'évaluation.") String conclusion,
            long version,
            org.springframework.web.multipart.MultipartFile fichier) {

        static ReportForm empty(long version) {
            return new ReportForm("", "", version, null);
        }

        /** The bytes of the file sent, or null when none was chosen. */
        byte[] content() {
            try {
                return fichier == null || fichier.isEmpty() ? null : fichier.getBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        String fileName() {
            return fichier == null ? null : fichier.getOriginalFilename();
        }

        ExternalEvaluationConclusion toConclusion() {
            return FrenchInput.choice("conclusion", conclusion, ExternalEvaluationConclusion.class, "Choisissez une conclusion de la liste.");
        }
    }
}
