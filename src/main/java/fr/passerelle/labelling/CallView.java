package fr.passerelle.labelling;

import fr.passerelle.platform.Times;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A call for projects as pages show it. */
public record CallView(UUID id, int year, String title, LocalDate opensOn, LocalDate closesOn, String expectations,
                       boolean standardOpen, boolean excellenceOpen, Instant publishedAt, long version,
                       List<RequiredDocument> documents, Map<Criterion, String> guidance) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    /** A document the dossier must (or may) carry. */
    public record RequiredDocument(UUID id, int position, String label, String description, boolean mandatory) {
    }

    public boolean published() {
        return publishedAt != null;
    }

    /** Whether dossiers may be submitted on that day (the closing day included). */
    public boolean acceptsSubmissionsOn(LocalDate day) {
        return published() && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public String state(LocalDate today) {
        if (!published()) {
            return "Brouillon";
        }
        if (today.isBefore(opensOn)) {
            return "À venir";
        }
        return today.isAfter(closesOn) ? "Clos" : "Ouvert";
    }

    public String period() {
        return "du " + Times.current().format(opensOn, DAY) + " au " + Times.current().format(closesOn, DAY);
    }

    public String categories() {
        return standardOpen && excellenceOpen ? "Standard et Excellence" : standardOpen ? "Standard" : "Excellence";
    }

    public String guidanceOf(Criterion criterion) {
        return guidance.get(criterion);
    }

    public String expectationsHtml() {
        return fr.passerelle.platform.RichText.html(expectations);
    }
}
