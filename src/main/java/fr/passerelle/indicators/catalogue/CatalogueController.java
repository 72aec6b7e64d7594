package fr.passerelle.indicators.catalogue;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.indicators.Breakdown;
import fr.passerelle.indicators.IndicatorSource;
import fr.passerelle.indicators.Period;
import fr.passerelle.indicators.Theme;
import fr.passerelle.indicators.Unit;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Year;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * The indicator catalogue in the back office: the list by theme with its filters, an indicator's definition, the
 * national administration's forms (add, edit, retire after confirmation) and the académies' choices of optional
 * indicators. The catalogue checks who acts.
 */
@Controller
class CatalogueController {

    private final Catalogue catalogue;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final fr.passerelle.territory.Territories territories;

    CatalogueController(Catalogue catalogue, CurrentActor currentActor, Clock clock, fr.passerelle.territory.Territories territories) {
        this.territories = territories;
        this.catalogue = catalogue;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping("/gestion/indicateurs")
    String list(@RequestParam(name = "theme", required = false) String theme, @RequestParam(name = "source", required = false) String source,
                Model model) {
        Actor actor = currentActor.require();
        Theme chosenTheme = pick(Theme.class, theme);
        IndicatorSource chosenSource = pick(IndicatorSource.class, source);
        Map<Theme, List<Indicator>> byTheme = new EnumMap<>(Theme.class);
        catalogue.list(actor, chosenTheme, chosenSource).forEach(i -> byTheme.computeIfAbsent(i.definition().theme(), t -> new java.util.ArrayList<>()).add(i));
        model.addAttribute("byTheme", byTheme);
        model.addAttribute("theme", chosenTheme == null ? "" : chosenTheme.name());
        model.addAttribute("source", chosenSource == null ? "" : chosenSource.name());
        model.addAttribute("filtered", chosenTheme != null || chosenSource != null);
        model.addAttribute("themeOptions", options(Theme.values()));
        model.addAttribute("sourceOptions", Arrays.stream(IndicatorSource.values()).map(s -> new Option(s.name(), s.label())).toList());
        model.addAttribute("manager", catalogue.canManage(actor));
        model.addAttribute("academyCode", CataloguePermissions.canChooseFor(actor, actor.academyCode()) ? actor.academyCode() : null);
        model.addAttribute("academyOptions", catalogue.canManage(actor)
                ? territories.academies().stream().map(a -> new Option(a.code(), a.name())).toList() : List.of());
        return "indicators/catalogue";
    }

    /** The national administration's way to an académie's choice: the académie picked in a list. */
    @GetMapping("/gestion/academies/indicateurs")
    String pickAcademy(@RequestParam(name = "academie", required = false) String academyCode) {
        Actor actor = currentActor.require();
        catalogue.requireManager(actor);
        return territories.academy(academyCode).map(a -> "redirect:/gestion/academies/" + a.code() + "/indicateurs")
                .orElse("redirect:/gestion/indicateurs");
    }

    @GetMapping("/gestion/indicateurs/{code}")
    String indicator(@PathVariable String code, Model model) {
        Actor actor = currentActor.require();
        Indicator indicator = catalogue.indicator(actor, code);
        model.addAttribute("indicator", indicator.definition());
        model.addAttribute("version", indicator.version());
        model.addAttribute("keys", indicator.definition().breakdown() == null || !indicator.definition().declared() ? List.of()
                : BreakdownKeys.of(indicator.definition().breakdown()));
        model.addAttribute("manager", catalogue.canManage(actor));
        model.addAttribute("history", catalogue.history(actor, code));
        // The director declares the values of their campus from here too, for this year and the last.
        boolean declares = actor.campusId() != null && indicator.definition().declared() && !indicator.definition().retired()
                && catalogue.tracked(actor.campusId()).stream().anyMatch(i -> i.code().equals(code));
        int year = Year.now(clock).getValue();
        model.addAttribute("declarationYears", declares ? List.of(year - 1, year) : List.of());
        model.addAttribute("campusId", actor.campusId());
        return "indicators/indicator";
    }

    // --- the national administration's forms --------------------------------------------------------------------

    @GetMapping("/gestion/indicateurs/nouveau")
    String addForm(Model model) {
        Actor actor = currentActor.require();
        catalogue.requireManager(actor);
        return formPage(model, null, IndicatorForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/gestion/indicateurs")
    String add(@Valid @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        catalogue.requireManager(actor);
        FormErrors.check(errors, form::toDetails);
        return Outcomes.submit(errors, () -> {
            var added = catalogue.add(actor, form.toDetails());
            flash.addFlashAttribute("success", "L’indicateur « " + added.name() + " » est ajouté au catalogue.");
            return "redirect:/gestion/indicateurs/" + added.code();
        }, () -> formPage(model, null, form, FormErrors.of(errors)));
    }

    @GetMapping("/gestion/indicateurs/{code}/modifier")
    String editForm(@PathVariable String code, Model model) {
        Indicator indicator = catalogue.editable(currentActor.require(), code);
        return formPage(model, indicator, IndicatorForm.of(indicator), FormErrors.NONE);
    }

    /** Saves the changes; after a concurrent edit, the form keeps what was typed and carries the version saved meanwhile. */
    @PostMapping("/gestion/indicateurs/{code}")
    String edit(@PathVariable String code, @Valid @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult errors, Model model,
                RedirectAttributes flash) {
        Actor actor = currentActor.require();
        catalogue.editable(actor, code);
        FormErrors.check(errors, form::toDetails);
        return Outcomes.submit(errors, () -> {
            var edited = catalogue.edit(actor, code, form.expectedVersion(), form.toDetails());
            flash.addFlashAttribute("success", "L’indicateur « " + edited.name() + " » est enregistré.");
            return "redirect:/gestion/indicateurs/" + code;
        }, () -> {
            Indicator latest = catalogue.editable(actor, code);
            return formPage(model, latest, form.withVersion(latest.version()), FormErrors.of(errors));
        });
    }

    /** The confirmation step before retiring; a shipped or retired indicator sends back to its page with the reason. */
    @GetMapping("/gestion/indicateurs/{code}/retrait")
    String retireConfirmation(@PathVariable String code, Model model, RedirectAttributes flash) {
        Indicator indicator = catalogue.editable(currentActor.require(), code);
        String refusal = indicator.retirementRefusal();
        if (refusal != null) {
            flash.addFlashAttribute("error", refusal);
            return "redirect:/gestion/indicateurs/" + code;
        }
        model.addAttribute("indicator", indicator.definition());
        model.addAttribute("version", indicator.version());
        return "indicators/retire";
    }

    @PostMapping("/gestion/indicateurs/{code}/retrait")
    String retire(@PathVariable String code, @RequestParam(name = "version", required = false) String version, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        catalogue.editable(actor, code);
        Integer expected = FrenchInput.wholeNumber(null, version, 0, Integer.MAX_VALUE, "La version de la page");
        return Outcomes.redirect(flash, "/gestion/indicateurs/" + code, () -> catalogue.retire(actor, code, expected == null ? -1 : expected),
                retired -> "L’indicateur « " + retired.name() + " » est retiré : les campus ne le suivent plus ; ses valeurs restent enregistrées.");
    }

    // --- an académie's optional indicators -------------------------------------------------------------------------

    @GetMapping("/gestion/academies/{academyCode}/indicateurs")
    String academy(@PathVariable String academyCode, Model model) {
        Catalogue.AcademyChoice choice = catalogue.academyChoice(currentActor.require(), academyCode);
        model.addAttribute("choice", choice);
        model.addAttribute("options", choice.optional().stream().map(i -> new Option(i.code(), i.name() + " (" + i.theme().label() + ")")).toList());
        model.addAttribute("chosen", choice.chosen());
        return "indicators/academy";
    }

    @PostMapping("/gestion/academies/{academyCode}/indicateurs")
    String choose(@PathVariable String academyCode, @RequestParam(name = "indicators", required = false) List<String> codes,
                  RedirectAttributes flash) {
        Actor actor = currentActor.require();
        catalogue.academyChoice(actor, academyCode);
        return Outcomes.redirect(flash, "/gestion/academies/" + academyCode + "/indicateurs",
                () -> catalogue.chooseOptional(actor, academyCode, new LinkedHashSet<>(codes == null ? List.of() : codes)),
                "Le choix des indicateurs facultatifs de l’académie est enregistré.");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private String formPage(Model model, Indicator indicator, IndicatorForm form, FormErrors formErrors) {
        model.addAttribute("indicator", indicator == null ? null : indicator.definition());
        model.addAttribute("indicatorForm", form);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("themeOptions", options(Theme.values()));
        model.addAttribute("unitOptions", Arrays.stream(Unit.values()).map(u -> new Option(u.name(), u.label())).toList());
        model.addAttribute("periodOptions", Arrays.stream(Period.values()).map(p -> new Option(p.name(), p.label())).toList());
        model.addAttribute("breakdownOptions", Indicator.DECLARABLE_BREAKDOWNS.stream().map(b -> new Option(b.name(), b.label())).toList());
        return "indicators/indicator-form";
    }

    private static List<Option> options(Theme[] themes) {
        return Arrays.stream(themes).map(t -> new Option(t.name(), t.label())).toList();
    }

    private static <E extends Enum<E>> E pick(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }
}
