package fr.passerelle.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The participation in a campus's meetings, for other modules (the dossier quotes it, indicators count it), by the
 * one definition of {@link Participation}. Callers check who reads: this gives figures, not the meetings themselves.
 */
public interface MeetingParticipations {

    /** Each meeting of the campus's bodies held (not cancelled) between the two days, both included, oldest first. */
    List<Participation> between(UUID campusId, LocalDate from, LocalDate to);

    /** The mean rate of the meetings whose attendance was taken, or null when none was. */
    static Double average(List<Participation> participations) {
        var rates = participations.stream().map(Participation::rate).filter(Objects::nonNull).toList();
        return rates.isEmpty() ? null : rates.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
