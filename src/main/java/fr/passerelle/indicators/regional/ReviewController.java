package fr.passerelle.indicators.regional;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.indicators.CommitteeAppreciation;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import jakarta.validation.Valid;
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
 * The pages of the regional strategic committee's yearly review: the years of a région's reviews, the review of a year
 * (campuses, appreciations, conclusion, validation of the indicators, reopening), the confirmation of the validation
 * and the PDF. The service checks who acts; refused forms come back with what was typed and each message on its field.
 */
@Controller
class ReviewController {

    private static final String BASE = "/gestion/regions/{region}/revues";
    private static final String YEAR = BASE + "/{year}";

    private final RegionalReviewService service;
    private final CurrentActor currentActor;

    ReviewController(RegionalReviewService service, CurrentActor currentActor) {
        this.service = service;
        this.currentActor = currentActor;
    }

    @GetMapping(BASE)
    String years(@PathVariable String region, Model model) {
        Actor actor = currentActor.require();
        var years = service.years(actor, region);
        model.addAttribute("region", service.requireReader(actor, region));
        model.addAttribute("years", years);
        return "indicators/regional/years";
    }

    @GetMapping(YEAR)
    String review(@PathVariable String region, @PathVariable int year, Model model) {
        ReviewView view = service.view(currentActor.require(), region, year);
        return page(model, view, null, null, FormErrors.NONE, null, null, null);
    }

    @PostMapping(YEAR + "/reunion")
    String holdAt(@PathVariable String region, @PathVariable int year, @Valid @ModelAttribute("meetingForm") ReviewForms.MeetingForm form,
                  BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        service.requireRecorder(actor, region);
        FormErrors.check(errors, form::meeting);
        return Outcomes.submit(errors, () -> {
            service.holdAt(actor, region, year, ReviewForms.optionalVersion(form.version()), form.meeting());
            flash.addFlashAttribute("success", "La réunion du comité où la revue est tenue est enregistrée.");
            return redirect(region, year, null);
        }, () -> page(model, service.view(actor, region, year), form, null, FormErrors.of(errors), null, null, null));
    }

    @PostMapping(YEAR + "/campus/{campusId}")
    String appreciate(@PathVariable String region, @PathVariable int year, @PathVariable UUID campusId,
                      @Valid @ModelAttribute("appreciationForm") ReviewForms.AppreciationForm form, BindingResult errors, Model model,
                      RedirectAttributes flash) {
        Actor actor = currentActor.require();
        service.requireRecorder(actor, region);
        FormErrors.check(errors, form::value);
        return Outcomes.submit(errors, () -> {
            service.appreciate(actor, region, year, campusId, ReviewForms.optionalVersion(form.version()), form.value(), form.comment(),
                    form.recommendations());
            flash.addFlashAttribute("success", "L’appréciation du comité est enregistrée.");
            return redirect(region, year, "campus-" + campusId);
        }, () -> page(model, service.view(actor, region, year), null, null, FormErrors.of(errors), campusId, form, null));
    }

    @PostMapping(YEAR + "/conclusion")
    String conclude(@PathVariable String region, @PathVariable int year, @Valid @ModelAttribute("conclusionForm") ReviewForms.ConclusionForm form,
                    BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        service.requireRecorder(actor, region);
        return Outcomes.submit(errors, () -> {
            service.conclude(actor, region, year, ReviewForms.version(form.version()), form.conclusion());
            flash.addFlashAttribute("success", "La conclusion du comité est enregistrée.");
            return redirect(region, year, "conclusion-title");
        }, () -> page(model, service.view(actor, region, year), null, form, FormErrors.of(errors), null, null, null));
    }

    @GetMapping(YEAR + "/validation")
    String confirmValidation(@PathVariable String region, @PathVariable int year, Model model) {
        Actor actor = currentActor.require();
        service.requireRecorder(actor, region);
        ReviewView view = service.view(actor, region, year);
        model.addAttribute("view", view);
        return "indicators/regional/validation";
    }

    @PostMapping(YEAR + "/validation")
    String validate(@PathVariable String region, @PathVariable int year, @RequestParam(name = "version", required = false) String version,
                    RedirectAttributes flash) {
        Actor actor = currentActor.require();
        service.requireRecorder(actor, region);
        return Outcomes.redirect(flash, "/gestion/regions/" + region + "/revues/" + year,
                () -> service.validate(actor, region, year, ReviewForms.version(version)),
                "Les indicateurs sont validés par le comité stratégique régional : la revue est close et les directions des campus en sont informées.");
    }

    @PostMapping(YEAR + "/reouverture")
    String reopen(@PathVariable String region, @PathVariable int year, @Valid @ModelAttribute("reopenForm") ReviewForms.ReopenForm form,
                  BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        service.requireRecorder(actor, region);
        return Outcomes.submit(errors, () -> {
            service.reopen(actor, region, year, ReviewForms.version(form.version()), form.reason());
            flash.addFlashAttribute("success", "La revue est rouverte pour correction ; la validation précédente est gardée.");
            return redirect(region, year, null);
        }, () -> page(model, service.view(actor, region, year), null, null, FormErrors.of(errors), null, null, form));
    }

    @GetMapping(YEAR + "/revue.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String region, @PathVariable int year) {
        ReviewView view = service.view(currentActor.require(), region, year);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("revue-comite-regional-" + view.region().code() + "-" + year + ".pdf").build().toString())
                .body(ReviewPdf.render(view));
    }

    private static String redirect(String region, int year, String anchor) {
        return "redirect:/gestion/regions/" + region + "/revues/" + year + (anchor == null ? "" : "#" + anchor);
    }

    private String page(Model model, ReviewView view, ReviewForms.MeetingForm meetingForm, ReviewForms.ConclusionForm conclusionForm,
                        FormErrors errors, UUID editedCampus, ReviewForms.AppreciationForm typed, ReviewForms.ReopenForm reopenForm) {
        model.addAttribute("view", view);
        model.addAttribute("meetingForm", meetingForm != null ? meetingForm : ReviewForms.MeetingForm.of(view));
        model.addAttribute("conclusionForm", conclusionForm != null ? conclusionForm : ReviewForms.ConclusionForm.of(view));
        model.addAttribute("reopenForm", reopenForm != null ? reopenForm : ReviewForms.ReopenForm.of(view));
        model.addAttribute("editedCampus", editedCampus);
        java.util.Map<UUID, ReviewForms.AppreciationForm> forms = new java.util.HashMap<>();
        view.campuses().forEach(c -> forms.put(c.campus().id(), c.campus().id().equals(editedCampus) && typed != null ? typed
                : ReviewForms.AppreciationForm.of(c.appreciation())));
        model.addAttribute("appreciationForms", forms);
        model.addAttribute("scale", CommitteeAppreciation.values());
        model.addAttribute("meetingOptions", view.meetings().stream().filter(m -> !m.cancelled())
                .map(m -> new Option(m.id().toString(), m.text() + (m.held() ? "" : " — à venir"))).toList());
        model.addAttribute("formErrors", errors);
        return "indicators/regional/review";
    }
}
