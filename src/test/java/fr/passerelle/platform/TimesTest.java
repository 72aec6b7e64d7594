package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimesTest {

    private final Times paris = new Times(ZoneId.of("Europe/Paris"));

    @Test
    void anInstantInWinterIsShownOneHourAheadOfUtc() {
        Instant instant = Instant.parse("2026-01-15T23:50:00Z");

        assertThat(paris.dateTime(instant)).isEqualTo("16/01/2026 à 00h50");
        assertThat(paris.date(instant)).isEqualTo("16/01/2026");
        assertThat(paris.time(instant)).isEqualTo("00h50");
    }

    @Test
    void anInstantInSummerIsShownTwoHoursAheadOfUtc() {
        Instant instant = Instant.parse("2026-07-14T23:50:00Z");

        assertThat(paris.dateTime(instant)).isEqualTo("15/07/2026 à 01h50");
        assertThat(paris.longDate(instant)).isEqualTo("15 juillet 2026");
        assertThat(paris.dayDate(instant)).isEqualTo("mercredi 15 juillet 2026");
    }

    @Test
    void theSameInstantWithAnyOffsetIsShownTheSameWay() {
        Instant instant = Instant.parse("2026-03-29T00:50:00Z");
        OffsetDateTime inUtc = instant.atOffset(ZoneOffset.UTC);
        OffsetDateTime inNewYork = instant.atZone(ZoneId.of("America/New_York")).toOffsetDateTime();

        assertThat(paris.dateTime(inUtc)).isEqualTo("29/03/2026 à 01h50").isEqualTo(paris.dateTime(inNewYork))
                .isEqualTo(paris.dateTime(instant));
        assertThat(paris.dateTime(Instant.parse("2026-03-29T01:50:00Z"))).as("after the switch to summer time")
                .isEqualTo("29/03/2026 à 03h50");
    }

    @Test
    void wallClockValuesAreWrittenAsTheyAre() {
        assertThat(paris.date(LocalDate.of(2026, 3, 5))).isEqualTo("05/03/2026");
        assertThat(paris.dateTime(LocalDateTime.of(2026, 3, 5, 14, 30))).isEqualTo("05/03/2026 à 14h30");
    }

    @Test
    void anotherConfiguredZoneIsHonoured() {
        Times reunion = new Times(ZoneId.of("Indian/Reunion"));

        assertThat(reunion.dateTime(Instant.parse("2026-07-14T23:50:00Z"))).isEqualTo("15/07/2026 à 03h50");
        new Times(Times.DEFAULT_ZONE);
    }

    @Test
    void nothingIsWrittenAsADash() {
        assertThat(paris.dateTime(null)).isEqualTo("—");
    }
}
