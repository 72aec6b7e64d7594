package fr.passerelle.indicators;

import fr.passerelle.identity.Actor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The indicators consolidated over the campuses of a scope — the nation, a région or an académie — for the dashboards
 * of each level and the annual reports of a région and of the nation. Each indicator's yearly figure for each campus is
 * kept as a fact, computed by the campus formulas (recomputed every minute for the current year and the one before,
 * every night for the others, at once for a campus's declared value; see {@link #freshness}); the facts of the scope's
 * campuses are then consolidated by the indicator's unit ({@link Consolidation}): counts and amounts are summed over the campuses, rates, means and scores are the mean of the
 * campus values (« moyenne des campus »: each campus weighs the same, whatever its size), a yes/no indicator counts
 * the campuses answering yes.
 *
 * <p>The campuses of a scope: the nation is every campus of the registry; a région, the campuses whose région it is; an
 * académie, the campuses listing it among their académies (main or other). An optional indicator is consolidated over
 * the campuses whose main académie chose it only, and listed when at least one campus of the scope tracks it.
 *
 * <p>Who reads a scope ({@link #canRead}): the nation, the national administration; a région, its regional coordinator
 * and the Conseil régional's referent ({@code Actor.regionCode}), and the national administration; an académie, its
 * academic referent ({@code Actor.academyCode}), the two regional roles of its région, and the national administration.
 * Every other reader gets an {@link org.springframework.security.access.AccessDeniedException}; an unknown région or
 * académie a {@link java.util.NoSuchElementException}.
 *
 * <p>Masking: a consolidated value counted from fewer rows than the indicator's {@code mask_below} is masked for every
 * reader (its value is then null); in the list of campuses, a campus's value is masked, as on the campus's dashboard,
 * to readers who do not run that campus.
 */
public interface ConsolidatedIndicators {

    /** The level of a scope. */
    enum Level {
        NATION, REGION, ACADEMY
    }

    /**
     * A scope of consolidation.
     *
     * @param code the région's INSEE code or the académie's Éducation nationale code; null for the nation
     */
    record Scope(Level level, String code) {

        public Scope {
            Objects.requireNonNull(level);
            if ((level == Level.NATION) != (code == null)) {
                throw new IllegalArgumentException("Un périmètre national n’a pas de code ; une région ou une académie en a un.");
            }
        }

        public static Scope nation() {
            return new Scope(Level.NATION, null);
        }

        public static Scope region(String code) {
            return new Scope(Level.REGION, code);
        }

        public static Scope academy(String code) {
            return new Scope(Level.ACADEMY, code);
        }
    }

    /** How the campus values of an indicator make the value of a scope. */
    enum Consolidation {
        /** Counts and amounts: the sum of the campus values. */
        SUM("somme des campus"),
        /** Rates, means and scores: the arithmetic mean of the campus values, each campus weighing the same. */
        MEAN("moyenne des campus"),
        /** Yes/no: the number of campuses answering yes. */
        YES_COUNT("nombre de campus répondant oui");

        private final String label;

        Consolidation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The rule for an indicator of this unit. */
        public static Consolidation of(Unit unit) {
            return switch (unit) {
                case COUNT, EUROS -> SUM;
                case PERCENT, POINTS -> MEAN;
                case YES_NO -> YES_COUNT;
            };
        }
    }

    /**
     * The consolidated value of one indicator in a scope for a year and the year before.
     *
     * @param value             the consolidated value; null when no campus has one, or when masked
     * @param masked            counted from fewer rows than the indicator's {@code mask_below}
     * @param campuses          how many campuses of the scope have a value this year (a computed count is 0 for a campus
     *                          without any row: every campus tracking it has one)
     * @param campusesTracking  how many campuses of the scope track the indicator
     * @param rows              how many rows the campus values count, summed over the campuses
     * @param previousValue     the value of the year before, by the same rules; null when none or masked
     * @param previousMasked    whether the previous year's value is masked
     * @param previousCampuses  how many campuses had a value the year before
     */
    record ConsolidatedValue(String code, String name, Theme theme, Unit unit, Period period, Consolidation consolidation, int year,
                             BigDecimal value, boolean masked, int campuses, int campusesTracking, long rows,
                             BigDecimal previousValue, boolean previousMasked, int previousCampuses) {
    }

    /** The order of a list of campus values. */
    enum CampusOrder {
        /** By campus name. */
        NAME,
        /** Highest value first, campuses without a shown value last. */
        VALUE_DESC,
        /** Lowest value first, campuses without a shown value last. */
        VALUE_ASC
    }

    /**
     * One campus's value in the list of a scope.
     *
     * @param value  null when the campus has none, or when it is masked to the reader
     * @param masked counted from too few rows, and the reader does not run the campus
     */
    record CampusValue(UUID campusId, String campusName, String regionCode, String academyCode, BigDecimal value, boolean masked,
                       long rows) {
    }

    /** A page (1-based) of the campuses of a scope with their value, sorted and paginated in SQL. */
    record CampusValuesPage(String code, int year, List<CampusValue> campuses, long total, int page, int size) {

        public CampusValuesPage {
            campuses = List.copyOf(campuses);
        }

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** Whether the actor reads the scope's consolidated indicators (see the rules above). */
    boolean canRead(Actor actor, Scope scope);

    /** The scopes the actor reads, the widest first: the nation, their région, their académie. */
    List<Scope> readableScopes(Actor actor);

    /** The scope as French readers name it: « France entière », « Hauts-de-France », « académie de Lille ». */
    String nameOf(Scope scope);

    /**
     * Every indicator tracked by at least one campus of the scope, in the catalogue's order, consolidated for the year
     * and the year before.
     */
    List<ConsolidatedValue> valuesOf(Actor actor, Scope scope, int year);

    /**
     * The campuses of the scope tracking the indicator, with their value for the year: one page of {@code size}
     * (1–200) campuses, sorted in SQL (masked values sort as no value).
     */
    CampusValuesPage campusValues(Actor actor, Scope scope, String code, int year, CampusOrder order, int page, int size);

    /**
     * How fresh the consolidated figures of the years {@code from} to {@code to} are, in French for the pages and the
     * reports: « Chiffres consolidés le 3 décembre 2026 à 14 h 05 (recalculés chaque minute pour les deux dernières années,
     * chaque nuit pour les précédentes). » — the oldest computation of those years, in Paris time.
     */
    String freshness(int from, int to);

    /**
     * Recomputes now the consolidated figures of every campus and every year, for the national administration only
     * (audited; anyone else gets an {@link org.springframework.security.access.AccessDeniedException}); returns the
     * number of campus figures computed.
     */
    long refresh(Actor actor);
}
