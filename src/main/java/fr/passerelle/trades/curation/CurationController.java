package fr.passerelle.trades.curation;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Outcomes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
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
 * The trade sheets of a campus or a cluster in the back office: the selection (add a trade by searching its code,
 * label or a job title; reorder; remove after confirmation), a sheet's form in French and English, and its yearly
 * review. The same pages serve both owners, under {@code /gestion/campus/{id}/metiers} and
 * {@code /gestion/organisations/{id}/metiers}; the service checks who may read and who may change them.
 */
@Controller
class CurationController {

    private static final String CAMPUS = "/gestion/campus/{id}/metiers";
    private static final String CLUSTER = "/gestion/organisations/{id}/metiers";

    private final TradeCuration curation;
    private final CurrentActor currentActor;

    CurationController(TradeCuration curation, CurrentActor currentActor) {
        this.curation = curation;
        this.currentActor = currentActor;
    }

    @GetMapping({CAMPUS, CLUSTER})
    String selection(@PathVariable UUID id, @RequestParam(name = "tradeQuery", required = false) String query, HttpServletRequest request,
                     Model model) {
        Owner owner = owner(request, id);
        TradeCuration.OwnerCard card = curation.requireReader(currentActor.require(), owner);
        return selection(model, card, AddTradeForm.searching(query), FormErrors.NONE);
    }

    @PostMapping({CAMPUS, CLUSTER})
    String add(@PathVariable UUID id, @Valid @ModelAttribute("form") AddTradeForm form, BindingResult errors, HttpServletRequest request,
               Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        Owner owner = owner(request, id);
        TradeCuration.OwnerCard card = curation.requireCurator(actor, owner);
        return Outcomes.submit(errors, () -> {
            var added = curation.add(actor, owner, form.tradeCode());
            flash.addFlashAttribute("success", "La fiche « " + added.label() + " » est ajoutée à la sélection : complétez-la.");
            return "redirect:" + card.backOfficePath() + "/" + added.id();
        }, () -> selection(model, card, form, FormErrors.of(errors)));
    }

    /** The fiches matching what is typed, as radio buttons (htmx). */
    @GetMapping({CAMPUS + "/choix", CLUSTER + "/choix"})
    String choices(@PathVariable UUID id, @RequestParam(name = "tradeQuery", required = false) String query, HttpServletRequest request,
                   Model model) {
        curation.requireReader(currentActor.require(), owner(request, id));
        model.addAttribute("query", query == null ? "" : query.strip());
        model.addAttribute("choices", curation.searchTrades(query, 15));
        return "trades/curation/trade-picker :: results";
    }

    @PostMapping({CAMPUS + "/{sheetId}/monter", CLUSTER + "/{sheetId}/monter"})
    String up(@PathVariable UUID id, @PathVariable UUID sheetId, HttpServletRequest request, RedirectAttributes flash) {
        return move(id, sheetId, -1, request, flash);
    }

    @PostMapping({CAMPUS + "/{sheetId}/descendre", CLUSTER + "/{sheetId}/descendre"})
    String down(@PathVariable UUID id, @PathVariable UUID sheetId, HttpServletRequest request, RedirectAttributes flash) {
        return move(id, sheetId, 1, request, flash);
    }

    @PostMapping({CAMPUS + "/{sheetId}/retrait", CLUSTER + "/{sheetId}/retrait"})
    String remove(@PathVariable UUID id, @PathVariable UUID sheetId, HttpServletRequest request, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        Owner owner = owner(request, id);
        TradeCuration.OwnerCard card = curation.requireCurator(actor, owner);
        return Outcomes.redirect(flash, card.backOfficePath(), () -> curation.remove(actor, owner, sheetId), "La fiche est retirée de la sélection.");
    }

