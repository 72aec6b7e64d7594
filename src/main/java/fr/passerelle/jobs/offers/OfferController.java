package fr.passerelle.jobs.offers;

import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.jobs.JobOfferContract;
import fr.passerelle.jobs.JobOfferLevel;
import fr.passerelle.jobs.JobOfferWorkingTime;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import fr.passerelle.territory.Municipality;
import fr.passerelle.territory.Territories;
import fr.passerelle.trades.TradeSheet;
import fr.passerelle.trades.Trades;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The offers of the back office under {@code /gestion/offres}: the list (a recruiter's company's, a cluster staff's
 * members'), the form of a new offer, and one offer with its form, the skills it asks for, its publication, extension
 * and closing. Each act goes through {@link JobOfferService}, which checks the actor.
 */
@Controller
class OfferController {

    static final String BASE = "/gestion/offres";
    static final int PAGE_SIZE = 25;
    static final int SUGGESTIONS = 12;

    private final JobOfferService service;
    private final OfferQueries queries;
    private final Trades trades;
    private final Territories territories;
    private final AuditTrail audit;
    private final CurrentActor currentActor;

    OfferController(JobOfferService service, OfferQueries queries, Trades trades, Territories territories, AuditTrail audit,
                    CurrentActor currentActor) {
        this.service = service;
        this.queries = queries;
        this.trades = trades;
        this.territories = territories;
        this.audit = audit;
        this.currentActor = currentActor;
    }

    private Actor requireOffers() {
        Actor actor = currentActor.require();
        if (!OfferPermissions.hasOffers(actor)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (actor.role() == fr.passerelle.identity.Role.COMPANY_RECRUITER && service.companiesFor(actor).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return actor;
    }

    @GetMapping(BASE)
    String list(@RequestParam(name = "statut", required = false) String status, @RequestParam(name = "page", required = false) String page,
                Model model) {
        Actor actor = requireOffers();
        OfferStatus chosen = Arrays.stream(OfferStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        int number = page != null && page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        model.addAttribute("result", queries.of(actor, chosen, number, PAGE_SIZE));
        model.addAttribute("statusFilter", chosen == null ? "" : chosen.name());
        model.addAttribute("statusOptions", Arrays.stream(OfferStatus.values()).map(s -> new Option(s.name(), s.label())).toList());
        model.addAttribute("mayPost", !service.companiesFor(actor).isEmpty());
        return "jobs/offers/list";
    }

    @GetMapping(BASE + "/nouvelle")
    String newOffer(@ModelAttribute("form") OfferForm typed, @RequestParam(name = "appellationQuery", required = false) String jobTitleQuery,
                    Model model) {
        Actor actor = requireOffers();
        List<OrganisationSummary> companies = service.companiesFor(actor);
        if (companies.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        OfferForm form = typed.title() == null ? OfferForm.empty(companies.size() == 1 ? companies.get(0).id().toString() : "", "") : typed;
        return formPage(model, actor, form, FormErrors.NONE, jobTitleQuery, null);
    }

    @PostMapping(BASE)
    String create(@Valid @ModelAttribute("form") OfferForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = requireOffers();
        if (service.companiesFor(actor).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return Outcomes.submit(errors, () -> {
            UUID company = FrenchInput.id("company", form.company(), "Choisissez l’entreprise qui recrute.");
            UUID cluster = form.cluster() == null || form.cluster().isBlank() ? null
                    : FrenchInput.id("cluster", form.cluster(), "Choisissez le cluster.");
            if (cluster == null && service.postingClusters(actor, company).size() > 1) {
                throw new BusinessRuleException("cluster", "Choisissez le cluster par lequel l’offre est publiée : votre entreprise est membre de plusieurs.");
            }
            Municipality town = service.commune(form.commune());
            UUID id = service.draft(actor, company, cluster, form.details(town.code()));
            flash.addFlashAttribute("success", "L’offre est enregistrée en brouillon : choisissez les compétences demandées, puis publiez-la.");
            return "redirect:" + BASE + "/" + id;
        }, () -> formPage(model, actor, form, FormErrors.of(errors), null, null));
    }

    private String formPage(Model model, Actor actor, OfferForm form, FormErrors errors, String jobTitleQuery, OfferView offer) {
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("offer", offer);
        if (offer == null) {
            model.addAttribute("companyOptions", service.companiesFor(actor).stream()
                    .map(c -> new Option(c.id().toString(), c.displayName())).toList());
            UUID company = form.company() == null || !form.company().matches("[0-9a-fA-F-]{36}") ? null : UUID.fromString(form.company());
            model.addAttribute("clusterOptions", company == null ? List.of() : service.postingClusters(actor, company).stream()
                    .map(c -> new Option(c.id().toString(), c.displayName())).toList());
        }
        model.addAttribute("contractOptions", Arrays.stream(JobOfferContract.values()).map(c -> new Option(c.name(), c.label())).toList());
        model.addAttribute("workingTimeOptions", Arrays.stream(JobOfferWorkingTime.values()).map(c -> new Option(c.name(), c.label())).toList());
        model.addAttribute("levelOptions", Arrays.stream(JobOfferLevel.values()).map(c -> new Option(c.name(), c.label())).toList());
        String typed = jobTitleQuery == null ? "" : jobTitleQuery.strip();
        model.addAttribute("pickerField", "appellation");
        model.addAttribute("jobTitleQuery", typed);
        model.addAttribute("jobTitleChoices", typed.length() >= 2 ? trades.searchJobTitles(typed, SUGGESTIONS) : List.of());
        Integer ogr = form.jobTitleOgr();
        model.addAttribute("jobTitleSelected", ogr == null ? null : trades.jobTitle(ogr).orElse(null));
        return offer == null ? "jobs/offers/new" : "jobs/offers/offer";
    }

    @GetMapping(BASE + "/{id}")
    String offer(@PathVariable UUID id, @RequestParam(name = "appellationQuery", required = false) String jobTitleQuery, Model model) {
        Actor actor = requireOffers();
        JobOffer offer = service.managed(actor, id);
        return offerPage(model, actor, offer, OfferForm.of(offer, communeText(offer)), FormErrors.NONE, jobTitleQuery);
    }

    private String communeText(JobOffer offer) {
        return territories.municipality(offer.municipalityCode()).map(m -> m.name() + " (" + m.departmentCode() + ")")
                .orElse(offer.municipalityName());
    }

    private String offerPage(Model model, Actor actor, JobOffer offer, OfferForm form, FormErrors errors, String jobTitleQuery) {
        OfferView view = OfferView.of(offer);
        model.addAttribute("publicNow", offer.isPublicOn(service.today()));
        model.addAttribute("filledOptions", Arrays.stream(Filled.values()).map(f -> new Option(f.name(), f.label())).toList());
        model.addAttribute("history", audit.history(JobOfferService.AUDITED, offer.id()));
        Set<Integer> chosen = view.skills().stream().map(OfferView.SkillView::ogr).collect(Collectors.toSet());
        Set<Integer> required = view.skills().stream().filter(OfferView.SkillView::required).map(OfferView.SkillView::ogr).collect(Collectors.toSet());
        List<SkillChoice> skillChoices = new ArrayList<>();
        List<SkillChoice> knowledgeChoices = new ArrayList<>();
        TradeSheet sheet = trades.sheet(offer.tradeCode()).orElse(null);
        if (sheet != null) {
            for (TradeSheet.SkillDomain domain : sheet.skills()) {
                for (TradeSheet.MacroSkillGroup group : domain.macroSkills()) {
                    for (TradeSheet.SkillLine line : group.skills()) {
                        skillChoices.add(new SkillChoice(line.ogr(), line.label(), false, chosen.contains(line.ogr()), false));
                    }
                }
            }
            for (TradeSheet.KnowledgeGroup group : sheet.knowledge()) {
                for (TradeSheet.KnowledgeLine line : group.items()) {
                    knowledgeChoices.add(new SkillChoice(line.ogr(), line.label(), group.certifications(), chosen.contains(line.ogr()),
                            required.contains(line.ogr())));
                }
            }
        }
        model.addAttribute("skillChoices", skillChoices);
        model.addAttribute("knowledgeChoices", knowledgeChoices);
        return formPage(model, actor, form, errors, jobTitleQuery, view);
    }

    /** A skill or savoir of the offer's fiche, ticked when the offer asks for it; a certification may be required. */
    record SkillChoice(int ogr, String label, boolean certification, boolean chosen, boolean required) {
    }

    @PostMapping(BASE + "/{id}")
    String revise(@PathVariable UUID id, @Valid @ModelAttribute("form") OfferForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = requireOffers();
        JobOffer offer = service.managed(actor, id);
        return Outcomes.submit(errors, () -> {
            Municipality town = service.commune(form.commune());
            service.revise(actor, id, form.expectedVersion(), form.details(town.code()));
            flash.addFlashAttribute("success", "L’offre est enregistrée.");
            return "redirect:" + BASE + "/" + id;
        }, () -> offerPage(model, actor, offer, form, FormErrors.of(errors), null));
    }

    @PostMapping(BASE + "/{id}/competences")
    String askFor(@PathVariable UUID id, @RequestParam(name = "version", required = false) String version,
                  @RequestParam(name = "skills", required = false) List<String> skills,
                  @RequestParam(name = "knowledge", required = false) List<String> knowledge,
                  @RequestParam(name = "required", required = false) List<String> required, RedirectAttributes flash) {
        Actor actor = requireOffers();
        return Outcomes.redirect(flash, BASE + "/" + id + "#competences", () -> service.askFor(actor, id, version(version), codes(skills),
                codes(knowledge), codes(required)), "Les compétences demandées sont enregistrées.");
    }

    @PostMapping(BASE + "/{id}/publication")
    String publish(@PathVariable UUID id, @RequestParam(name = "version", required = false) String version, RedirectAttributes flash) {
        Actor actor = requireOffers();
        return Outcomes.redirect(flash, BASE + "/" + id, () -> service.publish(actor, id, version(version)),
                "L’offre est publiée sur le site des offres pour " + JobOffer.DEFAULT_DAYS + " jours.");
    }

    @PostMapping(BASE + "/{id}/prolongation")
    String extend(@PathVariable UUID id, @RequestParam(name = "version", required = false) String version,
                  @RequestParam(name = "days", required = false) String days, RedirectAttributes flash) {
        Actor actor = requireOffers();
        return Outcomes.redirect(flash, BASE + "/" + id, () -> service.extend(actor, id, version(version),
                days != null && days.strip().matches("\\d{1,3}") ? Integer.parseInt(days.strip()) : 0), "L’offre est prolongée.");
    }

    @PostMapping(BASE + "/{id}/cloture")
    String close(@PathVariable UUID id, @RequestParam(name = "version", required = false) String version,
                 @RequestParam(name = "filled", required = false) String filled, RedirectAttributes flash) {
        Actor actor = requireOffers();
        Filled how = Arrays.stream(Filled.values()).filter(f -> f.name().equals(filled)).findFirst().orElse(null);
        return Outcomes.redirect(flash, BASE + "/" + id, () -> service.close(actor, id, version(version), how),
                "L’offre est clôturée et retirée du site des offres.");
    }

    private static long version(String version) {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("Le formulaire est incomplet : rechargez la page.");
        }
    }

    private static List<Integer> codes(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && v.strip().matches("\\d{1,9}"))
                .map(v -> Integer.valueOf(v.strip())).distinct().toList();
    }
}
