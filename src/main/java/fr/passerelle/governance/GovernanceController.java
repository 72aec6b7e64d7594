package fr.passerelle.governance;

import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Governing bodies and meetings of a campus in the back office. Those who may edit the campus manage them; those
 * who may read its back office (academic referent, partner members) see them.
 */
@Controller
class GovernanceController {

    private final Governance governance;
    private final MeetingFollowUp followUp;
    private final CampusAudiences audiences;
    private final CalendarFeeds feeds;
    private final CampusRegistry registry;
    private final Directory directory;
    private final CurrentActor currentActor;
    private final Clock clock;

    GovernanceController(Governance governance, MeetingFollowUp followUp, CampusAudiences audiences, CalendarFeeds feeds,
                         CampusRegistry registry, Directory directory, CurrentActor currentActor, Clock clock) {
        this.clock = clock;
        this.governance = governance;
        this.followUp = followUp;
        this.audiences = audiences;
        this.feeds = feeds;
        this.registry = registry;
        this.directory = directory;
        this.currentActor = currentActor;
    }

    record BodyForm(String kind, String name) {
    }

    record MeetingForm(String bodyId, String startsAt, String endsAt, String place, String videoLink, String agenda, String visibility) {
        static MeetingForm empty() {
            return new MeetingForm("", "", "", "", "", "", Visibility.BODY.name());
        }
    }

    record MinutesForm(long version, String minutes, String decisions) {
    }

