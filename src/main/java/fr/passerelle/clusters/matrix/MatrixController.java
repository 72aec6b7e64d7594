package fr.passerelle.clusters.matrix;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.clusters.ClusterDetails;
import fr.passerelle.clusters.matrix.MatrixViews.Results;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Outcomes;
import fr.passerelle.platform.Spreadsheet;
import fr.passerelle.trades.SkillPicker;
import fr.passerelle.trades.SkillSummary;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The skills matrix of a cluster in the back office: the cross search ({@code /gestion/clusters/{id}/matrice}, results
 * as one types with htmx, the address kept shareable), its exports, the message to the companies found, the cluster's
 * lists ({@code …/matrice/listes}) and a member company's entry ({@code …/matrice/entreprises/{organisationId}}).
 * {@link SkillsMatrix} checks who may do what.
 */
@Controller
class MatrixController {

    static final String BASE = "/gestion/clusters/{id}/matrice";

    private final SkillsMatrix matrix;
    private final CurrentActor currentActor;

    MatrixController(SkillsMatrix matrix, CurrentActor currentActor) {
        this.matrix = matrix;
        this.currentActor = currentActor;
    }

    static String base(UUID clusterId) {
        return "/gestion/clusters/" + clusterId + "/matrice";
    }

    // --- search

    @GetMapping(BASE)
    String search(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
                  @RequestHeader(name = "HX-Request", required = false) String htmx,
                  @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore, Model model) {
        MatrixQuery query = MatrixQuery.from(params);
        SkillsMatrix.SearchPage page = matrix.searchPage(currentActor.require(), id, query);
        Results results = page.results();
        model.addAttribute("cluster", page.details().card());
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        model.addAttribute("base", base(id));
        model.addAttribute("runs", MatrixRules.canRun(page.access()));
        model.addAttribute("pages", pages(query, results, base(id)));
        model.addAttribute("exportXlsx", query.url(base(id) + "/export.xlsx", 1));
        model.addAttribute("exportCsv", query.url(base(id) + "/export.csv", 1));
        model.addAttribute("messageUrl", query.url(base(id) + "/message", 1));
        model.addAttribute("axesEmpty", !page.hasLists());
        return htmx != null && restore == null ? "clusters/matrix/search :: area" : "clusters/matrix/search";
    }

    @GetMapping(BASE + "/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params) {
        Spreadsheet.Table table = matrix.export(currentActor.require(), id, MatrixQuery.from(params));
        return file(Spreadsheet.xlsx(table), Spreadsheet.XLSX_MEDIA_TYPE, "matrice-competences.xlsx");
    }

    @GetMapping(BASE + "/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params) {
        Spreadsheet.Table table = matrix.export(currentActor.require(), id, MatrixQuery.from(params));
        return file(Spreadsheet.csv(table), Spreadsheet.CSV_MEDIA_TYPE, "matrice-competences.csv");
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    // --- message

    @GetMapping(BASE + "/message")
    String messageForm(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model) {
        return message(model, id, MatrixQuery.from(params), MessageForm.empty(), FormErrors.NONE);
    }

    @PostMapping(BASE + "/message")
    String send(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, @Valid @ModelAttribute("form") MessageForm form,
                BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        MatrixQuery query = MatrixQuery.from(params);
        return Outcomes.submit(errors, () -> {
            var sent = matrix.message(actor, id, query, form.subject(), form.text());
            flash.addFlashAttribute("success", "Message envoyé à " + sent.recipients() + " personne" + (sent.recipients() > 1 ? "s" : "") + " de "
                    + sent.companies() + " entreprise" + (sent.companies() > 1 ? "s" : "") + ".");
            return "redirect:" + query.url(base(id), 1);
        }, () -> message(model, id, query, form, FormErrors.of(errors)));
    }

    private String message(Model model, UUID id, MatrixQuery query, MessageForm form, FormErrors errors) {
        Actor actor = currentActor.require();
        var audience = matrix.audience(actor, id, query);
        model.addAttribute("cluster", matrix.readable(actor, id).card());
        model.addAttribute("audience", audience);
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("base", base(id));
        model.addAttribute("action", query.url(base(id) + "/message", 1));
        model.addAttribute("back", query.url(base(id), 1));
        return "clusters/matrix/message";
    }

    // --- the cluster's lists

    @GetMapping(BASE + "/listes")
    String lists(@PathVariable UUID id, @RequestParam(name = "skillQuery", required = false) String skillQuery, Model model) {
        return lists(model, id, skillQuery, new ItemForm(""), null, FormErrors.NONE);
    }

    @GetMapping(BASE + "/listes/choix")
    String skillChoices(@PathVariable UUID id, @RequestParam(name = "skillQuery", required = false) String skillQuery, Model model) {
        model.addAttribute("skillPicker", skillPicker(id, skillQuery, matrix.searchSkills(currentActor.require(), id, skillQuery)));
        return "trades/skill-picker :: results";
    }

    @PostMapping(BASE + "/listes/competences")
    String addSkill(@PathVariable UUID id, @RequestParam(name = "skill", required = false) Integer skill, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, base(id) + "/listes#skills", () -> matrix.addSkill(actor, id, skill),
                item -> "« " + item.label() + " » est ajoutée aux compétences clés.");
    }

