package fr.passerelle.directory;

import java.util.regex.Pattern;

/** Checks of the French public identifiers of organisations, by their control keys. */
public final class Identifiers {

    private static final Pattern UAI = Pattern.compile("\\d{7}[A-Z]");
    private static final String UAI_KEYS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final String LA_POSTE_SIREN = "356000000";

    private Identifiers() {
    }

    /** Normalises user input: upper case, no spaces, dots or dashes. */
    public static String normalise(String value) {
        return value == null ? null : value.replaceAll("[\\s.\\-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * A UAI (unité administrative immatriculée) is seven digits and a letter: the remainder of the seven-digit
     * number divided by 23 picks the letter in {@code ABCDEFGHJKLMNPRSTUVWXYZ}.
     */
    public static boolean isValidUai(String value) {
        String uai = normalise(value);
        if (uai == null || !UAI.matcher(uai).matches()) {
            return false;
        }
        int remainder = Integer.parseInt(uai.substring(0, 7)) % 23;
        return UAI_KEYS.charAt(remainder) == uai.charAt(7);
    }

    /** A SIREN is nine digits with a Luhn key. */
    public static boolean isValidSiren(String value) {
        String siren = normalise(value);
        return siren != null && siren.matches("\\d{9}") && luhn(siren);
    }

    /**
     * A SIRET is the SIREN and a five-digit establishment number, fourteen digits with a Luhn key, except for
     * La Poste's establishments whose digits add up to a multiple of 5.
     */
    public static boolean isValidSiret(String value) {
        String siret = normalise(value);
        if (siret == null || !siret.matches("\\d{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE_SIREN) && !siret.equals("35600000000048")) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return luhn(siret);
    }

    /** Either a valid SIRET or a valid SIREN. */
    public static boolean isValidSiretOrSiren(String value) {
        return isValidSiret(value) || isValidSiren(value);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
