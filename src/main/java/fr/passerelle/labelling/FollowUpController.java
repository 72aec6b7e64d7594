package fr.passerelle.labelling;

import fr.passerelle.platform.Outcomes;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import fr.passerelle.directory.StoredFile;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The reviewers' follow-up of a dossier (tags, private notes), its message thread, its whole PDF and the statistics of a call. */
@Controller
class FollowUpController {

    private static final String BASE = "/gestion/labellisation/dossiers/";

    private final ApplicationQueries applications;
    private final ApplicationFollowUp followUp;
    private final ApplicationMessages messages;
    private final CallStatistics statistics;
    private final CurrentActor currentActor;
    private final fr.passerelle.labelling.deployment.DeploymentLinks deploymentLinks;
    private final fr.passerelle.campus.CampusRegistry registry;

    FollowUpController(ApplicationQueries applications, ApplicationFollowUp followUp, ApplicationMessages messages, CallStatistics statistics,
                       CurrentActor currentActor,
                       fr.passerelle.labelling.deployment.DeploymentLinks deploymentLinks, fr.passerelle.campus.CampusRegistry registry) {
        this.deploymentLinks = deploymentLinks;
        this.registry = registry;
        this.applications = applications;
        this.followUp = followUp;
        this.messages = messages;
        this.statistics = statistics;
        this.currentActor = currentActor;
    }

    // --- follow-up: tags and private notes ---------------------------------------------------------------------------

    @GetMapping(BASE + "{id}/suivi")
    String followUp(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        return followUpPage(model, actor, followUp.reviewable(actor, id), "", "", FormErrors.NONE);
    }

    /** A reviewers' tag, as typed. */
    record TagForm(String tag) {
    }

    /** A reviewers' private note, as typed. */
    record AnnotationForm(String annotation) {
    }

    @PostMapping(BASE + "{id}/suivi/etiquettes")
    String addTag(@PathVariable UUID id, @ModelAttribute TagForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ApplicationView dossier = followUp.reviewable(actor, id);
        return Outcomes.submit(errors, () -> {
            String added = followUp.addTag(actor, id, form.tag());
            flash.addFlashAttribute("success", "L’étiquette « " + added + " » est ajoutée.");
            return "redirect:" + BASE + id + "/suivi";
        }, () -> followUpPage(model, actor, dossier, form.tag(), "", FormErrors.of(errors)));
    }

    @PostMapping(BASE + "{id}/suivi/etiquettes/retrait")
    String removeTag(@PathVariable UUID id, @RequestParam(name = "tag", required = false) String tag, RedirectAttributes flash) {
        return Outcomes.redirect(flash, BASE + id + "/suivi", () -> followUp.removeTag(currentActor.require(), id, tag),
                "L’étiquette « " + tag + " » est retirée.");
    }

    @PostMapping(BASE + "{id}/suivi/notes")
    String annotate(@PathVariable UUID id, @ModelAttribute AnnotationForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ApplicationView dossier = followUp.reviewable(actor, id);
        return Outcomes.submit(errors, () -> {
            followUp.annotate(actor, id, form.annotation());
            flash.addFlashAttribute("success", "Votre note est enregistrée ; seuls les évaluateurs du dossier la lisent.");
            return "redirect:" + BASE + id + "/suivi#notes";
        }, () -> followUpPage(model, actor, dossier, "", form.annotation(), FormErrors.of(errors)));
    }

    @PostMapping(BASE + "{id}/suivi/notes/{annotationId}/retrait")
    String removeAnnotation(@PathVariable UUID id, @PathVariable UUID annotationId, RedirectAttributes flash) {
        return Outcomes.redirect(flash, BASE + id + "/suivi#notes", () -> followUp.removeAnnotation(currentActor.require(), id, annotationId),
                "La note est retirée.");
    }

