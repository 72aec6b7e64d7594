package fr.passerelle.clusters.surveys;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.FrenchInput;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Outcomes;
import fr.passerelle.platform.Spreadsheet;
import fr.passerelle.platform.Times;
import fr.passerelle.trades.SkillPicker;
import fr.passerelle.trades.SkillSummary;
import fr.passerelle.trades.Trades;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The survey pages of a cluster's back office, under {@code /gestion/clusters/{id}/enquetes}: the campaigns (its staff
 * open and steer them and see response rates; its members' people see those they are invited to), a campaign, the
 * answer form of an invited company, and the results per trade over periods with their exports.
 */
@Controller
class SurveyController {

    static final int PANEL_CHOICES = 1000;

    private final SurveyService service;
    private final SurveyQueries queries;
    private final Clusters clusters;
    private final Trades trades;
    private final CurrentActor currentActor;

    SurveyController(SurveyService service, SurveyQueries queries, Clusters clusters, Trades trades, CurrentActor currentActor) {
        this.service = service;
        this.queries = queries;
        this.clusters = clusters;
        this.trades = trades;
        this.currentActor = currentActor;
    }

    static String base(UUID clusterId) {
        return "/gestion/clusters/" + clusterId + "/enquetes";
    }

    // ---- Campaigns

    @GetMapping("/gestion/clusters/{clusterId}/enquetes")
    String campaigns(@PathVariable UUID clusterId, Model model) {
        Actor actor = currentActor.require();
        ClusterCard cluster = service.cluster(clusterId);
        ClusterAccess access = service.access(actor, clusterId);
        service.requireReadsResults(actor, clusterId);
        boolean runs = SurveyPermissions.runs(access);
        model.addAttribute("cluster", cluster);
        model.addAttribute("runs", runs);
        model.addAttribute("today", service.today());
        model.addAttribute("base", base(clusterId));
        model.addAttribute("kinds", SurveyKind.values());
        if (runs) {
            model.addAttribute("campaigns", queries.campaigns(clusterId));
        } else {
            model.addAttribute("invited", actor.organisationId() == null ? List.of() : queries.invitedCampaigns(clusterId, actor.organisationId()));
        }
        return "clusters/surveys/campaigns";
    }

    @GetMapping("/gestion/clusters/{clusterId}/enquetes/nouvelle")
    String newCampaign(@PathVariable UUID clusterId, Model model) {
        Actor actor = currentActor.require();
        service.requireRuns(actor, clusterId);
        return newCampaignPage(model, actor, clusterId, SurveyForms.CampaignForm.empty(service.today()), FormErrors.NONE);
    }

    @PostMapping("/gestion/clusters/{clusterId}/enquetes")
    String open(@PathVariable UUID clusterId, @Valid @ModelAttribute("form") SurveyForms.CampaignForm form, BindingResult errors, Model model,
                RedirectAttributes flash) {
        Actor actor = currentActor.require();
        service.requireRuns(actor, clusterId);
        return Outcomes.submit(errors, () -> {
            SurveyCampaign campaign = service.open(actor, clusterId, form.settings(), form.wholePanel(), form.chosen());
            flash.addFlashAttribute("success", "La campagne « " + campaign.title() + " » est créée : ajoutez les métiers interrogés, puis invitez les entreprises.");
            return "redirect:" + base(clusterId) + "/" + campaign.id();
        }, () -> newCampaignPage(model, actor, clusterId, form, FormErrors.of(errors)));
    }

    private String newCampaignPage(Model model, Actor actor, UUID clusterId, SurveyForms.CampaignForm form, FormErrors errors) {
        model.addAttribute("cluster", service.cluster(clusterId));
        model.addAttribute("base", base(clusterId));
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("kindOptions", kindOptions());
        model.addAttribute("members", clusters.members(actor, clusterId, null, true, 1, PANEL_CHOICES).members().stream()
                .map(m -> new Option(m.organisationId().toString(), m.organisationName())).toList());
        return "clusters/surveys/new-campaign";
    }

