package fr.passerelle.governance;

/** Whether a member attended a meeting. */
public enum AttendanceStatus {
    PRESENT("Présent·e"),
    EXCUSED("Excusé·e"),
    ABSENT("Absent·e");

    private final String label;

    AttendanceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
