package fr.passerelle.trades.release;

/**
 * A row of a release that was rejected, and why; the rows around it were kept.
 *
 * @param file   the file's name
 * @param line   the line the row starts on (the header is line 1), null for a problem with the whole file
 * @param column the column at fault, null when the whole row is
 */
public record ReleaseProblem(String file, Integer line, String column, String message) {

    /** "unix_item_v460_utf8.csv, ligne 12, colonne code_ogr : …", as the page shows it. */
    public String describe() {
        return file + (line == null ? "" : ", ligne " + line) + (column == null ? "" : ", colonne " + column) + " : " + message;
    }
}
