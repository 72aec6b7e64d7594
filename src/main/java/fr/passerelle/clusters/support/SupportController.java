package fr.passerelle.clusters.support;

import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.SupportEventKind;
import fr.passerelle.clusters.support.SupportForms.AnswerForm;
import fr.passerelle.clusters.support.SupportForms.EventForm;
import fr.passerelle.clusters.support.SupportForms.PartnerForm;
import fr.passerelle.clusters.support.SupportForms.RegistrationForm;
import fr.passerelle.clusters.support.SupportViews.EventPage;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import fr.passerelle.platform.Times;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
 * The HR support pages of a cluster ({@code /gestion/clusters/{id}/accompagnement}): its calendar of events by month,
 * each event's page (registration with the charter, participants, attendance, satisfaction), the staff's forms; the
 * iCal files of an event and of the cluster's feed (its secret link).
 */
@Controller
class SupportController {

    static final int PAGE_SIZE = 20;
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final SupportEvents events;
    private final Directory directory;
    private final CurrentActor currentActor;

    SupportController(SupportEvents events, Directory directory, CurrentActor currentActor) {
        this.events = events;
        this.directory = directory;
        this.currentActor = currentActor;
    }

    static String base(UUID clusterId) {
        return "/gestion/clusters/" + clusterId + "/accompagnement";
    }

    @GetMapping("/gestion/clusters/{id}/accompagnement")
    String calendar(@PathVariable UUID id, @RequestParam(name = "mois", required = false) String month,
                    @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        Actor actor = currentActor.require();
        ClusterCard cluster = events.readable(actor, id);
        YearMonth shown = month(month).orElse(YearMonth.from(events.now()));
        model.addAttribute("cluster", cluster);
        model.addAttribute("month", shown.toString());
        model.addAttribute("monthLabel", Times.current().format(shown, "MMMM yyyy"));
        model.addAttribute("previousMonth", shown.minusMonths(1).toString());
        model.addAttribute("nextMonth", shown.plusMonths(1).toString());
        model.addAttribute("events", events.calendar(actor, id, shown, page, PAGE_SIZE));
        model.addAttribute("manages", events.manages(actor, id));
        model.addAttribute("feedToken", events.feedToken(actor, id).orElse(null));
        return "clusters/support/calendar";
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/agenda")
    String issueFeed(@PathVariable UUID id, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, base(id) + "#agenda", () -> events.issueFeed(actor, id),
                token -> "Le lien d'abonnement est créé ; l'ancien, s'il y en avait un, ne fonctionne plus.");
    }