    @GetMapping("/gestion/campus/{id}/instances")
    String bodies(@PathVariable UUID id, Model model) {
        CampusCard campus = registry.requireReadable(currentActor.require(), id);
        return bodiesPage(model, campus, MeetingForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}/instances")
    String constitute(@PathVariable UUID id, @ModelAttribute BodyForm form, RedirectAttributes flash) {
        editable(id);
        try {
            BodyKind kind = Arrays.stream(BodyKind.values()).filter(k -> k.name().equals(form.kind())).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("kind", "Choisissez le type d'instance."));
            var body = governance.constitute(id, kind, form.name());
            flash.addFlashAttribute("success", "L'instance « " + body.name() + " » a été créée.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
            flash.addFlashAttribute("bodyKind", form.kind());
            flash.addFlashAttribute("bodyName", form.name());
        }
        return "redirect:/gestion/campus/" + id + "/instances";
    }

    @PostMapping("/gestion/campus/{id}/agendas")
    String issueFeed(@PathVariable UUID id, @RequestParam(name = "label", required = false) String label, RedirectAttributes flash) {
        editable(id);
        try {
            var feed = feeds.issue(id, label);
            flash.addFlashAttribute("success", "Le lien d'agenda « " + feed.label() + " » est créé : transmettez-le aux membres.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
            flash.addFlashAttribute("feedLabel", label);
        }
        return "redirect:/gestion/campus/" + id + "/instances#agendas";
    }

    @PostMapping("/gestion/campus/{id}/agendas/{feedId}/revocation")
    String revokeFeed(@PathVariable UUID id, @PathVariable UUID feedId, RedirectAttributes flash) {
        editable(id);
        try {
            feeds.revoke(id, feedId);
            flash.addFlashAttribute("success", "Le lien d'agenda est révoqué : il ne donne plus accès aux réunions.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/campus/" + id + "/instances#agendas";
    }

    /** The private feed: no login, the secret token is the key. */
    @GetMapping(value = "/calendrier/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.calendar(token)
                .map(ics -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/gestion/campus/{id}/instances/{bodyId}/membres")
    String appoint(@PathVariable UUID id, @PathVariable UUID bodyId, @RequestParam(name = "personId", required = false) String personId,
                   RedirectAttributes flash) {
        editable(id);
        try {
            governance.appoint(id, bodyId, uuid(personId, "personId", "Choisissez une personne."));
            flash.addFlashAttribute("success", "Le membre a été ajouté.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/campus/" + id + "/instances";
    }

    @PostMapping("/gestion/campus/{id}/reunions")
    String plan(@PathVariable UUID id, @ModelAttribute("meetingForm") MeetingForm form, Model model, RedirectAttributes flash) {
        CampusCard campus = editable(id);
        var errors = new BeanPropertyBindingResult(form, "meetingForm");
        try {
            UUID bodyId = uuid(form.bodyId(), "bodyId", "Choisissez l'instance qui se réunit.");
            var meeting = governance.plan(id, bodyId, new MeetingDetails(FrenchInput.dateTime("startsAt", form.startsAt()), FrenchInput.dateTime("endsAt", form.endsAt()),
                    Text.trimToNull(form.place()), Text.trimToNull(form.videoLink()), Text.trimToNull(form.agenda()),
                    visibility(form.visibility())));
            flash.addFlashAttribute("success", "La réunion du " + meeting.when() + " est planifiée.");
            return "redirect:/gestion/campus/" + id + "/reunions/" + meeting.id();
        } catch (BusinessRuleException e) {
            FormErrors.reject(errors, e.field(), e.getMessage());
        }
        return bodiesPage(model, campus, form, FormErrors.of(errors));
    }

    @GetMapping("/gestion/campus/{id}/reunions/{meetingId}")
    String meeting(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
        CampusCard campus = registry.requireReadable(currentActor.require(), id);
        var meeting = visibleMeeting(id, meetingId);
        return meetingPage(model, campus, meeting, new MinutesForm(meeting.version(), meeting.minutes(), meeting.decisions()));
    }

    @GetMapping("/gestion/campus/{id}/reunions/{meetingId}/compte-rendu.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable UUID id, @PathVariable UUID meetingId) {
        CampusCard campus = registry.requireReadable(currentActor.require(), id);
        var meeting = visibleMeeting(id, meetingId);
        String fileName = "compte-rendu-" + meeting.startsAt().toLocalDate() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(MeetingPdf.render(campus.name(), meeting));
    }

    @PostMapping("/gestion/campus/{id}/reunions/{meetingId}/emargement")
    String attendance(@PathVariable UUID id, @PathVariable UUID meetingId, @RequestParam("version") long version,
                      @RequestParam Map<String, String> params, RedirectAttributes flash) {
        editable(id);
        try {
            Map<UUID, AttendanceStatus> statuses = new HashMap<>();
            for (var param : params.entrySet()) {
                if (param.getKey().startsWith("presence-") && !param.getValue().isBlank()) {
                    UUID person = uuid(param.getKey().substring("presence-".length()), null, "Seuls les membres de l'instance peuvent être émargés.");
                    statuses.put(person, Arrays.stream(AttendanceStatus.values()).filter(s -> s.name().equals(param.getValue())).findFirst()
                            .orElseThrow(() -> new BusinessRuleException(null, "Choisissez pour chaque membre : présent·e, excusé·e ou absent·e.")));
                }
            }
            governance.recordAttendance(id, meetingId, version, statuses);
            flash.addFlashAttribute("success", "L'émargement est enregistré.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/campus/" + id + "/reunions/" + meetingId;
    }

    @PostMapping("/gestion/campus/{id}/reunions/{meetingId}/compte-rendu")
    String minutes(@PathVariable UUID id, @PathVariable UUID meetingId, @ModelAttribute("minutesForm") MinutesForm form, Model model,
                   RedirectAttributes flash) {
        CampusCard campus = editable(id);
        try {
            governance.recordMinutes(id, meetingId, form.version(), Text.trimToNull(form.minutes()), Text.trimToNull(form.decisions()));
            flash.addFlashAttribute("success", "Le compte rendu est enregistré.");
            return "redirect:/gestion/campus/" + id + "/reunions/" + meetingId;
        } catch (BusinessRuleException e) {
            model.addAttribute("error", e.getMessage());
            return meetingPage(model, campus, governance.meeting(id, meetingId), form);
        }
    }

    @PostMapping("/gestion/campus/{id}/reunions/{meetingId}/compte-rendu/fichier")
    String attachMinutes(@PathVariable UUID id, @PathVariable UUID meetingId,
                         @RequestParam(name = "fichier", required = false) MultipartFile file,
                         RedirectAttributes flash) throws IOException {
        editable(id);
        try {
            var attached = followUp.attachMinutes(id, meetingId, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), currentActor.require().displayName());
            flash.addFlashAttribute("success", "Le fichier « " + attached.name() + " » est joint au compte rendu.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/campus/" + id + "/reunions/" + meetingId;
    }

    @GetMapping("/gestion/campus/{id}/reunions/{meetingId}/compte-rendu/fichier")
    ResponseEntity<byte[]> minutesFile(@PathVariable UUID id, @PathVariable UUID meetingId) {
        registry.requireReadable(currentActor.require(), id);
        visibleMeeting(id, meetingId);
        var file = followUp.minutesContent(meetingId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return fr.passerelle.platform.Downloads.attachment(file.name(), file.contentType(), file.content());
    }

    @PostMapping("/gestion/campus/{id}/reunions/{meetingId}/satisfaction")
    String sendSurvey(@PathVariable UUID id, @PathVariable UUID meetingId, RedirectAttributes flash) {
        editable(id);
        try {
            var result = followUp.sendSurvey(id, meetingId);
            if (!result.sent().isEmpty()) {
                flash.addFlashAttribute("success", "Questionnaire envoyé à " + result.sent().size() + " membre(s) : "
                        + String.join(", ", result.sent()) + ".");
            }
            if (!result.notSent().isEmpty()) {
                flash.addFlashAttribute("error", "Non sollicité·es : " + String.join(", ", result.notSent()) + ".");
            }
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/campus/" + id + "/reunions/" + meetingId;
    }

    @PostMapping("/gestion/campus/{id}/reunions/{meetingId}/invitations")
    String invite(@PathVariable UUID id, @PathVariable UUID meetingId, RedirectAttributes flash) {
        editable(id);
        try {
            var result = governance.invite(id, meetingId);
            if (!result.sent().isEmpty()) {
                flash.addFlashAttribute("success", result.sent().size() + " invitation(s) envoyée(s) : " + String.join(", ", result.sent()) + ".");
            }
            if (!result.notSent().isEmpty()) {
                flash.addFlashAttribute("error", "Non invité·es : " + String.join(", ", result.notSent()) + ".");
            }
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/gestion/campus/" + id + "/reunions/" + meetingId;
    }

    private String bodiesPage(Model model, CampusCard campus, MeetingForm meetingForm, FormErrors meetingErrors) {
        Actor actor = currentActor.require();
        CampusAudience audience = audiences.of(actor, campus.id());
        var bodies = governance.bodiesOf(campus.id()).stream().map(body -> new Governance.BodyView(body.id(), body.campusId(),
                body.kind(), body.name(), body.members(),
                body.meetings().stream().filter(m -> audience.sees(m.visibility(), body.id())).toList())).toList();
        model.addAttribute("campus", campus);
        model.addAttribute("editable", registry.canManage(actor, campus.id()));
        model.addAttribute("registryEditable", registry.canEdit(actor, campus.id()));
        model.addAttribute("bodies", bodies);
        model.addAttribute("kindOptions", Arrays.stream(BodyKind.values()).map(k -> new Option(k.name(), k.label())).toList());
        model.addAttribute("visibilityOptions", Arrays.stream(Visibility.values())
                .map(v -> new Option(v.name(), v.label() + " — " + v.description())).toList());
        model.addAttribute("bodyOptions", bodies.stream().map(b -> new Option(b.id().toString(), b.name())).toList());
        model.addAttribute("personOptions", directory.candidateContacts(campus.id()).stream()
                .map(c -> new Option(c.id().toString(), c.fullName() + " — " + c.organisationName())).toList());
        model.addAttribute("meetingForm", meetingForm);
        model.addAttribute("formErrors", meetingErrors);
        model.addAttribute("feeds", registry.canManage(actor, campus.id()) ? feeds.active(campus.id()) : List.of());
        return "governance/bodies";
    }

    private String meetingPage(Model model, CampusCard campus, Governance.MeetingView meeting, MinutesForm minutesForm) {
        model.addAttribute("campus", campus);
        model.addAttribute("editable", registry.canManage(currentActor.require(), campus.id()));
        model.addAttribute("registryEditable", registry.canEdit(currentActor.require(), campus.id()));
        model.addAttribute("meeting", meeting);
        model.addAttribute("minutesForm", minutesForm);
        model.addAttribute("richTextHint", fr.passerelle.platform.RichText.HINT);
        model.addAttribute("minutesFile", followUp.minutesFile(meeting.id()).orElse(null));
        model.addAttribute("satisfaction", followUp.satisfaction(meeting.id()));
        model.addAttribute("over", meeting.isOver(LocalDateTime.now(clock.withZone(CampusCalendar.PARIS))));
        model.addAttribute("statuses", AttendanceStatus.values());
        return "governance/meeting";
    }

    /** The meeting if the actor may see it; a meeting kept to its body's members is not found by others. */
    private Governance.MeetingView visibleMeeting(UUID campusId, UUID meetingId) {
        var meeting = governance.meeting(campusId, meetingId);
        if (!audiences.of(currentActor.require(), campusId).sees(meeting.visibility(), meeting.bodyId())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return meeting;
    }

    /** Kept to the body's members unless the director opens the meeting wider. */
    private static Visibility visibility(String value) {
        if (value == null || value.isBlank()) {
            return Visibility.BODY;
        }
        return Arrays.stream(Visibility.values()).filter(v -> v.name().equals(value)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("visibility", "Choisissez qui peut voir la réunion."));
    }

    private CampusCard editable(UUID id) {
        return registry.requireManageable(currentActor.require(), id);
    }

    private static UUID uuid(String value, String field, String message) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(field, message);
        }
    }

}
