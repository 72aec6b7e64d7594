package fr.passerelle.campus;

/** The figures the home page opens with. */
record KeyFigures(long campuses, long labelled, long excellence, long regions, long sectors, long partners) {
}
