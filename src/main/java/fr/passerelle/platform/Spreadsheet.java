package fr.passerelle.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table written as a spreadsheet for people: XLSX (amounts in euros, dates as dates, bold header and totals) or
 * CSV for French Excel (UTF-8 with a byte order mark, {@code ;} between cells, decimal comma). Cells may be
 * {@link Number}s (a {@link BigDecimal} is an amount in euros), {@link LocalDate}s, text, or null for an empty cell.
 * Text is never a formula: XLSX cells of text are typed as text, and CSV text that a spreadsheet would run is
 * neutralised ({@link #csvCell}).
 */
public final class Spreadsheet {

    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_MEDIA_TYPE = "text/csv;charset=UTF-8";

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Spreadsheet() {
    }

    /**
     * @param title  the name of the sheet
     * @param totals rows written after the others, in bold (may be empty)
     */
    public record Table(String title, List<String> headers, List<List<Object>> rows, List<List<Object>> totals) {
    }

    public static byte[] xlsx(Table table) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            var format = workbook.createDataFormat();
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle[] plain = styles(workbook, format, null);
            CellStyle[] strong = styles(workbook, format, bold);
            int r = 0;
            Row headerRow = sheet.createRow(r++);
            for (int c = 0; c < table.headers().size(); c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellValue(table.headers().get(c));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, table.headers().get(c).length() + 2)) * 256);
            }
            sheet.createFreezePane(0, 1);
            for (List<Object> values : table.rows()) {
                write(sheet.createRow(r++), values, plain);
            }
            for (List<Object> values : table.totals()) {
                write(sheet.createRow(r++), values, strong);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv(Table table) {
        var out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             var printer = new CSVPrinter(writer, CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get())) {
            writer.write('\uFEFF');
            printer.printRecord(table.headers());
            var all = new ArrayList<List<Object>>(table.rows());
            all.addAll(table.totals());
            for (List<Object> values : all) {
                printer.printRecord(values.stream().map(Spreadsheet::csvText).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Styles for text, whole numbers, amounts in euros and dates. */
    private static CellStyle[] styles(XSSFWorkbook workbook, org.apache.poi.ss.usermodel.DataFormat format, Font font) {
        CellStyle[] styles = new CellStyle[4];
        String[] patterns = {null, "0", "#,##0.00\\ \"€\"", "dd/mm/yyyy"};
        for (int i = 0; i < styles.length; i++) {
            styles[i] = workbook.createCellStyle();
            if (patterns[i] != null) {
                styles[i].setDataFormat(format.getFormat(patterns[i]));
            }
            if (font != null) {
                styles[i].setFont(font);
            }
        }
        return styles;
    }

    private static void write(Row row, List<Object> values, CellStyle[] styles) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof BigDecimal amount) {
                cell.setCellValue(amount.doubleValue());
                cell.setCellStyle(styles[2]);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(styles[1]);
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(styles[3]);
            } else {
                cell.setCellValue(value.toString());
                cell.setCellStyle(styles[0]);
            }
        }
    }

    private static String csvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        }
        if (value instanceof LocalDate date) {
            return Times.current().format(date, FRENCH_DATE);
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return csvCell(value.toString());
    }

    /**
     * A cell of text as a CSV file may hold it without a spreadsheet running it as a formula (CSV injection): text
     * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading single quote,
     * as OWASP recommends, and is shown as typed. Every CSV the platform writes passes its text cells here; numbers and
     * dates it writes itself are not text and keep their sign.
     */
    public static String csvCell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
