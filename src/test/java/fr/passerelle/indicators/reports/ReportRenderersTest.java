package fr.passerelle.indicators.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The two renderers of a report, read back: what the first page says, tables across pages, sheets, headers and numbers. */
class ReportRenderersTest {

    static final ZonedDateTime GENERATED = ZonedDateTime.of(2026, 3, 5, 14, 30, 0, 0, ZoneId.of("Europe/Paris"));

    static Report report() {
        List<List<Object>> many = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            many.add(List.of("Campus n° " + i, new BigDecimal(i + "005.5"), i % 2 == 0 ? "moins de 5" : "oui"));
        }
        return new Report("Rapport annuel 2025 — Région test", "Région Hauts-de-France",
                List.of(new Report.Filter("Année", "2025"), new Report.Filter("Thèmes", "Gouvernance du CMQ")), GENERATED,
                "résultats InserJeunes importés jusqu’à l’année scolaire 2023-2024",
                List.of(new Report.Section("Gouvernance du CMQ", List.of(), List.of(new Report.Table("Valeurs par campus",
                                List.of("Campus", "Valeur", "Remarque"), many))),
                        new Report.Section("Plan d’actions 2025", List.of("Toutes les actions de l’année."),
                                List.of(new Report.Table(null, List.of("Action", "Apprenants"), List.of(List.of("=Forum des métiers", 25)))))));
    }

    static String text(byte[] pdf) throws IOException {
        var reader = new PdfReader(pdf);
        var extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append("\n=== page ").append(page).append('\n').append(extractor.getTextFromPage(page));
        }
        return text.toString();
    }

    @Test
    void thePdfPrintsScopeFiltersAndDataDateFirstRepeatsTableHeadersAndNumbersItsPages() throws IOException {
        byte[] pdf = ReportPdf.render(report());
        var reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        assertThat(pages).isGreaterThan(1);
        var extractor = new PdfTextExtractor(reader);
        String first = extractor.getTextFromPage(1).replaceAll("[\\s\\u00A0]+", " ");
        assertThat(first).contains("Rapport annuel 2025 — Région test", "Périmètre : Région Hauts-de-France", "Année : 2025",
                "Thèmes : Gouvernance du CMQ", "Données arrêtées au 05/03/2026 à 14h30 (heure de Paris)",
                "résultats InserJeunes importés jusqu’à l’année scolaire 2023-2024", "Page 1 sur " + pages);
        String second = extractor.getTextFromPage(2).replaceAll("[\\s\\u00A0]+", " ");
        assertThat(second).as("the header row repeats on the next page").contains("Campus Valeur Remarque", "Page 2 sur " + pages);
        String all = text(pdf).replaceAll("[\\s\\u00A0]+", " ");
        assertThat(all).contains("Campus n° 120", "120 005,5", "moins de 5", "Plan d’actions 2025", "Toutes les actions de l’année.",
                "=Forum des métiers");
        assertThat(reader.getInfo()).containsEntry("Title", "Rapport annuel 2025 — Région test");
        assertThat(reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("fr-FR");
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f);
    }

    @Test
    void theWorkbookHasAContextSheetThenOneSheetPerSectionWithFrozenFilteredHeadersAndNumbers() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportXlsx.render(report())))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            XSSFSheet context = workbook.getSheetAt(0);
            assertThat(context.getSheetName()).isEqualTo("Contexte");
            assertThat(context.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Rapport annuel 2025 — Région test");
            assertThat(context.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Périmètre");
            assertThat(context.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Région Hauts-de-France");
            assertThat(context.getRow(2).getCell(1).getStringCellValue()).isEqualTo("2025");
            assertThat(context.getRow(4).getCell(1).getStringCellValue()).isEqualTo("05/03/2026 à 14h30 (heure de Paris)");

            XSSFSheet governance = workbook.getSheetAt(1);
            assertThat(governance.getSheetName()).isEqualTo("Gouvernance du CMQ");
            assertThat(governance.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Campus");
            assertThat(governance.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Remarque");
            assertThat(governance.getPaneInformation().isFreezePane()).isTrue();
            assertThat(governance.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(governance.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C121");
            assertThat(governance.getRow(120).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(governance.getRow(120).getCell(1).getNumericCellValue()).isEqualTo(120005.5);
            assertThat(governance.getRow(2).getCell(2).getStringCellValue()).isEqualTo("moins de 5");

            XSSFSheet actions = workbook.getSheetAt(2);
            assertThat(actions.getSheetName()).isEqualTo("Plan d’actions 2025");
            assertThat(actions.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Toutes les actions de l’année.");
            assertThat(actions.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Action");
            assertThat(actions.getRow(2).getCell(0).getCellType()).as("text is never a formula").isEqualTo(CellType.STRING);
            assertThat(actions.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=Forum des métiers");
            assertThat(actions.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(25);
            assertThat(actions.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        }
    }

    @Test
    void sheetNamesAreShortenedAndKeptUnique() {
        var taken = new java.util.HashSet<String>();
        String pathways = "Parcours de formation, élévation du niveau de qualification et insertion professionnelle";
        assertThat(ReportXlsx.uniqueName(pathways, taken)).hasSize(31);
        assertThat(ReportXlsx.uniqueName(pathways, taken)).endsWith(" (2)").hasSize(31);
        assertThat(ReportXlsx.uniqueName("Détail : valeurs [2025]", taken)).doesNotContain(":", "[", "]");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Report.Table("t", List.of("a", "b"), List.of(List.of("x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
