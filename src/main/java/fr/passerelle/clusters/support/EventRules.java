package fr.passerelle.clusters.support;

import fr.passerelle.platform.BusinessRuleException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The rules of a collective event, in plain Java: registrations close when it begins and stop at its capacity, its
 * charter must be accepted when it has one; attendance is recorded once it has begun; only those who came answer
 * the satisfaction survey, once it has ended; the answers are shown only when at least {@link #MIN_ANSWERS} were
 * given, so that nobody's score can be told apart.
 */
final class EventRules {

    /** Below this many answers the satisfaction results are masked. */
    static final int MIN_ANSWERS = 3;

    private EventRules() {
    }

    /** The state of an event as its rules need it. */
    record State(boolean cancelled, LocalDateTime startsAt, LocalDateTime endsAt, int capacity, int taken, boolean hasCharter) {

        int seatsLeft() {
            return Math.max(0, capacity - taken);
        }
    }

    static void checkRegistration(State event, LocalDateTime now, boolean charterAccepted) {
        if (event.cancelled()) {
            throw new BusinessRuleException("Cet événement est annulé : on ne s'y inscrit plus.");
        }
        if (!now.isBefore(event.startsAt())) {
            throw new BusinessRuleException("Les inscriptions sont closes : l'événement a commencé.");
        }
        if (event.taken() >= event.capacity()) {
            throw new BusinessRuleException("L'événement est complet (" + event.capacity() + " places).");
        }
        if (event.hasCharter() && !charterAccepted) {
            throw new BusinessRuleException("charterAccepted", "Acceptez la charte et la règle de confidentialité pour vous inscrire.");
        }
    }

    static void checkChange(State event) {
        if (event.cancelled()) {
            throw new BusinessRuleException("Cet événement est annulé : il ne se modifie plus.");
        }
    }

    static void checkCapacity(State event, int newCapacity) {
        if (newCapacity < event.taken()) {
            throw new BusinessRuleException("capacity", "Déjà " + event.taken() + " inscrits : la capacité ne peut pas être inférieure.");
        }
    }

    static void checkCancellation(State event, LocalDateTime now) {
        if (event.cancelled()) {
            throw new BusinessRuleException("Cet événement est déjà annulé.");
        }
        if (!now.isBefore(event.endsAt())) {
            throw new BusinessRuleException("Cet événement a eu lieu : il ne s'annule plus.");
        }
    }

    static void checkRegistrationCancellation(State event, LocalDateTime now) {
        if (!now.isBefore(event.startsAt())) {
            throw new BusinessRuleException("L'événement a commencé : l'inscription ne s'annule plus.");
        }
    }

    static void checkAttendance(State event, LocalDateTime now) {
        if (event.cancelled()) {
            throw new BusinessRuleException("Cet événement est annulé : il n'y a pas de présence à relever.");
        }
        if (now.isBefore(event.startsAt())) {
            throw new BusinessRuleException("La présence se relève une fois l'événement commencé.");
        }
    }

    static void checkAnswer(State event, Boolean attended, LocalDateTime now, int score) {
        if (event.cancelled() || !Boolean.TRUE.equals(attended)) {
            throw new BusinessRuleException("Seules les personnes venues à l'événement donnent leur avis.");
        }
        if (now.isBefore(event.endsAt())) {
            throw new BusinessRuleException("Vous donnerez votre avis une fois l'événement terminé.");
        }
        if (score < 1 || score > 5) {
            throw new BusinessRuleException("score", "Choisissez une note de 1 à 5.");
        }
    }

    /** The satisfaction results: shown only from {@link #MIN_ANSWERS} answers, with their average and comments. */
    static Satisfaction satisfaction(List<Integer> scores, List<String> comments) {
        if (scores.size() < MIN_ANSWERS) {
            return new Satisfaction(scores.size(), false, null, List.of());
        }
        double average = scores.stream().mapToInt(Integer::intValue).average().orElse(0);
        return new Satisfaction(scores.size(), true, Math.round(average * 10) / 10.0,
                comments.stream().filter(c -> c != null && !c.isBlank()).toList());
    }

    /** @param average null when masked; {@code comments} empty when masked */
    record Satisfaction(int answers, boolean shown, Double average, List<String> comments) {

        Satisfaction {
            comments = List.copyOf(comments);
        }

        String averageText() {
            return average == null ? null : String.format(java.util.Locale.FRENCH, "%.1f", average);
        }
    }
}
