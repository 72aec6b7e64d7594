package fr.passerelle.trades.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What version.txt says of a release. */
class ReleaseVersionTest {

    @Test
    void theNumberTitleAndPublicationDateAreRead() {
        var version = ReleaseVersion.parse("""
                Numero de version : 60

                Date de publication : 18/09/2025

                Date de validation : 27/08/2025

                Titre/commentaire :  ROME 4.0 version 60 - 25M09

                Description : Cette version de septembre 2025 apporte …
                """);
        assertThat(version).isEqualTo(new ReleaseVersion(60, "ROME 4.0 version 60 - 25M09", LocalDate.of(2025, 9, 18)));
    }

    @Test
    void withoutANumberTheReleaseIsRefused() {
        assertThatThrownBy(() -> ReleaseVersion.parse("Titre/commentaire : ROME 4.0\n")).isInstanceOf(ReleaseRefused.class)
                .hasMessageContaining("version.txt ne donne pas de « Numero de version");
    }

    @Test
    void anUnreadableDateLeavesThePublicationDateBlank() {
        assertThat(ReleaseVersion.parse("Numéro de version : 61\nDate de publication : 31/02/2025\n").publishedOn()).isNull();
    }
}
