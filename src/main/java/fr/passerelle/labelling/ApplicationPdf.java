package fr.passerelle.labelling;

import fr.passerelle.platform.Times;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.passerelle.platform.RichText;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A whole dossier as a PDF to file or print: cover, every submitted version (texts, the campus's data quoted, the
 * attachments' names), the attachments now, the opinions, the navettes, the steps and the decision. The experts'
 * scores are printed only in the national administration's copy; reviewers' tags and notes never are.
 */
final class ApplicationPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH'h'mm", Locale.FRENCH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final Font COVER = new Font(Font.HELVETICA, 22, Font.BOLD);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);

    /** What the PDF prints; {@code reviews} by round, empty unless the reader is the national administration. */
    record Contents(ApplicationView dossier, List<ApplicationParts.Version> versions, List<ApplicationParts.Attachment> attachments,
                    ApplicationParts.Direction direction, List<ApplicationParts.Opinion> opinions,
                    List<ApplicationParts.Exchange> exchanges, ApplicationParts.Decision decision, List<ApplicationParts.Step> steps,
                    Map<Integer, List<ApplicationParts.Review>> reviews, String printedFor, ApplicationQueries.ReportInfo report,
                    ReportAnnex annex, boolean runsCampus) {
    }

    private ApplicationPdf() {
    }

    static byte[] render(Contents c) {
        ApplicationView dossier = c.dossier();
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle("Dossier de labellisation — " + dossier.projectName());
        document.addCreator("Passerelle");
        document.open();

        document.add(new Paragraph("République française — Campus des métiers et des qualifications", SMALL));
        document.add(spaced(new Paragraph("Dossier de labellisation", TITLE), 20));
        document.add(spaced(new Paragraph(dossier.projectName(), COVER), 20));
        var cover = new PdfPTable(new float[] {2, 5});
        cover.setWidthPercentage(100);
        row(cover, "Appel à projets", dossier.callTitle() + " (" + dossier.callYear() + ")");
        row(cover, "Nature", dossier.kind().label() + (c.report() == null ? "" : " — " + c.report().purpose().label()
                + (c.report().subject() == null ? "" : " : " + c.report().subject())));
        if (c.report() != null && c.report().dueOn() != null) {
            row(cover, "À déposer au plus tard le", Times.current().format(c.report().dueOn(), DAY));
        }
        row(cover, "Catégorie", dossier.category().label());
        row(cover, "Filière", dossier.sector().label());
        if (!dossier.otherSectors().isEmpty()) {
            row(cover, "Autres filières", dossier.otherSectorLabels());
        }
        row(cover, "Territoire", "Région " + dossier.regionName() + (dossier.otherAcademyCodes().isEmpty() ? ", académie de " : ", académies de ")
                + dossier.academyNamesText());
        row(cover, "Étape", dossier.status().label() + " — " + dossier.status().description());
        row(cover, "Ouvert par", dossier.createdBy() + " le " + Times.current().format(dossier.createdAt(), WHEN));
        if (dossier.submittedAt() != null) {
            row(cover, "Déposé le", Times.current().format(dossier.submittedAt(), WHEN));
        }
        row(cover, "Versions déposées", Integer.toString(c.versions().size()));
        document.add(cover);
        document.add(spaced(new Paragraph("Édité par Passerelle pour " + c.printedFor() + ".", SMALL), 0));

        if (!dossier.progressReport()) {
            document.add(heading("Direction opérationnelle"));
            for (String line : directionLines(c.direction())) {
                document.add(new Paragraph(line, TEXT));
            }
        }

        for (ApplicationParts.Version version : c.versions()) {
            document.newPage();
            document.add(spaced(new Paragraph("Version " + version.number() + " — déposée le " + Times.current().format(version.submittedAt(), WHEN) + " par "
                    + version.submittedBy(), TITLE), 12));
            for (Criterion criterion : dossier.criteria()) {
                document.add(spaced(new Paragraph(criterion.number() + " — " + criterion.label(), HEADING), 4));
                String text = version.content().sectionOf(criterion);
                document.add(spaced(new Paragraph(text == null || text.isBlank() ? "(non rédigé)" : RichText.plain(text), TEXT), 6));
                List<String> data = version.content().liveData() == null ? null : version.content().liveData().get(criterion);
                if (data != null && !data.isEmpty()) {
                    document.add(new Paragraph("Données du campus citées :", SMALL));
                    for (String line : data) {
                        document.add(new Paragraph("• " + line, SMALL));
                    }
                }
                document.add(new Paragraph(" ", SMALL));
            }
            List<String> attached = version.content().attachments();
            document.add(new Paragraph("Pièces jointes à cette version", HEADING));
            if (attached == null || attached.isEmpty()) {
                document.add(new Paragraph("Aucune.", TEXT));
            } else {
                attached.forEach(a -> document.add(new Paragraph("• " + a, TEXT)));
            }
        }

        if (c.annex() != null) {
            document.newPage();
            annex(document, c.annex(), c.runsCampus());
        }

        document.newPage();
        document.add(heading("Pièces jointes du dossier"));
        if (c.attachments().isEmpty()) {
            document.add(new Paragraph("Aucune pièce jointe.", TEXT));
        }
        for (ApplicationParts.Attachment attachment : c.attachments()) {
            document.add(new Paragraph("• " + attachment.fileName() + " (" + attachment.displaySize() + "), ajoutée le " + Times.current().format(attachment.uploadedAt(), WHEN)
                    + " par " + attachment.uploadedBy(), TEXT));
        }

        document.add(heading("Avis"));
        if (c.opinions().isEmpty()) {
            document.add(new Paragraph("Aucun avis rendu.", TEXT));
        }
        for (ApplicationParts.Opinion opinion : c.opinions()) {
            document.add(new Paragraph(opinion.body().label() + " (" + opinion.body().fullName() + ") — " + opinion.verdict().label() + ", le "
                    + Times.current().format(opinion.givenOn(), DAY) + (opinion.body().regional() ? "" : ", version " + opinion.round()), HEADING));
            document.add(spaced(new Paragraph(RichText.plain(opinion.reasons()), TEXT), 6));
        }

        if (!c.reviews().isEmpty()) {
            document.add(heading("Notes des experts (réservé à l’administration nationale)"));
            for (var entry : c.reviews().entrySet()) {
                if (entry.getValue().isEmpty()) {
                    continue;
                }
                document.add(new Paragraph("Version " + entry.getKey(), HEADING));
                var table = new PdfPTable(1 + entry.getValue().size());
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                table.addCell(new PdfPCell(new Phrase("Critère", HEADING)));
                entry.getValue().forEach(r -> table.addCell(new PdfPCell(new Phrase(r.expertName() + (r.submitted() ? "" : " (non remise)"), HEADING))));
                for (Criterion criterion : dossier.criteria()) {
                    table.addCell(new Phrase(criterion.number(), TEXT));
                    entry.getValue().forEach(r -> {
                        Integer score = r.scoreOf(criterion).score();
                        table.addCell(new Phrase(score == null ? "—" : score + " / 4", TEXT));
                    });
                }
                table.addCell(new Phrase("Moyenne", HEADING));
                entry.getValue().forEach(r -> table.addCell(new Phrase(r.mean() == null ? "—" : String.format(Locale.FRENCH, "%.1f / 4", r.mean()), HEADING)));
                document.add(table);
            }
        }

        document.add(heading("Navettes"));
        if (c.exchanges().isEmpty()) {
            document.add(new Paragraph("Aucune navette.", TEXT));
        }
        for (ApplicationParts.Exchange exchange : c.exchanges()) {
            document.add(new Paragraph("Navette de la version " + exchange.round() + " — demandée le " + Times.current().format(exchange.requestedAt(), WHEN) + " par "
                    + exchange.requestedBy(), HEADING));
            document.add(spaced(new Paragraph(RichText.plain(exchange.request()), TEXT), 4));
            document.add(spaced(new Paragraph(exchange.answered() ? "Réponse des porteurs (" + Times.current().format(exchange.answeredAt(), WHEN) + ") : "
                    + RichText.plain(exchange.answer()) : "En attente de la réponse des porteurs.", TEXT), 8));
        }

        document.add(heading("Décision"));
        ApplicationParts.Decision decision = c.decision();
        if (decision == null) {
            document.add(new Paragraph("Pas encore de décision.", TEXT));
        } else if (decision.granted()) {
            document.add(new Paragraph("Label accordé le " + Times.current().format(decision.decidedOn(), DAY) + ", catégorie " + decision.category().label() + ", du "
                    + Times.current().format(decision.validFrom(), DAY) + " au " + Times.current().format(decision.validUntil(), DAY) + ".", TEXT));
        } else {
            document.add(new Paragraph("Label refusé le " + Times.current().format(decision.decidedOn(), DAY) + ".", TEXT));
        }
        if (decision != null && decision.reasons() != null) {
            document.add(new Paragraph(RichText.plain(decision.reasons()), TEXT));
        }

        document.add(heading("Étapes"));
        var steps = new PdfPTable(new float[] {2, 2, 2, 4});
        steps.setWidthPercentage(100);
        steps.setHeaderRows(1);
        for (String header : new String[] {"Date", "Étape", "Par", "Note"}) {
            steps.addCell(new PdfPCell(new Phrase(header, HEADING)));
        }
        for (ApplicationParts.Step step : c.steps()) {
            steps.addCell(new Phrase(Times.current().format(step.enteredAt(), WHEN), TEXT));
            steps.addCell(new Phrase(step.status().label(), TEXT));
            steps.addCell(new Phrase(step.actor(), TEXT));
            steps.addCell(new Phrase(step.note() == null ? "" : step.note(), TEXT));
        }
        document.add(steps);
        document.close();
        return out.toByteArray();
    }

    /** The annex « Indicateurs et auto-évaluation », dated, as the reader may see it. */
    private static void annex(Document document, ReportAnnex annex, boolean runsCampus) {
        document.add(heading("Annexe — Indicateurs et auto-évaluation"));
        document.add(spaced(new Paragraph("Données arrêtées le " + Times.current().format(annex.takenAt(), WHEN) + " (" + annex.takenBy() + ").", SMALL), 8));
        List<String> years = annex.yearHeaders();
        for (ReportAnnex.ThemeTable theme : annex.tables(runsCampus)) {
            document.add(spaced(new Paragraph(theme.label(), HEADING), 4));
            float[] widths = new float[2 + years.size()];
            widths[0] = 5;
            widths[1] = 2;
            for (int i = 0; i < years.size(); i++) {
                widths[2 + i] = 2;
            }
            var table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.addCell(new PdfPCell(new Phrase("Indicateur", SMALL)));
            table.addCell(new PdfPCell(new Phrase("Unité", SMALL)));
            years.forEach(y -> table.addCell(new PdfPCell(new Phrase(y, SMALL))));
            for (ReportAnnex.Row row : theme.rows()) {
                table.addCell(new Phrase(row.name(), SMALL));
                table.addCell(new Phrase(row.unit(), SMALL));
                row.texts().forEach(t -> table.addCell(new Phrase(t, SMALL)));
            }
            document.add(table);
            document.add(new Paragraph(" ", SMALL));
        }
        var selfEvaluation = annex.selfEvaluation();
        document.add(spaced(new Paragraph("Dernière auto-évaluation du campus", HEADING), 4));
        if (selfEvaluation == null) {
            document.add(new Paragraph("Le campus n’avait déposé aucune auto-évaluation à cette date.", TEXT));
            return;
        }
        document.add(spaced(new Paragraph("Auto-évaluation " + selfEvaluation.year() + " — " + selfEvaluation.status() + ", déposée le "
                + Times.current().format(selfEvaluation.submittedAt(), DAY)
                + (selfEvaluation.validatedOn() == null ? "" : ", validée par le comité stratégique régional le "
                + Times.current().format(selfEvaluation.validatedOn(), DAY)) + ".", TEXT), 6));
        for (var theme : selfEvaluation.themes()) {
            document.add(new Paragraph(theme.theme().label() + " — " + (theme.ratingText() == null ? "non notée" : "note " + theme.ratingText()), HEADING));
            if (theme.strengths() != null) {
                document.add(new Paragraph("Points forts : " + theme.strengths(), TEXT));
            }
            if (theme.progressAreas() != null) {
                document.add(new Paragraph("Axes de progrès : " + theme.progressAreas(), TEXT));
            }
            if (theme.plannedActions() != null) {
                document.add(spaced(new Paragraph("Actions envisagées : " + theme.plannedActions(), TEXT), 6));
            }
        }
    }

    /** The direction as the dossier records it, one line per fact, in French. */
    static List<String> directionLines(ApplicationParts.Direction direction) {
        OperationalDirection d = direction.details();
        if (d == null) {
            return List.of("Ni direction nommée ni engagement à recruter enregistrés.");
        }
        if (d.isNamed()) {
            var lines = new java.util.ArrayList<String>();
            lines.add("Directeur ou directrice nommé·e : " + d.name() + " — " + d.employer());
            lines.add("Contact : " + d.email() + (d.phone() == null ? "" : ", " + d.phone()));
            lines.add("Prise de fonction : " + Times.current().format(d.startsOn(), DAY));
            lines.add(direction.missionLetterJoined() ? "Lettre de mission signée par le recteur d'académie : " + direction.missionLetterName()
                    : "Lettre de mission signée par le recteur d'académie : non jointe.");
            return lines;
        }
        return List.of("Engagement à recruter la direction opérationnelle, pris par " + d.committedBy() + ".",
                "Recrutement prévu le " + Times.current().format(d.plannedOn(), DAY) + ".");
    }

    private static void row(PdfPTable table, String label, String value) {
        table.addCell(new PdfPCell(new Phrase(label, HEADING)));
        table.addCell(new PdfPCell(new Phrase(value, TEXT)));
    }

    private static Paragraph heading(String text) {
        var paragraph = new Paragraph(text, TITLE);
        paragraph.setSpacingBefore(14);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    private static Paragraph spaced(Paragraph paragraph, float after) {
        paragraph.setSpacingAfter(after);
        return paragraph;
    }
}
