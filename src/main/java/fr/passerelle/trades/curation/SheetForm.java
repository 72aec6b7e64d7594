package fr.passerelle.trades.curation;

import fr.passerelle.platform.FrenchInput;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The form of a curated sheet, as typed: the French and English texts (one tab each), the pay range in whole euros,
 * the required level, the ROME skills ticked, and the version the form was opened on.
 */
record SheetForm(
        @Size(max = 4000, message = "Les missions comptent 4 000 caractères au plus.") String missionsFr,
        @Size(max = 4000, message = "Les fonctions comptent 4 000 caractères au plus.") String functionsFr,
        @Size(max = 4000, message = "La nature du poste compte 4 000 caractères au plus.") String natureFr,
        @Size(max = 4000, message = "L’environnement de travail compte 4 000 caractères au plus.") String environmentFr,
        @Size(max = 4000, message = "Les savoir-faire comptent 4 000 caractères au plus.") String knowHowFr,
        @Size(max = 4000, message = "Les savoir-être comptent 4 000 caractères au plus.") String softSkillsFr,
        @Size(max = 4000, message = "Les perspectives comptent 4 000 caractères au plus.") String prospectsFr,
        @Size(max = 4000, message = "Les missions (anglais) comptent 4 000 caractères au plus.") String missionsEn,
        @Size(max = 4000, message = "Les fonctions (anglais) comptent 4 000 caractères au plus.") String functionsEn,
        @Size(max = 4000, message = "La nature du poste (anglais) compte 4 000 caractères au plus.") String natureEn,
        @Size(max = 4000, message = "L’environnement de travail (anglais) compte 4 000 caractères au plus.") String environmentEn,
        @Size(max = 4000, message = "Les savoir-faire (anglais) comptent 4 000 caractères au plus.") String knowHowEn,
        @Size(max = 4000, message = "Les savoir-être (anglais) comptent 4 000 caractères au plus.") String softSkillsEn,
        @Size(max = 4000, message = "Les perspectives (anglais) comptent 4 000 caractères au plus.") String prospectsEn,
        @Pattern(regexp = PAY, message = "Le salaire s’écrit en euros, sans centimes, par exemple 1850.") String payBeginnerMin,
        @Pattern(regexp = PAY, message = "Le salaire s’écrit en euros, sans centimes, par exemple 2100.") String payBeginnerMax,
        @Pattern(regexp = PAY, message = "Le salaire s’écrit en euros, sans centimes, par exemple 2300.") String payExperiencedMin,
        @Pattern(regexp = PAY, message = "Le salaire s’écrit en euros, sans centimes, par exemple 3000.") String payExperiencedMax,
        @Pattern(regexp = "\\s*([3-8])?\\s*", message = "Choisissez un niveau de 3 (CAP) à 8 (doctorat).") String requiredLevel,
        List<String> skills,
        long version) {

    static final String PAY = "\\s*(\\d{1,3}(\\s?\\d{3})*|\\d{1,6})?\\s*";

    static SheetForm of(SheetContent c, long version) {
        SheetText fr = c.french();
        SheetText en = c.english();
        return new SheetForm(fr.missions(), fr.functions(), fr.nature(), fr.environment(), fr.knowHow(), fr.softSkills(), fr.prospects(),
                en.missions(), en.functions(), en.nature(), en.environment(), en.knowHow(), en.softSkills(), en.prospects(),
                amount(c.pay().beginnerMin()), amount(c.pay().beginnerMax()), amount(c.pay().experiencedMin()), amount(c.pay().experiencedMax()),
                c.requiredLevel() == null ? "" : c.requiredLevel().toString(), c.skills().stream().map(String::valueOf).toList(), version);
    }

    /** The content once the form is valid; the rules of a sheet ({@link SheetContent#check()}) are the aggregate's. */
    SheetContent toContent() {
        List<Integer> ogrs = new ArrayList<>();
        if (skills != null) {
            for (String skill : skills) {
                ogrs.add(FrenchInput.wholeNumber("skills", skill, 1, Integer.MAX_VALUE, "La compétence"));
            }
        }
        return new SheetContent(
                new SheetText(missionsFr, functionsFr, natureFr, environmentFr, knowHowFr, softSkillsFr, prospectsFr),
                new SheetText(missionsEn, functionsEn, natureEn, environmentEn, knowHowEn, softSkillsEn, prospectsEn),
                new Pay(euros("payBeginnerMin", payBeginnerMin), euros("payBeginnerMax", payBeginnerMax),
                        euros("payExperiencedMin", payExperiencedMin), euros("payExperiencedMax", payExperiencedMax)),
                FrenchInput.wholeNumber("requiredLevel", requiredLevel, SheetContent.MIN_LEVEL, SheetContent.MAX_LEVEL, "Le niveau requis"),
                ogrs);
    }

    private static Integer euros(String field, String text) {
        return FrenchInput.wholeNumber(field, text == null ? null : text.replaceAll("\\s", ""), 0, 999_999, "Le salaire");
    }

    private static String amount(Integer value) {
        return value == null ? "" : value.toString();
    }
}
