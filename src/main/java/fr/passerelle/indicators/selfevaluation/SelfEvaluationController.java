package fr.passerelle.indicators.selfevaluation;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.indicators.Theme;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import fr.passerelle.territory.Territories;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the self-evaluation campaign: the campaigns (opened by the national administrator), the self-evaluations
 * of a campaign in the reader's scope, and a campus's self-evaluation with its workflow and its PDF. The service checks
 * who acts; refused forms come back with what was typed and each message on its field.
 */
@Controller
class SelfEvaluationController {

    private final SelfEvaluationService service;
    private final SelfEvaluationQueries queries;
    private final Territories territories;
    private final CurrentActor currentActor;
    private final Clock clock;

    SelfEvaluationController(SelfEvaluationService service, SelfEvaluationQueries queries, Territories territories, CurrentActor currentActor,
                             Clock clock) {
        this.service = service;
        this.queries = queries;
        this.territories = territories;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    // ---- Campaigns

    @GetMapping("/gestion/auto-evaluation")
    String campaigns(Model model) {
        Actor actor = currentActor.require();
        var list = service.campaigns(actor, queries);
        int next = Year.now(clock).getValue();
        while (true) {
            int candidate = next;
            if (list.stream().noneMatch(c -> c.year() == candidate)) {
                break;
            }
            next++;
        }
        return campaignsPage(model, actor, list, SelfEvaluationForms.CampaignForm.empty(next), FormErrors.NONE);
    }

    @PostMapping("/gestion/auto-evaluation")
    String open(@Valid @ModelAttribute("form") SelfEvaluationForms.CampaignForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        service.requireRunning(actor);
        return Outcomes.submit(errors, () -> {
            int year = form.yearValue();
            int count = service.openCampaign(actor, year, form.deadlines());
            flash.addFlashAttribute("success", "La campagne d’auto-évaluation " + year + " est ouverte : " + count + " campus labellisé(s) l’ont reçue.");
            return "redirect:/gestion/auto-evaluation/" + year;
        }, () -> campaignsPage(model, actor, service.campaigns(actor, queries), form, FormErrors.of(errors)));
    }

    private String campaignsPage(Model model, Actor actor, List<CampaignView> list, SelfEvaluationForms.CampaignForm form, FormErrors errors) {
        if (!service.runsCampaigns(actor)) {
            service.requireListing(actor);
        }
        model.addAttribute("campaigns", list);
        model.addAttribute("mayOpen", service.runsCampaigns(actor));
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        return "indicators/self-evaluation-campaigns";
    }

    @GetMapping("/gestion/auto-evaluation/{year}")
    String campaign(@PathVariable int year, @RequestParam(name = "statut", required = false) String status,
                    @RequestParam(name = "region", required = false) String region, @RequestParam(name = "academie", required = false) String academy,
                    @RequestParam(name = "page", required = false, defaultValue = "1") int page, Model model) {
        Actor actor = currentActor.require();
        CampaignView campaign = service.campaign(actor, year, queries);
        return campaignPage(model, actor, campaign, status, region, academy, page, SelfEvaluationForms.ExtensionForm.empty(campaign.version()),
                FormErrors.NONE);
    }

    @PostMapping("/gestion/auto-evaluation/{year}/prolongation")
    String extendCampaign(@PathVariable int year, @Valid @ModelAttribute("extension") SelfEvaluationForms.ExtensionForm form, BindingResult errors,
                          Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        service.requireRunning(actor);
        return Outcomes.submit(errors, () -> {
            Stage stage = form.stageValue();
            LocalDate until = form.untilValue();
            service.extendCampaign(actor, year, SelfEvaluationForms.version(form.version()), stage, until);
            flash.addFlashAttribute("success", "« " + stage.label() + " » : la date limite de la campagne est prolongée au "
                    + SelfEvaluationView.DAY.format(until) + ".");
            return "redirect:/gestion/auto-evaluation/" + year;
        }, () -> campaignPage(model, actor, service.campaign(actor, year, queries), null, null, null, 1, form, FormErrors.of(errors)));
    }

    @PostMapping("/gestion/auto-evaluation/{year}/ajout-campus")
    String addNewlyLabelled(@PathVariable int year, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/auto-evaluation/" + year, () -> service.addNewlyLabelled(actor, year),
                n -> n == 0 ? "Aucun campus labellisé n’était encore hors de la campagne." : n + " campus labellisé(s) ajouté(s) à la campagne.");
    }

