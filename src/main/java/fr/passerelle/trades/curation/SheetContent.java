package fr.passerelle.trades.curation;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Text;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Everything an owner writes on a trade sheet: the texts in French and in English ({@link SheetText#EMPTY} while not
 * translated), the pay range, the level required in the national framework of certifications (3 = CAP … 8 =
 * doctorate) and the ROME skills it highlights, by OGR code, in the order chosen.
 */
public record SheetContent(SheetText french, SheetText english, Pay pay, Integer requiredLevel, List<Integer> skills) {

    public static final int MIN_LEVEL = 3;
    public static final int MAX_LEVEL = 8;
    public static final int MAX_SKILLS = 20;

    public SheetContent {
        french = french == null ? SheetText.EMPTY : french;
        english = english == null ? SheetText.EMPTY : english;
        pay = pay == null ? Pay.UNKNOWN : pay;
        skills = skills == null ? List.of() : List.copyOf(new LinkedHashSet<>(skills));
    }

    /** A sheet just added to a selection: nothing written yet. */
    static SheetContent blank() {
        return new SheetContent(SheetText.EMPTY, SheetText.EMPTY, Pay.UNKNOWN, null, List.of());
    }

    public boolean translated() {
        return !english.isEmpty();
    }

    /**
     * The rules of a sheet's content, all problems at once: the French missions are written (they are what a sheet
     * says first), no part is too long, the pay ranges are ordered, the level is one of the framework, at most
     * {@link #MAX_SKILLS} skills. Whether each skill belongs to the fiche is the service's rule (it reads ROME).
     */
    SheetContent check() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (french.missions() == null) {
            problems.put("missionsFr", "Décrivez les missions en français : c’est ce que la fiche dit en premier.");
        }
        lengths(french, "Fr", problems);
        lengths(english, "En", problems);
        if (requiredLevel != null && (requiredLevel < MIN_LEVEL || requiredLevel > MAX_LEVEL)) {
            problems.put("requiredLevel", "Le niveau requis est un niveau du cadre national, de 3 (CAP) à 8 (doctorat).");
        }
        if (skills.size() > MAX_SKILLS) {
            problems.put("skills", "Mettez en avant au plus " + MAX_SKILLS + " compétences du ROME.");
        }
        try {
            pay.check();
        } catch (BusinessRuleException e) {
            e.problems().forEach(problems::putIfAbsent);
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems);
        }
        return this;
    }

    private static void lengths(SheetText text, String suffix, Map<String, String> problems) {
        String[] fields = {"missions", "functions", "nature", "environment", "knowHow", "softSkills", "prospects"};
        int i = 0;
        for (var part : text.parts().entrySet()) {
            if (Text.longerThan(part.getValue(), SheetText.MAX_LENGTH)) {
                problems.put(fields[i] + suffix, Text.tooLong("Le texte « " + part.getKey() + (suffix.equals("En") ? " » (anglais)" : " »"), part.getValue(),
                        SheetText.MAX_LENGTH));
            }
            i++;
        }
    }
}
