package fr.passerelle.clusters.network;

import fr.passerelle.clusters.ClusterMember;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.MembersPage;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import fr.passerelle.platform.Times;
import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A cluster's members, kept by those who run it: the list, a new membership, a change, its end, its removal when entered by mistake. */
@Controller
class ClusterMembersController {

    static final int PAGE_SIZE = 25;

    private final ClusterPages pages;
    private final Clusters clusters;
    private final Directory directory;
    private final CurrentActor currentActor;
    private final Clock clock;

    ClusterMembersController(ClusterPages pages, Clusters clusters, Directory directory, CurrentActor currentActor, Clock clock) {
        this.pages = pages;
        this.clusters = clusters;
        this.directory = directory;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping("/gestion/clusters/{id}/membres")
    String members(@PathVariable UUID id, @RequestParam(name = "q", required = false) String q,
                   @RequestParam(name = "actifs", required = false) String activeOnly, @RequestParam(name = "page", required = false) String page,
                   @RequestParam(name = "organisationIdQuery", required = false) String organisationQuery, Model model) {
        Actor actor = currentActor.require();
        ClusterPages.View view = pages.requireMembersManager(actor, id);
        return membersPage(model, actor, view, q, "true".equals(activeOnly), PublicClusterController.pageNumber(page), MemberForm.empty(today()),
                FormErrors.NONE, organisationQuery);
    }

    @PostMapping("/gestion/clusters/{id}/membres")
    String addMember(@PathVariable UUID id, @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult errors, Model model,
                     RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ClusterPages.View view = pages.requireMembersManager(actor, id);
        return Outcomes.submit(errors, () -> {
            ClusterMember added = clusters.addMember(actor, id, form.organisation(), form.branch(), form.sinceDate(), form.untilDate(), form.isListed());
            flash.addFlashAttribute("success", "« " + added.organisationName() + " » est ajouté aux membres.");
            return "redirect:/gestion/clusters/" + id + "/membres?q=" + URLEncoder.encode(added.organisationName(), StandardCharsets.UTF_8);
        }, () -> membersPage(model, actor, view, null, false, 1, form, FormErrors.of(errors), null));
    }

    @GetMapping("/gestion/clusters/{id}/membres/{membershipId}")
    String membership(@PathVariable UUID id, @PathVariable UUID membershipId, Model model) {
        Actor actor = currentActor.require();
        ClusterPages.View view = pages.requireMembersManager(actor, id);
        ClusterMember member = member(actor, id, membershipId);
        return membershipPage(model, view, member, MembershipForm.of(member), FormErrors.NONE, new EndForm(today().toString()), FormErrors.NONE);
    }

    @PostMapping("/gestion/clusters/{id}/membres/{membershipId}")
    String change(@PathVariable UUID id, @PathVariable UUID membershipId, @Valid @ModelAttribute("form") MembershipForm form, BindingResult errors,
                  Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ClusterPages.View view = pages.requireMembersManager(actor, id);
        ClusterMember member = member(actor, id, membershipId);
        return Outcomes.submit(errors, () -> {
            ClusterMember changed = clusters.changeMembership(actor, id, membershipId, form.expectedVersion(), form.branch(), form.sinceDate(),
                    form.untilDate(), form.isListed());
            flash.addFlashAttribute("success", "L'adhésion de « " + changed.organisationName() + " » est modifiée.");
            return "redirect:/gestion/clusters/" + id + "/membres/" + membershipId;
        }, () -> membershipPage(model, view, member, form, FormErrors.of(errors), new EndForm(today().toString()), FormErrors.NONE));
    }

    /** Ends a membership at a date, confirmed on the page. */
    @PostMapping("/gestion/clusters/{id}/membres/{membershipId}/fin")
    String end(@PathVariable UUID id, @PathVariable UUID membershipId, @Valid @ModelAttribute("endForm") EndForm form, BindingResult errors,
               Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ClusterPages.View view = pages.requireMembersManager(actor, id);
        ClusterMember member = member(actor, id, membershipId);
        return Outcomes.submit(errors, () -> {
            ClusterMember ended = clusters.endMembership(actor, id, membershipId, form.day());
            flash.addFlashAttribute("success", "L'adhésion de « " + ended.organisationName() + " » prend fin le "
                    + Times.current().date(ended.until()) + ".");
            return "redirect:/gestion/clusters/" + id + "/membres/" + membershipId;
        }, () -> membershipPage(model, view, member, MembershipForm.of(member), FormErrors.NONE, form, FormErrors.of(errors)));
    }

    /** Deletes a membership entered by mistake, confirmed on the page (destructive: the history keeps a trace). */
    @PostMapping("/gestion/clusters/{id}/membres/{membershipId}/suppression")
    String remove(@PathVariable UUID id, @PathVariable UUID membershipId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        pages.requireMembersManager(actor, id);
        ClusterMember member = member(actor, id, membershipId);
        return Outcomes.redirect(flash, "/gestion/clusters/" + id + "/membres", () -> clusters.removeMembership(actor, id, membershipId),
                "L'adhésion de « " + member.organisationName() + " » saisie par erreur est supprimée.");
    }

    private ClusterMember member(Actor actor, UUID clusterId, UUID membershipId) {
        return pages.member(actor, clusterId, membershipId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Times.current().zone()));
    }

    private String membersPage(Model model, Actor actor, ClusterPages.View view, String q, boolean activeOnly, int page, MemberForm form,
                               FormErrors formErrors, String organisationQuery) {
        MembersPage members = clusters.members(actor, view.id(), q, activeOnly, page, PAGE_SIZE);
        String base = "/gestion/clusters/" + view.id() + "/membres";
        List<PublicClusterController.PageLink> links = new ArrayList<>();
        for (int p = 1; p <= members.pages() && members.pages() > 1; p++) {
            StringBuilder url = new StringBuilder(base).append("?page=").append(p);
            if (q != null && !q.isBlank()) {
                url.append("&q=").append(URLEncoder.encode(q.strip(), StandardCharsets.UTF_8));
            }
            if (activeOnly) {
                url.append("&actifs=true");
            }
            links.add(new PublicClusterController.PageLink(p, url.toString(), p == members.page()));
        }
        model.addAttribute("view", view);
        model.addAttribute("cluster", view.card());
        model.addAttribute("members", members);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("activeOnly", activeOnly);
        model.addAttribute("pageUrls", links);
        model.addAttribute("memberForm", form);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("branchOptions", branchOptions(view));
        model.addAttribute("organisationQuery", organisationQuery == null ? "" : organisationQuery);
        model.addAttribute("organisationChoices", organisationQuery == null ? List.of() : directory.choices(organisationQuery, null, 15));
        model.addAttribute("selectedOrganisation", FrenchInput.pickedId(form.organisationId()).flatMap(directory::organisation).orElse(null));
        return "clusters/network/members";
    }

    private String membershipPage(Model model, ClusterPages.View view, ClusterMember member, MembershipForm form, FormErrors formErrors,
                                  EndForm endForm, FormErrors endErrors) {
        model.addAttribute("view", view);
        model.addAttribute("cluster", view.card());
        model.addAttribute("member", member);
        model.addAttribute("form", form);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("endForm", endForm);
        model.addAttribute("endErrors", endErrors);
        model.addAttribute("branchOptions", branchOptions(view));
        model.addAttribute("removable", member.until() == null || !member.until().isBefore(today()));
        return "clusters/network/membership";
    }

    private static List<Option> branchOptions(ClusterPages.View view) {
        return view.branches().stream().map(b -> new Option(b.id().toString(), b.name())).toList();
    }
}
