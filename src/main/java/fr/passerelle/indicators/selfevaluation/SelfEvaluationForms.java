package fr.passerelle.indicators.selfevaluation;

import fr.passerelle.indicators.SelfEvaluations;
import fr.passerelle.indicators.Theme;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.FrenchInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The forms of the self-evaluation pages: what was typed, checked, and turned into what the service takes. */
final class SelfEvaluationForms {

    private SelfEvaluationForms() {
    }

    static long version(String version) {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("Le formulaire est incomplet : rechargez la page.");
        }
    }

    /** Opening a campaign: its year and three deadlines. */
    record CampaignForm(@NotBlank(message = "Indiquez l’année de la campagne.") String year,
                        @NotBlank(message = "Indiquez la date limite de dépôt par les directions.") String submissionDue,
                        @NotBlank(message = "Indiquez la date limite d’examen par les référents académiques.") String reviewDue,
                        @NotBlank(message = "Indiquez la date limite de validation par les comités stratégiques régionaux.") String validationDue) {

        static CampaignForm empty(int year) {
            return new CampaignForm(Integer.toString(year), "", "", "");
        }

        int yearValue() {
            return FrenchInput.wholeNumber("year", year, 2000, 2100, "L’année");
        }

        SelfEvaluations.Deadlines deadlines() {
            return new SelfEvaluations.Deadlines(FrenchInput.date("submissionDue", submissionDue), FrenchInput.date("reviewDue", reviewDue),
                    FrenchInput.date("validationDue", validationDue));
        }
    }

    /** Pushing a deadline back, for the whole campaign or one campus. */
    record ExtensionForm(String version, @NotBlank(message = "Choisissez la date limite à prolonger.") String stage,
                         @NotBlank(message = "Indiquez la nouvelle date limite.") String until) {

        static ExtensionForm empty(long version) {
            return new ExtensionForm(Long.toString(version), "", "");
        }

        Stage stageValue() {
            return FrenchInput.choice("stage", stage, Stage.class, "Choisissez la date limite à prolonger.");
        }

        LocalDate untilValue() {
            return FrenchInput.date("until", until);
        }
    }

    /** What the director writes about one theme. */
    record ThemeFields(String rating,
                       @Size(max = SelfEvaluation.TEXT_MAX, message = "Les points forts font 4000 caractères au plus.") String strengths,
                       @Size(max = SelfEvaluation.TEXT_MAX, message = "Les axes de progrès font 4000 caractères au plus.") String progressAreas,
                       @Size(max = SelfEvaluation.TEXT_MAX, message = "Les actions envisagées font 4000 caractères au plus.") String plannedActions,
                       List<String> actionIds) {

        static ThemeFields of(SelfEvaluationView.ThemeView theme) {
            return new ThemeFields(theme.ratingValue(), theme.strengths(), theme.progressAreas(), theme.plannedActions(),
                    theme.actionIds().stream().map(UUID::toString).toList());
        }

        public boolean plans(UUID actionId) {
            return actionIds != null && actionIds.contains(actionId.toString());
        }
    }

    /** The whole self-evaluation, theme by theme, with the version it was opened on. */
    record AssessmentForm(String version, Map<String, @Valid ThemeFields> themes) {

        static AssessmentForm of(SelfEvaluationView view) {
            Map<String, ThemeFields> themes = new LinkedHashMap<>();
            view.themes().forEach(t -> themes.put(t.theme().name(), ThemeFields.of(t)));
            return new AssessmentForm(Long.toString(view.version()), themes);
        }

        public ThemeFields theme(Theme theme) {
            ThemeFields fields = themes == null ? null : themes.get(theme.name());
            return fields == null ? new ThemeFields("", null, null, null, List.of()) : fields;
        }

        List<SelfEvaluations.ThemeAssessment> toAssessments() {
            List<SelfEvaluations.ThemeAssessment> list = new ArrayList<>();
            for (Theme theme : Theme.values()) {
                ThemeFields f = theme(theme);
                Integer rating = FrenchInput.wholeNumber(SelfEvaluation.field(theme, "rating"), f.rating(), 1, 4, "La note de « " + theme.label() + " »");
                Set<UUID> ids = new LinkedHashSet<>();
                if (f.actionIds() != null) {
                    for (String id : f.actionIds()) {
                        UUID picked = FrenchInput.id(SelfEvaluation.field(theme, "actionIds"), id, "Choisissez des actions du plan d’actions du campus.");
                        if (picked != null) {
                            ids.add(picked);
                        }
                    }
                }
                list.add(new SelfEvaluations.ThemeAssessment(theme, rating, f.strengths(), f.progressAreas(), f.plannedActions(), ids));
            }
            return list;
        }
    }

    /** A step of the workflow taken with a comment: forwarding, sending back, validating (with the committee's date). */
    record StepForm(String version, @Size(max = SelfEvaluation.COMMENT_MAX, message = "Le commentaire fait 2000 caractères au plus.") String comment,
                    String committeeMetOn) {

        static StepForm empty(long version) {
            return new StepForm(Long.toString(version), "", "");
        }

        LocalDate committeeMetOnValue() {
            return FrenchInput.date("committeeMetOn", committeeMetOn);
        }
    }
}
