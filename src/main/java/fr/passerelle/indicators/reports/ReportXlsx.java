package fr.passerelle.indicators.reports;

import fr.passerelle.platform.Times;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A {@link Report} as an XLSX workbook: a first sheet « Contexte » with the title, scope, filters and date of the data,
 * then one sheet per section, named after its heading. A section's paragraphs come first; its first table follows with
 * its header row frozen and an autofilter over it; further tables come below, each under its caption with a bold header.
 * Numbers are numbers; text cells are typed as text, never run as formulas.
 */
public final class ReportXlsx {

    public static final String CONTEXT_SHEET = "Contexte";

    private ReportXlsx() {
    }

    public static byte[] render(Report report) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle text = workbook.createCellStyle();
            text.setWrapText(true);
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
            Set<String> names = new HashSet<>();

            Sheet context = workbook.createSheet(uniqueName(CONTEXT_SHEET, names));
            int r = 0;
            r = line(context, r, header, "Rapport", report.title());
            r = line(context, r, header, "Périmètre", report.scope());
            for (Report.Filter filter : report.filters()) {
                r = line(context, r, header, filter.label(), filter.value());
            }
            r = line(context, r, header, "Données arrêtées au", Times.current().dateTime(report.generatedAt()) + " (heure de Paris)");
            if (report.dataNote() != null) {
                line(context, r, header, "Sources", report.dataNote());
            }
            context.setColumnWidth(0, 24 * 256);
            context.setColumnWidth(1, 80 * 256);

            for (Report.Section section : report.sections()) {
                Sheet sheet = workbook.createSheet(uniqueName(section.heading(), names));
                int row = 0;
                int widest = 0;
                for (String paragraph : section.paragraphs()) {
                    sheet.createRow(row++).createCell(0).setCellValue(paragraph);
                }
                boolean first = true;
                for (Report.Table table : section.tables()) {
                    if (!first || !section.paragraphs().isEmpty()) {
                        if (!first) {
                            row++;
                        }
                        if (table.caption() != null) {
                            Cell caption = sheet.createRow(row++).createCell(0);
                            caption.setCellValue(table.caption());
                            caption.setCellStyle(header);
                        }
                    }
                    int headerRow = row;
                    Row headers = sheet.createRow(row++);
                    for (int c = 0; c < table.headers().size(); c++) {
                        Cell cell = headers.createCell(c);
                        cell.setCellValue(table.headers().get(c));
                        cell.setCellStyle(header);
                    }
                    for (List<Object> values : table.rows()) {
                        write(sheet.createRow(row++), values, text, number);
                    }
                    if (first) {
                        sheet.createFreezePane(0, headerRow + 1);
                        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, row - 1), 0, table.headers().size() - 1));
                        first = false;
                    }
                    widest = Math.max(widest, table.headers().size());
                    for (int c = 0; c < table.headers().size(); c++) {
                        int width = Math.max(12, Math.min(60, longest(table, c) + 2));
                        sheet.setColumnWidth(c, Math.max(sheet.getColumnWidth(c), width * 256));
                    }
                }
                if (widest == 0) {
                    sheet.setColumnWidth(0, 100 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int line(Sheet sheet, int r, CellStyle header, String label, String value) {
        Row row = sheet.createRow(r);
        Cell name = row.createCell(0);
        name.setCellValue(label);
        name.setCellStyle(header);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    private static void write(Row row, List<Object> values, CellStyle text, CellStyle number) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(number);
            } else {
                cell.setCellValue(value.toString());
                cell.setCellStyle(text);
            }
        }
    }

    private static int longest(Report.Table table, int column) {
        int longest = table.headers().get(column).length();
        for (List<Object> row : table.rows()) {
            Object value = row.get(column);
            longest = Math.max(longest, value == null ? 0 : ReportPdf.text(value).length());
        }
        return longest;
    }

    /** A sheet name Excel accepts (31 characters at most, no {@code []:*?/\}), unique in the workbook. */
    static String uniqueName(String wanted, Set<String> taken) {
        String safe = WorkbookUtil.createSafeSheetName(wanted.length() > 31 ? wanted.substring(0, 31) : wanted);
        String name = safe;
        for (int i = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }
}
