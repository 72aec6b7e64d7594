package fr.passerelle.governance.meetings;

import fr.passerelle.platform.Times;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Directory;
import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.College;
import fr.passerelle.governance.StrategicSeat;
import java.time.LocalDate;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.Visibility;
import fr.passerelle.governance.calendar.CalendarFeeds;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.Downloads;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import fr.passerelle.platform.RichText;
import fr.passerelle.platform.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Governing bodies and meetings of a campus in the back office: those who run the campus's life manage them; its
 * back-office readers see them, each meeting kept to its audience. The services check who acts.
 */
@Controller
class GovernanceController {

    private final Governance governance;
    private final MeetingFollowUp followUp;
    private final CalendarFeeds feeds;
    private final CampusRegistry registry;
    private final Directory directory;
    private final CurrentActor currentActor;
    private final Clock clock;

    GovernanceController(Governance governance, MeetingFollowUp followUp, CalendarFeeds feeds, CampusRegistry registry,
                         Directory directory, CurrentActor currentActor, Clock clock) {
        this.governance = governance;
        this.followUp = followUp;
        this.feeds = feeds;
        this.registry = registry;
        this.directory = directory;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** A new governing body. */
    record BodyForm(@NotBlank(message = "Choisissez le type d'instance.") String kind,
                    @NotBlank(message = "Le nom de l'instance est obligatoire.")
                    @Size(max = 255, message = "Le nom de l'instance ne peut dépasser 255 caractères.") String name) {

        BodyKind toKind() {
            return FrenchInput.choice("kind", kind, BodyKind.class, "Choisissez le type d'instance.");
        }
    }

    /**
     * A person appointed to a body, as typed: since when (blank for today), and the expected seat (strategic
     * committee) or college (steering committee) they hold. {@code page} says which page the form was on.
     */
    record MemberForm(@NotBlank(message = "Choisissez une personne.") String personId, String startedOn,
                      @Size(max = 40, message = "Choisissez un siège de la liste.") String seat,
                      @Size(max = 30, message = "Choisissez un collège de la liste.") String college, String page) {

        static MemberForm empty() {
            return new MemberForm("", "", "", "", "instance");
        }

        UUID person() {
            return FrenchInput.id("personId", personId, "Choisissez une personne.");
        }

        LocalDate since(LocalDate today) {
            LocalDate typed = FrenchInput.date("startedOn", startedOn);
            return typed == null ? today : typed;
        }

        StrategicSeat toSeat() {
            return FrenchInput.choice("seat", seat, StrategicSeat.class, "Choisissez un siège de la liste.");
        }

        College toCollege() {
            return FrenchInput.choice("college", college, College.class, "Choisissez un collège de la liste.");
        }

        boolean fromBodyPage() {
            return "instance".equals(page);
        }
    }

    /** The chair of a body and how many times a year it should meet, on the version of the body the form was opened with. */
    record SettingsForm(@NotBlank(message = "Rechargez la page : la version de l'instance manque.") String version,
                        String chairPersonId, String meetingsPerYear) {

        long expectedVersion() {
            return FrenchInput.wholeNumber(null, version, 0, Integer.MAX_VALUE, "La version de l'instance");
        }

        UUID chair() {
            return chairPersonId == null || chairPersonId.isBlank() ? null
                    : FrenchInput.id("chairPersonId", chairPersonId, "Choisissez la présidence parmi les membres.");
        }

        Integer perYear() {
            return FrenchInput.wholeNumber("meetingsPerYear", meetingsPerYear, 1, GoverningBody.MAX_MEETINGS_PER_YEAR,
                    "Le nombre de réunions par an");
        }
    }

    /** The expected seat or the college of a sitting member, on the version of the body the form was opened with. */
    record SeatForm(@NotBlank(message = "Rechargez la page : la version de l'instance manque.") String version, String seat, String college) {

        long expectedVersion() {
            return FrenchInput.wholeNumber(null, version, 0, Integer.MAX_VALUE, "La version de l'instance");
        }
    }

    /** A meeting to plan, as typed. */
    record MeetingForm(@NotBlank(message = "Choisissez l'instance qui se réunit.") String bodyId,
                       @NotBlank(message = "Indiquez la date et l'heure de début.") String startsAt,
                       @NotBlank(message = "Indiquez la date et l'heure de fin.") String endsAt,
                       @Size(max = 255, message = "Le lieu ne peut dépasser 255 caractères.") String place,
                       @Size(max = 500, message = "Le lien de visioconférence ne peut dépasser 500 caractères.") String videoLink,
                       String agenda, String visibility) {

        static MeetingForm empty() {
            return new MeetingForm("", "", "", "", "", "", Visibility.BODY.name());
        }

        UUID body() {
            return FrenchInput.id("bodyId", bodyId, "Choisissez l'instance qui se réunit.");
        }

        /** Kept to the body's members unless the director opens the meeting wider. */
        MeetingDetails toDetails() {
            return details(startsAt, endsAt, place, videoLink, agenda, visibility);
        }
    }

    /** When and where a meeting takes place, as typed in a form that plans or changes it. */
    private static MeetingDetails details(String startsAt, String endsAt, String place, String videoLink, String agenda, String visibility) {
        return new MeetingDetails(FrenchInput.dateTime("startsAt", startsAt), FrenchInput.dateTime("endsAt", endsAt),
                Text.trimToNull(place), Text.trimToNull(videoLink), Text.trimToNull(agenda),
                FrenchInput.choice("visibility", visibility, Visibility.class, "Choisissez qui peut voir la réunion."));
    }

    /** A planned meeting as changed, on the version of the meeting the form was opened with. */
    record MeetingChangeForm(@NotBlank(message = "Rechargez la page : la version de la réunion manque.") String version,
                             @NotBlank(message = "Indiquez la date et l'heure de début.") String startsAt,
                             @NotBlank(message = "Indiquez la date et l'heure de fin.") String endsAt,
                             @Size(max = 255, message = "Le lieu ne peut dépasser 255 caractères.") String place,
                             @Size(max = 500, message = "Le lien de visioconférence ne peut dépasser 500 caractères.") String videoLink,
                             String agenda, String visibility) {

        private static final java.time.format.DateTimeFormatter TYPED = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

        static MeetingChangeForm of(MeetingView meeting) {
            return new MeetingChangeForm(Long.toString(meeting.version()), TYPED.format(meeting.startsAt()), TYPED.format(meeting.endsAt()),
                    meeting.place(), meeting.videoLink(), meeting.agenda(), meeting.visibility().name());
        }

        long expectedVersion() {
            return FrenchInput.wholeNumber(null, version, 0, Integer.MAX_VALUE, "La version de la réunion");
        }

        MeetingDetails toDetails() {
            return details(startsAt, endsAt, place, videoLink, agenda, visibility);
        }
    }

    /** The cancellation of a planned meeting, with the reason told to the members. */
    record CancellationForm(@NotBlank(message = "Rechargez la page : la version de la réunion manque.") String version,
                            @Size(max = 500, message = "Le motif ne peut dépasser 500 caractères.") String reason) {

        long expectedVersion() {
            return FrenchInput.wholeNumber(null, version, 0, Integer.MAX_VALUE, "La version de la réunion");
        }
    }

    /** The minutes and decisions of a meeting, on the version of the meeting they were typed on. */
    record MinutesForm(@NotBlank(message = "Rechargez la page : la version de la réunion manque.") String version, String minutes,
                       String decisions) {

        long expectedVersion() {
            return FrenchInput.wholeNumber(null, version, 0, Integer.MAX_VALUE, "La version de la réunion");
        }
    }

    @GetMapping("/gestion/campus/{id}/instances")
    String bodies(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        return bodiesPage(model, actor, governance.readable(actor, id));
    }

    @PostMapping("/gestion/campus/{id}/instances")
    String constitute(@PathVariable UUID id, @Valid @ModelAttribute("bodyForm") BodyForm form, BindingResult errors, Model model,
                      RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.submit(errors, () -> {
            governance.constitute(actor, id, form.toKind(), form.name());
            flash.addFlashAttribute("success", "L'instance « " + form.name().strip() + " » a été créée.");
            return "redirect:/gestion/campus/" + id + "/instances";
        }, () -> {
            model.addAttribute("error", messages(errors));
            model.addAttribute("bodyKind", form.kind());
            model.addAttribute("bodyName", form.name());
            return bodiesPage(model, actor, governance.runnable(actor, id));
        });
    }

    @GetMapping("/gestion/campus/{id}/instances/{bodyId}")
    String body(@PathVariable UUID id, @PathVariable UUID bodyId, Model model) {
        Actor actor = currentActor.require();
        return bodyPage(model, actor, governance.readable(actor, id), bodyId);
    }

    @PostMapping("/gestion/campus/{id}/instances/{bodyId}/membres")
    String appoint(@PathVariable UUID id, @PathVariable UUID bodyId, @Valid @ModelAttribute("memberForm") MemberForm form,
                   BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        LocalDate today = LocalDate.now(clock.withZone(Times.current().zone()));
        FormErrors.check(errors, () -> form.since(today), form::toSeat, form::toCollege);
        return Outcomes.submit(errors, () -> {
            governance.appoint(actor, id, bodyId, form.person(), form.since(today), form.toSeat(), form.toCollege());
            flash.addFlashAttribute("success", "Le membre a été ajouté.");
            return "redirect:/gestion/campus/" + id + "/instances" + (form.fromBodyPage() ? "/" + bodyId : "");
        }, () -> {
            model.addAttribute("formErrors", FormErrors.of(errors));
            model.addAttribute("memberForm", new MemberForm(form.personId(), form.startedOn(), form.seat(), form.college(), "instance"));
            return bodyPage(model, actor, governance.runnable(actor, id), bodyId);
        });
    }

    @PostMapping("/gestion/campus/{id}/instances/{bodyId}/parametres")
    String configure(@PathVariable UUID id, @PathVariable UUID bodyId, @Valid @ModelAttribute("settingsForm") SettingsForm form,
                     BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        FormErrors.check(errors, form::chair, form::perYear);
        return Outcomes.submit(errors, () -> {
            governance.configure(actor, id, bodyId, form.expectedVersion(), form.chair(), form.perYear());
            flash.addFlashAttribute("success", "La présidence et la fréquence des réunions sont enregistrées.");
            return "redirect:/gestion/campus/" + id + "/instances/" + bodyId;
        }, () -> {
            model.addAttribute("formErrors", FormErrors.of(errors));
            return bodyPage(model, actor, governance.runnable(actor, id), bodyId);
        });
    }

    @PostMapping("/gestion/campus/{id}/instances/{bodyId}/sieges/{personId}")
    String assign(@PathVariable UUID id, @PathVariable UUID bodyId, @PathVariable UUID personId, @Valid SeatForm form, BindingResult errors,
                  RedirectAttributes flash) {
        Actor actor = currentActor.require();
        String path = "/gestion/campus/" + id + "/instances/" + bodyId;
        if (errors.hasErrors()) {
            flash.addFlashAttribute("error", messages(errors));
            return "redirect:" + path;
        }
        return Outcomes.redirect(flash, path, () -> governance.assign(actor, id, bodyId, form.expectedVersion(), personId,
                        FrenchInput.choice("seat", form.seat(), StrategicSeat.class, "Choisissez un siège de la liste."),
                        FrenchInput.choice("college", form.college(), College.class, "Choisissez un collège de la liste.")),
                "Le siège du membre est enregistré.");
    }

    @PostMapping("/gestion/campus/{id}/reunions")
    String plan(@PathVariable UUID id, @Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult errors, Model model,
                RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.submit(errors, () -> {
            var meeting = governance.schedule(actor, id, form.body(), form.toDetails());
            flash.addFlashAttribute("success", "La réunion du " + meeting.when() + " est planifiée.");
            return "redirect:/gestion/campus/" + id + "/reunions/" + meeting.id();
        }, () -> {
            model.addAttribute("formErrors", FormErrors.of(errors));
            return bodiesPage(model, actor, governance.runnable(actor, id));
        });
    }

    @GetMapping("/gestion/campus/{id}/reunions/{meetingId}")
    String meeting(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
        Actor actor = currentActor.require();
        var meeting = governance.meeting(actor, id, meetingId);
        model.addAttribute("minutesForm", new MinutesForm(Long.toString(meeting.version()), meeting.minutes(), meeting.decisions()));
        return meetingPage(model, actor, governance.readable(actor, id), meeting);
    }

    @GetMapping("/gestion/campus/{id}/reunions/{meetingId}/modifier")
    String changeForm(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
        Actor actor = currentActor.require();
        var meeting = governance.meetingToChange(actor, id, meetingId);
        model.addAttribute("meetingForm", MeetingChangeForm.of(meeting));
        return changePage(model, governance.runnable(actor, id), meeting, FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}/reunions/{meetingId}/modifier")
    String change(@PathVariable UUID id, @PathVariable UUID meetingId, @Valid @ModelAttribute("meetingForm") MeetingChangeForm form,
                  BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.submit(errors, () -> {
            var told = governance.reschedule(actor, id, meetingId, form.expectedVersion(), form.toDetails());
            flash(flash, "La réunion est modifiée.", "l'invitation mise à jour", told);
            return "redirect:/gestion/campus/" + id + "/reunions/" + meetingId;
        }, () -> changePage(model, governance.runnable(actor, id), governance.meetingToChange(actor, id, meetingId), FormErrors.of(errors)));
    }

    @GetMapping("/gestion/campus/{id}/reunions/{meetingId}/annulation")
    String cancellationForm(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
        Actor actor = currentActor.require();
        var meeting = governance.meetingToChange(actor, id, meetingId);
        model.addAttribute("cancellationForm", new CancellationForm(Long.toString(meeting.version()), ""));
        return cancellationPage(model, governance.runnable(actor, id), meeting, FormErrors.NONE);
    }

    @PostMapping("/gestion/campus/{id}/reunions/{meetingId}/annulation")
    String cancel(@PathVariable UUID id, @PathVariable UUID meetingId, @Valid @ModelAttribute("cancellationForm") CancellationForm form,
                  BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.submit(errors, () -> {
            var told = governance.cancel(actor, id, meetingId, form.expectedVersion(), Text.trimToNull(form.reason()));
            flash(flash, "La réunion est annulée.", "l'annulation", told);
            return "redirect:/gestion/campus/" + id + "/reunions/" + meetingId;
        }, () -> cancellationPage(model, governance.runnable(actor, id), governance.meetingToChange(actor, id, meetingId), FormErrors.of(errors)));
    }

    @GetMapping("/gestion/campus/{id}/reunions/{meetingId}/invitation.ics")
    ResponseEntity<byte[]> invitation(@PathVariable UUID id, @PathVariable UUID meetingId) {
        var file = governance.invitation(currentActor.require(), id, meetingId);
        return Downloads.attachment(file.fileName(), file.contentType(), file.content());
    }

    @GetMapping("/gestion/campus/{id}/reunions/{meetingId}/compte-rendu.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable UUID id, @PathVariable UUID meetingId) {
        Actor actor = currentActor.require();
        var meeting = governance.meeting(actor, id, meetingId);
        CampusCard campus = governance.readable(actor, id);
        String fileName = "compte-rendu-" + meeting.startsAt().toLocalDate() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(MeetingPdf.render(campus.name(), meeting));
    }

    @PostMapping("/gestion/campus/{id}/reunions/{meetingId}/emargement")
    String attendance(@PathVariable UUID id, @PathVariable UUID meetingId, @RequestParam("version") long version,
                      @RequestParam Map<String, String> params, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/reunions/" + meetingId,
                () -> governance.recordAttendance(actor, id, meetingId, version, statuses(params)), "L'émargement est enregistré.");
    }

    @PostMapping("/gestion/campus/{id}/reunions/{meetingId}/compte-rendu")
    String minutes(@PathVariable UUID id, @PathVariable UUID meetingId, @Valid @ModelAttribute("minutesForm") MinutesForm form,
                   BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.submit(errors, () -> {
            governance.recordMinutes(actor, id, meetingId, form.expectedVersion(), Text.trimToNull(form.minutes()), Text.trimToNull(form.decisions()));
            flash.addFlashAttribute("success", "Le compte rendu est enregistré.");
            return "redirect:/gestion/campus/" + id + "/reunions/" + meetingId;
        }, () -> {
            model.addAttribute("error", messages(errors));
            CampusCard campus = governance.runnable(actor, id);
            return meetingPage(model, actor, campus, governance.meetingToChange(actor, id, meetingId));
        });
    }

    @PostMapping("/gestion/campus/{id}/reunions/{meetingId}/compte-rendu/fichier")
    String attachMinutes(@PathVariable UUID id, @PathVariable UUID meetingId,
                         @RequestParam(name = "fichier", required = false) MultipartFile file, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/reunions/" + meetingId,
                () -> followUp.attachMinutes(actor, id, meetingId, file == null ? null : file.getOriginalFilename(), bytes(file)),
                attached -> "Le fichier « " + attached.name() + " » est joint au compte rendu.");
    }