    private static List<Option> kindOptions() {
        return Arrays.stream(SurveyKind.values()).map(k -> new Option(k.name(), k.label())).toList();
    }

    @GetMapping("/gestion/clusters/{clusterId}/enquetes/{campaignId}")
    String campaign(@PathVariable UUID clusterId, @PathVariable UUID campaignId,
                    @RequestParam(name = "appellationQuery", required = false) String jobTitleQuery, Model model) {
        Actor actor = currentActor.require();
        service.requireRuns(actor, clusterId);
        SurveyCampaign campaign = service.campaign(clusterId, campaignId);
        return campaignPage(model, clusterId, campaign, SurveyForms.CampaignForm.of(campaign), FormErrors.NONE, jobTitleQuery);
    }

    @PostMapping("/gestion/clusters/{clusterId}/enquetes/{campaignId}")
    String change(@PathVariable UUID clusterId, @PathVariable UUID campaignId, @Valid @ModelAttribute("form") SurveyForms.CampaignForm form,
                  BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        service.requireRuns(actor, clusterId);
        return Outcomes.submit(errors, () -> {
            service.change(actor, clusterId, campaignId, SurveyForms.version(form.version()), form.settings());
            flash.addFlashAttribute("success", "La campagne est enregistrée.");
            return "redirect:" + base(clusterId) + "/" + campaignId;
        }, () -> campaignPage(model, clusterId, service.campaign(clusterId, campaignId), form, FormErrors.of(errors), null));
    }

    private String campaignPage(Model model, UUID clusterId, SurveyCampaign campaign, SurveyForms.CampaignForm form, FormErrors errors,
                                String jobTitleQuery) {
        model.addAttribute("cluster", service.cluster(clusterId));
        model.addAttribute("base", base(clusterId));
        model.addAttribute("campaign", CampaignView.of(campaign));
        model.addAttribute("row", queries.campaigns(clusterId).stream().filter(r -> r.id().equals(campaign.id())).findFirst().orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("kindOptions", kindOptions());
        String typed = jobTitleQuery == null ? "" : jobTitleQuery.strip();
        model.addAttribute("jobTitleQuery", typed);
        model.addAttribute("jobTitleChoices", typed.length() >= 2 ? trades.searchJobTitles(typed, 10) : List.of());
        model.addAttribute("jobTitleSelected", null);
        model.addAttribute("closed", campaign.isClosedOn(service.today()));
        model.addAttribute("version", campaign.version());
        List<SurveyQueries.PanelMember> panel = queries.panel(campaign.id());
        model.addAttribute("panel", panel);
        model.addAttribute("panelCandidates", service.panelCandidates(currentActor.require(), clusterId,
                panel.stream().map(SurveyQueries.PanelMember::organisationId).collect(java.util.stream.Collectors.toSet())));
        return "clusters/surveys/campaign";
    }

    /** A campaign as its page shows it. */
    record CampaignView(UUID id, String title, String kindLabel, String period, String datesText, int minAnswers, int reminderDays,
                        boolean wholePanel, boolean citable, String invitedAt, List<TradeView> trades) {

        static CampaignView of(SurveyCampaign c) {
            return new CampaignView(c.id(), c.title(), c.kind().label(), c.period().label(),
                    "du " + Times.current().date(c.opensOn()) + " au " + Times.current().date(c.closesOn()), c.minAnswers(), c.reminderDays(),
                    c.wholePanel(), c.citable(), c.invitedAt() == null ? null : Times.current().stamp(c.invitedAt()),
                    c.trades().stream().map(t -> new TradeView(t.jobTitleOgr(), t.label(), t.tradeCode())).toList());
        }
    }

    record TradeView(int ogr, String label, String tradeCode) {
    }

    @PostMapping("/gestion/clusters/{clusterId}/enquetes/{campaignId}/metiers")
    String addTrade(@PathVariable UUID clusterId, @PathVariable UUID campaignId, @RequestParam(name = "appellation", required = false) String ogr,
                    RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, base(clusterId) + "/" + campaignId + "#trades", () -> service.addTrade(actor, clusterId, campaignId,
                        ogr == null || !ogr.strip().matches("\\d{1,9}") ? 0 : Integer.parseInt(ogr.strip())),
                j -> "Métier ajouté : " + j.label() + ".");
    }

