package fr.passerelle.labelling;

import fr.passerelle.platform.Times;
import fr.passerelle.labelling.ApplicationForms.ChangesForm;
import fr.passerelle.labelling.ApplicationForms.DecisionForm;
import fr.passerelle.labelling.ApplicationForms.DirectionForm;
import fr.passerelle.labelling.ApplicationForms.NewApplicationForm;
import fr.passerelle.labelling.ApplicationForms.OpinionForm;
import fr.passerelle.labelling.ApplicationForms.SectionForm;
import fr.passerelle.labelling.ApplicationForms.SubmitForm;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Outcomes;
import jakarta.validation.Valid;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.Sector;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.Text;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.RichText;
import fr.passerelle.territory.Territories;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ApplicationParts in the back office: the promoters write them, the regional bodies, experts and administration review them. */
@Controller
class ApplicationController {

    private static final String BASE = "/gestion/labellisation/dossiers/";
    private static final UUID NO_DOCUMENT = new UUID(0, 0);
    /** The dashboard lists the latest dossiers; the board lists, filters and pages them all. */
    static final int DASHBOARD_DOSSIERS = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH);

    private final Applications applications;
    private final ApplicationDrafts drafts;
    private final ApplicationQueries queries;
    private final ApplicationTeams teams;
    private final ExpertReviews reviews;
    private final Calls calls;
    private final CampusRegistry registry;
    private final Territories territories;
    private final Accounts accounts;
    private final CurrentActor currentActor;
    private final java.time.Clock clock;
    private final fr.passerelle.platform.AuditTrail audit;
    private final fr.passerelle.platform.PasserelleProperties properties;
    private final DiagnosisQuotations quotations;

    ApplicationController(ApplicationDrafts drafts, Applications applications, ApplicationQueries queries, ApplicationTeams teams, ExpertReviews reviews, Calls calls, CampusRegistry registry, Territories territories, Accounts accounts,
                      CurrentActor currentActor, java.time.Clock clock, fr.passerelle.platform.AuditTrail audit,
                      fr.passerelle.platform.PasserelleProperties properties, DiagnosisQuotations quotations) {
        this.quotations = quotations;
        this.audit = audit;
        this.properties = properties;
        this.applications = applications;
        this.drafts = drafts;
        this.queries = queries;
        this.teams = teams;
        this.reviews = reviews;
        this.calls = calls;
        this.registry = registry;
        this.territories = territories;
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    // --- dashboard and creation ------------------------------------------------------------------------------------

    @GetMapping("/gestion/labellisation")
    String dashboard(Model model) {
        Actor actor = currentActor.require();
        model.addAttribute("actor", actor);
        model.addAttribute("admin", actor.isNationalAdmin());
        model.addAttribute("board", ReviewBoard.allows(actor));
        model.addAttribute("externalEvaluations", ExternalEvaluationPermissions.mayList(actor));
        model.addAttribute("calls", actor.isNationalAdmin() ? calls.all() : calls.published());
        model.addAttribute("today", calls.today());
        model.addAttribute("canApply", !promotableCampuses(actor).isEmpty() || ApplicationPermissions.mayPromoteNewCampuses(actor));
        List<ApplicationView> dossiers = queries.visibleTo(actor);
        model.addAttribute("dossiers", dossiers.stream().limit(DASHBOARD_DOSSIERS).toList());
        model.addAttribute("dossierCount", dossiers.size());
        return "labelling/dashboard";
    }

    @GetMapping("/gestion/labellisation/dossiers/nouveau")
    String newDossier(@RequestParam(name = "appel") UUID callId, Model model) {
        Actor actor = currentActor.require();
        return newDossierPage(model, actor, new NewApplicationForm(callId.toString(), "", "", "", actor.academyCode() == null ? "" : actor.academyCode(),
                "", List.of(), List.of()), FormErrors.NONE);
    }

    @PostMapping("/gestion/labellisation/dossiers")
    String create(@Valid @ModelAttribute("dossierForm") NewApplicationForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        UUID callId = FrenchInput.pickedId(form.callId()).orElse(null);
        if (callId == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return Outcomes.submit(errors, () -> {
            var dossier = drafts.create(actor, form.toRequest(callId));
            flash.addFlashAttribute("success", "Le dossier « " + dossier.projectName() + " » est ouvert. Rédigez chaque critère ; "
                    + "le brouillon s'enregistre au fil de la saisie.");
            return "redirect:" + BASE + dossier.id();
        }, () -> newDossierPage(model, actor, form, FormErrors.of(errors)));
    }

    // --- the dossier -----------------------------------------------------------------------------------------------

    @GetMapping(BASE + "{id}")
    String dossier(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        ApplicationView dossier = queries.readableOrAdvised(actor, id);
        return dossierPage(model, actor, dossier, null, null, FormErrors.NONE);
    }

    @GetMapping(BASE + "{id}/criteres/{criterion}")
    String section(@PathVariable UUID id, @PathVariable Criterion criterion, Model model) {
        Actor actor = currentActor.require();
        ApplicationView dossier = queries.readableOrAdvised(actor, id);
        var section = queries.section(id, criterion);
        return sectionPage(model, actor, dossier, criterion, section.text(), section.revision(), null);
    }

    @PostMapping(BASE + "{id}/criteres/{criterion}")
    String saveSection(@PathVariable UUID id, @PathVariable Criterion criterion, @Valid @ModelAttribute SectionForm form, BindingResult errors,
                       Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ApplicationView dossier = queries.readable(actor, id);
        return Outcomes.submit(errors, () -> {
            drafts.saveSection(actor, id, criterion, form.revision(), form.text());
            flash.addFlashAttribute("success", "Le " + criterion.number().toLowerCase(Locale.FRENCH) + " est enregistré.");
            return "redirect:" + BASE + id + "#criteres";
        }, () -> sectionPage(model, actor, dossier, criterion, form.text(), form.revision() == null ? 0 : form.revision(), firstMessage(errors)));
    }

    /** Autosave of a draft, called by htmx as the promoters type: answers a status line and the new revision. */
    @PostMapping(BASE + "{id}/criteres/{criterion}/brouillon")
    String autosave(@PathVariable UUID id, @PathVariable Criterion criterion, @Valid @ModelAttribute SectionForm form, BindingResult errors, Model model) {
        Actor actor = currentActor.require();
        queries.readable(actor, id);
        model.addAttribute("revision", form.revision() == null ? 0 : form.revision());
        return Outcomes.submit(errors, () -> {
            model.addAttribute("revision", drafts.saveSection(actor, id, criterion, form.revision(), form.text()));
            model.addAttribute("message", "Brouillon enregistré à " + Times.current().format(java.time.LocalTime.now(clock), TIME) + ".");
            model.addAttribute("failed", false);
            return "labelling/section :: autosave";
        }, () -> {
            model.addAttribute("message", firstMessage(errors));
            model.addAttribute("failed", true);
            return "labelling/section :: autosave";
        });
    }

    @PostMapping(BASE + "{id}/pieces")
    String attach(@PathVariable UUID id, @RequestParam(name = "requiredDocumentId", required = false) String requiredDocumentId,
                  @RequestParam(name = "fichier", required = false) MultipartFile file, RedirectAttributes flash) throws IOException {
        Actor actor = currentActor.require();
        // A malformed id is read as an id no document has: the service checks who may attach before it refuses the choice.
        UUID document = requiredDocumentId == null || requiredDocumentId.isBlank() ? null
                : FrenchInput.pickedId(requiredDocumentId).orElse(NO_DOCUMENT);
        byte[] content = file == null ? null : file.getBytes();
        return Outcomes.redirect(flash, BASE + id + "#pieces",
                () -> drafts.attach(actor, id, document, file == null ? null : file.getOriginalFilename(), content),
                attachment -> "La pièce « " + attachment.fileName() + " » est jointe au dossier.");
    }

    @PostMapping(BASE + "{id}/pieces/{attachmentId}/retrait")
    String removeAttachment(@PathVariable UUID id, @PathVariable UUID attachmentId, RedirectAttributes flash) {
        return Outcomes.redirect(flash, BASE + id + "#pieces", () -> drafts.removeAttachment(currentActor.require(), id, attachmentId),
                "La pièce est retirée du dossier.");
    }

    @GetMapping(BASE + "{id}/pieces/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        queries.readableOrAdvised(currentActor.require(), id);
        return download(queries.attachmentFile(id, attachmentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    /** The operational direction: the director named or the commitment to recruit one. */
    @PostMapping(BASE + "{id}/direction")
    String saveDirection(@PathVariable UUID id, @Valid @ModelAttribute("directionForm") DirectionForm form, BindingResult errors, Model model,
                         RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ApplicationView dossier = queries.readable(actor, id);
        return Outcomes.submit(errors, () -> {
            drafts.saveDirection(actor, id, form.revision(), form.toDirection());
            flash.addFlashAttribute("success", "La direction opérationnelle est enregistrée.");
            return "redirect:" + BASE + id + "#direction";
        }, () -> dossierPage(model, actor, dossier, null, null, FormErrors.of(errors)));
    }

    /** The mission letter of the named director, signed by the recteur d'académie. */
    @PostMapping(BASE + "{id}/direction/lettre")
    String missionLetter(@PathVariable UUID id, @RequestParam(name = "revision", defaultValue = "-1") int revision,
                         @RequestParam(name = "fichier", required = false) MultipartFile file, RedirectAttributes flash) throws IOException {
        Actor actor = currentActor.require();
        byte[] content = file == null ? null : file.getBytes();
        return Outcomes.redirect(flash, BASE + id + "#direction",
                () -> drafts.attachMissionLetter(actor, id, revision, file == null ? null : file.getOriginalFilename(), content),
                "La lettre de mission est jointe au dossier.");
    }

    @PostMapping(BASE + "{id}/equipe")
    String addToTeam(@PathVariable UUID id, @RequestParam(name = "accountId", required = false) String accountId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, BASE + id + "#equipe", () -> teams.addToTeam(actor, id, accountId == null || accountId.isBlank() ? null
                : FrenchInput.id("accountId", accountId, "Choisissez le compte d'une direction opérationnelle ou d'un membre partenaire.")),
                "L'équipe projet est complétée.");
    }

    @PostMapping(BASE + "{id}/equipe/{accountId}/retrait")
    String removeFromTeam(@PathVariable UUID id, @PathVariable UUID accountId, RedirectAttributes flash) {
        return Outcomes.redirect(flash, BASE + id + "#equipe", () -> teams.removeFromTeam(currentActor.require(), id, accountId),
                "Le compte ne fait plus partie de l'équipe projet.");
    }

    @PostMapping(BASE + "{id}/depot")
    String submit(@PathVariable UUID id, @Valid @ModelAttribute SubmitForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ApplicationView dossier = applications.authorize(actor, id, ApplicationAct.SUBMIT, ApplicationAct.RESUBMIT);
        return Outcomes.submit(errors, () -> {
            var submitted = applications.submit(actor, id, form.version(), form.answer());
            flash.addFlashAttribute("success", submitted.round() == 1
                    ? "Le dossier est déposé. La coordination régionale recueille les avis du CAEN et du Crefop."
                    : "La version " + submitted.round() + " est déposée : les experts reprennent l'expertise.");
            return "redirect:" + BASE + id;
        }, () -> dossierPage(model, actor, dossier, firstMessage(errors), form.answer(), FormErrors.NONE));
    }

    // --- review ----------------------------------------------------------------------------------------------------

    @PostMapping(BASE + "{id}/avis")
    String opinion(@PathVariable UUID id, @Valid @ModelAttribute("opinionForm") OpinionForm form, BindingResult errors, Model model,
                   RedirectAttributes flash) throws IOException {
        MultipartFile file = form.fichier();
        Actor actor = currentActor.require();
        ApplicationView dossier = applications.authorize(actor, id, ApplicationAct.RECORD_REGIONAL_OPINION, ApplicationAct.RECORD_SYNTHESIS,
                ApplicationAct.RECORD_CNEE_OPINION);
        byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
        return Outcomes.submit(errors, () -> {
            OpinionBody body = form.opinionBody();
            applications.recordOpinion(actor, id, form.version(), body, form.opinionVerdict(), form.date(), form.reasons(),
                    file == null ? null : file.getOriginalFilename(), content);
            flash.addFlashAttribute("success", "L'avis " + body.label() + " est enregistré.");
            return "redirect:" + BASE + id;
        }, () -> dossierPage(model, actor, dossier, null, null, FormErrors.of(errors)));
    }

    @GetMapping(BASE + "{id}/avis/{opinionId}")
    ResponseEntity<byte[]> opinionFile(@PathVariable UUID id, @PathVariable UUID opinionId) {
        queries.readable(currentActor.require(), id);
        return download(queries.opinionFile(id, opinionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    @PostMapping(BASE + "{id}/experts")
    String assign(@PathVariable UUID id, @RequestParam(name = "expertIds", required = false) List<UUID> expertIds, RedirectAttributes flash) {
        return Outcomes.redirect(flash, BASE + id + "#experts",
                () -> applications.assignExperts(currentActor.require(), id, expertIds == null ? List.of() : expertIds), "Les experts sont affectés au dossier.");
    }

    @PostMapping(BASE + "{id}/deport")
    String decline(@PathVariable UUID id, @RequestParam(name = "reason", required = false) String reason, RedirectAttributes flash) {
        flash.addFlashAttribute("declineReason", reason);
        String outcome = Outcomes.redirect(flash, BASE + id + "/expertise", () -> reviews.decline(currentActor.require(), id, reason),
                "Votre déport est enregistré : le dossier ne vous est plus confié.");
        return flash.getFlashAttributes().containsKey("success") ? "redirect:/gestion/labellisation" : outcome;
    }

    @GetMapping(BASE + "{id}/expertise")
    String review(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        ApplicationView dossier = queries.readable(actor, id);
        var review = reviews.openReview(actor, id);
        return reviewPage(model, dossier, review, review.scores(), null);
    }

    @PostMapping(BASE + "{id}/expertise")
    String score(@PathVariable UUID id, @RequestParam("version") long version, @RequestParam Map<String, String> params,
                 @RequestParam(name = "remettre", defaultValue = "false") boolean submit, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ApplicationView dossier = queries.readable(actor, id);
        Map<Criterion, ApplicationParts.Score> typed = new EnumMap<>(Criterion.class);
        var errors = new MapBindingResult(new java.util.HashMap<>(params), "scores");
        return Outcomes.submit(errors, () -> {
            for (Criterion criterion : dossier.criteria()) {
                typed.put(criterion, new ApplicationParts.Score(null, params.get("comment-" + criterion.name())));
            }
            for (Criterion criterion : dossier.criteria()) {
                String score = params.get("score-" + criterion.name());
                typed.put(criterion, new ApplicationParts.Score(score == null || score.isBlank() ? null
                        : FrenchInput.wholeNumber("score-" + criterion.name(), score, 0, 4, criterion.number() + " : la note"), params.get("comment-" + criterion.name())));
            }
            reviews.score(actor, id, version, typed, submit);
            flash.addFlashAttribute("success", submit ? "Votre expertise est remise." : "Vos notes sont enregistrées.");
            return "redirect:" + BASE + id + "/expertise";
        }, () -> {
            var review = reviews.openReview(actor, id);
            return reviewPage(model, dossier, new ApplicationParts.Review(review.id(), review.expertId(), review.expertName(), review.round(),
                    review.submittedAt(), version, review.scores()), typed, firstMessage(errors));
        });
    }

    @PostMapping(BASE + "{id}/navette")
    String requestChanges(@PathVariable UUID id, @Valid @ModelAttribute ChangesForm form, BindingResult errors, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        applications.authorize(actor, id, ApplicationAct.REQUEST_CHANGES);
        flash.addFlashAttribute("changesRequested", form.request());
        return Outcomes.redirect(flash, BASE + id, () -> {
            if (errors.hasErrors()) {
                throw new fr.passerelle.platform.BusinessRuleException(firstMessage(errors));
            }
            applications.requestChanges(actor, id, form.version(), form.request());
        }, "Le dossier repart vers les porteurs avec vos demandes.");
    }

    @PostMapping(BASE + "{id}/decision")
    String decide(@PathVariable UUID id, @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ApplicationView dossier = applications.authorize(actor, id, ApplicationAct.DECIDE);
        return Outcomes.submit(errors, () -> {
            boolean granted = form.granted();
            applications.decide(actor, id, form.version(), granted, form.labelCategory(), form.date(), form.reference(), form.reasons());
            flash.addFlashAttribute("success", granted
                    ? "Le label est accordé : le campus est labellisé et son attestation est disponible." : "La décision de refus est enregistrée.");
            return "redirect:" + BASE + id;
        }, () -> dossierPage(model, actor, dossier, null, null, FormErrors.of(errors)));
    }

    @GetMapping(BASE + "{id}/attestation.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable UUID id) {
        ApplicationView dossier = queries.readable(currentActor.require(), id);
        var decision = queries.decision(id).filter(ApplicationParts.Decision::granted)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("attestation-label-" + registry.byId(dossier.campusId()).map(CampusCard::slug).orElse("campus") + ".pdf")
                        .build().toString())
                .body(Certificate.render(dossier, decision, properties.legal().ministryName()));
    }

    @GetMapping(BASE + "{id}/versions/{number}")
    String version(@PathVariable UUID id, @PathVariable int number, Model model) {
        Actor actor = currentActor.require();
        ApplicationView dossier = queries.readable(actor, id);
        var versions = queries.versions(id);
        var version = versions.stream().filter(v -> v.number() == number).findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var previous = versions.stream().filter(v -> v.number() == number - 1).findFirst().orElse(null);
        List<SectionDiff> sections = new ArrayList<>();
        for (Criterion criterion : dossier.criteria()) {
            String text = version.content().sectionOf(criterion);
            String before = previous == null ? null : previous.content().sectionOf(criterion);
            sections.add(new SectionDiff(criterion, text == null ? "" : RichText.html(text),
                    previous != null && TextDiff.changed(before, text) ? TextDiff.lines(before, text) : List.of()));
        }
        model.addAttribute("dossier", dossier);
        model.addAttribute("version", version);
        model.addAttribute("previous", previous);
        model.addAttribute("sections", sections);
        model.addAttribute("changedCount", sections.stream().filter(SectionDiff::changed).count());
        return "labelling/version";
    }

    record SectionDiff(Criterion criterion, String html, List<TextDiff.Line> diff) {
        public boolean changed() {
            return !diff.isEmpty();
        }
    }

    // --- pages ---------------------------------------------------------------------------------------------------------

    private String dossierPage(Model model, Actor actor, ApplicationView dossier, String submitError, String answer, FormErrors errors) {
        UUID id = dossier.id();
        CallView call = calls.require(dossier.callId());
        var sections = queries.sections(id);
        boolean promoter = ApplicationPermissions.isPromoter(actor, dossier);
        model.addAttribute("dossier", dossier);
        model.addAttribute("call", call);
        model.addAttribute("sections", sections);
        model.addAttribute("writtenCount", dossier.criteria().stream().filter(c -> sections.containsKey(c) && sections.get(c).written()).count());
        model.addAttribute("attachments", queries.attachments(id));
        model.addAttribute("missing", dossier.status().isEditableByPromoters() ? queries.missing(dossier) : List.of());
        model.addAttribute("opinions", queries.opinions(id));
        model.addAttribute("assignments", queries.assignments(id));
        model.addAttribute("reviews", actor.isNationalAdmin() ? queries.reviews(id, Math.max(1, dossier.round())) : List.of());
        model.addAttribute("exchanges", queries.exchanges(id));
        model.addAttribute("expertProgress", queries.expertProgress(id, Math.max(1, dossier.round())));
        model.addAttribute("versions", queries.versions(id));
        model.addAttribute("decision", queries.decision(id).orElse(null));
        model.addAttribute("steps", queries.steps(id));
        ApplicationQueries.ReportInfo report = queries.report(id).orElse(null);
        model.addAttribute("report", report);
        model.addAttribute("labelReadable", report != null && queries.mayRead(actor, report.labelId()));
        ReportAnnex annex = report != null && report.purpose().annexed() ? queries.annex(id).orElse(null) : null;
        model.addAttribute("annex", annex);
        model.addAttribute("annexTables", annex == null ? List.of()
                : annex.tables(dossier.campusId() != null && registry.canManage(actor, dossier.campusId())));
        model.addAttribute("dueOn", queries.dueOn(id).orElse(null));
        model.addAttribute("overdue", queries.dueOn(id).map(d -> d.isBefore(calls.today()) && dossier.status().isEditableByPromoters()).orElse(false));
        model.addAttribute("history", actor.isNationalAdmin() ? audit.history(Applications.AUDITED, id) : List.of());
        model.addAttribute("liveData", queries.liveData(dossier));
        model.addAttribute("promoter", promoter);
        model.addAttribute("canWrite", ApplicationPermissions.canWrite(actor, dossier));
        model.addAttribute("acts", queries.allowedActs(actor, dossier));
        model.addAttribute("admin", actor.isNationalAdmin());
        model.addAttribute("expert", queries.isActiveExpert(actor, id));
        model.addAttribute("submitError", submitError);
        model.addAttribute("answer", answer);
        model.addAttribute("formErrors", errors);
        model.addAttribute("team", dossier.team().stream().flatMap(t -> accounts.byId(t).stream()).toList());
        model.addAttribute("directorOptions", ApplicationTeams.TEAM_ROLES.stream().flatMap(role -> accounts.withRole(role).stream())
                .filter(d -> !dossier.team().contains(d.accountId()))
                .map(d -> new Option(d.accountId().toString(), d.displayName() + " — " + d.role().label())).toList());
        model.addAttribute("experts", accounts.withRole(Role.EXPERT).stream().map(e -> new Option(e.accountId().toString(), e.displayName())).toList());
        model.addAttribute("verdicts", Arrays.stream(Verdict.values()).map(v -> new Option(v.name(), v.label())).toList());
        model.addAttribute("regionalBodies", Arrays.stream(OpinionBody.values()).filter(b -> ApplicationPermissions.recordsOpinionOf(actor, b, dossier))
                .filter(b -> queries.opinions(id).stream().noneMatch(o -> o.body() == b)).map(b -> new Option(b.name(), b.label() + " — " + b.fullName())).toList());
        // A form whose record could not be built (a hidden version past any number) is bound as null: it starts again.
        if (model.getAttribute("opinionForm") == null) {
            model.addAttribute("opinionForm", OpinionForm.empty(dossier.version(), calls.today()));
        }
        ApplicationParts.Direction direction = queries.direction(id);
        model.addAttribute("direction", direction);
        if (model.getAttribute("directionForm") == null) {
            model.addAttribute("directionForm", DirectionForm.of(direction));
        }
        model.addAttribute("advisor", ApplicationPermissions.advises(actor, dossier, queries.isAdvisor(actor, id)));
        if (model.getAttribute("decisionForm") == null) {
            model.addAttribute("decisionForm", DecisionForm.empty(dossier.version(), dossier.category(), calls.today()));
        }
        return "labelling/dossier";
    }

    private String sectionPage(Model model, Actor actor, ApplicationView dossier, Criterion criterion, String text, int revision, String error) {
        CallView call = calls.require(dossier.callId());
        if (!dossier.criteria().contains(criterion)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("dossier", dossier);
        model.addAttribute("criterion", criterion);
        model.addAttribute("guidance", call.guidanceOf(criterion));
        model.addAttribute("text", text);
        model.addAttribute("revision", revision);
        model.addAttribute("error", error);
        model.addAttribute("canWrite", ApplicationPermissions.canWrite(actor, dossier));
        model.addAttribute("quotations", DiagnosisQuotations.offered(criterion) && ApplicationPermissions.canWrite(actor, dossier)
                ? quotations.of(dossier) : List.of());
        model.addAttribute("liveData", queries.liveData(dossier).getOrDefault(criterion, List.of()));
        model.addAttribute("minLength", ApplicationQueries.MIN_SECTION_LENGTH);
        model.addAttribute("richTextHint", RichText.HINT);
        model.addAttribute("html", RichText.html(text));
        return "labelling/section";
    }

    private String reviewPage(Model model, ApplicationView dossier, ApplicationParts.Review review, Map<Criterion, ApplicationParts.Score> scores, String error) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("review", review);
        model.addAttribute("scores", scores);
        model.addAttribute("sections", queries.sections(dossier.id()));
        model.addAttribute("error", error);
        model.addAttribute("directionLines", ApplicationPdf.directionLines(queries.direction(dossier.id())));
        boolean editable = ApplicationAct.SCORE.possibleAt(dossier.status(), dossier.progressReport()) && !review.submitted();
        model.addAttribute("editable", editable);
        // After a navette: the exchange that led to this version, and what it changed since the version the expert scored.
        var versions = queries.versions(dossier.id());
        var current = versions.stream().filter(v -> v.number() == review.round()).findFirst();
        var previous = versions.stream().filter(v -> v.number() == review.round() - 1).findFirst();
        Map<Criterion, List<List<TextDiff.Line>>> changes = new EnumMap<>(Criterion.class);
        if (current.isPresent() && previous.isPresent()) {
            for (Criterion criterion : dossier.criteria()) {
                var passages = TextDiff.changedPassages(previous.get().content().sectionOf(criterion), current.get().content().sectionOf(criterion));
                if (!passages.isEmpty()) {
                    changes.put(criterion, passages);
                }
            }
        }
        model.addAttribute("changes", changes);
        model.addAttribute("comparedVersion", previous.map(ApplicationParts.Version::number).orElse(null));
        model.addAttribute("exchanges", queries.exchanges(dossier.id()).stream().filter(x -> x.round() < review.round()).toList());
        model.addAttribute("carriedOver", editable && review.round() > 1 && review.scores().values().stream().anyMatch(s -> s.score() != null));
        return "labelling/review";
    }

    private String newDossierPage(Model model, Actor actor, NewApplicationForm form, FormErrors errors) {
        CallView call = FrenchInput.pickedId(form.callId()).flatMap(calls::byId).filter(CallView::published)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("call", call);
        model.addAttribute("dossierForm", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("campusOptions", promotableCampuses(actor).stream().map(c -> new Option(c.id().toString(), c.name())).toList());
        model.addAttribute("sectorOptions", Arrays.stream(Sector.values()).map(s -> new Option(s.name(), s.label())).toList());
        model.addAttribute("academyOptions", territories.academies().stream()
                .filter(a -> actor.role() != Role.ACADEMY_REFERENT || a.code().equals(actor.academyCode()))
                .filter(a -> actor.role() != Role.REGIONAL_COORDINATOR || a.regionCode().equals(actor.regionCode()))
                .map(a -> new Option(a.code(), a.name())).toList());
        model.addAttribute("otherAcademyOptions", otherAcademyOptions(actor));
        List<Option> categories = new ArrayList<>();
        if (call.standardOpen()) {
            categories.add(new Option(LabelCategory.STANDARD.name(), "Standard"));
        }
        if (call.excellenceOpen()) {
            categories.add(new Option(LabelCategory.EXCELLENCE.name(), "Excellence"));
        }
        model.addAttribute("categoryOptions", categories);
        model.addAttribute("canCreateNew", ApplicationPermissions.mayPromoteNewCampuses(actor));
        return "labelling/new-dossier";
    }

    /**
     * The académies a project may cover besides its main one: those of the promoter's région (of their académie, for an
     * academic referent) when it holds several; none otherwise.
     */
    private List<Option> otherAcademyOptions(Actor actor) {
        String region = switch (actor.role()) {
            case ACADEMY_REFERENT -> territories.academy(actor.academyCode()).map(a -> a.regionCode()).orElse(null);
            case REGIONAL_COORDINATOR -> actor.regionCode();
            default -> null;
        };
        var ofRegion = territories.academies().stream().filter(a -> a.regionCode().equals(region)).toList();
        return ofRegion.size() < 2 ? List.of() : ofRegion.stream().map(a -> new Option(a.code(), a.name())).toList();
    }

    private List<CampusCard> promotableCampuses(Actor actor) {
        return registry.all().stream().filter(c -> ApplicationPermissions.coversTerritory(actor, c.regionCode(), c.academyCodes(), c.id())).toList();
    }

    private static String firstMessage(BindingResult errors) {
        FormErrors messages = FormErrors.of(errors);
        return messages.global().isEmpty() ? messages.fields().values().stream().findFirst().orElse(null) : messages.global().get(0);
    }

    private static ResponseEntity<byte[]> download(fr.passerelle.directory.StoredFile file) {
        return fr.passerelle.platform.Downloads.attachment(file.name(), file.contentType(), file.content());
    }

}
