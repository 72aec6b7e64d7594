package fr.passerelle.jobs.candidates;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.jobs.candidates.CandidateForms.ExperienceForm;
import fr.passerelle.jobs.candidates.CandidateForms.ProfileForm;
import fr.passerelle.jobs.cvbank.ProfileViews;
import fr.passerelle.platform.Downloads;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Outcomes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A candidate's own space ({@code /candidat}): their profile, experiences, CV file, consents, the export of everything
 * held on them and the erasure of their account. Every URL names no candidate: each works on the logged-in candidate's
 * own data, and {@link CandidateSpace} refuses any other role.
 */
@Controller
class CandidateSpaceController {

    static final String PATH = "/candidat";
    static final String PROFILE = PATH + "/profil";

    private final CandidateSpace space;
    private final CandidateProfiles profiles;
    private final CandidateExport export;
    private final CurrentActor currentActor;
    private final ProfileViews profileViews;

    CandidateSpaceController(CandidateSpace space, CandidateProfiles profiles, CandidateExport export, CurrentActor currentActor,
                             ProfileViews profileViews) {
        this.profileViews = profileViews;
        this.space = space;
        this.profiles = profiles;
        this.export = export;
        this.currentActor = currentActor;
    }

    @GetMapping(PATH)
    String home(@RequestParam(name = "vues", defaultValue = "1") int viewsPage, Model model) {
        Actor actor = currentActor.require();
        space.recordVisit(actor);
        Candidate candidate = space.profile(actor);
        model.addAttribute("actor", actor);
        model.addAttribute("profile", profiles.view(candidate));
        model.addAttribute("consents", space.consents(actor));
        model.addAttribute("history", space.consentHistory(actor));
        model.addAttribute("cv", space.cvSummary(actor).orElse(null));
        model.addAttribute("experienceForm", ExperienceForm.empty(candidate.version()));
        model.addAttribute("formErrors", FormErrors.NONE);
        model.addAttribute("profileViews", profileViews.ofCandidateAccount(actor.accountId(), viewsPage));
        return "jobs/candidates/space";
    }

    @GetMapping(PROFILE)
    String profilePage(@ModelAttribute("form") ProfileForm typed, Model model) {
        Candidate candidate = space.profile(currentActor.require());
        ProfileForm form = typed.version() == null ? formOf(candidate) : typed;
        return profileForm(model, form, FormErrors.NONE);
    }

    @PostMapping(PROFILE)
    String update(@Valid @ModelAttribute("form") ProfileForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.submit(errors, () -> {
            if (form.version() == null) {
                throw new fr.passerelle.platform.BusinessRuleException("Rechargez la page : le formulaire est incomplet.");
            }
            space.update(actor, profiles.details(form), form.version());
            flash.addFlashAttribute("success", "Votre profil est enregistré : il reste actif six mois.");
            return "redirect:" + PATH;
        }, () -> profileForm(model, form, FormErrors.of(errors)));
    }

    /** The skills matching what is typed, as the radio buttons of the profile form (htmx). */
    @GetMapping(PROFILE + "/competences")
    String skillChoices(@RequestParam(name = "skillQuery", required = false) String query, Model model) {
        space.profile(currentActor.require());
        model.addAttribute("skillQuery", query == null ? "" : query.strip());
        model.addAttribute("skillChoices", profiles.searchSkills(query));
        return "jobs/candidates/profile :: skill-results";
    }

    /** The diplomas matching what is typed, as the radio buttons of the profile form (htmx). */
    @GetMapping(PROFILE + "/diplomes")
    String diplomaChoices(@RequestParam(name = "diplomaQuery", required = false) String query, Model model) {
        space.profile(currentActor.require());
        model.addAttribute("diplomaQuery", query == null ? "" : query.strip());
        model.addAttribute("diplomaChoices", profiles.searchDiplomas(query));
        return "jobs/candidates/profile :: diploma-results";
    }

    @PostMapping(PROFILE + "/experiences")
    String addExperience(@Valid @ModelAttribute("experienceForm") ExperienceForm form, BindingResult errors, Model model,
                         RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.submit(errors, () -> {
            space.addExperience(actor, form.toExperience(), form.version() == null ? -1 : form.version());
            flash.addFlashAttribute("success", "Expérience ajoutée à votre profil.");
            return "redirect:" + PATH + "#experiences";
        }, () -> {
            home(1, model);
            model.addAttribute("experienceForm", form);
            model.addAttribute("formErrors", FormErrors.of(errors));
            return "jobs/candidates/space";
        });
    }

