package fr.passerelle.indicators;

/**
 * The year a value counts: a calendar year (January to December of year {@code y}) or a school year (September of
 * {@code y} to August of {@code y + 1}, written « 2024-2025 »).
 */
public enum Period {
    CALENDAR_YEAR("Année civile"),
    SCHOOL_YEAR("Année scolaire");

    private final String label;

    Period(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The year as French readers write it: « 2024 » or « 2024-2025 ». */
    public String yearText(int year) {
        return this == CALENDAR_YEAR ? Integer.toString(year) : year + "-" + (year + 1);
    }
}
