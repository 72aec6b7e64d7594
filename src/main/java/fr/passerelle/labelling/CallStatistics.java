package fr.passerelle.labelling;

import fr.passerelle.campus.LabelCategory;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of a call for projects: dossiers per step, time spent in each step (from the steps entered, kept in
 * {@code application_step}), acceptance rate overall, by category and by région. The national administration sees
 * the whole call; a regional coordination sees the dossiers of its région.
 */
@Service
class CallStatistics {

    private static final double DAY_MILLIS = 86_400_000.0;

    private final JdbcClient jdbc;
    private final Calls calls;
    private final Clock clock;
    private final fr.passerelle.territory.Territories territories;

    CallStatistics(JdbcClient jdbc, Calls calls, Clock clock, fr.passerelle.territory.Territories territories) {
        this.territories = territories;
        this.jdbc = jdbc;
        this.calls = calls;
        this.clock = clock;
    }

    /** A step entered by a dossier, at a time. */
    record StepEntered(UUID applicationId, ApplicationStatus status, Instant enteredAt) {
    }

    /** Time spent in one step by the dossiers that went through it, in days. */
    record StepTime(ApplicationStatus status, int passages, double meanDays, double medianDays) {
        public String mean() {
            return days(meanDays);
        }

        public String median() {
            return days(medianDays);
        }
    }

    /** Decisions among a group of dossiers. */
    record Acceptance(String label, int dossiers, int granted, int refused) {
        public int decided() {
            return granted + refused;
        }

        /** Granted out of decided, in percent, or null when nothing is decided yet. */
        public Double rate() {
            return decided() == 0 ? null : 100.0 * granted / decided();
        }

        public String rateText() {
            return rate() == null ? "—" : String.format(Locale.FRENCH, "%.0f %%", rate());
        }
    }

    record Figures(CallView call, String scope, int total, Map<ApplicationStatus, Integer> perStep, List<StepTime> times, Acceptance overall,
                   List<Acceptance> byCategory, List<Acceptance> byRegion) {
        public int count(ApplicationStatus status) {
            return perStep.getOrDefault(status, 0);
        }

        public List<ApplicationStatus> steps() {
            return List.of(ApplicationStatus.values());
        }
    }

    /** The national administration (every dossier) and the two co-pilots of a région (its dossiers). */
    static boolean seesStatistics(Actor actor) {
        return actor.isNationalAdmin() || actor.role() == Role.REGIONAL_COORDINATOR || actor.role() == Role.REGIONAL_COUNCIL;
    }

    static void checkAllowed(Actor actor) {
        if (!seesStatistics(actor)) {
            throw new AccessDeniedException("Les statistiques d’un appel sont réservées à l’administration nationale et aux deux co-pilotes "
                    + "de chaque région (coordination de région académique, Conseil régional).");
        }
    }

    @Transactional(readOnly = true)
    Figures of(Actor actor, UUID callId) {
        checkAllowed(actor);
        CallView call = calls.require(callId);
        String region = actor.isNationalAdmin() ? null : actor.regionCode();
        String scope = region == null ? "tous les dossiers de l’appel" : "dossiers de la région " + territories.regionName(region);
        record Dossier(UUID id, ApplicationStatus status, LabelCategory category, String regionName) {
        }
        List<Dossier> dossiers = jdbc.sql("""
                        select a.id, a.status, a.category, a.region_code from application a
                         where a.call_id = ? and (cast(? as varchar) is null or a.region_code = ?)""")
                .params(callId, region, region)
                .query((rs, n) -> new Dossier(rs.getObject(1, UUID.class), ApplicationStatus.valueOf(rs.getString(2)),
                        LabelCategory.valueOf(rs.getString(3)), territories.regionName(rs.getString(4))))
                .list();
        List<StepEntered> steps = jdbc.sql("""
                        select s.application_id, s.status, s.entered_at from application_step s join application a on a.id = s.application_id
                         where a.call_id = ? and (cast(? as varchar) is null or a.region_code = ?)
                         order by s.application_id, s.entered_at, s.id""")
                .params(callId, region, region)
                .query((rs, n) -> new StepEntered(rs.getObject(1, UUID.class), ApplicationStatus.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant()))
                .list();
        Map<ApplicationStatus, Integer> perStep = new EnumMap<>(ApplicationStatus.class);
        dossiers.forEach(d -> perStep.merge(d.status(), 1, Integer::sum));
        Map<String, List<ApplicationStatus>> byCategory = new TreeMap<>();
        Map<String, List<ApplicationStatus>> byRegion = new TreeMap<>();
        for (Dossier d : dossiers) {
            byCategory.computeIfAbsent(d.category().label(), k -> new ArrayList<>()).add(d.status());
            byRegion.computeIfAbsent(d.regionName(), k -> new ArrayList<>()).add(d.status());
        }
        return new Figures(call, scope, dossiers.size(), perStep, timeInSteps(steps, Instant.now(clock)),
                acceptance("Ensemble", dossiers.stream().map(Dossier::status).toList()),
                byCategory.entrySet().stream().map(e -> acceptance(e.getKey(), e.getValue())).toList(),
                byRegion.entrySet().stream().map(e -> acceptance(e.getKey(), e.getValue())).toList());
    }

    /**
     * Time spent in each step: from the moment a dossier entered it to the moment it entered the next one, or to
     * {@code now} for the step it is in. The final steps (granted, refused) have no duration. {@code steps} are ordered
     * by dossier, then by time.
     */
    static List<StepTime> timeInSteps(List<StepEntered> steps, Instant now) {
        Map<ApplicationStatus, List<Double>> durations = new EnumMap<>(ApplicationStatus.class);
        for (int i = 0; i < steps.size(); i++) {
            StepEntered step = steps.get(i);
            if (step.status().isClosed()) {
                continue;
            }
            StepEntered next = i + 1 < steps.size() && steps.get(i + 1).applicationId().equals(step.applicationId()) ? steps.get(i + 1) : null;
            Instant end = next == null ? now : next.enteredAt();
            durations.computeIfAbsent(step.status(), k -> new ArrayList<>()).add(Math.max(0, Duration.between(step.enteredAt(), end).toMillis()) / DAY_MILLIS);
        }
        List<StepTime> times = new ArrayList<>();
        durations.forEach((status, values) -> {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            times.add(new StepTime(status, n, sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0), median));
        });
        return times;
    }

    static Acceptance acceptance(String label, List<ApplicationStatus> statuses) {
        int granted = (int) statuses.stream().filter(s -> s == ApplicationStatus.GRANTED).count();
        int refused = (int) statuses.stream().filter(s -> s == ApplicationStatus.REFUSED).count();
        return new Acceptance(label, statuses.size(), granted, refused);
    }

    static String days(double days) {
        return String.format(Locale.FRENCH, "%.1f j", days);
    }
}
