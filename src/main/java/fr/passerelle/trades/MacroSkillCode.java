package fr.passerelle.trades;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code of a macro-skill, which encodes its place in ROME's tree of skills: domain (1) → stake (1C) → objective
 * (1C1) → macro-skill (1C101). ROME publishes the code only: the labels of the upper levels are not in its files.
 */
public record MacroSkillCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9][A-Z][0-9]{3}");

    public MacroSkillCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a macro-skill code: " + value);
        }
    }

    /** The code, when it has the shape of one (digit, letter, three digits); empty otherwise. */
    public static Optional<MacroSkillCode> parse(String value) {
        String code = value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT);
        return SHAPE.matcher(code).matches() ? Optional.of(new MacroSkillCode(code)) : Optional.empty();
    }

    /** The domain of skills: "1". */
    public String domain() {
        return value.substring(0, 1);
    }

    /** The stake (enjeu): "1C". */
    public String stake() {
        return value.substring(0, 2);
    }

    /** The objective: "1C1". */
    public String objective() {
        return value.substring(0, 3);
    }
}