    /** The feed of a cluster's events: no login, the secret token is the key. */
    @GetMapping("/clusters/accompagnement/agenda/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return events.feed(token).map(ics -> ResponseEntity.ok().contentType(CALENDAR).body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/gestion/clusters/{id}/accompagnement/evenements/nouveau")
    String newEvent(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        return eventForm(model, events.managed(actor, id), null, EventForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/evenements")
    String planEvent(@PathVariable UUID id, @Valid @ModelAttribute("eventForm") EventForm form, BindingResult errors, Model model,
                     RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ClusterCard cluster = events.managed(actor, id);
        FormErrors.check(errors, form::details);
        return Outcomes.submit(errors, () -> {
            UUID event = events.planEvent(actor, id, form.details());
            flash.addFlashAttribute("success", "L'événement « " + form.title().strip() + " » est planifié.");
            return "redirect:" + base(id) + "/evenements/" + event;
        }, () -> eventForm(model, cluster, null, form, FormErrors.of(errors)));
    }

    @GetMapping("/gestion/clusters/{id}/accompagnement/evenements/{eventId}/modifier")
    String editEvent(@PathVariable UUID id, @PathVariable UUID eventId, Model model) {
        Actor actor = currentActor.require();
        var event = events.editable(actor, id, eventId);
        return eventForm(model, events.managed(actor, id), eventId, EventForm.of(event), FormErrors.NONE);
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/evenements/{eventId}")
    String changeEvent(@PathVariable UUID id, @PathVariable UUID eventId, @Valid @ModelAttribute("eventForm") EventForm form,
                       BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        events.editable(actor, id, eventId);
        ClusterCard cluster = events.managed(actor, id);
        FormErrors.check(errors, form::details);
        return Outcomes.submit(errors, () -> {
            events.changeEvent(actor, eventId, form.version(), form.details());
            flash.addFlashAttribute("success", "L'événement est modifié.");
            return "redirect:" + base(id) + "/evenements/" + eventId;
        }, () -> eventForm(model, cluster, eventId, form, FormErrors.of(errors)));
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/evenements/{eventId}/annulation")
    String cancelEvent(@PathVariable UUID id, @PathVariable UUID eventId, @RequestParam(name = "version") long version,
                       @RequestParam(name = "reason", required = false) String reason, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        events.editable(actor, id, eventId);
        return Outcomes.redirect(flash, base(id) + "/evenements/" + eventId, () -> events.cancelEvent(actor, eventId, version, reason),
                "L'événement est annulé ; les personnes inscrites en sont averties par e-mail.");
    }

    @GetMapping("/gestion/clusters/{id}/accompagnement/evenements/{eventId}")
    String event(@PathVariable UUID id, @PathVariable UUID eventId, Model model) {
        Actor actor = currentActor.require();
        EventPage page = events.page(actor, id, eventId);
        RegistrationForm registration = page.manages() ? new RegistrationForm("", "", "", false)
                : new RegistrationForm(actor.organisationId() == null ? "" : actor.organisationId().toString(), actor.displayName(),
                actor.email() == null ? "" : actor.email(), false);
        return eventPage(model, page, registration, new AnswerForm(page.mine() == null || page.mine().score() == null ? "" : page.mine().score().toString(),
                page.mine() == null || page.mine().comment() == null ? "" : page.mine().comment()), new PartnerForm("", "", ""), FormErrors.NONE);
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/evenements/{eventId}/inscriptions")
    String register(@PathVariable UUID id, @PathVariable UUID eventId, @Valid @ModelAttribute("registrationForm") RegistrationForm form,
                    BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        EventPage page = events.page(actor, id, eventId);
        UUID organisation = page.manages() ? null : actor.organisationId();
        if (page.manages()) {
            FormErrors.check(errors, form::organisation);
        }
        return Outcomes.submit(errors, () -> {
            events.register(actor, eventId, page.manages() ? form.organisation() : organisation, form.fullName(), form.email(), form.accepted());
            flash.addFlashAttribute("success", form.fullName().strip() + " est inscrit·e ; la confirmation part par e-mail.");
            return "redirect:" + base(id) + "/evenements/" + eventId + "#participants";
        }, () -> eventPage(model, page, form, new AnswerForm("", ""), new PartnerForm("", "", ""), FormErrors.of(errors)));
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/evenements/{eventId}/inscriptions/{registrationId}/annulation")
    String cancelRegistration(@PathVariable UUID id, @PathVariable UUID eventId, @PathVariable UUID registrationId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        events.page(actor, id, eventId);
        return Outcomes.redirect(flash, base(id) + "/evenements/" + eventId + "#participants",
                () -> events.cancelRegistration(actor, eventId, registrationId), "L'inscription est annulée.");
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/evenements/{eventId}/presence")
    String attendance(@PathVariable UUID id, @PathVariable UUID eventId, @RequestParam(name = "version") long version,
                      @RequestParam(name = "present", required = false) List<String> present, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        events.editable(actor, id, eventId);
        Set<UUID> ids = new HashSet<>();
        if (present != null) {
            present.forEach(p -> FrenchInput.pickedId(p).ifPresent(ids::add));
        }
        return Outcomes.redirect(flash, base(id) + "/evenements/" + eventId + "#participants",
                () -> events.recordAttendance(actor, eventId, version, ids), "La présence est enregistrée.");
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/evenements/{eventId}/avis")
    String answer(@PathVariable UUID id, @PathVariable UUID eventId, @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult errors,
                  Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        EventPage page = events.page(actor, id, eventId);
        FormErrors.check(errors, form::toScore);
        return Outcomes.submit(errors, () -> {
            if (page.mine() == null) {
                throw new fr.passerelle.platform.BusinessRuleException("Seules les personnes venues à l'événement donnent leur avis.");
            }
            events.answerSatisfaction(actor, page.mine().id(), form.toScore(), form.comment());
            flash.addFlashAttribute("success", "Merci, votre avis est enregistré.");
            return "redirect:" + base(id) + "/evenements/" + eventId + "#avis";
        }, () -> eventPage(model, page, new RegistrationForm("", "", "", false), form, new PartnerForm("", "", ""), FormErrors.of(errors)));
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/evenements/{eventId}/partenaires")
    String addPartner(@PathVariable UUID id, @PathVariable UUID eventId, @Valid @ModelAttribute("partnerForm") PartnerForm form,
                      BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        events.editable(actor, id, eventId);
        EventPage page = events.page(actor, id, eventId);
        FormErrors.check(errors, form::partner);
        return Outcomes.submit(errors, () -> {
            events.addPartner(actor, eventId, form.partner(), form.partnerRole());
            flash.addFlashAttribute("success", "Le partenaire est ajouté.");
            return "redirect:" + base(id) + "/evenements/" + eventId + "#partenaires";
        }, () -> eventPage(model, page, new RegistrationForm("", "", "", false), new AnswerForm("", ""), form, FormErrors.of(errors)));
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/evenements/{eventId}/partenaires/{organisationId}/retrait")
    String removePartner(@PathVariable UUID id, @PathVariable UUID eventId, @PathVariable UUID organisationId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        events.editable(actor, id, eventId);
        return Outcomes.redirect(flash, base(id) + "/evenements/" + eventId + "#partenaires",
                () -> events.removePartner(actor, eventId, organisationId), "Le partenaire est retiré.");
    }

    @GetMapping("/gestion/clusters/{id}/accompagnement/evenements/{eventId}/evenement.ics")
    ResponseEntity<String> eventIcs(@PathVariable UUID id, @PathVariable UUID eventId) {
        Actor actor = currentActor.require();
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evenement.ics\"")
                .body(events.eventIcs(actor, id, eventId));
    }

    private String eventForm(Model model, ClusterCard cluster, UUID eventId, EventForm form, FormErrors formErrors) {
        model.addAttribute("cluster", cluster);
        model.addAttribute("eventId", eventId);
        model.addAttribute("eventForm", form);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("kinds", Arrays.stream(SupportEventKind.values()).map(k -> new Option(k.name(), k.label())).toList());
        return "clusters/support/event-form";
    }

    private String eventPage(Model model, EventPage page, RegistrationForm registration, AnswerForm answer, PartnerForm partner,
                             FormErrors formErrors) {
        model.addAttribute("page", page);
        model.addAttribute("cluster", page.cluster());
        model.addAttribute("event", page.event());
        model.addAttribute("registrationForm", registration);
        model.addAttribute("answerForm", answer);
        model.addAttribute("partnerForm", partner);
        model.addAttribute("selectedPartner", FrenchInput.pickedId(partner.partnerId()).flatMap(directory::organisation).orElse(null));
        model.addAttribute("noChoices", List.of());
        model.addAttribute("formErrors", formErrors);
        return "clusters/support/event";
    }

    private static java.util.Optional<YearMonth> month(String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(YearMonth.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }
}
