package fr.passerelle.clusters.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.platform.BusinessRuleException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRulesTest {

    private static final LocalDateTime START = LocalDateTime.of(2031, 3, 12, 8, 30);
    private static final LocalDateTime END = START.plusHours(2);
    private static final LocalDateTime BEFORE = START.minusDays(3);

    private static EventRules.State event(int capacity, int taken, boolean charter) {
        return new EventRules.State(false, START, END, capacity, taken, charter);
    }

    @Test
    void aRegistrationWithinCapacityBeforeTheStartIsAccepted() {
        assertThatCode(() -> EventRules.checkRegistration(event(12, 11, false), BEFORE, false)).doesNotThrowAnyException();
    }

    @Test
    void aFullEventRefusesRegistrations() {
        assertThatThrownBy(() -> EventRules.checkRegistration(event(12, 12, false), BEFORE, false))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("complet");
    }

    @Test
    void registrationsCloseWhenTheEventBegins() {
        assertThatThrownBy(() -> EventRules.checkRegistration(event(12, 0, false), START, false)).hasMessageContaining("closes");
    }

    @Test
    void aCancelledEventRefusesRegistrations() {
        var cancelled = new EventRules.State(true, START, END, 12, 0, false);
        assertThatThrownBy(() -> EventRules.checkRegistration(cancelled, BEFORE, false)).hasMessageContaining("annulé");
    }

    @Test
    void theCharterMustBeAcceptedWhenTheEventHasOne() {
        assertThatThrownBy(() -> EventRules.checkRegistration(event(12, 0, true), BEFORE, false))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("charterAccepted"));
        assertThatCode(() -> EventRules.checkRegistration(event(12, 0, true), BEFORE, true)).doesNotThrowAnyException();
    }

    @Test
    void theCapacityCannotFallBelowThoseRegistered() {
        assertThatThrownBy(() -> EventRules.checkCapacity(event(12, 8, false), 7)).hasMessageContaining("8 inscrits");
        assertThatCode(() -> EventRules.checkCapacity(event(12, 8, false), 8)).doesNotThrowAnyException();
    }

    @Test
    void attendanceIsRecordedOnceTheEventHasBegun() {
        assertThatThrownBy(() -> EventRules.checkAttendance(event(12, 3, false), BEFORE)).hasMessageContaining("commencé");
        assertThatCode(() -> EventRules.checkAttendance(event(12, 3, false), START)).doesNotThrowAnyException();
    }

    @Test
    void onlyThoseWhoCameAnswerOnceTheEventHasEnded() {
        assertThatThrownBy(() -> EventRules.checkAnswer(event(12, 3, false), false, END, 4)).hasMessageContaining("venues");
        assertThatThrownBy(() -> EventRules.checkAnswer(event(12, 3, false), null, END, 4)).hasMessageContaining("venues");
        assertThatThrownBy(() -> EventRules.checkAnswer(event(12, 3, false), true, START, 4)).hasMessageContaining("terminé");
        assertThatThrownBy(() -> EventRules.checkAnswer(event(12, 3, false), true, END, 6))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("score"));
        assertThatCode(() -> EventRules.checkAnswer(event(12, 3, false), true, END, 5)).doesNotThrowAnyException();
    }

    @Test
    void satisfactionIsMaskedUnderThreeAnswers() {
        var masked = EventRules.satisfaction(List.of(5, 1), List.of("Très bien", "Décevant"));
        assertThat(masked.shown()).isFalse();
        assertThat(masked.answers()).isEqualTo(2);
        assertThat(masked.average()).isNull();
        assertThat(masked.comments()).isEmpty();
    }

    @Test
    void satisfactionIsShownFromThreeAnswersWithItsAverageAndComments() {
        var shown = EventRules.satisfaction(List.of(5, 4, 4), java.util.Arrays.asList("Concret", null, " "));
        assertThat(shown.shown()).isTrue();
        assertThat(shown.averageText()).isEqualTo("4,3");
        assertThat(shown.comments()).containsExactly("Concret");
    }
}
