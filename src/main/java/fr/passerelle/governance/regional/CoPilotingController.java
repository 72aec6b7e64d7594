package fr.passerelle.governance.regional;

import fr.passerelle.campus.Sector;
import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.CoPiloting.Scope;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.RegionalSeat;
import fr.passerelle.governance.Visibility;
import fr.passerelle.governance.meetings.MeetingView;
import fr.passerelle.governance.meetings.ScopedBodies;
import fr.passerelle.governance.regional.RegionalCoPiloting.Access;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.Downloads;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import fr.passerelle.platform.RichText;
import fr.passerelle.platform.Text;
import fr.passerelle.platform.Times;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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
 * The pages of regional co-piloting: a région's bodies under {@code /gestion/regions/{code}}, a national network under
 * {@code /gestion/reseaux/{id}}, a cluster's commissions under {@code /gestion/clusters/{id}/commissions}; the bodies and
 * meetings of all three have the same pages. The service checks who acts.
 */
@Controller
class CoPilotingController {

    private static final String REGION = "/gestion/regions/{region}";
    private static final String NETWORK = "/gestion/reseaux/{network}";
    private static final String CLUSTER = "/gestion/clusters/{cluster}/commissions";

    private final RegionalCoPiloting coPiloting;
    private final SharedSpace sharedSpace;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<fr.passerelle.governance.RegionPagePanel> panels;

