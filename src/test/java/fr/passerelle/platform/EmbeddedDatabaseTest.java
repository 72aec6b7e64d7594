package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The embedded PostgreSQL must hold every connection pool plus the connections kept for an administrator. */
class EmbeddedDatabaseTest {

    @Test
    void aPoolThatFitsWithTheReservedConnectionsIsAccepted() {
        assertThatCode(() -> EmbeddedDatabase.checkPoolsFit(0, 10, 13)).doesNotThrowAnyException();
        assertThatCode(() -> EmbeddedDatabase.checkPoolsFit(10, 10, 100)).doesNotThrowAnyException();
    }

    @Test
    void aPoolThatDoesNotFitIsRefusedWithTheSettingsToChange() {
        assertThatThrownBy(() -> EmbeddedDatabase.checkPoolsFit(0, 10, 12))
                .hasMessageContaining("accepts 12 connections (passerelle.database.max-connections) but needs 13")
                .hasMessageContaining("Raise max-connections or lower pool-size");
    }

    @Test
    void theSecondContextOfATestJvmCountsThePoolOfTheFirst() {
        assertThatThrownBy(() -> EmbeddedDatabase.checkPoolsFit(10, 10, 20)).hasMessageContaining("needs 23");
    }

    @Test
    void anEmptyPoolIsRefused() {
        assertThatThrownBy(() -> EmbeddedDatabase.checkPoolsFit(0, 0, 100)).hasMessageContaining("pool-size must be at least 1");
    }
}