    @PostMapping(BASE + "/listes/{axis:activites|marches}")
    String addItem(@PathVariable UUID id, @PathVariable String axis, @Valid @ModelAttribute("itemForm") ItemForm form, BindingResult errors,
                   Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        MatrixAxis which = axis.equals("activites") ? MatrixAxis.ACTIVITY : MatrixAxis.MARKET;
        return Outcomes.submit(errors, () -> {
            var item = matrix.addItem(actor, id, which, form.label());
            flash.addFlashAttribute("success", "« " + item.label() + " » est ajouté(e) à la liste des " + which.title().toLowerCase() + ".");
            return "redirect:" + base(id) + "/listes#" + (which == MatrixAxis.ACTIVITY ? "activities" : "markets");
        }, () -> lists(model, id, null, form, which, FormErrors.of(errors)));
    }

    @PostMapping(BASE + "/listes/{itemId}/monter")
    String up(@PathVariable UUID id, @PathVariable UUID itemId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, base(id) + "/listes", () -> matrix.move(actor, id, itemId, true), "L'ordre de la liste est modifié.");
    }

    @PostMapping(BASE + "/listes/{itemId}/descendre")
    String down(@PathVariable UUID id, @PathVariable UUID itemId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, base(id) + "/listes", () -> matrix.move(actor, id, itemId, false), "L'ordre de la liste est modifié.");
    }

    @PostMapping(BASE + "/listes/{itemId}/retrait")
    String remove(@PathVariable UUID id, @PathVariable UUID itemId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, base(id) + "/listes", () -> matrix.remove(actor, id, itemId),
                touched -> "La valeur est retirée de la liste" + (touched == 0 ? "." : " et de " + touched + " fiche" + (touched > 1 ? "s." : ".")));
    }

    /** The key skill to add, one at a time: its suggestions from {@code /listes/choix}, its search without JavaScript on the page itself. */
    private static SkillPicker skillPicker(UUID id, String query, List<SkillSummary> choices) {
        return new SkillPicker("skill", "skill", false, "Ajouter une compétence du ROME", query, choices, base(id) + "/listes/choix",
                base(id) + "/listes", "get", null, null);
    }

    private String lists(Model model, UUID id, String skillQuery, ItemForm form, MatrixAxis formAxis, FormErrors errors) {
        Actor actor = currentActor.require();
        ClusterDetails details = matrix.readable(actor, id);
        if (!MatrixRules.canRun(matrix.access(actor, id))) {
            throw new org.springframework.security.access.AccessDeniedException("Les listes de la matrice sont tenues par l'équipe du cluster.");
        }
        model.addAttribute("cluster", details.card());
        model.addAttribute("axes", matrix.axesWithUses(id));
        model.addAttribute("base", base(id));
        model.addAttribute("skillPicker", skillPicker(id, skillQuery, skillQuery == null ? List.of() : matrix.searchSkills(actor, id, skillQuery)));
        model.addAttribute("itemForm", form);
        model.addAttribute("formAxis", formAxis);
        model.addAttribute("formErrors", errors);
        return "clusters/matrix/lists";
    }

    // --- a company's entry

    @GetMapping(BASE + "/entreprises/{organisationId}")
    String entry(@PathVariable UUID id, @PathVariable UUID organisationId, Model model) {
        Actor actor = currentActor.require();
        var entry = matrix.entry(actor, id, organisationId);
        return entry(model, id, entry, EntryForm.of(entry), new CorrectionForm("", entry.version()), FormErrors.NONE);
    }

    @PostMapping(BASE + "/entreprises/{organisationId}")
    String fill(@PathVariable UUID id, @PathVariable UUID organisationId, @ModelAttribute("form") EntryForm form, BindingResult errors, Model model,
                RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.submit(errors, () -> {
            var saved = matrix.fill(actor, id, organisationId, form.version(), form.allJobTitles(), form.skill(), form.activity(), form.market());
            flash.addFlashAttribute("success", "La fiche de « " + saved.organisationName() + " » est enregistrée : l'entreprise la validera.");
            return "redirect:" + base(id) + "/entreprises/" + organisationId;
        }, () -> entry(model, id, matrix.entry(actor, id, organisationId), form, null, FormErrors.of(errors)));
    }

    @PostMapping(BASE + "/entreprises/{organisationId}/validation")
    String validate(@PathVariable UUID id, @PathVariable UUID organisationId, @RequestParam long version, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, base(id) + "/entreprises/" + organisationId, () -> matrix.validate(actor, id, organisationId, version),
                "Merci : la fiche de votre entreprise est validée.");
    }

    @PostMapping(BASE + "/entreprises/{organisationId}/correction")
    String correction(@PathVariable UUID id, @PathVariable UUID organisationId, @Valid @ModelAttribute("correction") CorrectionForm form,
                      BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.submit(errors, () -> {
            matrix.requestCorrection(actor, id, organisationId, form.version(), form.comment());
            flash.addFlashAttribute("success", "Votre demande de correction est transmise à l'équipe du cluster.");
            return "redirect:" + base(id) + "/entreprises/" + organisationId;
        }, () -> {
            var entry = matrix.entry(actor, id, organisationId);
            return entry(model, id, entry, EntryForm.of(entry), form, FormErrors.of(errors));
        });
    }

    private String entry(Model model, UUID id, MatrixViews.Entry entry, EntryForm form, CorrectionForm correction, FormErrors errors) {
        Actor actor = currentActor.require();
        ClusterAccess access = matrix.access(actor, id);
        boolean runs = MatrixRules.canRun(access);
        model.addAttribute("cluster", matrix.readable(actor, id).card());
        model.addAttribute("entry", entry);
        model.addAttribute("axes", matrix.axes(id));
        model.addAttribute("axisList", MatrixAxis.values());
        model.addAttribute("base", base(id));
        model.addAttribute("runs", runs);
        model.addAttribute("answers", entry.exists() && MatrixRules.canAnswerFor(actor, access, entry.organisationId()));
        model.addAttribute("form", form);
        model.addAttribute("correction", correction == null ? new CorrectionForm("", entry.version()) : correction);
        model.addAttribute("formErrors", errors);
        model.addAttribute("history", runs ? matrix.history(actor, id, entry.organisationId()) : List.of());
        model.addAttribute("pickerField", "addJobTitle");
        model.addAttribute("jobTitleQuery", form.addJobTitleQuery() == null ? "" : form.addJobTitleQuery());
        model.addAttribute("jobTitleChoices", List.of());
        model.addAttribute("jobTitleSelected", null);
        return "clusters/matrix/entry";
    }

    // --- helpers

    record PageLink(String label, String url, boolean current, String title) {
    }

    private static List<PageLink> pages(MatrixQuery query, Results results, String base) {
        List<PageLink> links = new ArrayList<>();
        int last = results.pages();
        if (last <= 1) {
            return links;
        }
        for (int p = 1; p <= last; p++) {
            if (p == 1 || p == last || Math.abs(p - query.page()) <= 2) {
                links.add(new PageLink(String.valueOf(p), query.url(base, p), p == query.page(), "Page " + p));
            }
        }
        return links;
    }
}