    @PostMapping(PROFILE + "/experiences/{index}/retrait")
    String removeExperience(@PathVariable int index, @RequestParam long version, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, PATH + "#experiences", () -> space.removeExperience(actor, index, version), "Expérience retirée.");
    }

    @PostMapping(PATH + "/cv")
    String uploadCv(@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash) throws IOException {
        Actor actor = currentActor.require();
        String name = file == null ? null : file.getOriginalFilename();
        byte[] content = file == null ? null : file.getBytes();
        return Outcomes.redirect(flash, PATH + "#cv", () -> space.uploadCv(actor, name, content), "Votre CV est déposé.");
    }

    @GetMapping(PATH + "/cv")
    ResponseEntity<byte[]> downloadCv() {
        CandidateSpace.CvFile cv = space.cv(currentActor.require()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Downloads.attachment(cv.fileName(), "application/pdf", cv.content());
    }

    @PostMapping(PATH + "/cv/retrait")
    String removeCv(RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, PATH + "#cv", () -> space.removeCv(actor), "Votre CV est retiré.");
    }

    @PostMapping(PATH + "/consentements/{purpose}")
    String consent(@PathVariable String purpose, @RequestParam boolean given, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        ConsentPurpose chosen = ConsentPurpose.ofSlug(purpose).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Outcomes.redirect(flash, PATH + "#consentements", () -> space.consent(actor, chosen, given),
                given ? "Consentement donné : « " + chosen.label() + " »." : "Consentement retiré : « " + chosen.label() + " ».");
    }

    @GetMapping(PATH + "/export.json")
    ResponseEntity<byte[]> exportJson() {
        return Downloads.attachment("mes-donnees-passerelle.json", "application/json", export.json(currentActor.require()));
    }

    @GetMapping(PATH + "/export.pdf")
    ResponseEntity<byte[]> exportPdf() {
        return Downloads.attachment("mes-donnees-passerelle.pdf", "application/pdf", export.pdf(currentActor.require()));
    }

    @GetMapping(PATH + "/effacement")
    String erasePage(Model model) {
        Actor actor = currentActor.require();
        space.profile(actor);
        model.addAttribute("actor", actor);
        return "jobs/candidates/erase";
    }

    /** The candidate erases their account at once; the session closes and a public page says it is done. */
    @PostMapping(PATH + "/effacement")
    String erase(@RequestParam(name = "confirm", required = false) String confirm, HttpServletRequest request,
                 HttpServletResponse response, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        if (!"EFFACER".equals(confirm == null ? null : confirm.strip())) {
            flash.addFlashAttribute("error", "Pour confirmer l’effacement, saisissez EFFACER en majuscules.");
            return "redirect:" + PATH + "/effacement";
        }
        space.eraseOwnAccount(actor);
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:" + RegistrationController.ERASED;
    }

    private ProfileForm formOf(Candidate candidate) {
        CandidateProfiles.View view = profiles.view(candidate);
        return new ProfileForm(candidate.jobTitles(), null, null, candidate.skills(), null, null, candidate.knowledge(),
                candidate.diplomas(), null, null, view.mobilityText(),
                candidate.mobilityRadiusKm() == null ? null : candidate.mobilityRadiusKm().toString(),
                candidate.availableFrom() == null ? null : fr.passerelle.platform.Times.current().format(candidate.availableFrom(), "dd/MM/yyyy"),
                candidate.version());
    }

    private String profileForm(Model model, ProfileForm form, FormErrors formErrors) {
        model.addAttribute("form", form);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("jobTitlesKept", profiles.jobTitles(form.jobTitles()));
        model.addAttribute("skillsKept", profiles.skills(form.skills()));
        model.addAttribute("knowledgeOptions", profiles.knowledgeOptions(form.allJobTitles(), form.knowledge()));
        model.addAttribute("diplomasKept", profiles.diplomas(form.diplomas()));
        // The job-title picker of trades, with what was typed and the one chosen.
        model.addAttribute("jobTitleQuery", form.addJobTitleQuery() == null ? "" : form.addJobTitleQuery());
        model.addAttribute("jobTitleChoices", form.addJobTitleQuery() == null ? List.of()
                : profiles.searchJobTitles(form.addJobTitleQuery()));
        model.addAttribute("jobTitleSelected", form.addJobTitle() == null ? null
                : profiles.jobTitles(List.of(form.addJobTitle())).stream().findFirst().orElse(null));
        model.addAttribute("skillQuery", form.skillQuery() == null ? "" : form.skillQuery());
        model.addAttribute("skillChoices", profiles.searchSkills(form.skillQuery()));
        model.addAttribute("skillSelected", form.addSkill() == null ? null
                : profiles.skills(List.of(form.addSkill())).stream().findFirst().orElse(null));
        model.addAttribute("diplomaQuery", form.diplomaQuery() == null ? "" : form.diplomaQuery());
        model.addAttribute("diplomaChoices", profiles.searchDiplomas(form.diplomaQuery()));
        model.addAttribute("diplomaSelected", form.addDiploma() == null ? null
                : profiles.diplomas(List.of(form.addDiploma())).stream().findFirst().orElse(null));
        return "jobs/candidates/profile";
    }
}
