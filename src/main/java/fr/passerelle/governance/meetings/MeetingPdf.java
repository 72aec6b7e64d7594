package fr.passerelle.governance.meetings;

import fr.passerelle.governance.AttendanceStatus;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.passerelle.directory.Contact;
import java.io.ByteArrayOutputStream;

/** The minutes and attendance sheet of a meeting, as a PDF to print, sign and file. */
final class MeetingPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);

    private MeetingPdf() {
    }

    static byte[] render(String campusName, MeetingView meeting) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle("Compte rendu — " + meeting.bodyName());
        document.addCreator("Passerelle");
        document.open();
        document.add(new Paragraph(campusName, SMALL));
        document.add(new Paragraph(meeting.bodyName(), TITLE));
        document.add(new Paragraph("Réunion du " + meeting.when(), TEXT));
        if (meeting.place() != null) {
            document.add(new Paragraph("Lieu : " + meeting.place(), TEXT));
        }
        if (meeting.videoLink() != null) {
            document.add(new Paragraph("Visioconférence : " + meeting.videoLink(), TEXT));
        }
        section(document, "Ordre du jour", meeting.agenda());

        document.add(heading("Feuille d'émargement — participation : " + meeting.participation()));
        var table = new PdfPTable(new float[] {3, 3, 1.5f, 2.5f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : new String[] {"Membre", "Organisation", "Présence", "Signature"}) {
            var cell = new PdfPCell(new Phrase(header, HEADING));
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        for (Contact member : meeting.members()) {
            AttendanceStatus status = meeting.statusOf(member.id());
            table.addCell(new Phrase(member.fullName(), TEXT));
            table.addCell(new Phrase(member.organisationName(), TEXT));
            table.addCell(new Phrase(status == null ? "" : status.label(), TEXT));
            var signature = new PdfPCell(new Phrase(" ", TEXT));
            signature.setMinimumHeight(28);
            table.addCell(signature);
        }
        document.add(table);

        section(document, "Compte rendu", fr.passerelle.platform.RichText.plain(meeting.minutes()));
        section(document, "Décisions", fr.passerelle.platform.RichText.plain(meeting.decisions()));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph heading(String text) {
        var paragraph = new Paragraph(text, HEADING);
        paragraph.setSpacingBefore(14);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    private static void section(Document document, String title, String text) {
        document.add(heading(title));
        document.add(new Paragraph(text == null ? "Non renseigné." : text, TEXT));
    }
}
