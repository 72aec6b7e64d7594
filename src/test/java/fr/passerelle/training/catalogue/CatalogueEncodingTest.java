package fr.passerelle.training.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CatalogueEncodingTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void aByteOrderMarkMeansUtf8WhateverWasExpected() {
        byte[] content = concat(BOM, "Intitulé;Code\n".getBytes(StandardCharsets.UTF_8));
        assertThat(CatalogueEncoding.detect(content, CatalogueEncoding.CP1252)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aCp1252FileStaysCp1252() {
        byte[] content = "Intitulé;Métiers de la pierre\n".getBytes(CatalogueEncoding.CP1252);
        assertThat(CatalogueEncoding.detect(content, CatalogueEncoding.CP1252)).isEqualTo(CatalogueEncoding.CP1252);
    }

    @Test
    void aFileExpectedInCp1252ButResavedInUtf8IsReadAsUtf8() {
        byte[] content = "Intitulé;Métiers de la pierre\n".getBytes(StandardCharsets.UTF_8);
        assertThat(CatalogueEncoding.detect(content, CatalogueEncoding.CP1252)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aFileExpectedInUtf8StaysUtf8SoThatItsBadLinesAreRejected() {
        byte[] content = "Intitulé;Métiers\n".getBytes(CatalogueEncoding.CP1252);
        assertThat(CatalogueEncoding.detect(content, StandardCharsets.UTF_8)).isEqualTo(StandardCharsets.UTF_8);
        CsvFile file = CsvFile.read("f.csv", concat("a;b\n".getBytes(StandardCharsets.UTF_8), content), StandardCharsets.UTF_8);
        assertThat(file.records().get(0).cells().get(0)).contains(String.valueOf(CsvFile.INVALID));
    }

    @Test
    void utf8TextReadAsCp1252IsRecognised() {
        String garbled = new String("Métiers".getBytes(StandardCharsets.UTF_8), CatalogueEncoding.CP1252);
        assertThat(CatalogueEncoding.looksLikeUtf8ReadAsCp1252(garbled)).isTrue();
        assertThat(CatalogueEncoding.looksLikeUtf8ReadAsCp1252("Métiers de l'Âge d'or à Saint-Étienne")).isFalse();
    }

    @Test
    void quotedFieldsKeepSeparatorsQuotesAndLineBreaksAndRecordsKeepTheirFirstLine() {
        String text = "code;libelle\r\nA;\"un; deux\"\r\nB;\"sur\ndeux lignes\"\nC;il dit \"oui\"\n";
        var records = CsvFile.parse(text);
        assertThat(records).hasSize(4);
        assertThat(records.get(1).cells()).containsExactly("A", "un; deux");
        assertThat(records.get(2).cells()).containsExactly("B", "sur\ndeux lignes");
        assertThat(records.get(3).line()).isEqualTo(5);
        assertThat(records.get(3).cells()).containsExactly("C", "il dit \"oui\"");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
