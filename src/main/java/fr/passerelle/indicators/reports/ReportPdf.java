package fr.passerelle.indicators.reports;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import fr.passerelle.platform.Times;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A {@link Report} as a PDF: A4, the title, scope, filters and date of the data on the first page, each section under
 * its heading, tables across the page whose header row repeats on every page they run over, and « Page X sur Y » at
 * the foot of every page. The document's title and language (French) are in its metadata, its title shown by readers.
 */
public final class ReportPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font CAPTION = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font CELL = new Font(Font.HELVETICA, 8, Font.NORMAL);
    private static final Font CELL_HEADER = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Color HEADER_BACKGROUND = new Color(0xE3, 0xE3, 0xFD);

    private ReportPdf() {
    }

    public static byte[] render(Report report) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 40, 40, 40, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers());
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
        document.setDocumentLanguage("fr-FR");
        document.addTitle(report.title());
        document.addSubject(report.scope());
        document.addCreator("Passerelle");
        document.open();

        document.add(new Paragraph(report.title(), TITLE));
        document.add(new Paragraph("Périmètre : " + report.scope(), TEXT));
        for (Report.Filter filter : report.filters()) {
            document.add(new Paragraph(filter.label() + " : " + filter.value(), TEXT));
        }
        document.add(new Paragraph("Données arrêtées au " + Times.current().dateTime(report.generatedAt()) + " (heure de Paris)"
                + (report.dataNote() == null ? "" : " ; " + report.dataNote()), TEXT));

        for (Report.Section section : report.sections()) {
            var heading = new Paragraph(section.heading(), HEADING);
            heading.setSpacingBefore(16);
            heading.setSpacingAfter(6);
            document.add(heading);
            for (String paragraph : section.paragraphs()) {
                var p = new Paragraph(paragraph, TEXT);
                p.setSpacingAfter(4);
                document.add(p);
            }
            for (Report.Table table : section.tables()) {
                if (table.caption() != null) {
                    var caption = new Paragraph(table.caption(), CAPTION);
                    caption.setSpacingBefore(8);
                    caption.setSpacingAfter(4);
                    document.add(caption);
                }
                document.add(table(table));
            }
        }
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable table(Report.Table table) {
        var pdf = new PdfPTable(table.headers().size());
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        pdf.setSplitLate(false);
        for (String header : table.headers()) {
            var cell = new PdfPCell(new Phrase(header, CELL_HEADER));
            cell.setBackgroundColor(HEADER_BACKGROUND);
            pdf.addCell(cell);
        }
        if (table.rows().isEmpty()) {
            var none = new PdfPCell(new Phrase("Aucune ligne.", CELL));
            none.setColspan(table.headers().size());
            pdf.addCell(none);
        }
        for (List<Object> row : table.rows()) {
            for (Object value : row) {
                var cell = new PdfPCell(new Phrase(text(value), CELL));
                if (value instanceof Number) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                pdf.addCell(cell);
            }
        }
        return pdf;
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Number number ? Report.french(number) : value.toString();
    }

    /** « Page X sur Y » at the foot of each page: Y written on a template once the last page is known. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private PdfTemplate total;
        private BaseFont font;

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
            font = TEXT.getCalculatedBaseFont(false);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            String text = "Page " + writer.getPageNumber() + " sur ";
            float width = font.getWidthPoint(text, 8);
            float x = (document.right() + document.left()) / 2 - width / 2;
            float y = document.bottom() - 25;
            canvas.beginText();
            canvas.setFontAndSize(font, 8);
            canvas.setTextMatrix(x, y);
            canvas.showText(text);
            canvas.endText();
            canvas.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 8);
            total.setTextMatrix(0, 0);
            total.showText(Integer.toString(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
