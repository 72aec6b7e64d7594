package fr.passerelle.indicators.catalogue;

import fr.passerelle.indicators.Breakdown;
import fr.passerelle.indicators.IndicatorDefinition;
import fr.passerelle.indicators.Period;
import fr.passerelle.indicators.Theme;
import fr.passerelle.indicators.Unit;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.FrenchInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An indicator as the national administration types it, kept as typed to show it again after a refusal. The code is
 * typed only when the indicator is added; a shipped indicator's form shows its fixed fields without sending them.
 */
record IndicatorForm(String version,
                     @Pattern(regexp = "^$|[A-Z][A-Z0-9_]{1,39}", message = "Le code s’écrit en majuscules, chiffres et « _ », de 2 à 40 caractères, "
                             + "en commençant par une lettre (ex. ALUMNI_NETWORK).") String code,
                     @NotBlank(message = "Le nom de l’indicateur est obligatoire.")
                     @Size(max = Catalogue.MAX_NAME, message = "Le nom fait 255 caractères au plus.") String name,
                     String theme,
                     @NotBlank(message = "La définition est obligatoire : ce que l’indicateur mesure.")
                     @Size(max = Catalogue.MAX_TEXT, message = "La définition fait 4000 caractères au plus.") String definition,
                     @Size(max = Catalogue.MAX_TEXT, message = "La formule fait 4000 caractères au plus.") String formula,
                     String unit, String period, String maskBelow, String isPublic, String optional, String breakdown) {

    IndicatorForm {
        version = nn(version);
        code = nn(code).strip();
        name = nn(name);
        theme = nn(theme);
        definition = nn(definition);
        formula = nn(formula);
        unit = nn(unit);
        period = nn(period);
        maskBelow = nn(maskBelow);
        isPublic = nn(isPublic);
        optional = nn(optional);
        breakdown = nn(breakdown);
    }

    static IndicatorForm empty() {
        return new IndicatorForm("0", "", "", "", "", "", Unit.COUNT.name(), Period.CALENDAR_YEAR.name(), "0", "true", "", "");
    }

    static IndicatorForm of(Indicator indicator) {
        IndicatorDefinition d = indicator.definition();
        return new IndicatorForm(Long.toString(indicator.version()), d.code(), d.name(), d.theme().name(), d.definition(), d.formula(),
                d.unit().name(), d.period().name(), Integer.toString(d.maskBelow()), Boolean.toString(d.isPublic()),
                d.optional() ? "true" : "", d.breakdown() == null ? "" : d.breakdown().name());
    }

    /** The version the form was opened on; -1 when missing, which the catalogue answers as a stale form. */
    long expectedVersion() {
        Integer read = FrenchInput.wholeNumber(null, version, 0, Integer.MAX_VALUE, "La version de la page");
        return read == null ? -1 : read;
    }

    /** The same typed values with another version (the one saved meanwhile, after a concurrent edit). */
    IndicatorForm withVersion(long newVersion) {
        return new IndicatorForm(Long.toString(newVersion), code, name, theme, definition, formula, unit, period, maskBelow, isPublic, optional,
                breakdown);
    }

    /** Reads the choices and the threshold; every problem at once, each on its field. */
    IndicatorDetails toDetails() {
        Map<String, String> problems = new LinkedHashMap<>();
        Theme readTheme = read(problems, () -> FrenchInput.choice("theme", theme, Theme.class, "Choisissez un thème de la liste."));
        Unit readUnit = read(problems, () -> FrenchInput.choice("unit", unit, Unit.class, "Choisissez une unité de la liste."));
        Period readPeriod = read(problems, () -> FrenchInput.choice("period", period, Period.class, "Choisissez une période de la liste."));
        Breakdown readBreakdown = read(problems, () -> FrenchInput.choice("breakdown", breakdown, Breakdown.class, "Choisissez un détail de la liste."));
        Integer mask = read(problems, () -> FrenchInput.wholeNumber("maskBelow", maskBelow, 0, 1000, "Le seuil de masquage"));
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems);
        }
        return new IndicatorDetails(code, name.strip(), readTheme, definition.strip(), formula.isBlank() ? null : formula.strip(), readUnit,
                readPeriod, mask == null ? 0 : mask, "true".equals(isPublic), "true".equals(optional), readBreakdown);
    }

    private static <T> T read(Map<String, String> problems, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (BusinessRuleException e) {
            e.problems().forEach(problems::putIfAbsent);
            return null;
        }
    }

    private static String nn(String value) {
        return value == null ? "" : value;
    }
}
