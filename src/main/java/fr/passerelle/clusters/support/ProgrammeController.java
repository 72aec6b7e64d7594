package fr.passerelle.clusters.support;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Outcomes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
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
 * Multi-session support programmes in cohorts ({@code /gestion/clusters/{id}/accompagnement/programmes}): the staff
 * create a programme, its cohorts of member companies, plan the collective sessions, record attendance and the
 * individual follow-ups; the people of a cohort's company read their cohort and their own progress.
 */
@Controller
class ProgrammeController {

    private final SupportProgrammes programmes;
    private final CurrentActor currentActor;

    ProgrammeController(SupportProgrammes programmes, CurrentActor currentActor) {
        this.programmes = programmes;
        this.currentActor = currentActor;
    }

    record ProgrammeForm(@NotBlank(message = "Indiquez le titre du programme.") @Size(max = 200, message = "Le titre tient en 200 caractères.") String title,
                         @Size(max = 300, message = "Le thème tient en 300 caractères.") String theme,
                         @Size(max = 5000, message = "La présentation tient en 5 000 caractères.") String description,
                         @Size(max = 1000, message = "Les partenaires tiennent en 1 000 caractères.") String partners,
                         Long version) {

        static ProgrammeForm empty() {
            return new ProgrammeForm("", "", "", "", null);
        }

        static ProgrammeForm of(SupportProgrammes.Programme programme) {
            return new ProgrammeForm(programme.title(), text(programme.theme()), text(programme.description()), text(programme.partners()),
                    programme.version());
        }

        private static String text(String value) {
            return value == null ? "" : value;
        }
    }

    record CohortForm(@NotBlank(message = "Indiquez le nom de la cohorte.") @Size(max = 200, message = "Le nom tient en 200 caractères.") String name,
                      long version) {
    }

    record CompanyForm(String organisationId, long version) {

        UUID organisation() {
            UUID id = FrenchInput.id("organisationId", organisationId, "Choisissez une entreprise adhérente du cluster.");
            if (id == null) {
                throw new BusinessRuleException("organisationId", "Choisissez une entreprise adhérente du cluster.");
            }
            return id;
        }
    }

    record SessionForm(@NotBlank(message = "Indiquez la date et l'heure de début de la séance.") String startsAt,
                       @NotBlank(message = "Indiquez la date et l'heure de fin de la séance.") String endsAt,
                       @Size(max = 300, message = "Le lieu tient en 300 caractères.") String place,
                       @NotBlank(message = "Indiquez le sujet de la séance.") @Size(max = 300, message = "Le sujet tient en 300 caractères.") String topic,
                       long version) {

        static SessionForm of(SupportProgrammes.Session session, long version) {
            return new SessionForm(session.startsAt().toString(), session.endsAt().toString(), session.place() == null ? "" : session.place(),
                    session.topic(), version);
        }
    }

    record FollowUpForm(String company,
                        @NotBlank(message = "Indiquez la date de la séance individuelle.") String heldOn,
                        @NotBlank(message = "Indiquez le consultant qui a conduit la séance.") @Size(max = 200, message = "Le consultant tient en 200 caractères.") String consultant,
                        @Size(max = 5000, message = "Les notes tiennent en 5 000 caractères.") String notes,
                        long version) {

        UUID companyId() {
            UUID id = FrenchInput.id("company", company, "Choisissez une entreprise de la cohorte.");
            if (id == null) {
                throw new BusinessRuleException("company", "Choisissez une entreprise de la cohorte.");
            }
            return id;
        }
    }

    static String base(UUID clusterId) {
        return SupportController.base(clusterId) + "/programmes";
    }