    CoPilotingController(RegionalCoPiloting coPiloting, SharedSpace sharedSpace, CurrentActor currentActor, Clock clock,
                         org.springframework.beans.factory.ObjectProvider<fr.passerelle.governance.RegionPagePanel> panels) {
        this.panels = panels;
        this.coPiloting = coPiloting;
        this.sharedSpace = sharedSpace;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** A new body of the région. */
    record BodyForm(@NotBlank(message = "Choisissez le type d'instance.") String kind,
                    @NotBlank(message = "Le nom de l'instance est obligatoire.")
                    @Size(max = 255, message = "Le nom de l'instance ne peut dépasser 255 caractères.") String name) {

        BodyKind toKind() {
            BodyKind chosen = FrenchInput.choice("kind", kind, BodyKind.class, "Choisissez le type d'instance.");
            if (chosen.scope() != BodyKind.Scope.REGION) {
                throw new fr.passerelle.platform.BusinessRuleException("kind", "Choisissez le type d'instance.");
            }
            return chosen;
        }
    }

    /** A person of the directory appointed to a body: since when (blank for today) and their seat. */
    record MemberForm(@NotBlank(message = "Choisissez une personne.") String personId, String startedOn,
                      @Size(max = 40, message = "Choisissez un siège de la liste.") String seat, String personne) {

        UUID person() {
            return FrenchInput.id("personId", personId, "Choisissez une personne.");
        }

        LocalDate since() {
            return FrenchInput.date("startedOn", startedOn);
        }

        RegionalSeat toSeat() {
            return FrenchInput.choice("seat", seat, RegionalSeat.class, "Choisissez un siège de la liste.");
        }
    }

    /** The chair and the expected meetings a year, on the version of the body the form was opened with. */
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
            return FrenchInput.wholeNumber("meetingsPerYear", meetingsPerYear, 1, 52, "Le nombre de réunions par an");
        }
    }

    /** A meeting to plan, as typed; kept to the body's members and the readers of the région or network. */
    record MeetingForm(@NotBlank(message = "Indiquez la date et l'heure de début.") String startsAt,
                       @NotBlank(message = "Indiquez la date et l'heure de fin.") String endsAt,
                       @Size(max = 255, message = "Le lieu ne peut dépasser 255 caractères.") String place,
                       @Size(max = 500, message = "Le lien de visioconférence ne peut dépasser 500 caractères.") String videoLink,
                       String agenda) {

        static MeetingForm empty() {
            return new MeetingForm("", "", "", "", "");
        }

        MeetingDetails toDetails() {
            return new MeetingDetails(FrenchInput.dateTime("startsAt", startsAt), FrenchInput.dateTime("endsAt", endsAt),
                    Text.trimToNull(place), Text.trimToNull(videoLink), Text.trimToNull(agenda), Visibility.BODY);
        }
    }

    /** A planned meeting as changed, on the version of the meeting the form was opened with. */
    record MeetingChangeForm(@NotBlank(message = "Rechargez la page : la version de la réunion manque.") String version,
                             @NotBlank(message = "Indiquez la date et l'heure de début.") String startsAt,
                             @NotBlank(message = "Indiquez la date et l'heure de fin.") String endsAt,
                             @Size(max = 255, message = "Le lieu ne peut dépasser 255 caractères.") String place,
                             @Size(max = 500, message = "Le lien de visioconférence ne peut dépasser 500 caractères.") String videoLink,
                             String agenda) {

        private static final java.time.format.DateTimeFormatter TYPED = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

        static MeetingChangeForm of(MeetingView meeting) {
            return new MeetingChangeForm(Long.toString(meeting.version()), TYPED.format(meeting.startsAt()), TYPED.format(meeting.endsAt()),
                    meeting.place(), meeting.videoLink(), meeting.agenda());
        }

        long expectedVersion() {
            return FrenchInput.wholeNumber(null, version, 0, Integer.MAX_VALUE, "La version de la réunion");
        }

        MeetingDetails toDetails() {
            return new MeetingForm(startsAt, endsAt, place, videoLink, agenda).toDetails();
        }
    }

    /** The minutes and decisions of a meeting, on the version of the meeting they were typed on. */
    record MinutesForm(@NotBlank(message = "Rechargez la page : la version de la réunion manque.") String version, String minutes,
                       String decisions) {

        long expectedVersion() {
            return FrenchInput.wholeNumber(null, version, 0, Integer.MAX_VALUE, "La version de la réunion");
        }
    }

    /** The cancellation of a planned meeting, with the reason told to the members. */
    record CancellationForm(@NotBlank(message = "Rechargez la page : la version de la réunion manque.") String version,
                            @Size(max = 500, message = "Le motif ne peut dépasser 500 caractères.") String reason) {

        long expectedVersion() {
            return FrenchInput.wholeNumber(null, version, 0, Integer.MAX_VALUE, "La version de la réunion");
        }
    }

    // --- régions ---------------------------------------------------------------------------------------------------

    @GetMapping("/gestion/regions")
    String regions(Model model) {
        Actor actor = currentActor.require();
        model.addAttribute("regions", coPiloting.regions(actor));
        return "governance/regional/regions";
    }

    @GetMapping(REGION)
    String region(@PathVariable String region, Model model) {
        Actor actor = currentActor.require();
        return regionPage(model, actor, Scope.region(region), FormErrors.NONE, new BodyForm("", ""));
    }

    @PostMapping(REGION + "/instances")
    String constitute(@PathVariable String region, @Valid @ModelAttribute("bodyForm") BodyForm form, BindingResult errors, Model model,
                      RedirectAttributes flash) {
        Actor actor = currentActor.require();
        FormErrors.check(errors, form::toKind);
        return Outcomes.submit(errors, () -> {
            UUID body = coPiloting.constitute(actor, region, form.toKind(), form.name());
            flash.addFlashAttribute("success", "L'instance « " + form.name().strip() + " » est constituée.");
            return "redirect:/gestion/regions/" + region + "/instances/" + body;
        }, () -> {
            coPiloting.run(actor, Scope.region(region));
            return regionPage(model, actor, Scope.region(region), FormErrors.of(errors), form);
        });
    }

    @GetMapping(REGION + "/espace-partage")
    String sharedSpace(@PathVariable String region, @RequestParam(name = "campus", required = false) String campus,
                       @RequestParam(name = "type", required = false) String type, @RequestParam(name = "page", defaultValue = "1") String page,
                       Model model) {
        Actor actor = currentActor.require();
        UUID campusId = campus == null || campus.isBlank() ? null : parseId(campus);
        fr.passerelle.governance.documents.DocumentKind kind = fr.passerelle.governance.documents.DocumentKind.filter(type);
        int number = page.matches("[0-9]{1,6}") ? Integer.parseInt(page) : 1;
        var shown = sharedSpace.page(actor, region, campusId, kind, number);
        model.addAttribute("space", shown);
        model.addAttribute("access", shown.access());
        model.addAttribute("campusFilter", campusId == null ? "" : campusId.toString());
        model.addAttribute("typeFilter", kind == null ? "" : kind.name());
        model.addAttribute("campusOptions", shown.campuses().stream().map(c -> new Option(c.id().toString(), c.name())).toList());
        model.addAttribute("typeOptions", Arrays.stream(fr.passerelle.governance.documents.DocumentKind.values())
                .map(k -> new Option(k.name(), k.label())).toList());
        return "governance/regional/shared-space";
    }

    private static UUID parseId(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String regionPage(Model model, Actor actor, Scope scope, FormErrors formErrors, BodyForm form) {
        Access access = coPiloting.read(actor, scope);
        model.addAttribute("access", access);
        model.addAttribute("bodies", coPiloting.bodies(actor, scope));
        model.addAttribute("kindOptions", BodyKind.of(BodyKind.Scope.REGION).stream().map(k -> new Option(k.name(), k.label())).toList());
        model.addAttribute("bodyForm", form);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("panels", panels.stream().sorted(java.util.Comparator.comparingInt(fr.passerelle.governance.RegionPagePanel::order))
                .map(p -> p.panel(actor, access.scope().regionCode())).flatMap(java.util.Optional::stream).toList());
        return "governance/regional/region";
    }

    // --- bodies (of a région or a network) -------------------------------------------------------------------------

    @GetMapping(REGION + "/instances/{bodyId}")
    String body(@PathVariable String region, @PathVariable UUID bodyId, @RequestParam(name = "personne", required = false) String person,
                Model model) {
        Actor actor = currentActor.require();
        return bodyPage(model, actor, Scope.region(region), bodyId, person, FormErrors.NONE, null);
    }

    // --- a cluster's commissions -------------------------------------------------------------------------------------

    /** A new commission of the cluster: its kind, name and the meetings expected a year (optional). */
    record CommissionForm(@NotBlank(message = "Choisissez le type de commission.") String kind,
                          @NotBlank(message = "Le nom de la commission est obligatoire.")
                          @Size(max = 255, message = "Le nom de la commission ne peut dépasser 255 caractères.") String name,
                          String meetingsPerYear) {

        static CommissionForm empty() {
            return new CommissionForm("", "", "");
        }

        BodyKind toKind() {
            BodyKind chosen = FrenchInput.choice("kind", kind, BodyKind.class, "Choisissez le type de commission.");
            if (chosen.scope() != BodyKind.Scope.CLUSTER) {
                throw new fr.passerelle.platform.BusinessRuleException("kind", "Choisissez le type de commission.");
            }
            return chosen;
        }

        Integer perYear() {
            return FrenchInput.wholeNumber("meetingsPerYear", meetingsPerYear, 1, 52, "Le nombre de réunions par an");
        }
    }

    @GetMapping(CLUSTER)
    String commissions(@PathVariable UUID cluster, Model model) {
        Actor actor = currentActor.require();
        return commissionsPage(model, actor, cluster, CommissionForm.empty(), FormErrors.NONE);
    }

    @PostMapping(CLUSTER)
    String constituteCommission(@PathVariable UUID cluster, @Valid @ModelAttribute("commissionForm") CommissionForm form, BindingResult errors,
                                Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        FormErrors.check(errors, form::toKind, form::perYear);
        return Outcomes.submit(errors, () -> {
            UUID body = coPiloting.constitute(actor, cluster, form.toKind(), form.name(), form.perYear());
            flash.addFlashAttribute("success", "La commission « " + form.name().strip() + " » est constituée : ajoutez ses membres.");
            return "redirect:/gestion/clusters/" + cluster + "/commissions/" + body;
        }, () -> {
            coPiloting.run(actor, Scope.cluster(cluster));
            return commissionsPage(model, actor, cluster, form, FormErrors.of(errors));
        });
    }

    private String commissionsPage(Model model, Actor actor, UUID cluster, CommissionForm form, FormErrors formErrors) {
        Access access = coPiloting.read(actor, Scope.cluster(cluster));
        model.addAttribute("access", access);
        model.addAttribute("bodies", coPiloting.bodies(actor, Scope.cluster(cluster)));
        model.addAttribute("kindOptions", BodyKind.of(BodyKind.Scope.CLUSTER).stream().map(k -> new Option(k.name(), k.label())).toList());
        model.addAttribute("commissionForm", form);
        model.addAttribute("formErrors", formErrors);
        return "governance/regional/commissions";
    }

    @GetMapping(CLUSTER + "/{bodyId}")
    String commission(@PathVariable UUID cluster, @PathVariable UUID bodyId, @RequestParam(name = "personne", required = false) String person,
                      Model model) {
        Actor actor = currentActor.require();
        return bodyPage(model, actor, Scope.cluster(cluster), bodyId, person, FormErrors.NONE, null);
    }

    @GetMapping(NETWORK + "/instances/{bodyId}")
    String networkBody(@PathVariable UUID network, @PathVariable UUID bodyId) {
        return "redirect:/gestion/reseaux/" + network;
    }

    @PostMapping({REGION + "/instances/{bodyId}/membres", NETWORK + "/instances/{bodyId}/membres", CLUSTER + "/{bodyId}/membres"})
    String appoint(@PathVariable(required = false) String region, @PathVariable(required = false) UUID network, @PathVariable(required = false) UUID cluster, @PathVariable UUID bodyId,
                   @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        Scope scope = scope(region, network, cluster);
        FormErrors.check(errors, form::since, form::toSeat);
        return Outcomes.submit(errors, () -> {
            coPiloting.appoint(actor, scope, bodyId, form.person(), form.since(), form.toSeat());
            flash.addFlashAttribute("success", "Le membre a été ajouté.");
            return "redirect:" + bodyPath(coPiloting.read(actor, scope), bodyId);
        }, () -> bodyPage(model, actor, scope, bodyId, form.personne() == null ? "" : form.personne(), FormErrors.of(errors), null));
    }

    @PostMapping({REGION + "/instances/{bodyId}/parametres", NETWORK + "/instances/{bodyId}/parametres", CLUSTER + "/{bodyId}/parametres"})
    String configure(@PathVariable(required = false) String region, @PathVariable(required = false) UUID network, @PathVariable(required = false) UUID cluster, @PathVariable UUID bodyId,
                     @Valid @ModelAttribute("settingsForm") SettingsForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        Scope scope = scope(region, network, cluster);
        FormErrors.check(errors, form::chair, form::perYear);
        return Outcomes.submit(errors, () -> {
            coPiloting.configure(actor, scope, bodyId, form.expectedVersion(), form.chair(), form.perYear());
            flash.addFlashAttribute("success", "La présidence et la fréquence des réunions sont enregistrées.");
            return "redirect:" + bodyPath(coPiloting.read(actor, scope), bodyId);
        }, () -> bodyPage(model, actor, scope, bodyId, null, FormErrors.of(errors), null));
    }

    @PostMapping({REGION + "/instances/{bodyId}/reunions", NETWORK + "/instances/{bodyId}/reunions", CLUSTER + "/{bodyId}/reunions"})
    String plan(@PathVariable(required = false) String region, @PathVariable(required = false) UUID network, @PathVariable(required = false) UUID cluster, @PathVariable UUID bodyId,
                @Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        Scope scope = scope(region, network, cluster);
        FormErrors.check(errors, form::toDetails);
        return Outcomes.submit(errors, () -> {
            MeetingView meeting = coPiloting.schedule(actor, scope, bodyId, form.toDetails());
            flash.addFlashAttribute("success", "La réunion du " + meeting.when() + " est planifiée.");
            return "redirect:" + coPiloting.read(actor, scope).path() + "/reunions/" + meeting.id();
        }, () -> bodyPage(model, actor, scope, bodyId, null, FormErrors.of(errors), form));
    }

    @PostMapping({REGION + "/instances/{bodyId}/documents", NETWORK + "/instances/{bodyId}/documents", CLUSTER + "/{bodyId}/documents"})
    String addDocument(@PathVariable(required = false) String region, @PathVariable(required = false) UUID network, @PathVariable(required = false) UUID cluster, @PathVariable UUID bodyId,
                       @RequestParam(name = "title", required = false) String title,
                       @RequestParam(name = "fichier", required = false) MultipartFile file, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        Scope scope = scope(region, network, cluster);
        String target = bodyPath(coPiloting.read(actor, scope), bodyId) + "#documents";
        return Outcomes.redirect(flash, target, () -> coPiloting.addDocument(actor, scope, bodyId, title,
                file == null ? null : file.getOriginalFilename(), bytes(file)), "Le document est ajouté.");
    }

    @GetMapping({REGION + "/documents/{documentId}", NETWORK + "/documents/{documentId}", CLUSTER + "/documents/{documentId}"})
    ResponseEntity<byte[]> document(@PathVariable(required = false) String region, @PathVariable(required = false) UUID network,
                                    @PathVariable(required = false) UUID cluster,
                                    @PathVariable UUID documentId) {
        var file = coPiloting.documentContent(currentActor.require(), scope(region, network, cluster), documentId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Downloads.attachment(file.name(), file.contentType(), file.content());
    }

    String bodyPage(Model model, Actor actor, Scope scope, UUID bodyId, String person, FormErrors formErrors, MeetingForm meetingForm) {
        Access access = coPiloting.read(actor, scope);
        var body = coPiloting.body(actor, scope, bodyId);
        model.addAttribute("access", access);
        model.addAttribute("body", body);
        model.addAttribute("bodyPath", bodyPath(access, bodyId));
        model.addAttribute("documents", coPiloting.documents(actor, scope, bodyId));
        model.addAttribute("formErrors", formErrors);
        if (access.runs()) {
            model.addAttribute("personQuery", person == null ? "" : person.strip());
            model.addAttribute("candidates", person == null ? List.of() : coPiloting.people(actor, scope, person).stream()
                    .filter(c -> body.seats().stream().noneMatch(s -> s.person().id().equals(c.id()))).toList());
            model.addAttribute("seatOptions", access.cluster() ? List.of()
                    : Arrays.stream(RegionalSeat.values()).map(s -> new Option(s.name(), s.label())).toList());
            model.addAttribute("memberOptions", body.seats().stream().map(s -> new Option(s.person().id().toString(), s.person().fullName())).toList());
            if (!model.containsAttribute("settingsForm")) {
                model.addAttribute("settingsForm", new SettingsForm(Long.toString(body.version()),
                        body.chair() == null ? "" : body.chair().id().toString(), body.meetingsPerYear() == null ? "" : body.meetingsPerYear().toString()));
            }
            model.addAttribute("meetingForm", meetingForm != null ? meetingForm : MeetingForm.empty());
        }
        if (access.network()) {
            model.addAttribute("network", coPiloting.network(actor, scope.networkId()));
            if (access.runs()) {
                model.addAttribute("campusOptions", coPiloting.campuses(actor).stream().map(c -> new Option(c.id().toString(), c.name() + " — " + c.regionName())).toList());
            }
        }
        return "governance/regional/body";
    }

    // --- networks ----------------------------------------------------------------------------------------------------

    /** A new network. */
    record NetworkForm(@NotBlank(message = "Le nom du réseau est obligatoire.")
                       @Size(max = 255, message = "Le nom du réseau ne peut dépasser 255 caractères.") String name,
                       @NotBlank(message = "Choisissez la filière du réseau.") String sector) {

        Sector toSector() {
            return FrenchInput.choice("sector", sector, Sector.class, "Choisissez la filière du réseau.");
        }
    }

    @GetMapping("/gestion/reseaux")
    String networks(Model model) {
        Actor actor = currentActor.require();
        return networksPage(model, actor, new NetworkForm("", ""), FormErrors.NONE);
    }

    @PostMapping("/gestion/reseaux")
    String createNetwork(@Valid @ModelAttribute("networkForm") NetworkForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        FormErrors.check(errors, form::toSector);
        return Outcomes.submit(errors, () -> {
            UUID id = coPiloting.createNetwork(actor, form.name(), form.toSector(), null, List.of());
            flash.addFlashAttribute("success", "Le réseau « " + form.name().strip() + " » est créé : ajoutez ses campus et ses membres.");
            return "redirect:/gestion/reseaux/" + id;
        }, () -> {
            if (!RegionalPermissions.runsNetworks(actor)) {
                throw new org.springframework.security.access.AccessDeniedException("Seule l'administration nationale crée les réseaux.");
            }
            return networksPage(model, actor, form, FormErrors.of(errors));
        });
    }

    private String networksPage(Model model, Actor actor, NetworkForm form, FormErrors formErrors) {
        model.addAttribute("networks", coPiloting.networks(actor));
        model.addAttribute("creates", RegionalPermissions.runsNetworks(actor));
        model.addAttribute("sectorOptions", Arrays.stream(Sector.values()).map(s -> new Option(s.name(), s.label())).toList());
        model.addAttribute("networkForm", form);
        model.addAttribute("formErrors", formErrors);
        return "governance/regional/networks";
    }

    @GetMapping(NETWORK)
    String network(@PathVariable UUID network, @RequestParam(name = "personne", required = false) String person, Model model) {
        Actor actor = currentActor.require();
        UUID bodyId = coPiloting.network(actor, network).bodyId();
        return bodyPage(model, actor, Scope.network(network), bodyId, person, FormErrors.NONE, null);
    }

    @PostMapping(NETWORK + "/campus")
    String addCampus(@PathVariable UUID network, @RequestParam(name = "campusId", required = false) String campusId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/reseaux/" + network + "#campuses",
                () -> coPiloting.addCampus(actor, network, FrenchInput.id("campusId", campusId, "Choisissez un campus.")), "Le campus a rejoint le réseau.");
    }

    @PostMapping(NETWORK + "/campus/{campusId}/retrait")
    String removeCampus(@PathVariable UUID network, @PathVariable UUID campusId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/reseaux/" + network + "#campuses", () -> coPiloting.removeCampus(actor, network, campusId),
                "Le campus a quitté le réseau.");
    }

    @PostMapping(NETWORK + "/representant")
    String representative(@PathVariable UUID network, @RequestParam(name = "version", required = false) String version,
                          @RequestParam(name = "personId", required = false) String personId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, "/gestion/reseaux/" + network, () -> {
            var current = coPiloting.network(actor, network);
            coPiloting.describe(actor, network, version(version, "réseau"), current.name(),
                    current.sector(), FrenchInput.id("personId", personId, "Choisissez une personne de l'annuaire."));
        }, "Le représentant national du réseau est désigné.");
    }

    @GetMapping(NETWORK + "/agenda.ics")
    ResponseEntity<byte[]> networkCalendar(@PathVariable UUID network) {
        Actor actor = currentActor.require();
        var view = coPiloting.network(actor, network);
        var body = coPiloting.body(actor, Scope.network(network), view.bodyId());
        String ics = NetworkCalendar.write(view.name(), body.meetings(), clock.instant());
        return Downloads.attachment("agenda-reseau.ics", "text/calendar; charset=UTF-8", ics.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    // --- meetings ----------------------------------------------------------------------------------------------------

    @GetMapping({REGION + "/reunions/{meetingId}", NETWORK + "/reunions/{meetingId}", CLUSTER + "/reunions/{meetingId}"})
    String meeting(@PathVariable(required = false) String region, @PathVariable(required = false) UUID network, @PathVariable(required = false) UUID cluster, @PathVariable UUID meetingId,
                   Model model) {
        Actor actor = currentActor.require();
        return meetingPage(model, actor, scope(region, network, cluster), meetingId, null);
    }

    @PostMapping({REGION + "/reunions/{meetingId}/invitations", NETWORK + "/reunions/{meetingId}/invitations", CLUSTER + "/reunions/{meetingId}/invitations"})
    String invite(@PathVariable(required = false) String region, @PathVariable(required = false) UUID network, @PathVariable(required = false) UUID cluster, @PathVariable UUID meetingId,
                  RedirectAttributes flash) {
        Actor actor = currentActor.require();
        Scope scope = scope(region, network, cluster);
        return mailing(flash, meetingPath(actor, scope, meetingId), () -> coPiloting.invite(actor, scope, meetingId), "Non invité·es : ",
                sent -> sent.size() + " invitation(s) envoyée(s) : ");
    }

    @PostMapping({REGION + "/reunions/{meetingId}/satisfaction", NETWORK + "/reunions/{meetingId}/satisfaction", CLUSTER + "/reunions/{meetingId}/satisfaction"})
    String sendSurvey(@PathVariable(required = false) String region, @PathVariable(required = false) UUID network, @PathVariable(required = false) UUID cluster,
                      @PathVariable UUID meetingId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        Scope scope = scope(region, network, cluster);
        return mailing(flash, meetingPath(actor, scope, meetingId), () -> coPiloting.sendSurvey(actor, scope, meetingId), "Non sollicité·es : ",
                sent -> "Questionnaire envoyé à " + sent.size() + " membre(s) : ");
    }

    /** Sends e-mails to a meeting's members: who received them in success, who could not in error, both named. */
    private static String mailing(RedirectAttributes flash, String target, java.util.function.Supplier<ScopedBodies.Invitations> send, String notSent,
                                  java.util.function.Function<List<String>, String> sent) {
        return Outcomes.redirect(flash, target, () -> {
            var result = send.get();
            if (!result.notSent().isEmpty()) {
                flash.addFlashAttribute("error", notSent + String.join(", ", result.notSent()) + ".");
            }
            return result;
        }, result -> result.sent().isEmpty() ? null : sent.apply(result.sent()) + String.join(", ", result.sent()) + ".");
    }

    @GetMapping({REGION + "/reunions/{meetingId}/invitation.ics", NETWORK + "/reunions/{meetingId}/invitation.ics", CLUSTER + "/reunions/{meetingId}/invitation.ics"})
    ResponseEntity<byte[]> invitation(@PathVariable(required = false) String region, @PathVariable(required = false) UUID network,
                                      @PathVariable(required = false) UUID cluster,
                                      @PathVariable UUID meetingId) {
        var file = coPiloting.invitation(currentActor.require(), scope(region, network, cluster), meetingId);
        return Downloads.attachment(file.fileName(), file.contentType(), file.content());
    }

    @PostMapping({REGION + "/reunions/{meetingId}/emargement", NETWORK + "/reunions/{meetingId}/emargement", CLUSTER + "/reunions/{meetingId}/emargement"})
    String attendance(@PathVariable(required = false) String region, @PathVariable(required = false) UUID network, @PathVariable(required = false) UUID cluster, @PathVariable UUID meetingId,
                      @RequestParam(name = "version", required = false) String version, @RequestParam Map<String, String> params,
                      RedirectAttributes flash) {
        Actor actor = currentActor.require();
        Scope scope = scope(region, network, cluster);
        return Outcomes.redirect(flash, meetingPath(actor, scope, meetingId), () -> coPiloting.recordAttendance(actor, scope, meetingId,
                version(version, "réunion"), statuses(params)), "L'émargement est enregistré.");
    }

    @PostMapping({REGION + "/reunions/{meetingId}/compte-rendu", NETWORK + "/reunions/{meetingId}/compte-rendu", CLUSTER + "/reunions/{meetingId}/compte-rendu"})
    String minutes(@PathVariable(required = false) String region, @PathVariable(required = false) UUID network, @PathVariable(required = false) UUID cluster, @PathVariable UUID meetingId,
                   @Valid @ModelAttribute("minutesForm") MinutesForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        Scope scope = scope(region, network, cluster);
        return Outcomes.submit(errors, () -> {
            coPiloting.recordMinutes(actor, scope, meetingId, form.expectedVersion(), form.minutes(), form.decisions());
            flash.addFlashAttribute("success", "Le compte rendu est enregistré.");
            return "redirect:" + meetingPath(actor, scope, meetingId);
        }, () -> {
            coPiloting.run(actor, scope);
            return meetingPage(model, actor, scope, meetingId, FormErrors.of(errors));
        });
    }

    @PostMapping({REGION + "/reunions/{meetingId}/compte-rendu/fichier", NETWORK + "/reunions/{meetingId}/compte-rendu/fichier", CLUSTER + "/reunions/{meetingId}/compte-rendu/fichier"})
    String attachMinutes(@PathVariable(required = false) String region, @PathVariable(required = false) UUID network, @PathVariable(required = false) UUID cluster, @PathVariable UUID meetingId,
                         @RequestParam(name = "fichier", required = false) MultipartFile file, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        Scope scope = scope(region, network, cluster);
        return Outcomes.redirect(flash, meetingPath(actor, scope, meetingId), () -> coPiloting.attachMinutes(actor, scope, meetingId,
                file == null ? null : file.getOriginalFilename(), bytes(file)), "Le fichier est joint au compte rendu.");
    }

    @GetMapping({REGION + "/reunions/{meetingId}/compte-rendu/fichier", NETWORK + "/reunions/{meetingId}/compte-rendu/fichier", CLUSTER + "/reunions/{meetingId}/compte-rendu/fichier"})
    ResponseEntity<byte[]> minutesFile(@PathVariable(required = false) String region, @PathVariable(required = false) UUID network,
                                       @PathVariable(required = false) UUID cluster,
                                       @PathVariable UUID meetingId) {
        var file = coPiloting.minutesContent(currentActor.require(), scope(region, network, cluster), meetingId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Downloads.attachment(file.name(), file.contentType(), file.content());
    }

    @GetMapping({REGION + "/reunions/{meetingId}/modifier", NETWORK + "/reunions/{meetingId}/modifier", CLUSTER + "/reunions/{meetingId}/modifier"})
    String changeForm(@PathVariable(required = false) String region, @PathVariable(required = false) UUID network, @PathVariable(required = false) UUID cluster, @PathVariable UUID meetingId,
                      Model model) {
        Actor actor = currentActor.require();
        Scope scope = scope(region, network, cluster);
        Access access = coPiloting.run(actor, scope);
        MeetingView meeting = coPiloting.meeting(actor, scope, meetingId);
        return changePage(model, access, meeting, MeetingChangeForm.of(meeting), FormErrors.NONE);
    }

    @PostMapping({REGION + "/reunions/{meetingId}/modifier", NETWORK + "/reunions/{meetingId}/modifier", CLUSTER + "/reunions/{meetingId}/modifier"})
    String change(@PathVariable(required = false) String region, @PathVariable(required = false) UUID network, @PathVariable(required = false) UUID cluster, @PathVariable UUID meetingId,
                  @Valid @ModelAttribute("meetingForm") MeetingChangeForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        Scope scope = scope(region, network, cluster);
        FormErrors.check(errors, form::toDetails);
        return Outcomes.submit(errors, () -> {
            boolean changed = coPiloting.reschedule(actor, scope, meetingId, form.expectedVersion(), form.toDetails());
            flash.addFlashAttribute("success", changed ? "La réunion est modifiée ; les membres déjà invités reçoivent l'invitation mise à jour."
                    : "Rien n'a changé.");
            return "redirect:" + meetingPath(actor, scope, meetingId);
        }, () -> changePage(model, coPiloting.run(actor, scope), coPiloting.meeting(actor, scope, meetingId), form, FormErrors.of(errors)));
    }

    private String changePage(Model model, Access access, MeetingView meeting, MeetingChangeForm form, FormErrors formErrors) {
        model.addAttribute("access", access);
        model.addAttribute("meeting", meeting);
        model.addAttribute("meetingForm", form);
        model.addAttribute("formErrors", formErrors);
        return "governance/regional/meeting-change";
    }

    @GetMapping({REGION + "/reunions/{meetingId}/annulation", NETWORK + "/reunions/{meetingId}/annulation", CLUSTER + "/reunions/{meetingId}/annulation"})
    String cancellationForm(@PathVariable(required = false) String region, @PathVariable(required = false) UUID network,
                            @PathVariable(required = false) UUID cluster,
                            @PathVariable UUID meetingId, Model model) {
        Actor actor = currentActor.require();
        Scope scope = scope(region, network, cluster);
        Access access = coPiloting.run(actor, scope);
        MeetingView meeting = coPiloting.meeting(actor, scope, meetingId);
        return cancellationPage(model, access, meeting, new CancellationForm(Long.toString(meeting.version()), ""), FormErrors.NONE);
    }

    @PostMapping({REGION + "/reunions/{meetingId}/annulation", NETWORK + "/reunions/{meetingId}/annulation", CLUSTER + "/reunions/{meetingId}/annulation"})
    String cancel(@PathVariable(required = false) String region, @PathVariable(required = false) UUID network, @PathVariable(required = false) UUID cluster, @PathVariable UUID meetingId,
                  @Valid @ModelAttribute("cancellationForm") CancellationForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        Scope scope = scope(region, network, cluster);
        return Outcomes.submit(errors, () -> {
            coPiloting.cancel(actor, scope, meetingId, form.expectedVersion(), Text.trimToNull(form.reason()));
            flash.addFlashAttribute("success", "La réunion est annulée.");
            return "redirect:" + meetingPath(actor, scope, meetingId);
        }, () -> cancellationPage(model, coPiloting.run(actor, scope), coPiloting.meeting(actor, scope, meetingId), form, FormErrors.of(errors)));
    }

    private String cancellationPage(Model model, Access access, MeetingView meeting, CancellationForm form, FormErrors formErrors) {
        model.addAttribute("access", access);
        model.addAttribute("meeting", meeting);
        model.addAttribute("cancellationForm", form);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("meetingPath", access.path() + "/reunions/" + meeting.id());
        return "governance/meeting-cancel";
    }

    private String meetingPage(Model model, Actor actor, Scope scope, UUID meetingId, FormErrors formErrors) {
        Access access = coPiloting.read(actor, scope);
        MeetingView meeting = coPiloting.meeting(actor, scope, meetingId);
        model.addAttribute("access", access);
        model.addAttribute("meeting", meeting);
        model.addAttribute("bodyPath", bodyPath(access, meeting.bodyId()));
        model.addAttribute("minutesFile", coPiloting.minutesFile(actor, scope, meetingId).orElse(null));
        model.addAttribute("satisfaction", coPiloting.satisfaction(actor, scope, meetingId));
        model.addAttribute("richTextHint", RichText.HINT);
        model.addAttribute("sendsMail", coPiloting.sendsMail());
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute("formErrors", formErrors == null ? FormErrors.NONE : formErrors);
        model.addAttribute("over", meeting.isOver(LocalDateTime.now(clock.withZone(Times.current().zone()))));
        if (!model.containsAttribute("minutesForm") || formErrors == null) {
            model.addAttribute("minutesForm", new MinutesForm(Long.toString(meeting.version()), meeting.minutes(), meeting.decisions()));
        }
        return "governance/regional/meeting";
    }

    private String meetingPath(Actor actor, Scope scope, UUID meetingId) {
        return coPiloting.read(actor, scope).path() + "/reunions/" + meetingId;
    }

    private static String bodyPath(Access access, UUID bodyId) {
        return access.network() ? access.path() : access.bodiesPath() + "/" + bodyId;
    }

    /** The version a form was opened with; refused when missing (the page must be reloaded). */
    private static long version(String text, String what) {
        Integer version = FrenchInput.wholeNumber(null, text, 0, Integer.MAX_VALUE, "La version");
        if (version == null) {
            throw new fr.passerelle.platform.BusinessRuleException(null, "Rechargez la page : la version de la " + what.replace("réseau", "fiche du réseau") + " manque.");
        }
        return version;
    }

    private static Scope scope(String region, UUID network, UUID cluster) {
        return region != null ? Scope.region(region) : network != null ? Scope.network(network) : Scope.cluster(cluster);
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

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
