package fr.passerelle.trades.curation;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The booklet of an owner's selection (Pro&Mer's « livret des métiers »): a cover with the owner's name and the date,
 * a table of contents with page numbers, then one sheet per trade — the owner's enrichment and the essentials of ROME
 * (definition, main job titles, key skills) — every page numbered, the document's language set. Printed twice: the
 * first pass finds the page each sheet starts on, the second writes them in the table of contents, whose length does
 * not depend on them.
 */
final class BookletPdf {

    private static final Font COVER = new Font(Font.HELVETICA, 24, Font.BOLD);
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font NOTE = new Font(Font.HELVETICA, 9, Font.ITALIC);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);
    private static final int TOC_LINES_PER_PAGE = 32;

    /** One sheet of the booklet: the curated sheet, and ROME's essentials (null when the trade left the current release). */
    record Page(TradeCuration.SheetView sheet, CurrentRome.Essentials rome) {
    }

    private BookletPdf() {
    }

    static byte[] render(String ownerName, LocalDate day, Language language, List<Page> pages) {
        List<Integer> starts = new ArrayList<>();
        pass(ownerName, day, language, pages, null, starts);
        return pass(ownerName, day, language, pages, List.copyOf(starts), new ArrayList<>());
    }

    private static byte[] pass(String ownerName, LocalDate day, Language language, List<Page> pages, List<Integer> knownStarts,
                               List<Integer> starts) {
        boolean en = language == Language.EN;
        Labels l = en ? Labels.ENGLISH : Labels.FRENCH;
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 50, 60);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers(l));
        document.setDocumentLanguage(language.tag());
        document.addTitle(l.booklet + " — " + ownerName);
        document.addCreator("Passerelle");
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.tag()));

        // Cover.
        document.add(new Paragraph(en ? "French Republic — Campus des métiers et des qualifications"
                : "République française — Campus des métiers et des qualifications", SMALL));
        document.add(spaced(new Paragraph(l.booklet, TITLE), 120));
        document.add(spaced(new Paragraph(ownerName, COVER), 20));
        document.add(spaced(new Paragraph(pages.size() + " " + (pages.size() > 1 ? l.sheets : l.sheet), TEXT), 30));
        document.add(spaced(new Paragraph(l.printedOn + " " + date(day, language), TEXT), 6));

        // Table of contents: one line per sheet, always the same number of pages.
        document.newPage();
        document.add(spaced(new Paragraph(l.contents, TITLE), 0));
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0 && i % TOC_LINES_PER_PAGE == 0) {
                document.newPage();
            }
            var sheet = pages.get(i).sheet();
            var line = new Paragraph(sheet.displayLabel() + " (" + sheet.code() + ")", TEXT);
            line.add(new Chunk(new DottedLineSeparator()));
            line.add(new Chunk(knownStarts == null ? "" : String.valueOf(knownStarts.get(i)), TEXT));
            document.add(line);
        }
        if (pages.isEmpty()) {
            document.add(new Paragraph(l.empty, TEXT));
        }

        for (Page page : pages) {
            document.newPage();
            starts.add(writer.getPageNumber());
            sheet(document, page, language, l);
        }
        document.close();
        return out.toByteArray();
    }

    private static void sheet(Document document, Page page, Language language, Labels l) {
        var sheet = page.sheet();
        document.add(spaced(new Paragraph(sheet.displayLabel(), TITLE), 0));
        document.add(new Paragraph(l.romeCode + " " + sheet.code(), SMALL));
        if (sheet.gone()) {
            document.add(new Paragraph(l.gone, NOTE));
        }
        if (sheet.fallsBack(language)) {
            document.add(new Paragraph(l.notTranslated, NOTE));
        }
        SheetText text = sheet.text(language);
        part(document, l.missions, text.missions());
        part(document, l.functions, text.functions());
        part(document, l.nature, text.nature());
        part(document, l.environment, text.environment());
        SheetContent content = sheet.content();
        if (content.requiredLevel() != null) {
            part(document, l.level, l.levelValue(content.requiredLevel()));
        }
        boolean en = language == Language.EN;
        if (!content.pay().isUnknown()) {
            List<String> pay = new ArrayList<>();
            if (content.pay().beginner(en) != null) {
                pay.add(l.beginner + " : " + content.pay().beginner(en));
            }
            if (content.pay().experienced(en) != null) {
                pay.add(l.experienced + " : " + content.pay().experienced(en));
            }
            part(document, l.pay, String.join("\n", pay));
        }
        List<String> knowHow = sheet.skills().stream().filter(s -> !s.softSkill() && s.label() != null).map(s -> "• " + s.label()).toList();
        List<String> softSkills = sheet.skills().stream().filter(s -> s.softSkill() && s.label() != null).map(s -> "• " + s.label()).toList();
        part(document, l.knowHow, join(knowHow, text.knowHow()));
        part(document, l.softSkills, join(softSkills, text.softSkills()));
        part(document, l.prospects, text.prospects());

        CurrentRome.Essentials rome = page.rome();
        if (rome != null) {
            document.add(spaced(new Paragraph(l.fromRome, HEADING), 14));
            part(document, l.definition, String.join("\n", rome.definition()));
            part(document, l.jobTitles, String.join(" ; ", rome.jobTitles()));
            part(document, l.keySkills, String.join("\n", rome.keySkills().stream().map(s -> "• " + s.label()).toList()));
        }
        document.add(spaced(new Paragraph(sheet.reviewedOn() == null ? l.neverReviewed
                : l.reviewed + " " + date(sheet.reviewedOn(), language) + (sheet.overdue() ? " — " + l.overdue : ""), NOTE), 12));
    }

    private static String join(List<String> items, String free) {
        List<String> all = new ArrayList<>(items);
        if (free != null) {
            all.add(free);
        }
        return all.isEmpty() ? null : String.join("\n", all);
    }

    private static void part(Document document, String heading, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        document.add(spaced(new Paragraph(heading, HEADING), 8));
        document.add(new Paragraph(text, TEXT));
    }

    private static Paragraph spaced(Paragraph paragraph, float before) {
        paragraph.setSpacingBefore(before);
        return paragraph;
    }

    private static String date(LocalDate day, Language language) {
        return language == Language.EN ? DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(day)
                : DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).format(day);
    }

    /** "Page 3" at the foot of every page but the cover. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final Labels labels;

        PageNumbers(Labels labels) {
            this.labels = labels;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() == 1) {
                return;
            }
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(labels.page + " " + writer.getPageNumber(), SMALL), (document.left() + document.right()) / 2, 30, 0);
        }
    }

    /** The booklet's words in its language. */
    private record Labels(String booklet, String sheet, String sheets, String printedOn, String contents, String empty, String romeCode,
                          String gone, String notTranslated, String missions, String functions, String nature, String environment,
                          String level, String pay, String beginner, String experienced, String knowHow, String softSkills, String prospects,
                          String fromRome, String definition, String jobTitles, String keySkills, String reviewed, String neverReviewed,
                          String overdue, String page) {

        static final Labels FRENCH = new Labels("Livret des métiers", "fiche métier", "fiches métiers", "Édité le", "Sommaire",
                "La sélection ne compte encore aucune fiche.", "Code ROME", "Ce métier ne figure plus dans la version en vigueur du ROME.",
                "", "Missions", "Fonctions", "Nature du poste", "Environnement de travail", "Niveau requis",
                "Rémunération (brut mensuel)", "Débutant", "Confirmé", "Savoir-faire", "Savoir-être", "Perspectives d’évolution",
                "Ce qu’en dit le ROME", "Définition", "Principales appellations", "Compétences clés", "Dernière revue annuelle le",
                "Pas encore de revue annuelle.", "Revue annuelle en retard", "Page");
        static final Labels ENGLISH = new Labels("Careers booklet", "job profile", "job profiles", "Printed on", "Contents",
                "The selection has no job profile yet.", "ROME code", "This trade is no longer in the current release of ROME.",
                "Not yet translated into English: the French text follows.", "Missions", "Functions", "Nature of the job",
                "Working environment", "Required level", "Pay (gross monthly)", "Beginner", "Experienced", "Know-how", "Soft skills",
                "Career prospects", "What ROME says (in French)", "Definition", "Main job titles", "Key skills", "Last yearly review on",
                "Not reviewed yet.", "Yearly review overdue", "Page");

        String levelValue(int level) {
            return this == ENGLISH ? "Level " + level + " of the French national qualifications framework"
                    : "Niveau " + level + " du cadre national des certifications";
        }
    }
}