    @GetMapping("/gestion/clusters/{id}/accompagnement/programmes")
    String list(@PathVariable UUID id, @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        Actor actor = currentActor.require();
        return listPage(model, actor, id, programmes.list(actor, id, page, SupportController.PAGE_SIZE), ProgrammeForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/programmes")
    String create(@PathVariable UUID id, @Valid @ModelAttribute("programmeForm") ProgrammeForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var list = programmes.list(actor, id, 0, SupportController.PAGE_SIZE);
        return Outcomes.submit(errors, () -> {
            UUID programme = programmes.createProgramme(actor, id, form.title(), form.theme(), form.description(), form.partners());
            flash.addFlashAttribute("success", "Le programme est créé : ajoutez ses cohortes.");
            return "redirect:" + base(id) + "/" + programme;
        }, () -> listPage(model, actor, id, list, form, FormErrors.of(errors)));
    }

    @GetMapping("/gestion/clusters/{id}/accompagnement/programmes/{programmeId}")
    String programme(@PathVariable UUID id, @PathVariable UUID programmeId, Model model) {
        Actor actor = currentActor.require();
        var page = programmes.programme(actor, id, programmeId);
        return programmePage(model, page, ProgrammeForm.of(page.programme()), new CohortForm("", page.programme().version()), FormErrors.NONE);
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/programmes/{programmeId}/cohortes")
    String addCohort(@PathVariable UUID id, @PathVariable UUID programmeId, @Valid @ModelAttribute("cohortForm") CohortForm form,
                     BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var page = programmes.programme(actor, id, programmeId);
        return Outcomes.submit(errors, () -> {
            UUID cohort = programmes.addCohort(actor, programmeId, form.version(), form.name());
            flash.addFlashAttribute("success", "La cohorte est ajoutée : choisissez ses entreprises et planifiez ses séances.");
            return "redirect:" + base(id) + "/" + programmeId + "/cohortes/" + cohort;
        }, () -> programmePage(model, page, ProgrammeForm.of(page.programme()), form, FormErrors.of(errors)));
    }

    @GetMapping("/gestion/clusters/{id}/accompagnement/programmes/{programmeId}/cohortes/{cohortId}")
    String cohort(@PathVariable UUID id, @PathVariable UUID programmeId, @PathVariable UUID cohortId, Model model) {
        Actor actor = currentActor.require();
        var page = programmes.cohort(actor, id, programmeId, cohortId);
        long version = page.cohort().version();
        return cohortPage(model, actor, page, new CompanyForm("", version), new SessionForm("", "", "", "", version),
                new FollowUpForm("", "", "", "", version), FormErrors.NONE);
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/programmes/{programmeId}/cohortes/{cohortId}/entreprises")
    String addCompany(@PathVariable UUID id, @PathVariable UUID programmeId, @PathVariable UUID cohortId,
                      @Valid @ModelAttribute("companyForm") CompanyForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var page = programmes.cohort(actor, id, programmeId, cohortId);
        FormErrors.check(errors, form::organisation);
        return Outcomes.submit(errors, () -> {
            programmes.addCompany(actor, cohortId, form.version(), form.organisation());
            flash.addFlashAttribute("success", "L'entreprise rejoint la cohorte.");
            return "redirect:" + page.path() + "#entreprises";
        }, () -> cohortPage(model, actor, page, form, new SessionForm("", "", "", "", form.version()),
                new FollowUpForm("", "", "", "", form.version()), FormErrors.of(errors)));
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/programmes/{programmeId}/cohortes/{cohortId}/entreprises/{organisationId}/retrait")
    String removeCompany(@PathVariable UUID id, @PathVariable UUID programmeId, @PathVariable UUID cohortId, @PathVariable UUID organisationId,
                         @RequestParam(name = "version") long version, RedirectAttributes flash) {
        return onCohort(id, programmeId, cohortId, "#entreprises", flash, actor -> programmes.removeCompany(actor, cohortId, version, organisationId),
                "L'entreprise est retirée de la cohorte.");
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/programmes/{programmeId}/cohortes/{cohortId}/seances")
    String planSession(@PathVariable UUID id, @PathVariable UUID programmeId, @PathVariable UUID cohortId,
                       @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var page = programmes.cohort(actor, id, programmeId, cohortId);
        FormErrors.check(errors, () -> FrenchInput.dateTime("startsAt", form.startsAt()), () -> FrenchInput.dateTime("endsAt", form.endsAt()));
        return Outcomes.submit(errors, () -> {
            programmes.planSession(actor, cohortId, form.version(), FrenchInput.dateTime("startsAt", form.startsAt()),
                    FrenchInput.dateTime("endsAt", form.endsAt()), form.place(), form.topic());
            flash.addFlashAttribute("success", "La séance collective est planifiée.");
            return "redirect:" + page.path() + "#seances";
        }, () -> cohortPage(model, actor, page, new CompanyForm("", form.version()), form, new FollowUpForm("", "", "", "", form.version()),
                FormErrors.of(errors)));
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/programmes/{programmeId}/cohortes/{cohortId}/seances/{sessionId}/presence")
    String recordAttendance(@PathVariable UUID id, @PathVariable UUID programmeId, @PathVariable UUID cohortId, @PathVariable UUID sessionId,
                            @RequestParam(name = "version") long version, @RequestParam(name = "present", required = false) List<String> present,
                            RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var page = programmes.cohort(actor, id, programmeId, cohortId);
        return Outcomes.redirect(flash, page.path() + "#seances", () -> {
            Set<UUID> companies = new HashSet<>();
            for (String company : present == null ? List.<String>of() : present) {
                companies.add(FrenchInput.id("present", company, "Entreprise inconnue."));
            }
            programmes.recordAttendance(actor, cohortId, sessionId, version, companies);
        }, "La présence est enregistrée.");
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/programmes/{programmeId}/cohortes/{cohortId}/suivis")
    String addFollowUp(@PathVariable UUID id, @PathVariable UUID programmeId, @PathVariable UUID cohortId,
                       @Valid @ModelAttribute("followUpForm") FollowUpForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var page = programmes.cohort(actor, id, programmeId, cohortId);
        FormErrors.check(errors, form::companyId, () -> FrenchInput.date("heldOn", form.heldOn()));
        return Outcomes.submit(errors, () -> {
            programmes.addFollowUp(actor, cohortId, form.version(), form.companyId(), FrenchInput.date("heldOn", form.heldOn()), form.consultant(),
                    form.notes());
            flash.addFlashAttribute("success", "La séance individuelle est enregistrée.");
            return "redirect:" + page.path() + "#suivis";
        }, () -> cohortPage(model, actor, page, new CompanyForm("", form.version()), new SessionForm("", "", "", "", form.version()), form,
                FormErrors.of(errors)));
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/programmes/{programmeId}/modifier")
    String editProgramme(@PathVariable UUID id, @PathVariable UUID programmeId, @Valid @ModelAttribute("programmeForm") ProgrammeForm form,
                         BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var page = programmes.programme(actor, id, programmeId);
        return Outcomes.submit(errors, () -> {
            programmes.editProgramme(actor, programmeId, form.version() == null ? -1 : form.version(), form.title(), form.theme(), form.description(),
                    form.partners());
            flash.addFlashAttribute("success", "Le programme est modifié.");
            return "redirect:" + page.programme().path();
        }, () -> programmePage(model, page, form, new CohortForm("", page.programme().version()), FormErrors.of(errors)));
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/programmes/{programmeId}/suppression")
    String deleteProgramme(@PathVariable UUID id, @PathVariable UUID programmeId, @RequestParam(name = "version") long version,
                           RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var page = programmes.programme(actor, id, programmeId);
        try {
            programmes.deleteProgramme(actor, programmeId, version);
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:" + page.programme().path();
        }
        flash.addFlashAttribute("success", "Le programme « " + page.programme().title() + " » est supprimé.");
        return "redirect:" + base(id);
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/programmes/{programmeId}/cohortes/{cohortId}/modifier")
    String renameCohort(@PathVariable UUID id, @PathVariable UUID programmeId, @PathVariable UUID cohortId,
                        @RequestParam(name = "name", required = false) String name, @RequestParam(name = "version") long version,
                        RedirectAttributes flash) {
        return onCohort(id, programmeId, cohortId, "", flash, actor -> programmes.renameCohort(actor, cohortId, version, name), "La cohorte est renommée.");
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/programmes/{programmeId}/cohortes/{cohortId}/suppression")
    String deleteCohort(@PathVariable UUID id, @PathVariable UUID programmeId, @PathVariable UUID cohortId,
                        @RequestParam(name = "version") long version, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var page = programmes.cohort(actor, id, programmeId, cohortId);
        try {
            programmes.deleteCohort(actor, cohortId, version);
        } catch (BusinessRuleException e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:" + page.path();
        }
        flash.addFlashAttribute("success", "La cohorte « " + page.cohort().name() + " » est supprimée.");
        return "redirect:" + page.programme().path() + "#cohortes";
    }

    @GetMapping("/gestion/clusters/{id}/accompagnement/programmes/{programmeId}/cohortes/{cohortId}/seances/{sessionId}/modifier")
    String sessionForm(@PathVariable UUID id, @PathVariable UUID programmeId, @PathVariable UUID cohortId, @PathVariable UUID sessionId,
                       Model model) {
        Actor actor = currentActor.require();
        var page = programmes.cohort(actor, id, programmeId, cohortId);
        var session = programmes.session(actor, cohortId, sessionId);
        return sessionPage(model, page, session, SessionForm.of(session, page.cohort().version()), FormErrors.NONE);
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/programmes/{programmeId}/cohortes/{cohortId}/seances/{sessionId}/modifier")
    String editSession(@PathVariable UUID id, @PathVariable UUID programmeId, @PathVariable UUID cohortId, @PathVariable UUID sessionId,
                       @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var page = programmes.cohort(actor, id, programmeId, cohortId);
        var session = programmes.session(actor, cohortId, sessionId);
        FormErrors.check(errors, () -> FrenchInput.dateTime("startsAt", form.startsAt()), () -> FrenchInput.dateTime("endsAt", form.endsAt()));
        return Outcomes.submit(errors, () -> {
            programmes.editSession(actor, cohortId, sessionId, form.version(), FrenchInput.dateTime("startsAt", form.startsAt()),
                    FrenchInput.dateTime("endsAt", form.endsAt()), form.place(), form.topic());
            flash.addFlashAttribute("success", "La séance collective est modifiée.");
            return "redirect:" + page.path() + "#seances";
        }, () -> sessionPage(model, page, session, form, FormErrors.of(errors)));
    }

    @PostMapping("/gestion/clusters/{id}/accompagnement/programmes/{programmeId}/cohortes/{cohortId}/seances/{sessionId}/suppression")
    String deleteSession(@PathVariable UUID id, @PathVariable UUID programmeId, @PathVariable UUID cohortId, @PathVariable UUID sessionId,
                         @RequestParam(name = "version") long version, RedirectAttributes flash) {
        return onCohort(id, programmeId, cohortId, "#seances", flash, actor -> programmes.deleteSession(actor, cohortId, sessionId, version),
                "La séance collective est supprimée.");
    }

    /** A button's act on a cohort the actor reads: flashes {@code success} or the broken rule, back to {@code anchor} of the cohort's page. */
    private String onCohort(UUID id, UUID programmeId, UUID cohortId, String anchor, RedirectAttributes flash, Consumer<Actor> act, String success) {
        Actor actor = currentActor.require();
        var page = programmes.cohort(actor, id, programmeId, cohortId);
        return Outcomes.redirect(flash, page.path() + anchor, () -> act.accept(actor), success);
    }

    private static String sessionPage(Model model, SupportProgrammes.CohortPage page, SupportProgrammes.Session session, SessionForm form,
                                      FormErrors formErrors) {
        model.addAttribute("page", page);
        model.addAttribute("programme", page.programme());
        model.addAttribute("cohort", page.cohort());
        model.addAttribute("cohortSession", session);
        model.addAttribute("sessionForm", form);
        model.addAttribute("formErrors", formErrors);
        return "clusters/support/session-form";
    }

    private String listPage(Model model, Actor actor, UUID clusterId, SupportProgrammes.ProgrammesPage list, ProgrammeForm form, FormErrors formErrors) {
        model.addAttribute("clusterId", clusterId);
        model.addAttribute("programmes", list);
        model.addAttribute("manages", programmes.manages(actor, clusterId));
        model.addAttribute("programmeForm", form);
        model.addAttribute("formErrors", formErrors);
        return "clusters/support/programmes";
    }

    private String programmePage(Model model, SupportProgrammes.ProgrammePage page, ProgrammeForm programmeForm, CohortForm form,
                                 FormErrors formErrors) {
        model.addAttribute("page", page);
        model.addAttribute("programme", page.programme());
        model.addAttribute("programmeForm", programmeForm);
        model.addAttribute("cohortForm", form);
        model.addAttribute("formErrors", formErrors);
        return "clusters/support/programme";
    }

    private String cohortPage(Model model, Actor actor, SupportProgrammes.CohortPage page, CompanyForm company, SessionForm session,
                              FollowUpForm followUp, FormErrors formErrors) {
        model.addAttribute("page", page);
        model.addAttribute("programme", page.programme());
        model.addAttribute("cohort", page.cohort());
        model.addAttribute("organisations", page.manages() ? programmes.memberOptions(actor, page.cluster().id(), page.cohort().id()) : List.of());
        model.addAttribute("cohortCompanies", page.companies().stream()
                .map(p -> new fr.passerelle.platform.Option(p.organisationId().toString(), p.organisationName())).toList());
        model.addAttribute("companyForm", company);
        model.addAttribute("sessionForm", session);
        model.addAttribute("followUpForm", followUp);
        model.addAttribute("formErrors", formErrors);
        return "clusters/support/cohort";
    }
}
