package fr.passerelle.trades;

/** A savoir (knowledge) by its OGR code, with its category; certifications and licences are one of them. */
public record KnowledgeSummary(int ogr, String label, String category, String subcategory) {

    /** ROME's category of certifications and licences. */
    public static final String CERTIFICATIONS = "Certifications et habilitations";

    /** Whether it is a certification or a licence (habilitation). */
    public boolean certification() {
        return CERTIFICATIONS.equals(category);
    }
}
