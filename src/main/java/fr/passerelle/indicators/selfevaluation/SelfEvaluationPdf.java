package fr.passerelle.indicators.selfevaluation;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.passerelle.governance.ActionSummary;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** A campus's self-evaluation of a year as a PDF: campus, year, status and history, each theme with its rating, texts and planned actions. */
final class SelfEvaluationPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font SUBHEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);

    private SelfEvaluationPdf() {
    }

    static byte[] render(SelfEvaluationView view, ThemeIndicators.Table indicators) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle("Auto-évaluation " + view.campaign().year() + " — " + view.campus().name());
        document.addCreator("Passerelle");
        document.open();
        document.add(new Paragraph(view.campus().name(), SMALL));
        document.add(new Paragraph("Auto-évaluation " + view.campaign().year(), TITLE));
        document.add(new Paragraph("Campus : " + view.campus().name() + " — " + view.campus().regionName() + ", académie de "
                + view.campus().academyNamesText(), TEXT));
        document.add(new Paragraph("Statut : " + view.status().label(), TEXT));
        if (view.committeeMetOnText() != null) {
            document.add(new Paragraph("Comité stratégique régional réuni le " + view.committeeMetOnText(), TEXT));
        }
        document.add(new Paragraph("Dates limites : dépôt le " + view.submission().text() + ", examen académique le " + view.review().text()
                + ", validation régionale le " + view.validation().text(), TEXT));

        document.add(heading("Échelle de notation"));
        for (Rating r : Rating.values()) {
            document.add(new Paragraph(r.text() + " : " + r.description(), TEXT));
        }

        for (SelfEvaluationView.ThemeView theme : view.themes()) {
            document.add(heading(theme.theme().label()));
            document.add(new Paragraph("Note : " + (theme.rating() == null ? "non notée" : theme.rating().text()), TEXT));
            // indicators of the theme
            document.add(new Paragraph("Indicateurs", SUBHEADING));
            List<ThemeIndicators.Line> lines = indicators.of(theme.theme());
            if (lines.isEmpty()) {
                document.add(new Paragraph("Aucun indicateur suivi pour ce thème.", TEXT));
            } else {
                var table = new PdfPTable(indicators.years().size() + 2);
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                table.addCell(new PdfPCell(new Phrase("Indicateur", SUBHEADING)));
                for (int y : indicators.years()) {
                    table.addCell(new PdfPCell(new Phrase(Integer.toString(y), SUBHEADING)));
                }
                table.addCell(new PdfPCell(new Phrase("Tendance", SUBHEADING)));
                for (ThemeIndicators.Line line : lines) {
                    table.addCell(new Phrase(line.name(), TEXT));
                    line.values().forEach(v -> table.addCell(new Phrase(v, TEXT)));
                    table.addCell(new Phrase(line.trend(), TEXT));
                }
                document.add(table);
            }
            section(document, "Points forts", theme.strengths());
            section(document, "Axes de progrès", theme.progressAreas());
            document.add(new Paragraph("Actions envisagées", SUBHEADING));
            if (theme.actions().isEmpty() && theme.plannedActions() == null) {
                document.add(new Paragraph("Non renseigné.", TEXT));
            }
            for (ActionSummary action : theme.actions()) {
                document.add(new Paragraph("• " + action.title() + " (plan d’actions " + action.year() + ", " + action.status().label().toLowerCase(java.util.Locale.FRENCH) + ")", TEXT));
            }
            if (theme.plannedActions() != null) {
                document.add(new Paragraph(theme.plannedActions(), TEXT));
            }
        }

        document.add(heading("Historique"));
        var table = new PdfPTable(new float[] {2, 3, 3, 4});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : new String[] {"Date", "Étape", "Par", "Commentaire"}) {
            table.addCell(new PdfPCell(new Phrase(header, SUBHEADING)));
        }
        for (SelfEvaluationView.StepView step : view.steps()) {
            table.addCell(new Phrase(step.when(), TEXT));
            table.addCell(new Phrase(step.act().label(), TEXT));
            table.addCell(new Phrase(step.actorName(), TEXT));
            String comment = step.comment() == null ? "" : step.comment();
            if (step.committeeMetOnText() != null) {
                comment = ("Comité réuni le " + step.committeeMetOnText() + ". " + comment).strip();
            }
            table.addCell(new Phrase(comment, TEXT));
        }
        document.add(table);
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
        document.add(new Paragraph(title, SUBHEADING));
        document.add(new Paragraph(text == null ? "Non renseigné." : text, TEXT));
    }
}
