package fr.passerelle.indicators.regional;

import fr.passerelle.indicators.CommitteeAppreciation;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.FrenchInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The forms of the review page: what was typed, checked, and turned into what the service takes. */
final class ReviewForms {

    private ReviewForms() {
    }

    static long version(String version) {
        Long parsed = optionalVersion(version);
        if (parsed == null) {
            throw new BusinessRuleException("Le formulaire est incomplet : rechargez la page.");
        }
        return parsed;
    }

    /** A version, or null when the form had none (an appreciation not yet recorded). */
    static Long optionalVersion(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("Le formulaire est incomplet : rechargez la page.");
        }
    }

    /** The committee meeting at which the review is held (blank version: the review is being prepared). */
    record MeetingForm(String version, @NotBlank(message = "Choisissez la réunion du comité stratégique régional où la revue est tenue.") String meetingId) {

        static MeetingForm of(ReviewView view) {
            return view.review() == null ? new MeetingForm("", "")
                    : new MeetingForm(Long.toString(view.review().version()), view.review().meetingId() == null ? "" : view.review().meetingId().toString());
        }

        UUID meeting() {
            return FrenchInput.id("meetingId", meetingId, "Choisissez une réunion de la liste.");
        }
    }

    /** The committee's appreciation of one campus. */
    record AppreciationForm(String version,
                            @NotBlank(message = "Choisissez l’appréciation du comité sur l’échelle.") String appreciation,
                            @Size(max = CampusAppreciation.TEXT_MAX, message = "Le commentaire fait 4000 caractères au plus.") String comment,
                            @Size(max = CampusAppreciation.TEXT_MAX, message = "Les recommandations font 4000 caractères au plus.") String recommendations) {

        static AppreciationForm of(ReviewView.AppreciationLine line) {
            return line == null ? new AppreciationForm("", "", "", "")
                    : new AppreciationForm(Long.toString(line.version()), line.appreciation().name(), line.comment(), line.recommendations());
        }

        CommitteeAppreciation value() {
            return FrenchInput.choice("appreciation", appreciation, CommitteeAppreciation.class, "Choisissez l’appréciation du comité sur l’échelle.");
        }
    }

    /** The committee's overall conclusion for the région. */
    record ConclusionForm(String version,
                          @Size(max = RegionalReview.CONCLUSION_MAX, message = "La conclusion fait 8000 caractères au plus.") String conclusion) {

        static ConclusionForm of(ReviewView view) {
            return view.review() == null ? new ConclusionForm("", "")
                    : new ConclusionForm(Long.toString(view.review().version()), view.review().conclusion());
        }
    }

    /** The reason a closed review is reopened for a correction. */
    record ReopenForm(String version,
                      @NotBlank(message = "Indiquez le motif de la correction.")
                      @Size(max = RegionalReviewService.REASON_MAX, message = "Le motif fait 2000 caractères au plus.") String reason) {

        static ReopenForm of(ReviewView view) {
            return new ReopenForm(view.review() == null ? "" : Long.toString(view.review().version()), "");
        }
    }
}