    private String followUpPage(Model model, Actor actor, ApplicationView dossier, String tag, String annotation, FormErrors errors) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("tags", followUp.tags(dossier.id()));
        model.addAttribute("annotations", followUp.annotations(dossier.id()));
        model.addAttribute("assignments", applications.assignments(dossier.id()).stream().filter(ApplicationParts.Assignment::active).toList());
        model.addAttribute("messageCount", messages.thread(dossier.id()).size());
        model.addAttribute("actorId", actor.accountId());
        model.addAttribute("admin", actor.isNationalAdmin());
        model.addAttribute("tag", tag);
        model.addAttribute("annotation", annotation);
        model.addAttribute("formErrors", errors);
        model.addAttribute("maxTag", ApplicationFollowUp.MAX_TAG_LENGTH);
        return "labelling/follow-up";
    }

    // --- messages ------------------------------------------------------------------------------------------------------

    @GetMapping(BASE + "{id}/messages")
    String thread(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        return threadPage(model, actor, applications.readable(actor, id), "", FormErrors.NONE);
    }

    /** A message of the thread, as typed, with its file if any. */
    record MessageForm(String body, MultipartFile fichier) {
    }

    @PostMapping(BASE + "{id}/messages")
    String post(@PathVariable UUID id, @ModelAttribute MessageForm form, BindingResult errors, Model model, RedirectAttributes flash) throws IOException {
        MultipartFile file = form.fichier();
        Actor actor = currentActor.require();
        ApplicationView dossier = applications.readable(actor, id);
        byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
        return Outcomes.submit(errors, () -> {
            var message = messages.post(actor, id, form.body(), file == null ? null : file.getOriginalFilename(), content);
            flash.addFlashAttribute("success", message.hasFile() ? "Votre message et sa pièce « " + message.fileName() + " » sont envoyés."
                    : "Votre message est envoyé.");
            return "redirect:" + BASE + id + "/messages#message-" + message.id();
        }, () -> threadPage(model, actor, dossier, form.body(), FormErrors.of(errors)));
    }

    @GetMapping(BASE + "{id}/messages/{messageId}/piece")
    ResponseEntity<byte[]> messageFile(@PathVariable UUID id, @PathVariable UUID messageId) {
        applications.readable(currentActor.require(), id);
        StoredFile file = messages.file(id, messageId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return fr.passerelle.platform.Downloads.attachment(file.name(), file.contentType(), file.content());
    }

    private String threadPage(Model model, Actor actor, ApplicationView dossier, String body, FormErrors errors) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("thread", messages.thread(dossier.id()));
        model.addAttribute("side", ApplicationMessages.sideOf(actor, dossier));
        model.addAttribute("reviewer", followUp.isReviewer(actor, dossier.id()));
        model.addAttribute("body", body);
        model.addAttribute("formErrors", errors);
        return "labelling/messages";
    }

    // --- the whole dossier as a PDF ------------------------------------------------------------------------------------

    @GetMapping(BASE + "{id}/dossier.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        Actor actor = currentActor.require();
        ApplicationView dossier = applications.readableOrAdvised(actor, id);
        Map<Integer, java.util.List<ApplicationParts.Review>> reviews = new LinkedHashMap<>();
        if (actor.isNationalAdmin()) {
            for (int round = 1; round <= Math.max(1, dossier.round()); round++) {
                reviews.put(round, applications.reviews(id, round));
            }
        }
        byte[] pdf = ApplicationPdf.render(new ApplicationPdf.Contents(dossier, applications.versions(id), applications.attachments(id),
                applications.direction(id), applications.opinions(id), applications.exchanges(id), applications.decision(id).orElse(null),
                applications.steps(id), reviews,
                actor.displayName() + " (" + actor.role().label() + ")", applications.report(id).orElse(null),
                applications.report(id).filter(r -> r.purpose().annexed()).flatMap(r -> applications.annex(id)).orElse(null),
                dossier.campusId() != null && registry.canManage(actor, dossier.campusId())));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("dossier-" + ReviewBoard.fold(dossier.projectName()).replaceAll("[^a-z0-9]+", "-") + ".pdf").build().toString())
                .body(pdf);
    }

    // --- statistics ----------------------------------------------------------------------------------------------------

    @GetMapping("/gestion/labellisation/appels/{id}/statistiques")
    String statistics(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        model.addAttribute("figures", statistics.of(actor, id));
        model.addAttribute("deploymentPath", actor.isNationalAdmin() ? null : deploymentLinks.plansOf(actor, null).orElse(null));
        model.addAttribute("admin", actor.isNationalAdmin());
        return "labelling/statistics";
    }

}
