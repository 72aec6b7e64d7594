package fr.passerelle.training.catalogue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The level of a training in the national framework of certifications (cadre national des certifications
 * professionnelles, décret n° 2019-14: levels 1 to 8; trainings are 3 to 8), read from what each file writes:
 * the BCN's NIVEAU_QUALIFICATION_RNCP ("04"; "00" when none), the RNCP's "niveau7", the Kit's "Niveau 6", ONISEP's
 * "niveau 5 (bac + 2)", or, failing all, the first digit of the BCN level code (the former levels V to I: 5xx is 3,
 * 4xx is 4, 3xx is 5, 2xx is 6, 1xx is 7) as migration V44 did. Null when nothing tells it.
 */
public final class NationalLevels {

    private static final Pattern LEVEL = Pattern.compile("(?i)niveau\\s*([1-8])\\b");

    private NationalLevels() {
    }

    /** "04" → 4, "00", "" or "NR" → null. */
    public static Integer fromBcnQualification(String code) {
        if (code == null || !code.strip().matches("0?[1-8]")) {
            return null;
        }
        return Integer.parseInt(code.strip());
    }

    /** "niveau7", "Niveau 6", "niveau 5 (bac + 2)" → 7, 6, 5; anything else → null. */
    public static Integer fromWording(String wording) {
        if (wording == null) {
            return null;
        }
        Matcher m = LEVEL.matcher(wording);
        return m.find() ? Integer.parseInt(m.group(1)) : null;
    }

    /** From the BCN level code (NIVEAU_FORMATION_DIPLOME) and short label, the rule of V44; null for other codes. */
    public static Integer fromBcnLevelCode(String levelCode, String shortLabel) {
        if (levelCode == null || levelCode.isEmpty()) {
            return null;
        }
        if (levelCode.equals("010") && shortLabel != null) {
            return shortLabel.startsWith("MC3") ? Integer.valueOf(3) : shortLabel.startsWith("MC4") ? Integer.valueOf(4) : null;
        }
        return switch (levelCode.charAt(0)) {
            case '5' -> 3;
            case '4' -> 4;
            case '3' -> 5;
            case '2' -> 6;
            case '1' -> 7;
            default -> null;
        };
    }

    /** The first level known among the candidates, in the order given. */
    public static Integer first(Integer... candidates) {
        for (Integer level : candidates) {
            if (level != null) {
                return level;
            }
        }
        return null;
    }
}
