package fr.passerelle.jobs.cvbank;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.Downloads;
import fr.passerelle.platform.Spreadsheet;
import fr.passerelle.territory.Municipality;
import fr.passerelle.territory.Territories;
import fr.passerelle.trades.JobTitleChoice;
import fr.passerelle.trades.SkillPicker;
import fr.passerelle.trades.SkillSummary;
import fr.passerelle.trades.Trades;
import fr.passerelle.training.Diploma;
import fr.passerelle.training.Trainings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The CV bank's pages ({@code /gestion/cvtheque}): the search (htmx updates the results, the URL carries the criteria),
 * a profile, its CV file, the export of a search. {@link CvBank} checks the reader.
 */
@Controller
class CvBankController {

    static final String PATH = "/gestion/cvtheque";

    /** A result line named for the page. */
    record Line(UUID id, List<String> jobTitles, String place, Integer radiusKm, Integer level, java.time.LocalDate availableFrom,
                java.time.Instant updatedAt) {
    }

    private final CvBank bank;
    private final Trades trades;
    private final Trainings trainings;
    private final Territories territories;
    private final CurrentActor currentActor;

    CvBankController(CvBank bank, Trades trades, Trainings trainings, Territories territories, CurrentActor currentActor) {
        this.bank = bank;
        this.trades = trades;
        this.trainings = trainings;
        this.territories = territories;
        this.currentActor = currentActor;
    }

    @GetMapping(PATH)
    String search(@RequestParam(required = false) Integer jobTitle, @RequestParam(required = false) String jobTitleQuery,
                  @RequestParam(required = false) String trade, @RequestParam(required = false) Integer skill,
                  @RequestParam(required = false) String skillQuery, @RequestParam(required = false) String place,
                  @RequestParam(required = false) Integer km, @RequestParam(required = false) Integer level,
                  @RequestParam(defaultValue = "1") int page, @RequestHeader(name = "HX-Request", required = false) String htmx,
                  Model model) {
        Actor actor = currentActor.require();
        CvBankSearch search = new CvBankSearch(jobTitle, trade, skill, place, km, level, page);
        CvBank.Results results = bank.search(actor, search);
        model.addAttribute("search", search);
        model.addAttribute("results", results);
        model.addAttribute("lines", lines(results.page().rows()));
        model.addAttribute("query", search.parameters());
        model.addAttribute("tradeName", search.trade() == null ? null : trades.trade(search.trade()).map(t -> t.code() + " — " + t.label()).orElse(null));
        model.addAttribute("skillName", skill == null ? null : trades.skill(skill).map(SkillSummary::label).orElse(null));
        // The job-title picker of trades and the skill picker, with what was typed.
        model.addAttribute("jobTitleQuery", jobTitleQuery == null ? "" : jobTitleQuery);
        model.addAttribute("jobTitleChoices", jobTitleQuery == null || jobTitleQuery.strip().length() < 2 ? List.of()
                : trades.searchJobTitles(jobTitleQuery, 15));
        model.addAttribute("jobTitleSelected", results.resolved().jobTitle());
        List<SkillSummary> skillChoices = new ArrayList<>();
        trades.skill(skill == null ? -1 : skill).ifPresent(skillChoices::add);
        if (skillQuery != null && skillQuery.strip().length() >= 2) {
            trades.searchSkills(skillQuery, 15).stream().filter(s -> skill == null || s.ogr() != skill).forEach(skillChoices::add);
        }
        model.addAttribute("skillPicker", skillPicker(skillQuery, skillChoices));
        if (htmx != null) {
            return "jobs/cvbank/search :: results";
        }
        return "jobs/cvbank/search";
    }

    /** The skills matching what is typed, as the picker's radio buttons (htmx). */
    @GetMapping(PATH + "/competences")
    String skillChoices(@RequestParam(name = "skillQuery", required = false) String query, Model model) {
        bank.requireReader(currentActor.require());
        model.addAttribute("skillPicker", skillPicker(query, query == null || query.strip().length() < 2 ? List.of() : trades.searchSkills(query, 15)));
        return "trades/skill-picker :: results";
    }

    private static SkillPicker skillPicker(String query, List<SkillSummary> choices) {
        return new SkillPicker("skill", "skill", false, "Compétence du ROME", query, choices, PATH + "/competences", PATH, "get", null, null);
    }

    @GetMapping(PATH + "/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer jobTitle, @RequestParam(required = false) String trade,
                                  @RequestParam(required = false) Integer skill, @RequestParam(required = false) String place,
                                  @RequestParam(required = false) Integer km, @RequestParam(required = false) Integer level) {
        byte[] csv = bank.export(currentActor.require(), new CvBankSearch(jobTitle, trade, skill, place, km, level, 1));
        return Downloads.attachment("banque-de-cv.csv", Spreadsheet.CSV_MEDIA_TYPE, csv);
    }

    @GetMapping(PATH + "/{id}")
    String profile(@PathVariable UUID id, Model model) {
        CvBankQuery.Profile profile = bank.profile(currentActor.require(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("profile", profile);
        model.addAttribute("contact", bank.contact(profile).orElse(null));
        model.addAttribute("jobTitles", trades.jobTitles(profile.row().jobTitles()));
        model.addAttribute("skills", trades.skills(profile.row().skills()));
        model.addAttribute("knowledge", trades.knowledge(profile.knowledge()));
        model.addAttribute("diplomas", profile.diplomas().stream().map(trainings::diploma).flatMap(Optional::stream).toList());
        model.addAttribute("place", profile.row().municipalityCode() == null ? null
                : territories.municipality(profile.row().municipalityCode()).map(m -> m.name() + " (" + m.departmentCode() + ")").orElse(null));
        return "jobs/cvbank/profile";
    }

    @GetMapping(PATH + "/{id}/cv")
    ResponseEntity<byte[]> cv(@PathVariable UUID id) {
        byte[] content = bank.cv(currentActor.require(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Downloads.attachment("cv-" + id.toString().substring(0, 8) + ".pdf", "application/pdf", content);
    }

    private List<Line> lines(List<CvBankQuery.Row> rows) {
        Set<Integer> ogrs = new HashSet<>();
        Set<String> communes = new HashSet<>();
        rows.forEach(r -> {
            ogrs.addAll(r.jobTitles());
            if (r.municipalityCode() != null) {
                communes.add(r.municipalityCode());
            }
        });
        Map<Integer, String> titles = trades.jobTitles(ogrs).stream().collect(Collectors.toMap(JobTitleChoice::ogr, JobTitleChoice::label, (a, b) -> a));
        Map<String, Municipality> places = territories.municipalities(communes);
        return rows.stream().map(r -> new Line(r.id(), r.jobTitles().stream().map(titles::get).filter(t -> t != null).toList(),
                r.municipalityCode() == null || !places.containsKey(r.municipalityCode()) ? null
                        : places.get(r.municipalityCode()).name() + " (" + places.get(r.municipalityCode()).departmentCode() + ")",
                r.radiusKm(), r.highestLevel(), r.availableFrom(), r.updatedAt())).toList();
    }
}
