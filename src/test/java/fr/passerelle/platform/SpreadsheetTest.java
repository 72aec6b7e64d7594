package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {

    static final Spreadsheet.Table TABLE = new Spreadsheet.Table("Essai", List.of("Libellé", "Montant", "Nombre", "Date"),
            List.of(Arrays.asList("=HYPERLINK(\"https://example.org\";\"clic\")", new BigDecimal("-1250.5"), -3, LocalDate.of(2026, 3, 2)),
                    Arrays.asList("+33 1 23", null, null, null),
                    Arrays.asList("-2+3", null, null, null),
                    Arrays.asList("@SUM(A1:A2)", null, null, null),
                    Arrays.asList("\tcmd", null, null, null),
                    Arrays.asList("\rcmd", null, null, null),
                    Arrays.asList("Forum des métiers", null, null, null)),
            List.of());

    @Test
    void csvTextThatASpreadsheetWouldRunAsAFormulaStartsWithAQuote() {
        String csv = new String(Spreadsheet.csv(TABLE), StandardCharsets.UTF_8);

        assertThat(csv).contains("\"'=HYPERLINK(\"\"https://example.org\"\";\"\"clic\"\")\"", "'+33 1 23", "'-2+3", "'@SUM(A1:A2)", "'\tcmd",
                "\"'\rcmd\"", "\nForum des métiers;");
        assertThat(csv).doesNotContain(";=", "\n=", "\n+", "\n-", "\n@");
    }

    @Test
    void csvNumbersAndDatesWrittenByThePlatformKeepTheirSign() {
        String csv = new String(Spreadsheet.csv(TABLE), StandardCharsets.UTF_8);

        assertThat(csv).contains(";-1250,50;-3;02/03/2026");
    }

    @Test
    void xlsxKeepsTextAsTextAndNumbersAsNumbers() throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(Spreadsheet.xlsx(TABLE)))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(-1250.5);
        }
    }
}
