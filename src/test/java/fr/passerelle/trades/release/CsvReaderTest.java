package fr.passerelle.trades.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reading rules of the release files, without Spring. */
class CsvReaderTest {

    private final List<ReleaseProblem> problems = new ArrayList<>();

    private CsvReader reader(byte[] content) throws IOException {
        return new CsvReader("f.csv", new ByteArrayInputStream(content), (file, line, column, message) ->
                problems.add(new ReleaseProblem(file, line, column, message)));
    }

    private CsvReader reader(String content) throws IOException {
        return reader(content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<List<String>> all(CsvReader in) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        CsvReader.Row row;
        while ((row = in.next()) != null) {
            rows.add(List.of(row.fields()));
        }
        return rows;
    }

    @Test
    void quotedFieldsKeepTheirCommasDoubledQuotesAndLineBreaks() throws IOException {
        var in = reader("\"code\",\"texte\"\n\"A1\",\"Un, deux\"\n\"A2\",\"Il dit \"\"bonjour\"\"\nà tous\"\nA3,sans guillemets\n");
        assertThat(all(in)).containsExactly(List.of("A1", "Un, deux"), List.of("A2", "Il dit \"bonjour\"\nà tous"), List.of("A3", "sans guillemets"));
        assertThat(problems).isEmpty();
    }

    @Test
    void eachRowKnowsTheLineItStartsOnEvenAfterALineBreakInAField() throws IOException {
        var in = reader("a,b\n\"1\",\"x\ny\nz\"\n\"2\",\"w\"\n");
        assertThat(in.next().line()).isEqualTo(2);
        assertThat(in.next().line()).isEqualTo(5);
    }

    @Test
    void windowsLineEndsBlankLinesAndAByteOrderMarkAreRead() throws IOException {
        var in = reader("\uFEFFcode,label\r\n\r\nA,Un\r\n\r\nB,Deux");
        assertThat(in.header()).containsExactly("code", "label");
        assertThat(all(in)).containsExactly(List.of("A", "Un"), List.of("B", "Deux"));
        assertThat(problems).isEmpty();
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsReportedWithItsLineAndSkipped() throws IOException {
        var in = reader("a,b,c\n1,2,3\n4,5\n6,7,8\n");
        assertThat(all(in)).containsExactly(List.of("1", "2", "3"), List.of("6", "7", "8"));
        assertThat(problems).containsExactly(new ReleaseProblem("f.csv", 3, null, "2 champs au lieu des 3 de l’en-tête."));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWithTheirLineAndColumnAndTheRowSkipped() throws IOException {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes("code,libelle\n\"1\",\"Électricité\"\n\"2\",\"".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'M', (byte) 0xE9, 't', 'a', 'l'}); // "Métal" in Latin-1
        bytes.writeBytes("\"\n\"3\",\"Bois\"\n".getBytes(StandardCharsets.UTF_8));
        var in = reader(bytes.toByteArray());
        assertThat(all(in)).containsExactly(List.of("1", "Électricité"), List.of("3", "Bois"));
        assertThat(problems).containsExactly(new ReleaseProblem("f.csv", 3, "libelle", "ce champ n’est pas en UTF-8 (octets invalides)."));
    }

    @Test
    void textAfterAClosingQuoteIsReported() throws IOException {
        var in = reader("a,b\n\"1\"x,2\n3,4\n");
        assertThat(all(in)).containsExactly(List.of("3", "4"));
        assertThat(problems).extracting(ReleaseProblem::line).containsExactly(2);
    }

    @Test
    void aQuoteNeverClosedIsReportedAtTheEnd() throws IOException {
        var in = reader("a,b\n1,\"open\n2,3\n");
        assertThat(all(in)).isEmpty();
        assertThat(problems).containsExactly(new ReleaseProblem("f.csv", 2, null, "un guillemet ouvert à la ligne 2 n’est jamais fermé."));
    }

    @Test
    void aMissingColumnRefusesTheFileByNamingIt() throws IOException {
        var in = reader("code_rome,libelle\n");
        assertThat(in.column("libelle")).isEqualTo(1);
        assertThatThrownBy(() -> in.column("code_ogr")).isInstanceOf(ReleaseRefused.class)
                .hasMessage("Le fichier f.csv n’a pas de colonne « code_ogr » : la version ne peut pas être importée.");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> reader("")).isInstanceOf(ReleaseRefused.class).hasMessageContaining("f.csv est vide");
    }
}
