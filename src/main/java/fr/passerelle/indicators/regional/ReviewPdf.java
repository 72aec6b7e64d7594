package fr.passerelle.indicators.regional;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import fr.passerelle.indicators.CommitteeAppreciation;
import java.io.ByteArrayOutputStream;

/**
 * A région's review of a year as the committee's record: the région, the meeting, the status and the validations; the
 * scale; a table of the campuses (label end, self-evaluation, appreciation), then each campus with its figures,
 * comment and recommendations; the conclusion. Table header rows repeat on each page; every page says « Page X sur Y ».
 * It shows what the reader may see, as the page does.
 */
final class ReviewPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font SUBHEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);

    private ReviewPdf() {
    }

    static byte[] render(ReviewView view) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 40, 40, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers());
        String title = "Revue " + view.year() + " des campus — comité stratégique régional — " + view.region().name();
        document.addTitle(title);
        document.addCreator("Passerelle");
        document.open();
        document.add(new Paragraph("Région " + view.region().name(), SMALL));
        document.add(new Paragraph(title, TITLE));
        var review = view.review();
        if (review == null) {
            document.add(new Paragraph("La revue " + view.year() + " n’est pas encore préparée.", TEXT));
        } else {
            document.add(new Paragraph("Réunion du comité : " + (review.meetingText() == null ? "non choisie" : review.meetingText()), TEXT));
            document.add(new Paragraph("Statut : " + review.status().label()
                    + (review.closed() ? ", close le " + review.closedText() + " par " + review.closedBy() : ""), TEXT));
        }
        for (ReviewView.ValidationLine v : view.validations()) {
            document.add(new Paragraph("Indicateurs validés par le comité régional le " + v.validatedText() + " par " + v.validatedBy()
                    + " (" + v.meetingText() + ", " + v.values() + " valeurs gardées)"
                    + (v.reopenedAt() == null ? "" : " — rouverte le " + v.reopenedText() + " par " + v.reopenedBy() + " : " + v.reopenReason()), TEXT));
        }

        document.add(heading("Échelle d’appréciation"));
        for (CommitteeAppreciation a : CommitteeAppreciation.values()) {
            document.add(new Paragraph(a.label() + " : " + a.description(), TEXT));
        }

        document.add(heading("Campus de la région"));
        if (view.hiddenCampuses() > 0) {
            document.add(new Paragraph(view.hiddenCampuses() + " autre(s) campus de la région examiné(s), hors de votre périmètre.", TEXT));
        }
        var table = new PdfPTable(new float[] {4, 2, 3, 3});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : new String[] {"Campus", "Fin du label", "Auto-évaluation", "Appréciation du comité"}) {
            table.addCell(new PdfPCell(new Phrase(header, SUBHEADING)));
        }
        for (ReviewView.CampusLine line : view.campuses()) {
            table.addCell(new Phrase(line.campus().name(), TEXT));
            table.addCell(new Phrase(line.labelEndText(), TEXT));
            table.addCell(new Phrase(line.selfEvaluation() == null ? "aucune" : line.selfEvaluation().status(), TEXT));
            table.addCell(new Phrase(line.appreciation() == null ? "non appréciée" : line.appreciation().appreciation().label(), TEXT));
        }
        document.add(table);

        for (ReviewView.CampusLine line : view.campuses()) {
            document.add(heading(line.campus().name()));
            document.add(new Paragraph("Académie de " + line.campus().academyNamesText() + " — label jusqu’au " + line.labelEndText(), TEXT));
            if (line.selfEvaluation() != null) {
                document.add(new Paragraph("Auto-évaluation " + view.year() + " : " + line.selfEvaluation().status() + ". "
                        + line.selfEvaluation().ratingsText(), TEXT));
            } else {
                document.add(new Paragraph("Pas d’auto-évaluation " + view.year() + ".", TEXT));
            }
            var figures = new PdfPTable(new float[] {6, 2, 2, 2});
            figures.setWidthPercentage(100);
            figures.setHeaderRows(1);
            figures.setSpacingBefore(4);
            for (String header : new String[] {"Indicateur", Integer.toString(view.year()), Integer.toString(view.year() - 1), "Évolution"}) {
                figures.addCell(new PdfPCell(new Phrase(header, SUBHEADING)));
            }
            for (ReviewView.Figure f : line.figures()) {
                figures.addCell(new Phrase(f.name(), TEXT));
                figures.addCell(new Phrase(f.current(), TEXT));
                figures.addCell(new Phrase(f.previous(), TEXT));
                figures.addCell(new Phrase(f.trend(), TEXT));
            }
            document.add(figures);
            var a = line.appreciation();
            document.add(new Paragraph("Appréciation du comité : " + (a == null ? "non appréciée" : a.appreciation().label()), SUBHEADING));
            if (a != null) {
                document.add(new Paragraph("Commentaire : " + (a.comment() == null ? "aucun" : a.comment()), TEXT));
                document.add(new Paragraph("Recommandations : " + (a.recommendations() == null ? "aucune" : a.recommendations()), TEXT));
            }
        }

        document.add(heading("Conclusion du comité pour la région"));
        document.add(new Paragraph(review == null || review.conclusion() == null ? "Non rédigée." : review.conclusion(), TEXT));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph heading(String text) {
        var paragraph = new Paragraph(text, HEADING);
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    /** « Page X sur Y » at the foot of every page, Y written once the document is complete. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private PdfTemplate total;
        private BaseFont font;

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 12);
            try {
                font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            String text = "Page " + writer.getPageNumber() + " sur ";
            float x = (document.right() + document.left()) / 2;
            float y = document.bottom() - 25;
            float width = font.getWidthPoint(text, 8);
            canvas.beginText();
            canvas.setFontAndSize(font, 8);
            canvas.setTextMatrix(x - width / 2, y);
            canvas.showText(text);
            canvas.endText();
            canvas.addTemplate(total, x + width / 2, y);
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
