package fr.passerelle.clusters.surveys;

import java.util.Set;

/**
 * The four kinds of survey source 004 describes, each with how often it runs and the company-level questions it asks
 * (every kind asks, per trade, hiring needs, difficulty, unfilled jobs, forecast and most sought skills).
 */
enum SurveyKind {
    BAROMETER("barometre", "Baromètre trimestriel des emplois", Periodicity.QUARTER, Set.of()),
    HR_SURVEY("enquete-rh", "Enquête RH annuelle", Periodicity.YEAR, Set.of(CompanyQuestion.OPEN_UNFILLED, CompanyQuestion.CREATION_FORECAST)),
    OBSERVATORY("observatoire", "Observatoire économique annuel", Periodicity.YEAR,
            Set.of(CompanyQuestion.JOBS, CompanyQuestion.TURNOVER_BAND, CompanyQuestion.CONFIDENCE)),
    PANEL("panel", "Panel semestriel des métiers en tension", Periodicity.HALF, Set.of(CompanyQuestion.JOBS, CompanyQuestion.CREATION_FORECAST));

    private final String slug;
    private final String label;
    private final Periodicity periodicity;
    private final Set<CompanyQuestion> questions;

    SurveyKind(String slug, String label, Periodicity periodicity, Set<CompanyQuestion> questions) {
        this.slug = slug;
        this.label = label;
        this.periodicity = periodicity;
        this.questions = questions;
    }

    /** Its name in addresses: {@code barometre}, {@code enquete-rh}… */
    public String slug() {
        return slug;
    }

    static java.util.Optional<SurveyKind> bySlug(String slug) {
        return java.util.Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    public String label() {
        return label;
    }

    Periodicity periodicity() {
        return periodicity;
    }

    boolean asks(CompanyQuestion question) {
        return questions.contains(question);
    }

    /** The questions about the company as a whole. */
    enum CompanyQuestion {
        JOBS, TURNOVER_BAND, CONFIDENCE, OPEN_UNFILLED, CREATION_FORECAST
    }

    /** How often a kind of survey runs: its periods are labelled after it. */
    enum Periodicity {
        QUARTER, HALF, YEAR
    }
}
