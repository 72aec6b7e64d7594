package fr.passerelle.labelling;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.passerelle.campus.Sector;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The certificate of a label granted, as the State issues it: the State's block (the tricolour band, « RÉPUBLIQUE
 * FRANÇAISE », the motto and the ministry), who is labelled, in which category and from when to when, the references
 * of the decision (its date and number, the dossier's number, the call) and the signatory's block. Dates are those of
 * the decision, days of the French calendar written in French.
 */
final class Certificate {

    /** Who signs for the ministers, by delegation. */
    static final String SIGNATORY = "Pour le ministre et par délégation,\nla directrice générale de l'enseignement scolaire";
    /** Where the decision is signed. */
    static final String PLACE = "Paris";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final Color BLUE = new Color(0, 0, 145);
    private static final Color RED = new Color(225, 0, 15);
    private static final Color GREY = new Color(102, 102, 102);
    private static final Font REPUBLIC = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font MOTTO = new Font(Font.HELVETICA, 8, Font.ITALIC);
    private static final Font MINISTRY_FONT = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TITLE = new Font(Font.HELVETICA, 28, Font.BOLD, BLUE);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 12, Font.NORMAL, GREY);
    private static final Font NAME = new Font(Font.HELVETICA, 19, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 13, Font.NORMAL);
    private static final Font LABEL = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font SIGNATURE = new Font(Font.HELVETICA, 11, Font.NORMAL);

    private static final float MARGIN = 48;

    private Certificate() {
    }

    static byte[] render(ApplicationView dossier, ApplicationParts.Decision decision, String ministry) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), MARGIN, MARGIN, 56, 36);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("Attestation de labellisation — " + dossier.projectName());
        document.addSubject("Label Campus des métiers et des qualifications");
        document.addCreator("Passerelle");
        document.open();
        tricolourBand(writer.getDirectContent(), document.getPageSize());
        document.add(stateBlock(ministry));

        document.add(centred("Attestation de labellisation", TITLE, 2));
        document.add(centred("Campus des métiers et des qualifications", SUBTITLE, 22));
        document.add(centred("Par décision interministérielle du " + day(decision.decidedOn())
                + (decision.reference() == null ? "" : " (n° " + decision.reference() + ")") + ",", TEXT, 8));
        document.add(centred(dossier.projectName(), NAME, 8));
        document.add(centred("filière « " + dossier.sector().label() + " »" + (dossier.otherSectors().isEmpty() ? ""
                : " et " + (dossier.otherSectors().size() == 1 ? "filière « " : "filières « ") + dossier.otherSectors().stream()
                        .map(Sector::label).collect(java.util.stream.Collectors.joining(" », « ")) + " »")
                + ", région " + dossier.regionName() + (dossier.otherAcademyCodes().isEmpty() ? ", académie de " : ", académies de ")
                + dossier.academyNamesText() + ",", TEXT, 4));
        document.add(centred("reçoit le label Campus des métiers et des qualifications, catégorie " + decision.category().label()
                + ", du " + day(decision.validFrom()) + " au " + day(decision.validUntil()) + ".", TEXT, 28));

        var foot = new PdfPTable(new float[] {58, 42});
        foot.setWidthPercentage(100);
        foot.addCell(references(dossier, decision));
        foot.addCell(signature(decision.decidedOn()));
        foot.setSpacingAfter(16);
        document.add(foot);

        document.add(centred("Attestation établie par Passerelle d'après la décision, qui seule fait foi.", SMALL, 0));
        document.close();
        return out.toByteArray();
    }

    /** The blue, white and red band above the State's name, drawn (the white stripe outlined so that it shows). */
    private static void tricolourBand(PdfContentByte canvas, Rectangle page) {
        float stripe = 14;
        float height = 20;
        float top = page.getHeight() - 28;
        canvas.saveState();
        canvas.setColorFill(BLUE);
        canvas.rectangle(MARGIN, top - height, stripe, height);
        canvas.fill();
        canvas.setColorStroke(new Color(206, 206, 206));
        canvas.setLineWidth(0.5f);
        canvas.rectangle(MARGIN + stripe, top - height, stripe, height);
        canvas.stroke();
        canvas.setColorFill(RED);
        canvas.rectangle(MARGIN + 2 * stripe, top - height, stripe, height);
        canvas.fill();
        canvas.restoreState();
    }

    /** « RÉPUBLIQUE FRANÇAISE » on two lines under the band, the motto, then the ministry. */
    private static Paragraph stateBlock(String ministryName) {
        var motto = new Paragraph(10, "Liberté\nÉgalité\nFraternité", MOTTO);
        motto.setSpacingBefore(2);
        var ministry = new Paragraph(13, ministryName, MINISTRY_FONT);
        ministry.setSpacingBefore(8);
        var wrapper = new Paragraph();
        wrapper.add(new Paragraph(13, "RÉPUBLIQUE\nFRANÇAISE", REPUBLIC));
        wrapper.add(motto);
        wrapper.add(ministry);
        wrapper.setSpacingAfter(18);
        return wrapper;
    }

    /** The references of the decision, to quote it. */
    private static PdfPCell references(ApplicationView dossier, ApplicationParts.Decision decision) {
        var table = new PdfPTable(new float[] {34, 66});
        table.setWidthPercentage(100);
        row(table, "Décision", "décision interministérielle du " + day(decision.decidedOn()));
        row(table, "Référence de la décision", decision.reference() == null ? "non renseignée" : decision.reference());
        row(table, "Dossier", "n° " + dossier.number() + " — " + dossier.kind().label().toLowerCase(Locale.FRENCH));
        row(table, "Appel à projets", "« " + dossier.callTitle() + " »");
        row(table, "Validité du label", "du " + day(decision.validFrom()) + " au " + day(decision.validUntil()));
        var cell = new PdfPCell();
        cell.addElement(table);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingRight(24);
        return cell;
    }

    private static void row(PdfPTable table, String label, String value) {
        var left = new PdfPCell(new Phrase(label, LABEL));
        var right = new PdfPCell(new Phrase(value, SMALL));
        for (PdfPCell cell : new PdfPCell[] {left, right}) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(new Color(221, 221, 221));
            cell.setPaddingTop(3);
            cell.setPaddingBottom(5);
            table.addCell(cell);
        }
    }

    /** Place and date, the signatory's title, and room to sign. */
    private static PdfPCell signature(LocalDate decidedOn) {
        var block = new Paragraph();
        block.setLeading(14);
        block.add(new Chunk("Fait à " + PLACE + ", le " + day(decidedOn) + "\n\n", SIGNATURE));
        block.add(new Chunk(SIGNATORY, SIGNATURE));
        var cell = new PdfPCell();
        cell.addElement(block);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(24);
        cell.setMinimumHeight(110);
        return cell;
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static Paragraph centred(String text, Font font, float spacingAfter) {
        var paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }
}
