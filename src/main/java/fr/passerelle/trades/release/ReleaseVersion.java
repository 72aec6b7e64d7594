package fr.passerelle.trades.release;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the {@code version.txt} of a release says of it: "Numero de version : 60", "Titre/commentaire : ROME 4.0
 * version 60 - 25M09", "Date de publication : 18/09/2025".
 */
record ReleaseVersion(int number, String title, LocalDate publishedOn) {

    private static final Pattern NUMBER = Pattern.compile("(?im)^\\s*Num[ée]ro de version\\s*:\\s*(\\d{1,6})\\s*$");
    private static final Pattern TITLE = Pattern.compile("(?im)^\\s*Titre(?:/commentaire)?\\s*:\\s*(.+?)\\s*$");
    private static final Pattern PUBLISHED = Pattern.compile("(?im)^\\s*Date de publication\\s*:\\s*(\\d{2}/\\d{2}/\\d{4})\\s*$");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    static ReleaseVersion parse(String text) {
        Matcher number = NUMBER.matcher(text);
        if (!number.find()) {
            throw new ReleaseRefused("Le fichier version.txt ne donne pas de « Numero de version : … » : la version ne peut pas être importée.");
        }
        Matcher title = TITLE.matcher(text);
        Matcher published = PUBLISHED.matcher(text);
        LocalDate date = null;
        if (published.find()) {
            try {
                date = LocalDate.parse(published.group(1), FRENCH_DATE);
            } catch (DateTimeParseException e) {
                date = null;
            }
        }
        String label = title.find() ? title.group(1) : null;
        if (label != null && label.length() > 300) {
            label = label.substring(0, 300);
        }
        return new ReleaseVersion(Integer.parseInt(number.group(1)), label, date);
    }
}
