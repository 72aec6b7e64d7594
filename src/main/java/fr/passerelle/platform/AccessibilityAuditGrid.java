package fr.passerelle.platform;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.io.ClassPathResource;

/**
 * The grid an RGAA 4.1 audit of Passerelle fills: the sample of pages, the 106 criteria with a result to choose per page
 * (C, NC, NA, NT), each criterion's result and the conformity rate computed by the spreadsheet's own formulas, so that
 * the auditor's entries give the rate the accessibility statement must then publish.
 */
public final class AccessibilityAuditGrid {

    /** A criterion of the reference: its number (1.1), theme and question. */
    public record Criterion(String number, String theme, String title) {
    }

    /** A page of the audited sample. */
    public record SamplePage(String name, String path) {
    }

    /** The platform's pages an audit samples: every kind of page a user meets on the main journeys. */
    public static final List<SamplePage> SAMPLE = List.of(
            new SamplePage("Accueil", "/"),
            new SamplePage("Rechercher un campus", "/campus"),
            new SamplePage("Page d’un campus", "/campus/{slug}"),
            new SamplePage("Appels à projets", "/appels-a-projets"),
            new SamplePage("Connexion", "/connexion"),
            new SamplePage("Espace de gestion", "/gestion"),
            new SamplePage("Dossier de labellisation", "/gestion/labellisation/dossiers/{id}"),
            new SamplePage("Expertise d’un dossier", "/gestion/labellisation/dossiers/{id}/expertise"),
            new SamplePage("Réunion d’une instance", "/gestion/campus/{id}/reunions/{id}"),
            new SamplePage("Budget d’un campus", "/gestion/campus/{id}/budget"),
            new SamplePage("Plan du site", "/plan-du-site"),
            new SamplePage("Déclaration d’accessibilité", "/accessibilite"));

    private static final String[] RESULTS = {"C", "NC", "NA", "NT"};

    private AccessibilityAuditGrid() {
    }

    /** The 106 criteria of RGAA 4.1, in order. */
    public static List<Criterion> criteria() {
        var resource = new ClassPathResource("accessibility/rgaa-4.1-criteria.tsv");
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            List<Criterion> criteria = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 3);
                criteria.add(new Criterion(cells[0], cells[1], cells[2]));
            }
            return List.copyOf(criteria);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The grid as an XLSX workbook: sheets "Échantillon", "Critères" and "Synthèse". */
    public static byte[] xlsx() {
        List<Criterion> criteria = criteria();
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);

            Sheet sample = workbook.createSheet("Échantillon");
            row(sample, 0, header, "Page", "Intitulé", "Adresse (à compléter par la page réellement auditée)");
            for (int i = 0; i < SAMPLE.size(); i++) {
                row(sample, i + 1, null, pageCode(i), SAMPLE.get(i).name(), SAMPLE.get(i).path());
            }
            sample.setColumnWidth(1, 40 * 256);
            sample.setColumnWidth(2, 60 * 256);

            Sheet grid = workbook.createSheet("Critères");
            List<String> titles = new ArrayList<>(List.of("Critère", "Thématique", "Intitulé"));
            for (int i = 0; i < SAMPLE.size(); i++) {
                titles.add(pageCode(i));
            }
            titles.add("Résultat");
            row(grid, 0, header, titles.toArray(String[]::new));
            int firstPage = 3;
            int lastPage = firstPage + SAMPLE.size() - 1;
            int resultColumn = lastPage + 1;
            for (int r = 0; r < criteria.size(); r++) {
                Criterion criterion = criteria.get(r);
                Row row = row(grid, r + 1, null, criterion.number(), criterion.theme(), criterion.title());
                row.getCell(2).setCellStyle(wrap);
                String range = CellReference.convertNumToColString(firstPage) + (r + 2) + ":" + CellReference.convertNumToColString(lastPage) + (r + 2);
                // NC on one page makes the criterion NC; NA on every page, NA; C or NA on every page, C; otherwise not yet tested.
                row.createCell(resultColumn).setCellFormula(("IF(COUNTIF(%1$s,\"NC\")>0,\"NC\",IF(COUNTIF(%1$s,\"NA\")=%2$d,\"NA\","
                        + "IF(COUNTIF(%1$s,\"C\")+COUNTIF(%1$s,\"NA\")=%2$d,\"C\",\"NT\")))").formatted(range, SAMPLE.size()));
            }
            DataValidationHelper validation = grid.getDataValidationHelper();
            var choice = validation.createValidation(validation.createExplicitListConstraint(RESULTS),
                    new CellRangeAddressList(1, criteria.size(), firstPage, lastPage));
            choice.setShowErrorBox(true);
            choice.createErrorBox("Résultat", "Choisissez C (conforme), NC (non conforme), NA (non applicable) ou NT (non testé).");
            grid.addValidationData(choice);
            grid.setColumnWidth(1, 22 * 256);
            grid.setColumnWidth(2, 80 * 256);
            grid.createFreezePane(3, 1);

            Sheet summary = workbook.createSheet("Synthèse");
            String results = "Critères!" + CellReference.convertNumToColString(resultColumn) + "2:"
                    + CellReference.convertNumToColString(resultColumn) + (criteria.size() + 1);
            row(summary, 0, header, "Résultat", "Critères");
            String[][] counts = {{"Conformes (C)", "C"}, {"Non conformes (NC)", "NC"}, {"Non applicables (NA)", "NA"}, {"Non testés (NT)", "NT"}};
            for (int i = 0; i < counts.length; i++) {
                row(summary, i + 1, null, counts[i][0]).createCell(1).setCellFormula("COUNTIF(%s,\"%s\")".formatted(results, counts[i][1]));
            }
            Row rate = row(summary, 5, header, "Taux de conformité (C ÷ (C + NC))");
            rate.createCell(1).setCellFormula("IF(B2+B3=0,\"\",B2/(B2+B3))");
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0 %"));
            rate.getCell(1).setCellStyle(percent);
            row(summary, 7, null, "Le taux se publie dans la déclaration d’accessibilité ; l’audit n’est complet que sans aucun critère NT.");
            summary.setColumnWidth(0, 40 * 256);
            workbook.setActiveSheet(1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pageCode(int index) {
        return "P%02d".formatted(index + 1);
    }

    private static Row row(Sheet sheet, int index, CellStyle style, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(values[i]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
        return row;
    }
}
