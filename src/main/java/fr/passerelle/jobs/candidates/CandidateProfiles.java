package fr.passerelle.jobs.candidates;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Times;
import fr.passerelle.territory.Municipality;
import fr.passerelle.territory.Territories;
import fr.passerelle.trades.JobTitleChoice;
import fr.passerelle.trades.KnowledgeSummary;
import fr.passerelle.trades.SkillSummary;
import fr.passerelle.trades.TradeSheet;
import fr.passerelle.trades.Trades;
import fr.passerelle.training.Diploma;
import fr.passerelle.training.Trainings;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A profile as people read it: the codes it stores named through the trades, training and territory APIs; and what the
 * form typed turned into the profile's details (the commune typed resolved to one commune).
 */
@Component
class CandidateProfiles {

    /** A savoir offered to tick, marked when it is a certification or a licence. */
    record KnowledgeOption(int ogr, String label, boolean certification, String source) {
    }

    /** The profile named for the page, the export and the PDF. */
    record View(List<JobTitleChoice> jobTitles, List<SkillSummary> skills, List<KnowledgeSummary> knowledge, List<Diploma> diplomas,
                Municipality mobility, Integer radiusKm, LocalDate availableFrom, List<Candidate.Experience> experiences,
                LocalDate lapsesOn, boolean active, long version) {

        public String mobilityText() {
            return mobility == null ? null : mobility.name() + " (" + mobility.departmentCode() + ")";
        }
    }

    private final Trades trades;
    private final Trainings trainings;
    private final Territories territories;
    private final Clock clock;

    CandidateProfiles(Trades trades, Trainings trainings, Territories territories, Clock clock) {
        this.trades = trades;
        this.trainings = trainings;
        this.territories = territories;
        this.clock = clock;
    }

    View view(Candidate candidate) {
        var zone = Times.current().zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return new View(trades.jobTitles(candidate.jobTitles()), trades.skills(candidate.skills()), trades.knowledge(candidate.knowledge()),
                diplomas(candidate.diplomas()),
                candidate.mobilityMunicipality() == null ? null : territories.municipality(candidate.mobilityMunicipality()).orElse(null),
                candidate.mobilityRadiusKm(), candidate.availableFrom(), candidate.experiences(), candidate.lapsesOn(zone),
                candidate.activeOn(today, zone), candidate.version());
    }

    List<Diploma> diplomas(List<String> codes) {
        return codes.stream().map(trainings::diploma).flatMap(Optional::stream).toList();
    }

    List<JobTitleChoice> jobTitles(List<Integer> ogrs) {
        return trades.jobTitles(ogrs);
    }

    List<JobTitleChoice> searchJobTitles(String text) {
        return text == null || text.strip().length() < 2 ? List.of() : trades.searchJobTitles(text, 15);
    }

    List<SkillSummary> skills(List<Integer> ogrs) {
        return trades.skills(ogrs);
    }

    List<SkillSummary> searchSkills(String text) {
        return text == null || text.strip().length() < 2 ? List.of() : trades.searchSkills(text, 15);
    }

    List<Diploma> searchDiplomas(String text) {
        return text == null || text.strip().length() < 2 ? List.of() : trainings.searchDiplomas(text, 15);
    }

    /**
     * The savoirs to tick: those of the fiches of the job titles sought (certifications and licences marked), then those
     * kept that no fiche offers any more.
     */
    List<KnowledgeOption> knowledgeOptions(List<Integer> jobTitleOgrs, List<Integer> kept) {
        Map<Integer, KnowledgeOption> options = new LinkedHashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        trades.jobTitles(jobTitleOgrs).forEach(j -> codes.add(j.tradeCode()));
        for (String code : codes) {
            trades.sheet(code).ifPresent(sheet -> {
                for (TradeSheet.KnowledgeGroup group : sheet.knowledge()) {
                    for (TradeSheet.KnowledgeLine line : group.items()) {
                        options.putIfAbsent(line.ogr(), new KnowledgeOption(line.ogr(), line.label(), group.certifications(),
                                sheet.code() + " — " + sheet.label()));
                    }
                }
            });
        }
        List<KnowledgeOption> all = new ArrayList<>(options.values());
        trades.knowledge(kept.stream().filter(k -> !options.containsKey(k)).toList())
                .forEach(k -> all.add(new KnowledgeOption(k.ogr(), k.label(), k.certification(), null)));
        return all;
    }

    /** What the form typed, as the profile's details: codes checked against the references, the commune resolved. */
    Candidate.Details details(CandidateForms.ProfileForm form) {
        List<Integer> jobTitles = form.allJobTitles();
        if (trades.jobTitles(jobTitles).size() != jobTitles.size()) {
            throw new BusinessRuleException("addJobTitle", "Un des métiers choisis n'est pas une appellation du ROME : choisissez-le dans la liste.");
        }
        List<Integer> skills = form.allSkills();
        if (trades.skills(skills).size() != skills.size()) {
            throw new BusinessRuleException("addSkill", "Une des compétences choisies n'est pas du ROME : choisissez-la dans la liste.");
        }
        if (trades.knowledge(form.knowledge()).size() != form.knowledge().size()) {
            throw new BusinessRuleException("knowledge", "Un des savoirs choisis n'est pas du ROME : cochez-les dans la liste.");
        }
        List<String> diplomas = form.allDiplomas();
        if (diplomas(diplomas).size() != diplomas.size()) {
            throw new BusinessRuleException("addDiploma", "Un des diplômes choisis n'est pas au catalogue : choisissez-le dans la liste.");
        }
        String commune = null;
        if (form.commune() != null && !form.commune().isBlank()) {
            List<Municipality> found = territories.locate(form.commune(), 5);
            if (found.isEmpty()) {
                throw new BusinessRuleException("commune", "Aucune commune ne correspond à « " + form.commune().strip()
                        + " » : saisissez son nom, son code postal ou son code INSEE.");
            }
            if (found.size() > 1) {
                throw new BusinessRuleException("commune", "Plusieurs communes correspondent à « " + form.commune().strip()
                        + " » : précisez le département entre parenthèses, par exemple « " + found.get(0).name() + " ("
                        + found.get(0).departmentCode() + ") ».");
            }
            commune = found.get(0).code();
        }
        return new Candidate.Details(jobTitles, skills, form.knowledge(), diplomas, commune, form.radius(), form.availability());
    }
}
