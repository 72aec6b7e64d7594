package fr.passerelle.labelling;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The operational director a dossier names, or the commitment to recruit one: a condition of the label (the expert
 * group gives no favourable opinion without it), and a named director's mission letter is signed by the recteur
 * d'académie. What the promoters typed, checked by {@link #check()}; whether a dossier may be submitted with it is
 * {@link #lacking(OperationalDirection, boolean)}.
 */
public record OperationalDirection(Kind kind, String name, String email, String phone, String employer, LocalDate startsOn,
                                   LocalDate plannedOn, String committedBy) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** Named, or only promised. */
    public enum Kind {
        NAMED("Directeur ou directrice nommé·e"),
        COMMITMENT("Engagement à recruter");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A named director. */
    public static OperationalDirection named(String name, String email, String phone, String employer, LocalDate startsOn) {
        return new OperationalDirection(Kind.NAMED, name, email, phone, employer, startsOn, null, null);
    }

    /** The commitment to recruit a director by {@code plannedOn}, and who commits. */
    public static OperationalDirection commitment(LocalDate plannedOn, String committedBy) {
        return new OperationalDirection(Kind.COMMITMENT, null, null, null, null, null, plannedOn, committedBy);
    }

    public boolean isNamed() {
        return kind == Kind.NAMED;
    }

    /** Refuses what is missing or too long, naming the field; returns the same details, trimmed, the other kind's fields dropped. */
    OperationalDirection check() {
        if (kind == null) {
            throw new BusinessRuleException("kind", "Indiquez si le dossier nomme la direction opérationnelle ou s'engage à la recruter.");
        }
        if (kind == Kind.NAMED) {
            String cleanName = required("directorName", name, 150, "Indiquez le nom du directeur ou de la directrice opérationnel·le.", "Le nom");
            String cleanEmail = required("directorEmail", email, 255, "Indiquez l'adresse e-mail de la direction opérationnelle.", "L'adresse e-mail");
            if (!EMAIL.matcher(cleanEmail).matches()) {
                throw new BusinessRuleException("directorEmail", "L'adresse e-mail de la direction opérationnelle n'est pas valide.");
            }
            String cleanPhone = Text.trimToNull(phone);
            if (Text.longerThan(cleanPhone, 30)) {
                throw new BusinessRuleException("directorPhone", Text.tooLong("Le téléphone", cleanPhone, 30));
            }
            String cleanEmployer = required("directorEmployer", employer, 255,
                    "Indiquez l'employeur ou la fonction du directeur ou de la directrice (par exemple : rectorat, lycée support, GIP).", "L'employeur ou la fonction");
            if (startsOn == null) {
                throw new BusinessRuleException("startsOn", "Indiquez la date de prise de fonction.");
            }
            return new OperationalDirection(kind, cleanName, cleanEmail, cleanPhone, cleanEmployer, startsOn, null, null);
        }
        if (plannedOn == null) {
            throw new BusinessRuleException("plannedOn", "Indiquez la date de recrutement prévue de la direction opérationnelle.");
        }
        String cleanCommitted = required("committedBy", committedBy, 255,
                "Indiquez qui s'engage à recruter la direction opérationnelle (par exemple : le recteur et la présidente de région).", "Qui s'engage");
        return new OperationalDirection(kind, null, null, null, null, null, plannedOn, cleanCommitted);
    }

    /**
     * What keeps a dossier from being submitted on its direction, in French, one sentence per item: no director named nor
     * commitment recorded; or a director named without the mission letter signed by the recteur d'académie.
     */
    static List<String> lacking(OperationalDirection direction, boolean missionLetterJoined) {
        if (direction == null) {
            return List.of("Direction opérationnelle : nommez le directeur ou la directrice opérationnel·le, ou enregistrez l'engagement à en recruter un·e "
                    + "(le groupe d'expertise ne rend pas d'avis favorable sans cet engagement).");
        }
        if (direction.isNamed() && !missionLetterJoined) {
            return List.of("Direction opérationnelle : joignez la lettre de mission de " + direction.name()
                    + ", signée par le recteur d'académie.");
        }
        return List.of();
    }

    private static String required(String field, String value, int max, String missing, String what) {
        String clean = Text.trimToNull(value);
        if (clean == null) {
            throw new BusinessRuleException(field, missing);
        }
        if (Text.longerThan(clean, max)) {
            throw new BusinessRuleException(field, Text.tooLong(what, clean, max));
        }
        return clean;
    }
}
