package fr.passerelle.indicators.review;

import fr.passerelle.platform.BusinessRuleException;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/** The forms of the annual review pages: what was typed, checked, and turned into what the service takes. */
final class AnnualReviewForms {

    private AnnualReviewForms() {
    }

    static long version(String version) {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("Le formulaire est incomplet : rechargez la page.");
        }
    }

    /** The director's commentary, by section or action key ({@code texts[OVERALL]}, {@code texts[action-…]}), with the version it was opened on. */
    record CommentaryForm(String version,
                          Map<String, @Size(max = AnnualReview.TEXT_MAX, message = "Un commentaire fait 6000 caractères au plus.") String> texts) {

        static CommentaryForm of(AnnualReviewView view) {
            return new CommentaryForm(Long.toString(view.version()), new LinkedHashMap<>(view.commentary()));
        }

        /** What was typed for a key, or what is recorded. */
        public String text(String key) {
            return texts == null ? null : texts.get(key);
        }

        Map<String, String> commentary() {
            return texts == null ? Map.of() : texts;
        }
    }

    /** The referent's act: acknowledging with a comment, or sending back with a reason. */
    record StepForm(String version, @Size(max = AnnualReview.COMMENT_MAX, message = "Le commentaire fait 2000 caractères au plus.") String comment) {

        static StepForm empty(long version) {
            return new StepForm(Long.toString(version), "");
        }
    }
}
