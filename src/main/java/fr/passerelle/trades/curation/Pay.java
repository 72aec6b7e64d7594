package fr.passerelle.trades.curation;

import fr.passerelle.platform.BusinessRuleException;

/**
 * The pay range of a trade as the owner knows it in its sector, gross monthly in euros, for a beginner and for an
 * experienced person; each bound may be left blank.
 */
public record Pay(Integer beginnerMin, Integer beginnerMax, Integer experiencedMin, Integer experiencedMax) {

    public static final Pay UNKNOWN = new Pay(null, null, null, null);

    /** Whether no amount is given. */
    public boolean isUnknown() {
        return beginnerMin == null && beginnerMax == null && experiencedMin == null && experiencedMax == null;
    }

    /** Refuses a range whose minimum exceeds its maximum, naming the form field at fault. */
    Pay check() {
        if (beginnerMin != null && beginnerMax != null && beginnerMin > beginnerMax) {
            throw new BusinessRuleException("payBeginnerMax", "Le salaire maximum d’un débutant ne peut être inférieur à son minimum.");
        }
        if (experiencedMin != null && experiencedMax != null && experiencedMin > experiencedMax) {
            throw new BusinessRuleException("payExperiencedMax", "Le salaire maximum d’une personne expérimentée ne peut être inférieur à son minimum.");
        }
        return this;
    }

    /** "1 800 – 2 100 €", "à partir de 1 800 €", "jusqu’à 2 100 €", or null; {@code english} writes it in English. */
    public static String range(Integer min, Integer max, boolean english) {
        if (min == null && max == null) {
            return null;
        }
        if (min != null && max != null) {
            return min.equals(max) ? euros(min, english) : euros(min, english) + " – " + euros(max, english);
        }
        if (min != null) {
            return (english ? "from " : "à partir de ") + euros(min, english);
        }
        return (english ? "up to " : "jusqu’à ") + euros(max, english);
    }

    public String beginner(boolean english) {
        return range(beginnerMin, beginnerMax, english);
    }

    public String experienced(boolean english) {
        return range(experiencedMin, experiencedMax, english);
    }

    private static String euros(int amount, boolean english) {
        String digits = String.format(java.util.Locale.ROOT, "%,d", amount);
        return english ? "€" + digits : digits.replace(',', '\u00a0') + " €";
    }
}
