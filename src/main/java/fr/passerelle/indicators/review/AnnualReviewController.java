package fr.passerelle.indicators.review;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.indicators.AnnualReviews;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import fr.passerelle.territory.Territories;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
 * The pages of the annual review of a campus's actions: its reviews by year, one year's review with the director's
 * commentary and the workflow, its PDF, and the reviews of an académie's campuses for a year. The service checks who
 * acts; refused forms come back with what was typed and each message on its field.
 */
@Controller
class AnnualReviewController {

    private final AnnualReviewService service;
    private final AnnualReviewQueries queries;
    private final Territories territories;
    private final CurrentActor currentActor;
    private final Clock clock;

    AnnualReviewController(AnnualReviewService service, AnnualReviewQueries queries, Territories territories, CurrentActor currentActor, Clock clock) {
        this.service = service;
        this.queries = queries;
        this.territories = territories;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    static String path(UUID campusId, int year) {
        return "/gestion/campus/" + campusId + "/bilans/" + year;
    }

    @GetMapping("/gestion/campus/{id}/bilans")
    String years(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        model.addAttribute("campus", service.requireReadable(actor, id));
        model.addAttribute("years", service.years(actor, id));
        return "indicators/annual-review-years";
    }

    @GetMapping("/gestion/campus/{id}/bilans/{year}")
    String page(@PathVariable UUID id, @PathVariable int year, Model model) {
        AnnualReviewView view = service.view(currentActor.require(), id, year);
        return page(model, view, AnnualReviewForms.CommentaryForm.of(view), AnnualReviewForms.StepForm.empty(view.version()), null, FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}/bilans/{year}")
    String draft(@PathVariable UUID id, @PathVariable int year, @Valid @ModelAttribute("form") AnnualReviewForms.CommentaryForm form,
                 BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        service.requireWriter(actor, id);
        return Outcomes.submit(errors, () -> {
            service.draft(actor, id, year, AnnualReviewForms.version(form.version()), form.commentary());
            flash.addFlashAttribute("success", "Le commentaire du bilan est enregistré.");
            return "redirect:" + path(id, year);
        }, () -> {
            AnnualReviewView view = service.view(actor, id, year);
            return page(model, view, form, AnnualReviewForms.StepForm.empty(view.version()), null, FormErrors.of(errors));
        });
    }

    @PostMapping("/gestion/campus/{id}/bilans/{year}/depot")
    String submit(@PathVariable UUID id, @PathVariable int year, @RequestParam(name = "version", required = false) String version,
                  RedirectAttributes flash) {
        Actor actor = currentActor.require();
        service.requireWriter(actor, id);
        return Outcomes.redirect(flash, path(id, year), () -> service.submit(actor, id, year, AnnualReviewForms.version(version)),
                "Le bilan est déposé : ses chiffres sont figés et le référent académique en est informé.");
    }

    @PostMapping("/gestion/campus/{id}/bilans/{year}/prise-en-compte")
    String acknowledge(@PathVariable UUID id, @PathVariable int year, @Valid @ModelAttribute("step") AnnualReviewForms.StepForm form,
                       BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        service.requireReferent(actor, id);
        return step(id, year, form, errors, model, flash, "acknowledge",
                () -> service.acknowledge(actor, id, year, AnnualReviewForms.version(form.version()), form.comment()),
                "Le bilan est pris en compte : la direction en est informée.");
    }

    @PostMapping("/gestion/campus/{id}/bilans/{year}/renvoi")
    String sendBack(@PathVariable UUID id, @PathVariable int year, @Valid @ModelAttribute("step") AnnualReviewForms.StepForm form,
                    BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        service.requireReferent(actor, id);
        return step(id, year, form, errors, model, flash, "send-back",
                () -> service.sendBack(actor, id, year, AnnualReviewForms.version(form.version()), form.comment()),
                "Le bilan est renvoyé à la direction avec votre motif.");
    }

    private String step(UUID id, int year, AnnualReviewForms.StepForm form, BindingResult errors, Model model, RedirectAttributes flash,
                        String which, Runnable act, String success) {
        Actor actor = currentActor.require();
        return Outcomes.submit(errors, () -> {
            act.run();
            flash.addFlashAttribute("success", success);
            return "redirect:" + path(id, year);
        }, () -> {
            AnnualReviewView view = service.view(actor, id, year);
            return page(model, view, AnnualReviewForms.CommentaryForm.of(view), form, which, FormErrors.of(errors));
        });
    }

    @GetMapping("/gestion/campus/{id}/bilans/{year}/bilan.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable int year) {
        AnnualReviewView view = service.view(currentActor.require(), id, year);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bilan-annuel-" + view.campus().slug() + "-" + year + ".pdf").build().toString())
                .body(AnnualReviewPdf.render(view));
    }

    private String page(Model model, AnnualReviewView view, AnnualReviewForms.CommentaryForm form, AnnualReviewForms.StepForm step, String stepFailed,
                        FormErrors errors) {
        model.addAttribute("campus", view.campus());
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("step", step);
        model.addAttribute("stepFailed", stepFailed);
        model.addAttribute("formErrors", errors);
        model.addAttribute("sections", AnnualReviews.Section.values());
        return "indicators/annual-review";
    }

    // ---- The reviews of an académie

    @GetMapping("/gestion/bilans-annuels")
    String academy(@RequestParam(name = "annee", required = false) Integer year, @RequestParam(name = "academie", required = false) String academy,
                   @RequestParam(name = "statut", required = false) String status, @RequestParam(name = "page", required = false, defaultValue = "1") int page,
                   Model model) {
        Actor actor = currentActor.require();
        String academyCode = academy == null || academy.isBlank() ? (actor.isNationalAdmin() ? null : actor.academyCode())
                : territories.academy(academy).map(a -> a.code()).orElse(null);
        if (academyCode == null ? !actor.isNationalAdmin() : !AnnualReviewPermissions.canListAcademy(actor, academyCode)) {
            throw new AccessDeniedException("La liste des bilans annuels d’une académie est réservée à ses référents académiques et à "
                    + "l’administration nationale.");
        }
        int thisYear = LocalDate.now(clock).getYear();
        int shown = year == null || year < AnnualReviewService.FIRST_YEAR || year > thisYear ? thisYear - 1 : year;
        AnnualReviewStatus statusFilter = Arrays.stream(AnnualReviewStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        model.addAttribute("year", shown);
        model.addAttribute("years", java.util.stream.IntStream.iterate(thisYear, y -> y >= Math.max(AnnualReviewService.FIRST_YEAR, thisYear - 9), y -> y - 1)
                .boxed().toList());
        model.addAttribute("due", ReviewFormat.DAY.format(service.due(shown)));
        model.addAttribute("academyCode", academyCode == null ? "" : academyCode);
        model.addAttribute("academyName", academyCode == null ? null : territories.academyName(academyCode));
        model.addAttribute("academyOptions", actor.isNationalAdmin()
                ? territories.academies().stream().map(a -> new Option(a.code(), a.name())).toList() : java.util.List.of());
        model.addAttribute("statuses", AnnualReviewStatus.values());
        model.addAttribute("statusFilter", statusFilter == null ? "" : statusFilter.name());
        model.addAttribute("counts", queries.counts(academyCode, shown));
        model.addAttribute("results", queries.page(academyCode, shown, statusFilter, page));
        return "indicators/annual-review-academy";
    }
}
