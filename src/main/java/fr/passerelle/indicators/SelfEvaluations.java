package fr.passerelle.indicators;

import fr.passerelle.identity.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The yearly self-evaluation campaign on the five QualÉduc themes, for other modules (the demo data). Each method
 * checks the actor's role and scope as the pages do, audits the act, and throws a
 * {@link fr.passerelle.platform.BusinessRuleException} (French message) when the act breaks a rule, or Spring
 * Security's {@code AccessDeniedException} when it is not the actor's to do.
 */
public interface SelfEvaluations {

    /** The three deadlines of a campaign: the directors' submission, the academic referents' review, the regional validation. */
    record Deadlines(LocalDate submission, LocalDate review, LocalDate validation) {
    }

    /**
     * What a campus writes about one theme.
     *
     * @param rating    1 « À engager », 2 « En cours », 3 « Maîtrisé », 4 « Exemplaire », or null while not rated
     * @param actionIds actions of the campus's action plan planned under the theme
     */
    record ThemeAssessment(Theme theme, Integer rating, String strengths, String progressAreas, String plannedActions, Set<UUID> actionIds) {
    }

    /**
     * A campus's self-evaluation as other modules quote it (the label's mid-term report and pre-renewal evaluation).
     *
     * @param status      where it stands now, in French (« Validée », « À l’examen du référent académique »…)
     * @param validatedOn the date of the regional strategic committee that validated it, or null
     */
    record Submitted(UUID campusId, int year, String status, Instant submittedAt, LocalDate validatedOn, List<ThemeSummary> themes) {
    }

    /** One theme as written: {@code ratingText} like « 3 « Maîtrisé » », null while not rated. */
    record ThemeSummary(Theme theme, Integer rating, String ratingText, String strengths, String progressAreas, String plannedActions) {
    }

    /**
     * The campus's latest self-evaluation its director submitted at least once (the most recent campaign year), at
     * whichever step it stands now; empty when none was ever submitted. Callers check who reads.
     */
    Optional<Submitted> latestSubmitted(UUID campusId);

    /**
     * A campus's self-evaluation of a year as other parts of the platform read it: where it stands (its French label),
     * whether the regional strategic committee validated it, and each theme's rating (1 to 4, null while not rated).
     */
    record Summary(UUID campusId, int year, String status, boolean validated, java.util.Map<Theme, Integer> ratings) {
    }

    /** The self-evaluations of those campuses for the year; a campus without one is absent. Callers check who reads. */
    java.util.Map<UUID, Summary> summariesOf(java.util.Collection<UUID> campusIds, int year);

    /** A campus's self-evaluation of a year as a report prints it: where it stands and each theme as written. */
    record YearSummary(int year, String status, List<ThemeSummary> themes) {
    }

    /**
     * The campus's self-evaluation of the year, if the campaign of that year gave it one: read by those who read
     * everything of the campus.
     */
    Optional<YearSummary> summary(Actor actor, UUID campusId, int year);

    /** Opens the campaign of a year: one self-evaluation per campus holding a current label. Returns how many. */
    int openCampaign(Actor actor, int year, Deadlines deadlines);

    /** Closes the campaign of a year: no act is taken on its self-evaluations any more. */
    void closeCampaign(Actor actor, int year);

    /** The version of a campus's self-evaluation of a year, to act on it. */
    long version(UUID campusId, int year);

    void draft(Actor actor, UUID campusId, int year, long version, List<ThemeAssessment> themes);

    void submit(Actor actor, UUID campusId, int year, long version);

    void forward(Actor actor, UUID campusId, int year, long version, String comment);

    void sendBack(Actor actor, UUID campusId, int year, long version, String comment);

    void validate(Actor actor, UUID campusId, int year, long version, LocalDate committeeMetOn, String comment);

    void markRead(Actor actor, UUID campusId, int year, long version);

    /**
     * Runs acts as if the time were {@code clock}'s: to record a past campaign at the dates it happened (the demo
     * data's campaign of last year). Nobody is notified of acts past; the audit trail still dates each act by the
     * platform's clock.
     */
    <T> T replayedAt(Clock clock, Supplier<T> acts);
}