    @GetMapping({CAMPUS + "/{sheetId}", CLUSTER + "/{sheetId}"})
    String edit(@PathVariable UUID id, @PathVariable UUID sheetId, HttpServletRequest request, Model model) {
        Actor actor = currentActor.require();
        Owner owner = owner(request, id);
        curation.requireReader(actor, owner);
        var sheet = curation.sheet(owner, sheetId);
        return sheetPage(model, actor, sheet, SheetForm.of(sheet.content(), sheet.version()), FormErrors.NONE);
    }

    @PostMapping({CAMPUS + "/{sheetId}", CLUSTER + "/{sheetId}"})
    String save(@PathVariable UUID id, @PathVariable UUID sheetId, @Valid @ModelAttribute("form") SheetForm form, BindingResult errors,
                HttpServletRequest request, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        Owner owner = owner(request, id);
        TradeCuration.OwnerCard card = curation.requireCurator(actor, owner);
        var sheet = curation.sheet(owner, sheetId);
        FormErrors.check(errors, form::toContent);
        return Outcomes.submit(errors, () -> {
            var saved = curation.enrich(actor, owner, sheetId, form.version(), form.toContent());
            flash.addFlashAttribute("success", "La fiche « " + saved.displayLabel() + " » est enregistrée.");
            return "redirect:" + card.backOfficePath() + "/" + sheetId;
        }, () -> sheetPage(model, actor, curation.sheet(owner, sheetId), form, FormErrors.of(errors)));
    }

    @PostMapping({CAMPUS + "/{sheetId}/revue", CLUSTER + "/{sheetId}/revue"})
    String review(@PathVariable UUID id, @PathVariable UUID sheetId, @RequestParam long version, HttpServletRequest request,
                  RedirectAttributes flash) {
        Actor actor = currentActor.require();
        Owner owner = owner(request, id);
        TradeCuration.OwnerCard card = curation.requireCurator(actor, owner);
        return Outcomes.redirect(flash, card.backOfficePath() + "/" + sheetId, () -> curation.markReviewed(actor, owner, sheetId, version),
                "La revue annuelle de la fiche est enregistrée.");
    }

    private String move(UUID id, UUID sheetId, int offset, HttpServletRequest request, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        Owner owner = owner(request, id);
        TradeCuration.OwnerCard card = curation.requireCurator(actor, owner);
        return Outcomes.redirect(flash, card.backOfficePath(), () -> curation.move(actor, owner, sheetId, offset),
                offset < 0 ? "La fiche est remontée dans la sélection." : "La fiche est descendue dans la sélection.");
    }

    private String selection(Model model, TradeCuration.OwnerCard card, AddTradeForm form, FormErrors errors) {
        Actor actor = currentActor.require();
        model.addAttribute("owner", card);
        model.addAttribute("campus", card.campus() ? curation.campusCard(card.owner().id()) : null);
        model.addAttribute("editable", curation.canCurate(actor, card.owner()));
        model.addAttribute("entries", curation.selection(card.owner()));
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("query", form.tradeQuery() == null ? "" : form.tradeQuery().strip());
        model.addAttribute("choices", curation.searchTrades(form.tradeQuery(), 15));
        return "trades/curation/selection";
    }

    private String sheetPage(Model model, Actor actor, TradeCuration.SheetView sheet, SheetForm form, FormErrors errors) {
        model.addAttribute("owner", sheet.owner());
        model.addAttribute("campus", sheet.owner().campus() ? curation.campusCard(sheet.owner().owner().id()) : null);
        model.addAttribute("sheet", sheet);
        model.addAttribute("editable", curation.canCurate(actor, sheet.owner().owner()));
        model.addAttribute("skillChoices", curation.skillChoices(sheet.code()));
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("levels", java.util.stream.IntStream.rangeClosed(SheetContent.MIN_LEVEL, SheetContent.MAX_LEVEL).boxed().toList());
        return "trades/curation/sheet-form";
    }

    private static Owner owner(HttpServletRequest request, UUID id) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/gestion/campus/") ? Owner.campus(id) : Owner.cluster(id);
    }
}
