package fr.passerelle.indicators.selfevaluation;

import fr.passerelle.indicators.SelfEvaluations;
import fr.passerelle.indicators.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Campaign years and written self-evaluations for the tests. Each test opens its own campaign, of a year no other test uses. */
final class SelfEvaluationFixtures {

    /** Far-off years: the demo data's campaigns are last year's and this year's. */
    private static final AtomicInteger YEARS = new AtomicInteger(2060);

    private SelfEvaluationFixtures() {
    }

    static int freshYear() {
        return YEARS.getAndIncrement();
    }

    static SelfEvaluations.Deadlines deadlinesFrom(LocalDate today, int submissionIn, int reviewIn, int validationIn) {
        return new SelfEvaluations.Deadlines(today.plusDays(submissionIn), today.plusDays(reviewIn), today.plusDays(validationIn));
    }

    /** Every theme rated and written, but {@code blank}, left with nothing at all. */
    static List<SelfEvaluations.ThemeAssessment> blank(Theme blank) {
        List<SelfEvaluations.ThemeAssessment> themes = new ArrayList<>(written());
        themes.replaceAll(t -> t.theme() == blank ? new SelfEvaluations.ThemeAssessment(blank, null, null, null, null, Set.of()) : t);
        return themes;
    }

    /** Every theme rated (3, « Maîtrisé »), with strengths; {@code unrated} left without a rating. */
    static List<SelfEvaluations.ThemeAssessment> written(Theme... unrated) {
        List<SelfEvaluations.ThemeAssessment> themes = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            boolean skip = List.of(unrated).contains(theme);
            themes.add(new SelfEvaluations.ThemeAssessment(theme, skip ? null : 3, "Points forts : " + theme.label(),
                    "Progresser sur " + theme.label(), "Actions envisagées pour " + theme.label(), Set.of()));
        }
        return themes;
    }
}