    @PostMapping("/gestion/clusters/{clusterId}/enquetes/{campaignId}/metiers/{ogr}/retrait")
    String removeTrade(@PathVariable UUID clusterId, @PathVariable UUID campaignId, @PathVariable int ogr, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, base(clusterId) + "/" + campaignId + "#trades", () -> service.removeTrade(actor, clusterId, campaignId, ogr),
                "Le métier est retiré de la campagne.");
    }

    @PostMapping("/gestion/clusters/{clusterId}/enquetes/{campaignId}/citable")
    String citable(@PathVariable UUID clusterId, @PathVariable UUID campaignId, @RequestParam(name = "citable", defaultValue = "false") boolean citable,
                   RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, base(clusterId) + "/" + campaignId, () -> service.markCitable(actor, clusterId, campaignId, citable),
                citable ? "Les résultats de la campagne peuvent être cités par les campus (chiffres non masqués seulement)."
                        : "Les résultats de la campagne ne peuvent plus être cités.");
    }

    @PostMapping("/gestion/clusters/{clusterId}/enquetes/{campaignId}/panel")
    String addToPanel(@PathVariable UUID clusterId, @PathVariable UUID campaignId, @RequestParam(name = "organisationId", required = false) String organisation,
                      @RequestParam(name = "version") long version, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, base(clusterId) + "/" + campaignId + "#panel", () -> service.addToPanel(actor, clusterId, campaignId, version,
                        FrenchInput.id("organisationId", organisation, "Choisissez une entreprise adhérente du cluster.")),
                notified -> notified ? "L'entreprise rejoint le panel et ses personnes sont invitées à répondre."
                        : "L'entreprise rejoint le panel : elle sera invitée avec les autres.");
    }

    @PostMapping("/gestion/clusters/{clusterId}/enquetes/{campaignId}/panel/{organisationId}/retrait")
    String removeFromPanel(@PathVariable UUID clusterId, @PathVariable UUID campaignId, @PathVariable UUID organisationId,
                           @RequestParam(name = "version") long version, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, base(clusterId) + "/" + campaignId + "#panel",
                () -> service.removeFromPanel(actor, clusterId, campaignId, version, organisationId), "L'entreprise est retirée du panel.");
    }

    @PostMapping("/gestion/clusters/{clusterId}/enquetes/{campaignId}/invitations")
    String invite(@PathVariable UUID clusterId, @PathVariable UUID campaignId, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        return Outcomes.redirect(flash, base(clusterId) + "/" + campaignId, () -> service.sendInvitations(actor, clusterId, campaignId),
                n -> n + " organisation(s) invitée(s) à répondre.");
    }

    // ---- Answers

    @GetMapping("/gestion/clusters/{clusterId}/enquetes/{campaignId}/reponse")
    String answerForm(@PathVariable UUID clusterId, @PathVariable UUID campaignId, Model model) {
        Actor actor = currentActor.require();
        var state = service.answerState(actor, clusterId, campaignId);
        return answerPage(model, actor, clusterId, state, SurveyForms.AnswerForm.of(state.campaign(), state.content(), state.version()), FormErrors.NONE);
    }

    @PostMapping("/gestion/clusters/{clusterId}/enquetes/{campaignId}/reponse")
    String answer(@PathVariable UUID clusterId, @PathVariable UUID campaignId, @Valid @ModelAttribute("form") SurveyForms.AnswerForm form,
                  BindingResult errors, @RequestParam(name = "chercher", required = false) String search,
                  @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        var state = service.answerState(actor, clusterId, campaignId);
        if (search != null && search.strip().matches("\\d{1,2}")) {
            // « Chercher » of a trade's skills picker without JavaScript: the same form, with that picker's suggestions
            int rank = Integer.parseInt(search.strip());
            String typed = params.getFirst(SKILLS_PICKER + rank + "Query");
            return answerPage(model, actor, clusterId, state, form, FormErrors.of(errors), Map.of(rank,
                    service.searchSkills(actor, clusterId, campaignId, typed)), Map.of(rank, typed == null ? "" : typed));
        }
        return Outcomes.submit(errors, () -> {
            service.answer(actor, clusterId, campaignId, form.versionValue(), form.content());
            flash.addFlashAttribute("success", "La réponse de votre entreprise est enregistrée. Vous pouvez la modifier jusqu’à la clôture.");
            return "redirect:" + base(clusterId) + "/" + campaignId + "/reponse";
        }, () -> answerPage(model, actor, clusterId, state, form, FormErrors.of(errors), Map.of(), Map.of()));
    }

    /** The suggestions of a trade's skills picker (htmx), {@code rang} the trade's rank in the campaign. */
    @GetMapping("/gestion/clusters/{clusterId}/enquetes/{campaignId}/reponse/competences")
    String skillChoices(@PathVariable UUID clusterId, @PathVariable UUID campaignId, @RequestParam(name = "rang", defaultValue = "0") int rank,
                        @RequestParam MultiValueMap<String, String> params, Model model) {
        Actor actor = currentActor.require();
        int shown = Math.max(0, Math.min(rank, SurveyCampaign.MAX_TRADES));
        String typed = params.getFirst(SKILLS_PICKER + shown + "Query");
        model.addAttribute("skillPicker", skillPicker(clusterId, campaignId, shown, typed, service.searchSkills(actor, clusterId, campaignId, typed)));
        return "trades/skill-picker :: results";
    }

    static final String SKILLS_PICKER = "skills";

    /** The picker of a trade's most sought skills (several, checkboxes named after the trade's field). */
    private static SkillPicker skillPicker(UUID clusterId, UUID campaignId, int rank, String typed, List<SkillSummary> choices) {
        String answer = base(clusterId) + "/" + campaignId + "/reponse";
        return new SkillPicker(SKILLS_PICKER + rank, "trades[" + rank + "].skillOgrs", true, "Ajouter une compétence du ROME", typed, choices,
                answer + "/competences?rang=" + rank, answer, "post", "chercher", Integer.toString(rank));
    }

    private String answerPage(Model model, Actor actor, UUID clusterId, SurveyService.AnswerState state, SurveyForms.AnswerForm form, FormErrors errors) {
        return answerPage(model, actor, clusterId, state, form, errors, Map.of(), Map.of());
    }

    private String answerPage(Model model, Actor actor, UUID clusterId, SurveyService.AnswerState state, SurveyForms.AnswerForm form, FormErrors errors,
                              Map<Integer, List<SkillSummary>> found, Map<Integer, String> typed) {
        SurveyCampaign campaign = state.campaign();
        List<SkillPicker> pickers = new ArrayList<>();
        Set<Integer> chosen = new HashSet<>();
        List<SurveyForms.TradeFields> fields = form.trades() == null ? List.of() : form.trades();
        for (int i = 0; i < campaign.trades().size(); i++) {
            Set<String> ticked = i < fields.size() ? Set.copyOf(fields.get(i).chosenSkills()) : Set.of();
            ticked.stream().filter(v -> v.matches("\\d{1,9}")).map(Integer::valueOf).forEach(chosen::add);
            pickers.add(skillPicker(clusterId, campaign.id(), i, typed.get(i), found.getOrDefault(i, List.of()).stream()
                    .filter(skill -> !ticked.contains(Integer.toString(skill.ogr()))).toList()));
        }
        model.addAttribute("skillPickers", pickers);
        model.addAttribute("skillLabels", service.skillLabels(chosen));
        model.addAttribute("cluster", service.cluster(clusterId));
        model.addAttribute("base", base(clusterId));
        model.addAttribute("campaign", CampaignView.of(campaign));
        model.addAttribute("asksJobs", campaign.kind().asks(SurveyKind.CompanyQuestion.JOBS));
        model.addAttribute("asksTurnover", campaign.kind().asks(SurveyKind.CompanyQuestion.TURNOVER_BAND));
        model.addAttribute("asksConfidence", campaign.kind().asks(SurveyKind.CompanyQuestion.CONFIDENCE));
        model.addAttribute("asksOpenUnfilled", campaign.kind().asks(SurveyKind.CompanyQuestion.OPEN_UNFILLED));
        model.addAttribute("asksForecast", campaign.kind().asks(SurveyKind.CompanyQuestion.CREATION_FORECAST));
        model.addAttribute("turnoverOptions", Arrays.stream(TurnoverBand.values()).map(b -> new Option(b.name(), b.label())).toList());
        model.addAttribute("difficulties", Arrays.stream(Difficulty.values()).map(d -> new Option(Integer.toString(d.level()), d.label())).toList());
        model.addAttribute("editable", state.editable());
        model.addAttribute("answered", state.version() != null);
        model.addAttribute("updatedAt", state.updatedAt() == null ? null : Times.current().stamp(state.updatedAt()));
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("history", service.answerHistory(actor, clusterId, campaign.id()));
        return "clusters/surveys/answer";
    }

    // ---- Results

    @GetMapping("/gestion/clusters/{clusterId}/enquetes/resultats/{kind}")
    String results(@PathVariable UUID clusterId, @PathVariable String kind, Model model) {
        Actor actor = currentActor.require();
        service.requireReadsResults(actor, clusterId);
        SurveyKind surveyKind = SurveyKind.bySlug(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("cluster", service.cluster(clusterId));
        model.addAttribute("base", base(clusterId));
        model.addAttribute("kind", surveyKind);
        model.addAttribute("kinds", SurveyKind.values());
        model.addAttribute("results", queries.results(clusterId, surveyKind));
        model.addAttribute("companies", queries.companyFigures(clusterId, surveyKind));
        model.addAttribute("asksJobs", surveyKind.asks(SurveyKind.CompanyQuestion.JOBS));
        model.addAttribute("asksConfidence", surveyKind.asks(SurveyKind.CompanyQuestion.CONFIDENCE));
        model.addAttribute("asksOpenUnfilled", surveyKind.asks(SurveyKind.CompanyQuestion.OPEN_UNFILLED));
        model.addAttribute("asksForecast", surveyKind.asks(SurveyKind.CompanyQuestion.CREATION_FORECAST));
        return "clusters/surveys/results";
    }

    @GetMapping("/gestion/clusters/{clusterId}/enquetes/resultats/{kind}/export")
    ResponseEntity<byte[]> export(@PathVariable UUID clusterId, @PathVariable String kind,
                                  @RequestParam(name = "format", defaultValue = "xlsx") String format) {
        Actor actor = currentActor.require();
        service.requireReadsResults(actor, clusterId);
        SurveyKind surveyKind = SurveyKind.bySlug(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ClusterCard cluster = service.cluster(clusterId);
        Spreadsheet.Table table = SurveyExport.table(cluster, surveyKind, queries.results(clusterId, surveyKind));
        boolean csv = "csv".equals(format);
        String filename = "resultats-" + surveyKind.slug() + "-" + cluster.slug() + (csv ? ".csv" : ".xlsx");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(csv ? Spreadsheet.CSV_MEDIA_TYPE : Spreadsheet.XLSX_MEDIA_TYPE))
                .body(csv ? Spreadsheet.csv(table) : Spreadsheet.xlsx(table));
    }
}
