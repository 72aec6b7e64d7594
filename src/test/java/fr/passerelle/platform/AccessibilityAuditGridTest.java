package fr.passerelle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AccessibilityAuditGridTest {

    @Test
    void theReferenceHolds106CriteriaInThirteenThemes() {
        var criteria = AccessibilityAuditGrid.criteria();
        assertThat(criteria).hasSize(106);
        assertThat(criteria.stream().map(AccessibilityAuditGrid.Criterion::theme).distinct()).hasSize(13);
        assertThat(criteria.get(0).number()).isEqualTo("1.1");
        assertThat(criteria.get(105).number()).isEqualTo("13.12");
    }

    @Test
    void theGridComputesEachCriterionsResultAndTheConformityRateFromTheAuditorsEntries() throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(AccessibilityAuditGrid.xlsx()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Échantillon");
            Sheet grid = workbook.getSheet("Critères");
            int pages = AccessibilityAuditGrid.SAMPLE.size();
            int result = 3 + pages;
            assertThat(grid.getRow(0).getCell(result).getStringCellValue()).isEqualTo("Résultat");
            assertThat(grid.getLastRowNum()).isEqualTo(106);
            // 1.1: conforming on every page; 1.2: not conforming on one; 1.3: not applicable anywhere; 1.4: half tested.
            for (int p = 0; p < pages; p++) {
                grid.getRow(1).createCell(3 + p).setCellValue(p % 2 == 0 ? "C" : "NA");
                grid.getRow(2).createCell(3 + p).setCellValue(p == 5 ? "NC" : "C");
                grid.getRow(3).createCell(3 + p).setCellValue("NA");
                if (p < pages / 2) {
                    grid.getRow(4).createCell(3 + p).setCellValue("C");
                }
            }
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            assertThat(grid.getRow(1).getCell(result).getStringCellValue()).isEqualTo("C");
            assertThat(grid.getRow(2).getCell(result).getStringCellValue()).isEqualTo("NC");
            assertThat(grid.getRow(3).getCell(result).getStringCellValue()).isEqualTo("NA");
            assertThat(grid.getRow(4).getCell(result).getStringCellValue()).isEqualTo("NT");

            Sheet summary = workbook.getSheet("Synthèse");
            assertThat(summary.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(summary.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(summary.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(103);
            assertThat(summary.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(0.5);
        }
    }
}
