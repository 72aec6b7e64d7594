package fr.passerelle.labelling;

import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.BusinessRuleException;
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
import org.springframework.validation.BeanPropertyBindingResult;
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
    private final Calls calls;
    private final CampusRegistry registry;
    private final Territories territories;
    private final Accounts accounts;
    private final CurrentActor currentActor;
    private final java.time.Clock clock;
    private final fr.passerelle.platform.AuditTrail audit;

    ApplicationController(Applications applications, Calls calls, CampusRegistry registry, Territories territories, Accounts accounts,
                      CurrentActor currentActor, java.time.Clock clock, fr.passerelle.platform.AuditTrail audit) {
        this.audit = audit;
        this.applications = applications;
        this.calls = calls;
        this.registry = registry;
        this.territories = territories;
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    record NewDossierForm(String callId, String campusId, String projectName, String sector, String academyCode, String category) {
    }

    record OpinionForm(Long version, String body, String verdict, String givenOn, String reasons) {
    }

    record DecisionForm(Long version, String outcome, String category, String decidedOn, String reasons) {
    }

    // --- dashboard and creation ------------------------------------------------------------------------------------

    @GetMapping("/gestion/labellisation")
    String dashboard(Model model) {
        Actor actor = currentActor.require();
        model.addAttribute("actor", actor);
        model.addAttribute("admin", actor.isNationalAdmin());
        model.addAttribute("calls", actor.isNationalAdmin() ? calls.all() : calls.published());
        model.addAttribute("today", calls.today());
        model.addAttribute("canApply", !promotableCampuses(actor).isEmpty() || actor.role() == Role.ACADEMY_REFERENT
                || actor.role() == Role.REGIONAL_COORDINATOR);
        List<ApplicationView> dossiers = applications.visibleTo(actor);
        model.addAttribute("dossiers", dossiers.stream().limit(DASHBOARD_DOSSIERS).toList());
        model.addAttribute("dossierCount", dossiers.size());
        return "labelling/dashboard";
    }

    @GetMapping("/gestion/labellisation/dossiers/nouveau")
    String newDossier(@RequestParam(name = "appel") UUID callId, Model model) {
        Actor actor = currentActor.require();
        return newDossierPage(model, actor, new NewDossierForm(callId.toString(), "", "", "", actor.academyCode() == null ? "" : actor.academyCode(),
                ""), FormErrors.NONE);
    }

    @PostMapping("/gestion/labellisation/dossiers")
    String create(@ModelAttribute("dossierForm") NewDossierForm form, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var errors = new BeanPropertyBindingResult(form, "dossierForm");
        UUID callId = uuidOrNull(form.callId());
        if (callId == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            UUID campusId = form.campusId() == null || form.campusId().isBlank() ? null : UUID.fromString(form.campusId().strip());
            var dossier = applications.create(actor, new Applications.NewApplication(callId, campusId, form.projectName(),
                    Sector.parse(form.sector()).orElse(null), Text.trimToNull(form.academyCode()), LabelCategory.parse(form.category()).orElse(null)));
            flash.addFlashAttribute("success", "Le dossier « " + dossier.projectName() + " » est ouvert. Rédigez chaque critère ; "
                    + "le brouillon s'enregistre au fil de la saisie.");
            return "redirect:" + BASE + dossier.id();
        } catch (BusinessRuleException e) {
            FormErrors.reject(errors, e.field(), e.getMessage());
        } catch (IllegalArgumentException e) {
            FormErrors.reject(errors, "campusId", "Choisissez un campus de la liste.");
        }
        return newDossierPage(model, actor, form, FormErrors.of(errors));
    }

    // --- the dossier -----------------------------------------------------------------------------------------------

    @GetMapping(BASE + "{id}")
    String dossier(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        ApplicationView dossier = applications.readable(actor, id);
        return dossierPage(model, actor, dossier, null, null, FormErrors.NONE);
    }

    @GetMapping(BASE + "{id}/criteres/{criterion}")
    String section(@PathVariable UUID id, @PathVariable Criterion criterion, Model model) {
        Actor actor = currentActor.require();
        ApplicationView dossier = applications.readable(actor, id);
        var section = applications.section(id, criterion);
        return sectionPage(model, actor, dossier, criterion, section.text(), section.revision(), null);
    }

    @PostMapping(BASE + "{id}/criteres/{criterion}")
    String saveSection(@PathVariable UUID id, @PathVariable Criterion criterion, @RequestParam(name = "revision") int revision,
                       @RequestParam(name = "text", required = false) String text, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ApplicationView dossier = applications.readable(actor, id);
        try {
            applications.saveSection(actor, id, criterion, revision, text);
            flash.addFlashAttribute("success", "Le " + criterion.number().toLowerCase(Locale.FRENCH) + " est enregistré.");
            return "redirect:" + BASE + id + "#criteres";
        } catch (BusinessRuleException e) {
            return sectionPage(model, actor, dossier, criterion, text, applications.section(id, criterion).revision() == revision ? revision : revision,
                    e.getMessage());
        }
    }

    /** Autosave of a draft, called by htmx as the promoters type: answers a status line and the new revision. */
    @PostMapping(BASE + "{id}/criteres/{criterion}/brouillon")
    String autosave(@PathVariable UUID id, @PathVariable Criterion criterion, @RequestParam(name = "revision") int revision,
                    @RequestParam(name = "text", required = false) String text, Model model) {
        Actor actor = currentActor.require();
        applications.readable(actor, id);
        try {
            int saved = applications.saveSection(actor, id, criterion, revision, text);
            model.addAttribute("revision", saved);
            model.addAttribute("message", "Brouillon enregistré à " + TIME.format(java.time.LocalTime.now(clock)) + ".");
            model.addAttribute("failed", false);
        } catch (BusinessRuleException e) {
            model.addAttribute("revision", revision);
            model.addAttribute("message", e.getMessage());
            model.addAttribute("failed", true);
        }
        return "labelling/section :: autosave";
    }

    @PostMapping(BASE + "{id}/pieces")
    String attach(@PathVariable UUID id, @RequestParam(name = "requiredDocumentId", required = false) String requiredDocumentId,
                  @RequestParam(name = "fichier", required = false) MultipartFile file, RedirectAttributes flash) throws IOException {
        Actor actor = currentActor.require();
        try {
            // A malformed id is read as an id no document has: the service checks who may attach before it refuses the choice.
            UUID document = requiredDocumentId == null || requiredDocumentId.isBlank() ? null
                    : Optional.ofNullable(uuidOrNull(requiredDocumentId)).orElse(NO_DOCUMENT);
            var attachment = applications.attach(actor, id, document, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            flash.addFlashAttribute("success", "La pièce « " + attachment.fileName() + " » est jointe au dossier.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + BASE + id + "#pieces";
    }

    @PostMapping(BASE + "{id}/pieces/{attachmentId}/retrait")
    String removeAttachment(@PathVariable UUID id, @PathVariable UUID attachmentId, RedirectAttributes flash) {
        try {
            applications.removeAttachment(currentActor.require(), id, attachmentId);
            flash.addFlashAttribute("success", "La pièce est retirée du dossier.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + BASE + id + "#pieces";
    }

    @GetMapping(BASE + "{id}/pieces/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        applications.readable(currentActor.require(), id);
        return download(applications.attachmentFile(id, attachmentId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    @PostMapping(BASE + "{id}/equipe")
    String addToTeam(@PathVariable UUID id, @RequestParam(name = "accountId", required = false) String accountId, RedirectAttributes flash) {
        try {
            applications.addToTeam(currentActor.require(), id, accountId == null || accountId.isBlank() ? null : UUID.fromString(accountId));
            flash.addFlashAttribute("success", "L'équipe projet est complétée.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", "Choisissez le compte d'une direction opérationnelle ou d'un membre partenaire.");
        }
        return "redirect:" + BASE + id + "#equipe";
    }

    @PostMapping(BASE + "{id}/equipe/{accountId}/retrait")
    String removeFromTeam(@PathVariable UUID id, @PathVariable UUID accountId, RedirectAttributes flash) {
        try {
            applications.removeFromTeam(currentActor.require(), id, accountId);
            flash.addFlashAttribute("success", "Le compte ne fait plus partie de l'équipe projet.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + BASE + id + "#equipe";
    }

    @PostMapping(BASE + "{id}/depot")
    String submit(@PathVariable UUID id, @RequestParam("version") long version, @RequestParam(name = "answer", required = false) String answer,
                  Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ApplicationView dossier = applications.readable(actor, id);
        try {
            var submitted = applications.submit(actor, id, version, answer);
            flash.addFlashAttribute("success", submitted.round() == 1
                    ? "Le dossier est déposé. La coordination régionale recueille les avis du CAEN et du Crefop."
                    : "La version " + submitted.round() + " est déposée : les experts reprennent l'expertise.");
            return "redirect:" + BASE + id;
        } catch (BusinessRuleException e) {
            return dossierPage(model, actor, dossier, e.getMessage(), answer, FormErrors.NONE);
        }
    }

    // --- review ----------------------------------------------------------------------------------------------------

    @PostMapping(BASE + "{id}/avis")
    String opinion(@PathVariable UUID id, @ModelAttribute("opinionForm") OpinionForm form,
                   @RequestParam(name = "fichier", required = false) MultipartFile file, Model model, RedirectAttributes flash) throws IOException {
        Actor actor = currentActor.require();
        ApplicationView dossier = applications.readable(actor, id);
        if (!ApplicationPermissions.canGiveRegionalOpinion(actor, dossier) && !ApplicationPermissions.runsTheChain(actor)) {
            throw new AccessDeniedException("Les avis sont saisis par la coordination régionale et l'administration nationale.");
        }
        var errors = new BeanPropertyBindingResult(form, "opinionForm");
        try {
            OpinionBody body = Arrays.stream(OpinionBody.values()).filter(b -> b.name().equals(form.body())).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("body", "Choisissez l'instance qui rend l'avis."));
            Verdict verdict = Arrays.stream(Verdict.values()).filter(v -> v.name().equals(form.verdict())).findFirst().orElse(null);
            applications.recordOpinion(actor, id, form.version() == null ? -1 : form.version(), body, verdict, FrenchInput.date("givenOn", form.givenOn()), form.reasons(),
                    file == null ? null : file.getOriginalFilename(), file == null || file.isEmpty() ? null : file.getBytes());
            flash.addFlashAttribute("success", "L'avis " + body.label() + " est enregistré.");
            return "redirect:" + BASE + id;
        } catch (BusinessRuleException e) {
            FormErrors.reject(errors, e.field(), e.getMessage());
        }
        model.addAttribute("opinionForm", form);
        return dossierPage(model, actor, dossier, null, null, FormErrors.of(errors));
    }

    @GetMapping(BASE + "{id}/avis/{opinionId}")
    ResponseEntity<byte[]> opinionFile(@PathVariable UUID id, @PathVariable UUID opinionId) {
        applications.readable(currentActor.require(), id);
        return download(applications.opinionFile(id, opinionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    @PostMapping(BASE + "{id}/experts")
    String assign(@PathVariable UUID id, @RequestParam(name = "expertIds", required = false) List<UUID> expertIds, RedirectAttributes flash) {
        try {
            applications.assignExperts(currentActor.require(), id, expertIds == null ? List.of() : expertIds);
            flash.addFlashAttribute("success", "Les experts sont affectés au dossier.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + BASE + id + "#experts";
    }

    @PostMapping(BASE + "{id}/deport")
    String decline(@PathVariable UUID id, @RequestParam(name = "reason", required = false) String reason, RedirectAttributes flash) {
        try {
            applications.decline(currentActor.require(), id, reason);
            flash.addFlashAttribute("success", "Votre déport est enregistré : le dossier ne vous est plus confié.");
            return "redirect:/gestion/labellisation";
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
            flash.addFlashAttribute("declineReason", reason);
            return "redirect:" + BASE + id + "/expertise";
        }
    }

    @GetMapping(BASE + "{id}/expertise")
    String review(@PathVariable UUID id, Model model) {
        Actor actor = currentActor.require();
        ApplicationView dossier = applications.readable(actor, id);
        var review = applications.openReview(actor, id);
        return reviewPage(model, dossier, review, review.scores(), null);
    }

    @PostMapping(BASE + "{id}/expertise")
    String score(@PathVariable UUID id, @RequestParam("version") long version, @RequestParam Map<String, String> params,
                 @RequestParam(name = "remettre", defaultValue = "false") boolean submit, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ApplicationView dossier = applications.readable(actor, id);
        Map<Criterion, ApplicationParts.Score> scores = new EnumMap<>(Criterion.class);
        for (Criterion criterion : dossier.criteria()) {
            String score = params.get("score-" + criterion.name());
            Integer value = null;
            if (score != null && !score.isBlank()) {
                try {
                    value = Integer.valueOf(score.strip());
                } catch (NumberFormatException e) {
                    value = -1;
                }
            }
            scores.put(criterion, new ApplicationParts.Score(value, params.get("comment-" + criterion.name())));
        }
        try {
            applications.score(actor, id, version, scores, submit);
            flash.addFlashAttribute("success", submit ? "Votre expertise est remise." : "Vos notes sont enregistrées.");
            return "redirect:" + BASE + id + "/expertise";
        } catch (BusinessRuleException e) {
            var review = applications.openReview(actor, id);
            return reviewPage(model, dossier, new ApplicationParts.Review(review.id(), review.expertId(), review.expertName(), review.round(),
                    review.submittedAt(), version, review.scores()), scores, e.getMessage());
        }
    }

    @PostMapping(BASE + "{id}/navette")
    String requestChanges(@PathVariable UUID id, @RequestParam("version") long version, @RequestParam(name = "request", required = false) String request,
                          RedirectAttributes flash) {
        try {
            applications.requestChanges(currentActor.require(), id, version, request);
            flash.addFlashAttribute("success", "Le dossier repart vers les porteurs avec vos demandes.");
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
            flash.addFlashAttribute("changesRequested", request);
        }
        return "redirect:" + BASE + id;
    }

    @PostMapping(BASE + "{id}/decision")
    String decide(@PathVariable UUID id, @ModelAttribute("decisionForm") DecisionForm form, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ApplicationView dossier = applications.readable(actor, id);
        if (!ApplicationPermissions.runsTheChain(actor)) {
            throw new AccessDeniedException("La décision est enregistrée par l'administration nationale.");
        }
        var errors = new BeanPropertyBindingResult(form, "decisionForm");
        try {
            if (!"GRANTED".equals(form.outcome()) && !"REFUSED".equals(form.outcome())) {
                throw new BusinessRuleException("outcome", "Choisissez la décision : label accordé ou refusé.");
            }
            applications.decide(actor, id, form.version() == null ? -1 : form.version(), "GRANTED".equals(form.outcome()), LabelCategory.parse(form.category()).orElse(null),
                    FrenchInput.date("decidedOn", form.decidedOn()), form.reasons());
            flash.addFlashAttribute("success", "GRANTED".equals(form.outcome())
                    ? "Le label est accordé : le campus est labellisé et son attestation est disponible." : "La décision de refus est enregistrée.");
            return "redirect:" + BASE + id;
        } catch (BusinessRuleException e) {
            FormErrors.reject(errors, e.field(), e.getMessage());
        }
        model.addAttribute("decisionForm", form);
        return dossierPage(model, actor, dossier, null, null, FormErrors.of(errors));
    }

    @GetMapping(BASE + "{id}/attestation.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable UUID id) {
        ApplicationView dossier = applications.readable(currentActor.require(), id);
        var decision = applications.decision(id).filter(ApplicationParts.Decision::granted)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("attestation-label-" + registry.byId(dossier.campusId()).map(CampusCard::slug).orElse("campus") + ".pdf")
                        .build().toString())
                .body(Certificate.render(dossier, decision));
    }

    @GetMapping(BASE + "{id}/versions/{number}")
    String version(@PathVariable UUID id, @PathVariable int number, Model model) {
        Actor actor = currentActor.require();
        ApplicationView dossier = applications.readable(actor, id);
        var versions = applications.versions(id);
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
        var sections = applications.sections(id);
        boolean promoter = ApplicationPermissions.isPromoter(actor, dossier);
        model.addAttribute("dossier", dossier);
        model.addAttribute("call", call);
        model.addAttribute("sections", sections);
        model.addAttribute("writtenCount", dossier.criteria().stream().filter(c -> sections.containsKey(c) && sections.get(c).written()).count());
        model.addAttribute("attachments", applications.attachments(id));
        model.addAttribute("missing", dossier.status().isEditableByPromoters() ? applications.missing(dossier) : List.of());
        model.addAttribute("opinions", applications.opinions(id));
        model.addAttribute("assignments", applications.assignments(id));
        model.addAttribute("reviews", actor.isNationalAdmin() ? applications.reviews(id, Math.max(1, dossier.round())) : List.of());
        model.addAttribute("exchanges", applications.exchanges(id));
        model.addAttribute("versions", applications.versions(id));
        model.addAttribute("decision", applications.decision(id).orElse(null));
        model.addAttribute("steps", applications.steps(id));
        model.addAttribute("dueOn", applications.dueOn(id).orElse(null));
        model.addAttribute("overdue", applications.dueOn(id).map(d -> d.isBefore(calls.today()) && dossier.status().isEditableByPromoters()).orElse(false));
        model.addAttribute("history", actor.isNationalAdmin() ? audit.history(Applications.AUDITED, id) : List.of());
        model.addAttribute("liveData", applications.liveData(dossier));
        model.addAttribute("promoter", promoter);
        model.addAttribute("canWrite", ApplicationPermissions.canWrite(actor, dossier));
        model.addAttribute("canRegional", ApplicationPermissions.canGiveRegionalOpinion(actor, dossier) && dossier.status() == ApplicationStatus.SUBMITTED);
        model.addAttribute("admin", actor.isNationalAdmin());
        model.addAttribute("expert", applications.isActiveExpert(actor, id));
        model.addAttribute("submitError", submitError);
        model.addAttribute("answer", answer);
        model.addAttribute("formErrors", errors);
        model.addAttribute("team", dossier.team().stream().flatMap(t -> accounts.byId(t).stream()).toList());
        model.addAttribute("directorOptions", Applications.TEAM_ROLES.stream().flatMap(role -> accounts.withRole(role).stream())
                .filter(d -> !dossier.team().contains(d.accountId()))
                .map(d -> new Option(d.accountId().toString(), d.displayName() + " — " + d.role().label())).toList());
        model.addAttribute("experts", accounts.withRole(Role.EXPERT).stream().map(e -> new Option(e.accountId().toString(), e.displayName())).toList());
        model.addAttribute("verdicts", Arrays.stream(Verdict.values()).map(v -> new Option(v.name(), v.label())).toList());
        model.addAttribute("regionalBodies", Arrays.stream(OpinionBody.values()).filter(OpinionBody::regional)
                .filter(b -> applications.opinions(id).stream().noneMatch(o -> o.body() == b)).map(b -> new Option(b.name(), b.label() + " — " + b.fullName())).toList());
        if (!model.containsAttribute("opinionForm")) {
            model.addAttribute("opinionForm", new OpinionForm(dossier.version(), "", "", calls.today().toString(), ""));
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm(dossier.version(), "", dossier.category().name(), calls.today().toString(), ""));
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
        model.addAttribute("liveData", applications.liveData(dossier).getOrDefault(criterion, List.of()));
        model.addAttribute("minLength", Applications.MIN_SECTION_LENGTH);
        model.addAttribute("richTextHint", RichText.HINT);
        model.addAttribute("html", RichText.html(text));
        return "labelling/section";
    }

    private String reviewPage(Model model, ApplicationView dossier, ApplicationParts.Review review, Map<Criterion, ApplicationParts.Score> scores, String error) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("review", review);
        model.addAttribute("scores", scores);
        model.addAttribute("sections", applications.sections(dossier.id()));
        model.addAttribute("error", error);
        model.addAttribute("editable", dossier.status() == ApplicationStatus.EXPERT_REVIEW && !review.submitted());
        return "labelling/review";
    }

    private String newDossierPage(Model model, Actor actor, NewDossierForm form, FormErrors errors) {
        CallView call = Optional.ofNullable(uuidOrNull(form.callId())).flatMap(calls::byId).filter(CallView::published)
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
        List<Option> categories = new ArrayList<>();
        if (call.standardOpen()) {
            categories.add(new Option(LabelCategory.STANDARD.name(), "Standard"));
        }
        if (call.excellenceOpen()) {
            categories.add(new Option(LabelCategory.EXCELLENCE.name(), "Excellence"));
        }
        model.addAttribute("categoryOptions", categories);
        model.addAttribute("canCreateNew", actor.role() == Role.ACADEMY_REFERENT || actor.role() == Role.REGIONAL_COORDINATOR);
        return "labelling/new-dossier";
    }

    private List<CampusCard> promotableCampuses(Actor actor) {
        return registry.all().stream().filter(c -> ApplicationPermissions.coversTerritory(actor, c.regionCode(), c.academyCode(), c.id())).toList();
    }

    private static UUID uuidOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ResponseEntity<byte[]> download(fr.passerelle.directory.StoredFile file) {
        return fr.passerelle.platform.Downloads.attachment(file.name(), file.contentType(), file.content());
    }

}
