package fr.passerelle.indicators.review;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import fr.passerelle.indicators.AnnualReviews;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/**
 * A campus's annual review of a year as a PDF: the campus, the status, the due date and the data date, the overall
 * commentary, then each section — the actions by type, the figures, the budget, the indicators against the year before —
 * with the director's commentary beside its figures, and the history. Tables repeat their header row on each page;
 * every page is numbered « Page X sur Y »: printed twice, the first pass counting the pages.
 */
final class AnnualReviewPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font SUBHEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font CELL = new Font(Font.HELVETICA, 8, Font.NORMAL);
    private static final Font CELL_BOLD = new Font(Font.HELVETICA, 8, Font.BOLD);
    private static final Font NOTE = new Font(Font.HELVETICA, 8, Font.ITALIC);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);

    private AnnualReviewPdf() {
    }

    static byte[] render(AnnualReviewView view) {
        int pages = print(view, 0).pages();
        return print(view, pages).bytes();
    }

    private record Printed(byte[] bytes, int pages) {
    }

    private static Printed print(AnnualReviewView view, int totalPages) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 40, 40, 45, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        var numbers = new PageNumbers(totalPages);
        writer.setPageEvent(numbers);
        document.addTitle("Bilan annuel des actions " + view.year() + " — " + view.campus().name());
        document.addCreator("Passerelle");
        writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("fr-FR"));
        document.open();
        ReviewContent content = view.content();
        document.add(new Paragraph(view.campus().name(), SMALL));
        document.add(new Paragraph("Bilan annuel des actions " + view.year(), TITLE));
        document.add(new Paragraph("Campus : " + view.campus().name() + " — " + view.campus().regionName() + ", académie de "
                + view.campus().academyNamesText(), TEXT));
        document.add(new Paragraph("Statut : " + view.status().label(), TEXT));
        document.add(new Paragraph("À déposer au plus tard le " + view.dueText(), TEXT));
        document.add(new Paragraph((view.frozen() ? "Chiffres figés au dépôt, données du " : "Chiffres actualisés jusqu’au dépôt, données du ")
                + view.dataDateText(), TEXT));

        commentary(document, view, AnnualReviews.Section.OVERALL);

        // Actions, by type
        document.add(heading("1. " + AnnualReviews.Section.ACTIONS.label()));
        if (content.actions().isEmpty()) {
            document.add(new Paragraph("Le plan d’actions " + view.year() + " du campus n’a pas d’action.", TEXT));
        }
        for (Map.Entry<String, List<ReviewContent.ActionLine>> type : content.actionsByType().entrySet()) {
            document.add(subheading(type.getKey()));
            PdfPTable table = table(new float[] {4, 2.2f, 2.2f, 3, 3, 2.4f}, "Action", "Statut", "Dates", "Partenaires", "Apprenants touchés", "Financement");
            for (ReviewContent.ActionLine a : type.getValue()) {
                table.addCell(cell(a.title()));
                table.addCell(cell(a.abandoned() ? a.statusLabel() + " — cause : " + (a.abandonCause() == null ? "non précisée" : a.abandonCause())
                        : a.statusLabel()));
                table.addCell(cell(a.datesText()));
                table.addCell(cell(a.partnersText()));
                table.addCell(cell(a.learnersText()));
                table.addCell(cell(a.fundingText()));
                String note = view.actionText(a.id());
                if (note != null) {
                    PdfPCell comment = new PdfPCell(new Phrase("Commentaire de la direction : " + note, NOTE));
                    comment.setColspan(6);
                    table.addCell(comment);
                }
            }
            document.add(table);
        }
        commentary(document, view, AnnualReviews.Section.ACTIONS);

        // Totals
        document.add(heading("2. " + AnnualReviews.Section.TOTALS.label()));
        ReviewContent.Totals t = content.totals();
        PdfPTable totals = table(new float[] {5, 2}, "Chiffre", "Valeur");
        row(totals, "Actions du plan", t.actions());
        row(totals, "Réalisées", t.done());
        row(totals, "En cours", t.inProgress());
        row(totals, "Prévues", t.planned());
        row(totals, "Abandonnées", t.abandoned());
        t.abandonedByCause().forEach(c -> row(totals, "   Abandonnées — " + c.label(), c.count()));
        row(totals, "Apprenants touchés", t.learners());
        t.learnersByAudience().forEach(c -> row(totals, "   " + c.label(), c.count()));
        row(totals, "Enseignants impliqués", t.teachers());
        totals.addCell(cell("Coût des actions"));
        totals.addCell(cell(ReviewFormat.euros(t.cost())));
        document.add(totals);
        commentary(document, view, AnnualReviews.Section.TOTALS);

        // Budget
        document.add(heading("3. " + AnnualReviews.Section.BUDGET.label()));
        ReviewContent.BudgetSummary budget = content.budget();
        if (budget == null) {
            document.add(new Paragraph("Aucun budget " + view.year() + " n’est enregistré pour le campus.", TEXT));
        } else {
            PdfPTable lines = table(new float[] {2, 4, 2, 2}, "Poste", "Libellé", "Prévu", "Exécuté");
            addSide(lines, "Dépenses", budget.expenses());
            addSide(lines, "Recettes", budget.resources());
            document.add(lines);
            document.add(new Paragraph("Dépenses : " + ReviewFormat.euros(budget.plannedExpenses()) + " prévues, " + ReviewFormat.euros(budget.actualExpenses())
                    + " exécutées (" + budget.executionRateText() + "). Recettes : " + ReviewFormat.euros(budget.plannedResources()) + " prévues, "
                    + ReviewFormat.euros(budget.actualResources()) + " perçues.", TEXT));
        }
        commentary(document, view, AnnualReviews.Section.BUDGET);

        // Indicators
        document.add(heading("4. " + AnnualReviews.Section.INDICATORS.label()));
        if (content.indicators().isEmpty()) {
            document.add(new Paragraph("Aucun indicateur suivi.", TEXT));
        } else {
            PdfPTable ind = table(new float[] {5, 3, 2, 2, 1.6f}, "Indicateur", "Thème", Integer.toString(view.year() - 1), Integer.toString(view.year()),
                    "Tendance");
            for (ReviewContent.IndicatorLine l : content.indicators()) {
                ind.addCell(cell(l.name()));
                ind.addCell(cell(l.theme()));
                ind.addCell(cell(l.previousText(view.runsCampus())));
                ind.addCell(cell(l.currentText(view.runsCampus())));
                ind.addCell(cell(l.trend(view.runsCampus())));
            }
            document.add(ind);
        }
        commentary(document, view, AnnualReviews.Section.INDICATORS);

        document.add(heading("Historique"));
        if (view.steps().isEmpty()) {
            document.add(new Paragraph("Aucune étape pour l’instant.", TEXT));
        } else {
            PdfPTable history = table(new float[] {2, 3, 3, 4}, "Date", "Étape", "Par", "Commentaire");
            for (AnnualReviewView.StepView s : view.steps()) {
                history.addCell(cell(s.when()));
                history.addCell(cell(s.act().label()));
                history.addCell(cell(s.actorName()));
                history.addCell(cell(s.comment() == null ? "" : s.comment()));
            }
            document.add(history);
        }
        document.close();
        return new Printed(out.toByteArray(), numbers.last);
    }

    private static void addSide(PdfPTable table, String side, List<ReviewContent.BudgetLine> lines) {
        for (ReviewContent.BudgetLine l : lines) {
            table.addCell(cell(side + " — " + l.category()));
            table.addCell(cell(l.label()));
            table.addCell(cell(l.plannedText()));
            table.addCell(cell(l.actualText()));
        }
    }

    private static void row(PdfPTable table, String label, long value) {
        table.addCell(cell(label));
        table.addCell(cell(ReviewFormat.number(value)));
    }

    private static PdfPTable table(float[] widths, String... headers) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(6);
        for (String header : headers) {
            table.addCell(new PdfPCell(new Phrase(header, CELL_BOLD)));
        }
        return table;
    }

    private static PdfPCell cell(String text) {
        return new PdfPCell(new Phrase(text == null ? "" : text, CELL));
    }

    private static void commentary(Document document, AnnualReviewView view, AnnualReviews.Section section) {
        String text = view.sectionText(section);
        document.add(new Paragraph(section == AnnualReviews.Section.OVERALL ? "Commentaire d’ensemble de la direction" : "Commentaire de la direction",
                SUBHEADING));
        document.add(new Paragraph(text == null ? "Non renseigné." : text, TEXT));
    }

    private static Paragraph heading(String text) {
        var paragraph = new Paragraph(text, HEADING);
        paragraph.setSpacingBefore(14);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    private static Paragraph subheading(String text) {
        var paragraph = new Paragraph(text, SUBHEADING);
        paragraph.setSpacingBefore(6);
        return paragraph;
    }

    /** « Page X sur Y » at the foot of every page; Y is known on the second pass. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final int total;
        private int last;

        PageNumbers(int total) {
            this.total = total;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            last = writer.getPageNumber();
            String text = total > 0 ? "Page " + last + " sur " + total : "Page " + last;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, new Phrase(text, SMALL),
                    (document.left() + document.right()) / 2, 25, 0);
        }
    }
}
