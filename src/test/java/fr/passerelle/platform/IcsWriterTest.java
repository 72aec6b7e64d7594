package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IcsWriterTest {

    @Test
    void aShortLineIsWrittenAsItIsWithACrlf() {
        assertThat(new IcsWriter().line("BEGIN:VCALENDAR").line("VERSION:2.0").toString()).isEqualTo("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    }

    @Test
    void aLongLineIsFoldedAt75OctetsAndUnfoldsToWhatWasWritten() {
        String line = "DESCRIPTION:" + "a".repeat(200);

        String written = new IcsWriter().line(line).toString();

        String[] physical = written.split("\r\n");
        assertThat(physical).hasSize(3);
        assertThat(physical[0]).hasSize(75);
        assertThat(physical[1]).startsWith(" ").hasSize(75);
        assertThat(physical[2]).startsWith(" ");
        assertThat(written.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }

    @Test
    void aLineOfExactly75OctetsIsNotFolded() {
        String line = "X".repeat(75);
        assertThat(new IcsWriter().line(line).toString()).isEqualTo(line + "\r\n");
        assertThat(new IcsWriter().line(line + "Y").toString()).isEqualTo(line + "\r\n Y\r\n");
    }

    @Test
    void foldingCountsOctetsAndNeverSplitsAnAccentedCharacter() {
        // 'é' takes two octets: 74 of them cannot fill 75 octets exactly, so the first line ends one octet early.
        String line = "SUMMARY:" + "é".repeat(100);

        String written = new IcsWriter().line(line).toString();

        String[] physical = written.split("\r\n");
        assertThat(physical).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(Arrays.stream(physical).skip(1)).allSatisfy(l -> assertThat(l).startsWith(" "));
        assertThat(written).doesNotContain("\uFFFD");
        assertThat(written.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndLineBreaks() {
        assertThat(IcsWriter.escape("Salle 2, bâtiment B; accès \\ badge")).isEqualTo("Salle 2\\, bâtiment B\\; accès \\\\ badge");
        assertThat(IcsWriter.escape("1. Budget\r\n2. Plan\n3. Divers\r4. Fin")).isEqualTo("1. Budget\\n2. Plan\\n3. Divers\\n4. Fin");
        // A tab is allowed in a TEXT value; a bell is not.
        assertThat(IcsWriter.escape("tab\there\u0007bell")).isEqualTo("tab\therebell");
    }

    @Test
    void aBlankTextPropertyIsLeftOut() {
        assertThat(new IcsWriter().property("LOCATION", null).property("LOCATION", "  ").toString()).isEmpty();
        assertThat(new IcsWriter().property("LOCATION", "Lille, salle 1").toString()).isEqualTo("LOCATION:Lille\\, salle 1\r\n");
    }

    @Test
    void parameterValuesAreQuotedWithoutQuotes() {
        assertThat(IcsWriter.parameter("Campus \"Numérique\": Lille; Nord")).isEqualTo("\"Campus Numérique: Lille; Nord\"");
    }

    @Test
    void datesAreWrittenLocalForATimeZoneOrInUtc() {
        assertThat(IcsWriter.local(LocalDateTime.of(2026, 12, 10, 14, 0))).isEqualTo("20261210T140000");
        assertThat(IcsWriter.utc(Instant.parse("2026-12-10T13:00:00Z"))).isEqualTo("20261210T130000Z");
    }
}