    @PostMapping("/gestion/auto-evaluation/{year}/cloture")
    String close(@PathVariable int year, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/auto-evaluation/" + year, () -> service.closeCampaign(actor, year),
                "La campagne d’auto-évaluation " + year + " est close.");
    }

    private String campaignPage(Model model, Actor actor, CampaignView campaign, String status, String region, String academy, int page,
                                SelfEvaluationForms.ExtensionForm extension, FormErrors errors) {
        SelfEvaluationStatus statusFilter = Arrays.stream(SelfEvaluationStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        String regionFilter = territories.region(region == null ? "" : region).map(r -> r.code()).orElse(null);
        String academyFilter = territories.academy(academy == null ? "" : academy).map(a -> a.code()).orElse(null);
        var filter = new SelfEvaluationQueries.Filter(statusFilter, regionFilter, academyFilter, page);
        model.addAttribute("campaign", campaign);
        model.addAttribute("counts", queries.countsByStatus(actor, campaign.year()));
        model.addAttribute("results", queries.page(actor, campaign.year(), filter, LocalDate.now(clock)));
        model.addAttribute("statuses", SelfEvaluationStatus.values());
        model.addAttribute("statusFilter", statusFilter == null ? "" : statusFilter.name());
        model.addAttribute("regionFilter", regionFilter == null ? "" : regionFilter);
        model.addAttribute("academyFilter", academyFilter == null ? "" : academyFilter);
        model.addAttribute("regionOptions", territories.regions().stream().map(r -> new Option(r.code(), r.name())).toList());
        model.addAttribute("academyOptions", territories.academies().stream().map(a -> new Option(a.code(), a.name())).toList());
        model.addAttribute("regionNames", territories.regions().stream().collect(java.util.stream.Collectors.toMap(r -> r.code(), r -> r.name())));
        model.addAttribute("academyNames", territories.academies().stream().collect(java.util.stream.Collectors.toMap(a -> a.code(), a -> a.name())));
        model.addAttribute("mayRun", service.runsCampaigns(actor) && !campaign.closed());
        model.addAttribute("stageOptions", Arrays.stream(Stage.values()).map(st -> new Option(st.name(), st.label())).toList());
        model.addAttribute("extension", extension);
        model.addAttribute("formErrors", errors);
        return "indicators/self-evaluation-campaign";
    }

    // ---- A campus's self-evaluation

    @GetMapping("/gestion/campus/{id}/auto-evaluation")
    String ofCampus(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        var years = service.years(actor, id);
        model.addAttribute("campus", service.requireReadable(actor, id));
        model.addAttribute("years", years);
        return "indicators/self-evaluation-years";
    }

    @GetMapping("/gestion/campus/{id}/auto-evaluation/{year}")
    String page(@PathVariable UUID id, @PathVariable int year, Model model) {
        Actor actor = currentActor.require();
        SelfEvaluationView view = service.view(actor, id, year);
        return page(model, view, SelfEvaluationForms.AssessmentForm.of(view), SelfEvaluationForms.StepForm.empty(view.version()),
                SelfEvaluationForms.ExtensionForm.empty(view.version()), FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}/auto-evaluation/{year}")
    String draft(@PathVariable UUID id, @PathVariable int year, @Valid @ModelAttribute("form") SelfEvaluationForms.AssessmentForm form,
                 BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        service.requireDirector(actor, id);
        return Outcomes.submit(errors, () -> {
            service.draft(actor, id, year, SelfEvaluationForms.version(form.version()), form.toAssessments());
            flash.addFlashAttribute("success", "L’auto-évaluation est enregistrée.");
            return "redirect:/gestion/campus/" + id + "/auto-evaluation/" + year;
        }, () -> {
            SelfEvaluationView view = service.view(actor, id, year);
            return page(model, view, form, SelfEvaluationForms.StepForm.empty(view.version()), SelfEvaluationForms.ExtensionForm.empty(view.version()),
                    FormErrors.of(errors));
        });
    }

    @PostMapping("/gestion/campus/{id}/auto-evaluation/{year}/depot")
    String submit(@PathVariable UUID id, @PathVariable int year, @RequestParam(name = "version", required = false) String version,
                  RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/auto-evaluation/" + year,
                () -> service.submit(actor, id, year, SelfEvaluationForms.version(version)),
                "L’auto-évaluation est déposée : le référent académique en est informé.");
    }

    @PostMapping("/gestion/campus/{id}/auto-evaluation/{year}/transmission")
    String forward(@PathVariable UUID id, @PathVariable int year, @Valid @ModelAttribute("step") SelfEvaluationForms.StepForm form,
                   BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        service.requireReviewer(actor, id);
        return step(id, year, form, errors, model, flash, () -> service.forward(actor, id, year, SelfEvaluationForms.version(form.version()), form.comment()),
                "L’auto-évaluation est transmise à la région.");
    }

    @PostMapping("/gestion/campus/{id}/auto-evaluation/{year}/renvoi")
    String sendBack(@PathVariable UUID id, @PathVariable int year, @Valid @ModelAttribute("step") SelfEvaluationForms.StepForm form,
                    BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        service.requireSender(actor, id);
        return step(id, year, form, errors, model, flash, () -> service.sendBack(actor, id, year, SelfEvaluationForms.version(form.version()), form.comment()),
                "L’auto-évaluation est renvoyée à la direction avec votre commentaire.");
    }

    @PostMapping("/gestion/campus/{id}/auto-evaluation/{year}/validation")
    String validate(@PathVariable UUID id, @PathVariable int year, @Valid @ModelAttribute("step") SelfEvaluationForms.StepForm form,
                    BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        service.requireValidator(actor, id);
        return step(id, year, form, errors, model, flash, () -> service.validate(actor, id, year, SelfEvaluationForms.version(form.version()),
                form.committeeMetOnValue(), form.comment()), "La validation du comité stratégique régional est enregistrée.");
    }

    private String step(UUID id, int year, SelfEvaluationForms.StepForm form, BindingResult errors, Model model, RedirectAttributes flash, Runnable act,
                        String success) {
        Actor actor = currentActor.require();
        return Outcomes.submit(errors, () -> {
            act.run();
            flash.addFlashAttribute("success", success);
            return "redirect:/gestion/campus/" + id + "/auto-evaluation/" + year;
        }, () -> {
            SelfEvaluationView view = service.view(actor, id, year);
            return page(model, view, SelfEvaluationForms.AssessmentForm.of(view), form, SelfEvaluationForms.ExtensionForm.empty(view.version()),
                    FormErrors.of(errors));
        });
    }

    @PostMapping("/gestion/campus/{id}/auto-evaluation/{year}/lecture")
    String markRead(@PathVariable UUID id, @PathVariable int year, @RequestParam(name = "version", required = false) String version,
                    RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/auto-evaluation/" + year,
                () -> service.markRead(actor, id, year, SelfEvaluationForms.version(version)), "L’auto-évaluation est marquée comme lue.");
    }

    @PostMapping("/gestion/campus/{id}/auto-evaluation/{year}/prolongation")
    String extendForCampus(@PathVariable UUID id, @PathVariable int year, @Valid @ModelAttribute("extension") SelfEvaluationForms.ExtensionForm form,
                           BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        service.requireRunning(actor);
        service.requireReadable(actor, id);
        return Outcomes.submit(errors, () -> {
            Stage stage = form.stageValue();
            LocalDate until = form.untilValue();
            service.extendForCampus(actor, id, year, SelfEvaluationForms.version(form.version()), stage, until);
            flash.addFlashAttribute("success", "« " + stage.label() + " » : la date limite est prolongée au " + SelfEvaluationView.DAY.format(until)
                    + " pour ce campus.");
            return "redirect:/gestion/campus/" + id + "/auto-evaluation/" + year;
        }, () -> {
            SelfEvaluationView view = service.view(actor, id, year);
            return page(model, view, SelfEvaluationForms.AssessmentForm.of(view), SelfEvaluationForms.StepForm.empty(view.version()), form,
                    FormErrors.of(errors));
        });
    }

    @GetMapping("/gestion/campus/{id}/auto-evaluation/{year}/auto-evaluation.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable int year) {
        SelfEvaluationView view = service.view(currentActor.require(), id, year);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("auto-evaluation-" + view.campus().slug() + "-" + year + ".pdf").build().toString())
                .body(SelfEvaluationPdf.render(view, service.indicators(currentActor.require(), id, year)));
    }

    private String page(Model model, SelfEvaluationView view, SelfEvaluationForms.AssessmentForm form, SelfEvaluationForms.StepForm step,
                        SelfEvaluationForms.ExtensionForm extension, FormErrors errors) {
        model.addAttribute("campus", view.campus());
        model.addAttribute("view", view);
        model.addAttribute("indicators", service.indicators(currentActor.require(), view.campus().id(), view.campaign().year()));
        model.addAttribute("form", form);
        model.addAttribute("step", step);
        model.addAttribute("extension", extension);
        model.addAttribute("formErrors", errors);
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("themes", Theme.values());
        model.addAttribute("stageOptions", Arrays.stream(Stage.values()).map(st -> new Option(st.name(), st.label())).toList());
        model.addAttribute("plannable", view.may().draft() ? service.plannableActions(view.campus().id(), view.campaign().year()) : List.of());
        return "indicators/self-evaluation";
    }
}
