package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReplayTest {

    static final Clock LIVE = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
    static final Clock THEN = Clock.fixed(Instant.parse("2025-11-20T10:00:00Z"), ZoneOffset.UTC);
    static final Clock EARLIER = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void actsReplayedRunAtTheReplayedClockAndTheLiveClockComesBackAfter() {
        assertThat(Replay.replaying()).isFalse();
        Instant during = Replay.at(THEN, () -> {
            assertThat(Replay.replaying()).isTrue();
            return Replay.clockOr(LIVE).instant();
        });
        assertThat(during).isEqualTo(THEN.instant());
        assertThat(Replay.replaying()).isFalse();
        assertThat(Replay.clockOr(LIVE)).isSameAs(LIVE);
    }

    @Test
    void aReplayInsideAnotherGivesBackTheOuterClockAndEndsEvenWhenTheActsFail() {
        Replay.at(THEN, () -> {
            assertThat(Replay.at(EARLIER, () -> Replay.clockOr(LIVE))).isSameAs(EARLIER);
            assertThat(Replay.clockOr(LIVE)).isSameAs(THEN);
            return null;
        });
        try {
            Replay.at(THEN, () -> {
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            assertThat(Replay.replaying()).isFalse();
        }
    }
}
