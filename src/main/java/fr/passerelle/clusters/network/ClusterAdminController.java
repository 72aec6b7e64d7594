package fr.passerelle.clusters.network;

import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterKind;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import fr.passerelle.territory.Territories;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Arrays;
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

/** The back office of clusters: the list, the registration of a cluster, a cluster's page with its profile and sub-clusters. */
@Controller
class ClusterAdminController {

    static final int PAGE_SIZE = 20;

    private final ClusterPages pages;
    private final Clusters clusters;
    private final Directory directory;
    private final Territories territories;
    private final CurrentActor currentActor;
    private final Clock clock;

    ClusterAdminController(ClusterPages pages, Clusters clusters, Directory directory, Territories territories, CurrentActor currentActor,
                           Clock clock) {
        this.pages = pages;
        this.clusters = clusters;
        this.directory = directory;
        this.territories = territories;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping("/gestion/clusters")
    String list(@RequestParam(name = "q", required = false) String q, @RequestParam(name = "region", required = false) String region,
                @RequestParam(name = "type", required = false) String kind, @RequestParam(name = "filiere", required = false) String sector,
                @RequestParam(name = "page", required = false) String page, Model model) {
        Actor actor = currentActor.require();
        ClusterQueries.Filters filters = PublicClusterController.filters(q, region, kind, sector, territories);
        var result = pages.list(actor, filters, PublicClusterController.pageNumber(page), PAGE_SIZE);
        model.addAttribute("filters", filters);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("result", result);
        model.addAttribute("regionNames", territories.regions().stream().collect(java.util.stream.Collectors.toMap(r -> r.code(), r -> r.name())));
        model.addAttribute("canRegister", pages.canRegisterAny(actor));
        model.addAttribute("filtered", actor.isNationalAdmin());
        addChoices(model);
        model.addAttribute("pageUrls", PublicClusterController.pageLinks("/gestion/clusters", filters, result.page(), result.pages()));
        return "clusters/network/list";
    }

    @GetMapping("/gestion/clusters/nouveau")
    String registration(@RequestParam(name = "organisationIdQuery", required = false) String organisationQuery,
                        @RequestParam(name = "chairOrganisationIdQuery", required = false) String chairQuery, Model model) {
        Actor actor = currentActor.require();
        pages.requireRegistrar(actor);
        return registrationForm(model, ClusterProfileForm.empty(actor.regionCode()), FormErrors.NONE, organisationQuery, chairQuery);
    }

    @PostMapping("/gestion/clusters")
    String register(@Valid @ModelAttribute("form") ClusterProfileForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        pages.requireRegistrar(actor);
        return Outcomes.submit(errors, () -> {
            UUID organisation = form.organisation();
            ClusterCard card = clusters.register(actor, organisation, form.toProfile(clock));
            flash.addFlashAttribute("success", "« " + card.name() + " » est enregistré comme cluster.");
            return "redirect:/gestion/clusters/" + card.id();
        }, () -> registrationForm(model, form, FormErrors.of(errors), null, null));
    }

    @GetMapping("/gestion/clusters/{id}")
    String cluster(@PathVariable UUID id, @RequestParam(name = "avant", required = false) String before,
                   @RequestParam(name = "chairOrganisationIdQuery", required = false) String chairQuery, Model model) {
        Actor actor = currentActor.require();
        ClusterPages.View view = pages.open(actor, id);
        return clusterPage(model, actor, view, ClusterProfileForm.of(view.details()), FormErrors.NONE, BranchForm.empty(), FormErrors.NONE,
                before, chairQuery);
    }

    @PostMapping("/gestion/clusters/{id}")
    String describe(@PathVariable UUID id, @Valid @ModelAttribute("form") ClusterProfileForm form, BindingResult errors, Model model,
                    RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ClusterPages.View view = pages.requireProfileEditor(actor, id);
        return Outcomes.submit(errors, () -> {
            clusters.describe(actor, id, form.expectedVersion(), form.toProfile(clock));
            flash.addFlashAttribute("success", "Le profil du cluster est enregistré.");
            return "redirect:/gestion/clusters/" + id;
        }, () -> clusterPage(model, actor, view, form, FormErrors.of(errors), BranchForm.empty(), FormErrors.NONE, null, null));
    }

    @PostMapping("/gestion/clusters/{id}/sous-clusters")
    String addBranch(@PathVariable UUID id, @Valid @ModelAttribute("branchForm") BranchForm form, BindingResult errors, Model model,
                     RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ClusterPages.View view = pages.requireProfileEditor(actor, id);
        return Outcomes.submit(errors, () -> {
            var branch = clusters.addBranch(actor, id, form.name(), form.description());
            flash.addFlashAttribute("success", "Le sous-cluster « " + branch.name() + " » est ajouté.");
            return "redirect:/gestion/clusters/" + id + "#sous-clusters";
        }, () -> clusterPage(model, actor, view, ClusterProfileForm.of(view.details()), FormErrors.NONE, form, FormErrors.of(errors), null, null));
    }

    @PostMapping("/gestion/clusters/{id}/sous-clusters/{branchId}/retrait")
    String removeBranch(@PathVariable UUID id, @PathVariable UUID branchId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        pages.requireProfileEditor(actor, id);
        return Outcomes.redirect(flash, "/gestion/clusters/" + id + "#sous-clusters", () -> clusters.removeBranch(actor, id, branchId),
                "Le sous-cluster est retiré ; ses membres restent membres du cluster.");
    }

    private String registrationForm(Model model, ClusterProfileForm form, FormErrors formErrors, String organisationQuery, String chairQuery) {
        model.addAttribute("form", form);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("organisationQuery", organisationQuery == null ? "" : organisationQuery);
        model.addAttribute("organisationChoices", organisationQuery == null ? java.util.List.of()
                : directory.choices(organisationQuery, java.util.List.of(OrganisationKind.CLUSTER), 15));
        model.addAttribute("selectedOrganisation", FrenchInput.pickedId(form.organisationId()).flatMap(directory::organisation).orElse(null));
        addProfileChoices(model, form, chairQuery);
        return "clusters/network/register";
    }

    private String clusterPage(Model model, Actor actor, ClusterPages.View view, ClusterProfileForm form, FormErrors formErrors, BranchForm branchForm,
                               FormErrors branchErrors, String before, String chairQuery) {
        Long cursor = before == null || !before.strip().matches("\\d{1,18}") ? null : Long.valueOf(before.strip());
        model.addAttribute("view", view);
        model.addAttribute("cluster", view.card());
        model.addAttribute("profile", view.details().profile());
        model.addAttribute("regionName", territories.regionName(view.details().profile().regionCode()));
        model.addAttribute("seat", territories.municipality(view.organisation().municipalityCode()).map(m -> m.name()).orElse(null));
        model.addAttribute("sections", pages.sections(actor, view));
        model.addAttribute("history", pages.history(view, cursor));
        model.addAttribute("firstHistoryPage", cursor == null);
        model.addAttribute("form", form);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("branchForm", branchForm);
        model.addAttribute("branchErrors", branchErrors);
        addProfileChoices(model, form, chairQuery);
        return "clusters/network/cluster";
    }

    private void addProfileChoices(Model model, ClusterProfileForm form, String chairQuery) {
        addChoices(model);
        model.addAttribute("chairQuery", chairQuery == null ? "" : chairQuery);
        model.addAttribute("chairChoices", chairQuery == null ? java.util.List.of()
                : directory.choices(chairQuery, java.util.List.of(OrganisationKind.COMPANY), 15));
        model.addAttribute("selectedChair", FrenchInput.pickedId(form.chairOrganisationId()).flatMap(directory::organisation).orElse(null));
    }

    private void addChoices(Model model) {
        model.addAttribute("kindOptions", Arrays.stream(ClusterKind.values()).map(k -> new Option(k.name(), k.label())).toList());
        model.addAttribute("regionOptions", territories.regions().stream().map(r -> new Option(r.code(), r.name())).toList());
        model.addAttribute("sectorOptions", Arrays.stream(Sector.values()).map(s -> new Option(s.name(), s.label())).toList());
    }
}
