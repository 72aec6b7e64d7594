package fr.passerelle.trades;

import fr.passerelle.trades.TradeSheet.MacroSkillGroup;
import fr.passerelle.trades.TradeSheet.SkillDomain;
import fr.passerelle.trades.TradeSheet.SkillLine;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Groups the savoir-faire of a fiche by their macro-skill, and the macro-skills by the domain their code encodes
 * ({@link MacroSkillCode}). A fiche names either a skill (grouped under its macro-skill) or a macro-skill itself.
 * Domains and macro-skills come in the order of their codes (those without a code last); skills at the core of the
 * trade first, then emerging ones, then the others, each in French alphabetical order.
 */
final class SkillTree {

    private static final Collator FRENCH = Collator.getInstance(Locale.FRENCH);

    /**
     * A savoir-faire as the fiche names it. For a macro-skill, {@code macroOgr}, {@code macroLabel} and {@code macroCode}
     * are its own; for a skill, its macro-skill's (null when ROME does not give it or it is unknown).
     */
    record Row(int ogr, String label, boolean macro, String subcategory, CoreFlag flag, Integer macroOgr,
               String macroLabel, String macroCode) {
    }

    private SkillTree() {
    }

    static List<SkillDomain> group(List<Row> rows) {
        Map<Integer, List<Row>> byMacro = new LinkedHashMap<>();
        List<Row> orphans = new ArrayList<>();
        for (Row row : rows) {
            Integer macro = row.macro() ? Integer.valueOf(row.ogr()) : row.macroOgr();
            if (macro == null) {
                orphans.add(row);
            } else {
                byMacro.computeIfAbsent(macro, k -> new ArrayList<>()).add(row);
            }
        }
        List<MacroSkillGroup> groups = new ArrayList<>();
        byMacro.forEach((ogr, members) -> {
            Row named = members.stream().filter(Row::macro).findFirst().orElse(null);
            Row any = named != null ? named : members.get(0);
            String label = named != null ? named.label() : any.macroLabel();
            String code = named != null ? Objects.requireNonNullElse(named.macroCode(), any.macroCode()) : any.macroCode();
            groups.add(new MacroSkillGroup(ogr, MacroSkillCode.parse(code).orElse(null),
                    label == null ? "Macro-compétence " + ogr : label, named != null,
                    named != null ? named.flag() : CoreFlag.NONE, lines(members.stream().filter(r -> !r.macro()).toList())));
        });
        if (!orphans.isEmpty()) {
            groups.add(new MacroSkillGroup(null, null, "Sans macro-compétence connue", false, CoreFlag.NONE, lines(orphans)));
        }
        Map<String, List<MacroSkillGroup>> byDomain = new TreeMap<>(Comparator.comparing((String d) -> d.isEmpty())
                .thenComparing(Comparator.naturalOrder()));
        for (MacroSkillGroup group : groups) {
            byDomain.computeIfAbsent(group.code() == null ? "" : group.code().domain(), k -> new ArrayList<>()).add(group);
        }
        List<SkillDomain> domains = new ArrayList<>();
        byDomain.forEach((domain, members) -> {
            members.sort(Comparator.comparing((MacroSkillGroup g) -> g.code() == null)
                    .thenComparing(g -> g.code() == null ? "" : g.code().value())
                    .thenComparing(MacroSkillGroup::label, FRENCH));
            domains.add(new SkillDomain(domain, List.copyOf(members)));
        });
        return domains;
    }

    private static List<SkillLine> lines(List<Row> rows) {
        return rows.stream()
                .sorted(Comparator.comparing((Row r) -> r.flag().ordinal()).thenComparing(Row::label, FRENCH))
                .map(r -> new SkillLine(r.ogr(), r.label(), r.subcategory(), r.flag()))
                .toList();
    }
}
