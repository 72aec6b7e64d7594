package fr.passerelle.labelling;

import fr.passerelle.platform.Times;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The certificate of a label granted: who, which category, from when to when, under which call. */
final class Certificate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final Font SMALL = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font TITLE = new Font(Font.HELVETICA, 26, Font.BOLD);
    private static final Font NAME = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 13, Font.NORMAL);

    private Certificate() {
    }

    static byte[] render(ApplicationView dossier, ApplicationParts.Decision decision) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 60, 60, 60, 60);
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.addTitle("Attestation de labellisation — " + dossier.projectName());
        document.addCreator("Passerelle");
        document.open();
        document.add(centred("République française — Campus des métiers et des qualifications", SMALL, 30));
        document.add(centred("Attestation de labellisation", TITLE, 30));
        document.add(centred("Par décision interministérielle du " + Times.current().format(decision.decidedOn(), DAY) + ",", TEXT, 16));
        document.add(centred(dossier.projectName(), NAME, 16));
        document.add(centred("filière « " + dossier.sector().label() + " », région " + dossier.regionName() + ", académie de "
                + dossier.academyName() + ",", TEXT, 16));
        document.add(centred("reçoit le label Campus des métiers et des qualifications, catégorie " + decision.category().label() + ",", TEXT, 16));
        document.add(centred("du " + Times.current().format(decision.validFrom(), DAY) + " au " + Times.current().format(decision.validUntil(), DAY) + ".", TEXT, 30));
        document.add(centred("Dossier déposé à l'appel à projets « " + dossier.callTitle() + " ».", SMALL, 8));
        document.add(centred("Attestation établie par Passerelle ; la décision fait foi.", SMALL, 0));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float spacingAfter) {
        var paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }
}