    @GetMapping("/gestion/campus/{id}/reunions/{meetingId}/compte-rendu/fichier")
    ResponseEntity<byte[]> minutesFile(@PathVariable UUID id, @PathVariable UUID meetingId) {
        var file = followUp.minutesContent(currentActor.require(), id, meetingId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Downloads.attachment(file.name(), file.contentType(), file.content());
    }

    @PostMapping("/gestion/campus/{id}/reunions/{meetingId}/satisfaction")
    String sendSurvey(@PathVariable UUID id, @PathVariable UUID meetingId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/reunions/" + meetingId, () -> {
            var result = followUp.sendSurvey(actor, id, meetingId);
            if (!result.notSent().isEmpty()) {
                flash.addFlashAttribute("error", "Non sollicité·es : " + String.join(", ", result.notSent()) + ".");
            }
            return result;
        }, result -> result.sent().isEmpty() ? null
                : "Questionnaire envoyé à " + result.sent().size() + " membre(s) : " + String.join(", ", result.sent()) + ".");
    }

    @PostMapping("/gestion/campus/{id}/reunions/{meetingId}/invitations")
    String invite(@PathVariable UUID id, @PathVariable UUID meetingId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/campus/" + id + "/reunions/" + meetingId, () -> {
            var result = governance.invite(actor, id, meetingId);
            if (!result.notSent().isEmpty()) {
                flash.addFlashAttribute("error", "Non invité·es : " + String.join(", ", result.notSent()) + ".");
            }
            return result;
        }, result -> result.sent().isEmpty() ? null
                : result.sent().size() + " invitation(s) envoyée(s) : " + String.join(", ", result.sent()) + ".");
    }

    /** Says what became of a change and whom it was told to. */
    private static void flash(RedirectAttributes flash, String done, String what, Governance.Told told) {
        String message;
        if (!told.invitationsWereSent()) {
            message = done + " Les invitations n'avaient pas encore été envoyées : personne n'a été prévenu.";
        } else if (!told.mailConfigured()) {
            message = done + " Passerelle n'envoie pas d'e-mails : téléchargez " + what
                    + " (fichier .ics) ci-dessous et envoyez-la vous-même aux membres.";
        } else if (told.sent().isEmpty()) {
            message = done + " Aucun membre n'a d'adresse e-mail : prévenez-les vous-même.";
        } else {
            message = done + " Les membres invités ont reçu " + what + " par e-mail : " + String.join(", ", told.sent()) + ".";
        }
        flash.addFlashAttribute("success", message);
        if (!told.notSent().isEmpty()) {
            flash.addFlashAttribute("error", "Non prévenu·es : " + String.join(", ", told.notSent()) + ".");
        }
    }

    private String changePage(Model model, CampusCard campus, MeetingView meeting, FormErrors formErrors) {
        model.addAttribute("campus", campus);
        model.addAttribute("meeting", meeting);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("visibilityOptions", Arrays.stream(Visibility.values())
                .map(v -> new Option(v.name(), v.label() + " — " + v.description())).toList());
        return "governance/meeting-change";
    }

    private String cancellationPage(Model model, CampusCard campus, MeetingView meeting, FormErrors formErrors) {
        model.addAttribute("campus", campus);
        model.addAttribute("meeting", meeting);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("meetingPath", "/gestion/campus/" + campus.id() + "/reunions/" + meeting.id());
        return "governance/meeting-cancel";
    }

    private String bodiesPage(Model model, Actor actor, CampusCard campus) {
        var bodies = governance.bodiesOf(actor, campus.id());
        boolean runs = registry.canManage(actor, campus.id());
        model.addAttribute("campus", campus);
        model.addAttribute("editable", runs);
        model.addAttribute("registryEditable", registry.canEdit(actor, campus.id()));
        model.addAttribute("bodies", bodies);
        model.addAttribute("kindOptions", BodyKind.of(BodyKind.Scope.CAMPUS).stream().map(k -> new Option(k.name(), k.label())).toList());
        model.addAttribute("visibilityOptions", Arrays.stream(Visibility.values())
                .map(v -> new Option(v.name(), v.label() + " — " + v.description())).toList());
        model.addAttribute("bodyOptions", bodies.stream().map(b -> new Option(b.id().toString(), b.name())).toList());
        var candidates = directory.candidateContacts(campus.id());
        Map<UUID, List<Option>> candidatesByBody = new HashMap<>();
        for (var body : bodies) {
            var seated = body.members().stream().map(fr.passerelle.directory.Contact::id).collect(java.util.stream.Collectors.toSet());
            candidatesByBody.put(body.id(), candidates.stream().filter(c -> !seated.contains(c.id()))
                    .map(c -> new Option(c.id().toString(), c.fullName() + " — " + c.organisationName())).toList());
        }
        model.addAttribute("candidates", candidatesByBody);
        if (!model.containsAttribute("meetingForm")) {
            model.addAttribute("meetingForm", MeetingForm.empty());
        }
        if (!model.containsAttribute("formErrors")) {
            model.addAttribute("formErrors", FormErrors.NONE);
        }
        model.addAttribute("feeds", runs ? feeds.active(actor, campus.id()) : List.of());
        return "governance/bodies";
    }

    private String bodyPage(Model model, Actor actor, CampusCard campus, UUID bodyId) {
        var body = governance.body(actor, campus.id(), bodyId);
        model.addAttribute("campus", campus);
        model.addAttribute("editable", registry.canManage(actor, campus.id()));
        model.addAttribute("registryEditable", registry.canEdit(actor, campus.id()));
        model.addAttribute("body", body);
        model.addAttribute("seatOptions", Arrays.stream(StrategicSeat.values()).map(v -> new Option(v.name(), v.label())).toList());
        model.addAttribute("collegeOptions", Arrays.stream(College.values()).map(v -> new Option(v.name(), v.label())).toList());
        model.addAttribute("memberOptions", body.seats().stream()
                .map(m -> new Option(m.person().id().toString(), m.person().fullName() + " — " + m.person().organisationName())).toList());
        var seated = body.members().stream().map(fr.passerelle.directory.Contact::id).collect(java.util.stream.Collectors.toSet());
        model.addAttribute("candidateOptions", directory.candidateContacts(campus.id()).stream().filter(c -> !seated.contains(c.id()))
                .map(c -> new Option(c.id().toString(), c.fullName() + " — " + c.organisationName())).toList());
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", MemberForm.empty());
        }
        if (!model.containsAttribute("settingsForm")) {
            model.addAttribute("settingsForm", new SettingsForm(Long.toString(body.version()),
                    body.chair() == null ? "" : body.chair().id().toString(),
                    body.meetingsPerYear() == null ? "" : body.meetingsPerYear().toString()));
        }
        if (!model.containsAttribute("formErrors")) {
            model.addAttribute("formErrors", FormErrors.NONE);
        }
        return "governance/body";
    }

    private String meetingPage(Model model, Actor actor, CampusCard campus, MeetingView meeting) {
        model.addAttribute("campus", campus);
        model.addAttribute("editable", registry.canManage(actor, campus.id()));
        model.addAttribute("registryEditable", registry.canEdit(actor, campus.id()));
        model.addAttribute("meeting", meeting);
        model.addAttribute("richTextHint", RichText.HINT);
        model.addAttribute("minutesFile", followUp.minutesFile(meeting.id()).orElse(null));
        model.addAttribute("satisfaction", followUp.satisfaction(meeting.id()));
        model.addAttribute("over", meeting.isOver(LocalDateTime.now(clock.withZone(Times.current().zone()))));
        model.addAttribute("sendsMail", governance.sendsMail());
        model.addAttribute("noMail", Governance.NO_MAIL);
        model.addAttribute("statuses", AttendanceStatus.values());
        return "governance/meeting";
    }

    /** The attendance typed: one {@code presence-<person id>} field per member, left blank for those not recorded. */
    private static Map<UUID, AttendanceStatus> statuses(Map<String, String> params) {
        Map<UUID, AttendanceStatus> statuses = new HashMap<>();
        for (var param : params.entrySet()) {
            if (param.getKey().startsWith("presence-") && !param.getValue().isBlank()) {
                UUID person = FrenchInput.id(null, param.getKey().substring("presence-".length()), "Seuls les membres de l'instance peuvent être émargés.");
                statuses.put(person, FrenchInput.choice(null, param.getValue(), AttendanceStatus.class,
                        "Choisissez pour chaque membre : présent·e, excusé·e ou absent·e."));
            }
        }
        return statuses;
    }

    /** Every problem of a refused form, for the page's error message. */
    private static String messages(BindingResult errors) {
        FormErrors problems = FormErrors.of(errors);
        return String.join(" ", java.util.stream.Stream.concat(problems.global().stream(), problems.fields().values().stream()).toList());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
