package fr.passerelle.trades;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything ROME says of a fiche métier, in the current release, shaped for its public sheet: identity and tags,
 * definition and access, job titles, skills grouped by the tree of their macro-skills, savoir-être professionnels,
 * savoirs by category (certifications and licences apart), work contexts by type, neighbouring trades (mobility),
 * sectors of activity, NAF sectors, themes and centres of interest.
 */
public record TradeSheet(int releaseVersion, String code, String label, String parentCode,
                         String grandDomainCode, String grandDomainLabel, String domainCode, String domainLabel,
                         Tags tags, Riasec riasec, List<String> definition, List<String> access,
                         List<JobTitleChoice> jobTitles, List<SkillDomain> skills, List<SoftSkill> softSkills,
                         List<KnowledgeGroup> knowledge, List<WorkContextGroup> workContexts,
                         List<TradeSummary> neighbours, List<SectorLine> sectors, List<String> nafSectors,
                         List<String> themes, List<String> interests) {

    public TradeSummary summary() {
        return new TradeSummary(code, label, parentCode, domainCode);
    }

    /** The principal job title first, the rarely used ones last. */
    public List<JobTitleChoice> usualJobTitles() {
        return jobTitles.stream().filter(j -> !j.rarelyUsed()).toList();
    }

    public List<JobTitleChoice> rarelyUsedJobTitles() {
        return jobTitles.stream().filter(JobTitleChoice::rarelyUsed).toList();
    }

    /** How many savoir-faire the fiche names: its skills, and the macro-skills it names itself. */
    public int skillCount() {
        return skills.stream().flatMap(d -> d.macroSkills().stream()).mapToInt(m -> m.skills().size() + (m.named() ? 1 : 0)).sum();
    }

    /** The tags the sheet shows, ecological-transition kind first ("Emploi blanc" is not shown). */
    public record Tags(EcologicalTransition ecological, boolean digital, boolean demographic, boolean regulated,
                       boolean executive) {

        public List<String> labels() {
            List<String> labels = new ArrayList<>();
            if (ecological != null && ecological.shown()) {
                labels.add(ecological.label());
            }
            if (digital) {
                labels.add(TradeTag.DIGITAL.label());
            }
            if (demographic) {
                labels.add(TradeTag.DEMOGRAPHIC.label());
            }
            if (regulated) {
                labels.add(TradeTag.REGULATED.label());
            }
            if (executive) {
                labels.add(TradeTag.EXECUTIVE.label());
            }
            return labels;
        }
    }

    /** The RIASEC profile (Holland codes) of the fiche: a major letter and, sometimes, a minor one. */
    public record Riasec(String major, String minor) {

        public String majorLabel() {
            return label(major);
        }

        public String minorLabel() {
            return label(minor);
        }

        /** R Réaliste, I Investigateur, A Artistique, S Social, E Entreprenant, C Conventionnel. */
        public static String label(String letter) {
            if (letter == null) {
                return null;
            }
            return switch (letter) {
                case "R" -> "Réaliste";
                case "I" -> "Investigateur";
                case "A" -> "Artistique";
                case "S" -> "Social";
                case "E" -> "Entreprenant";
                case "C" -> "Conventionnel";
                default -> letter;
            };
        }
    }

    /** The savoir-faire of one domain of the tree (the first character of the macro-skill codes; "" when unknown). */
    public record SkillDomain(String code, List<MacroSkillGroup> macroSkills) {
    }

    /**
     * A macro-skill and the skills of the fiche under it. {@code named} when the fiche names the macro-skill itself
     * (then {@code flag} is its own); {@code code} is null when ROME gives the macro-skill no code, {@code ogr} null
     * for the skills whose macro-skill is unknown.
     */
    public record MacroSkillGroup(Integer ogr, MacroSkillCode code, String label, boolean named, CoreFlag flag,
                                  List<SkillLine> skills) {
    }

    public record SkillLine(int ogr, String label, String subcategory, CoreFlag flag) {
    }

    public record SoftSkill(int ogr, String label, String definition, CoreFlag flag) {
    }

    /** The savoirs of one category; {@code certifications} for "Certifications et habilitations". */
    public record KnowledgeGroup(String category, boolean certifications, List<KnowledgeLine> items) {
    }

    public record KnowledgeLine(int ogr, String label, String subcategory, CoreFlag flag) {
    }

    public record WorkContextGroup(String type, List<WorkContextLine> items) {
    }

    public record WorkContextLine(int ogr, String label, CoreFlag flag) {
    }

    /** A sector of activity of the fiche, with its parent sector when it is a sub-sector. */
    public record SectorLine(String code, String label, String parentLabel, boolean principal) {
    }
}
