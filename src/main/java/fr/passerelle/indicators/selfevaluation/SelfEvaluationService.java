package fr.passerelle.indicators.selfevaluation;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.governance.ActionPlans;
import fr.passerelle.governance.ActionSummary;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.indicators.SelfEvaluations;
import fr.passerelle.indicators.Theme;
import fr.passerelle.notifications.Notice;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.platform.Replay;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-evaluation campaigns and the self-evaluations of campuses. Each act checks who acts
 * ({@link SelfEvaluationPermissions}, with the campus module's scope), the version the page was opened with, lets the
 * aggregate check its state, and is audited: campaign acts on the campaign, self-evaluation acts on the campus (its
 * history page shows them). The aggregate's events notify the next actor ({@link SelfEvaluationNotices}).
 */
@Service
class SelfEvaluationService implements SelfEvaluations {

    static final String CAMPAIGN_AUDITED = "self-evaluation-campaign";
    static final String CAMPUS_AUDITED = "campus";
    static final String STALE = "Cette auto-évaluation a été modifiée par quelqu’un d’autre pendant votre saisie : rechargez la page pour "
            + "voir sa version actuelle. Rien n’a été enregistré.";
    private static final Notice.Category OPENED = new Notice.Category("AUTO_EVALUATION_OUVERTE", "Campagne d’auto-évaluation ouverte");

    private final CampaignRepository campaigns;
    private final SelfEvaluationRepository selfEvaluations;
    private final CampusRegistry registry;
    private final ActionPlans actionPlans;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ThemeIndicators themeIndicators;

    SelfEvaluationService(CampaignRepository campaigns, SelfEvaluationRepository selfEvaluations, CampusRegistry registry,
                          ActionPlans actionPlans, Accounts accounts, Notifications notifications, AuditTrail audit, JdbcClient jdbc,
                          Clock clock, ThemeIndicators themeIndicators) {
        this.themeIndicators = themeIndicators;
        this.campaigns = campaigns;
        this.selfEvaluations = selfEvaluations;
        this.registry = registry;
        this.actionPlans = actionPlans;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Clock clock() {
        return Replay.clockOr(clock);
    }

    /** Whether past acts are being recorded ({@link #replayedAt}): nobody is told of them. */
    static boolean replaying() {
        return Replay.replaying();
    }

    @Override
    public <T> T replayedAt(Clock at, Supplier<T> acts) {
        return Replay.at(at, acts);
    }

    // ---- Campaigns

    /** The campaigns, newest first, with their counts in the reader's scope. */
    @Transactional(readOnly = true)
    List<CampaignView> campaigns(Actor actor, SelfEvaluationQueries queries) {
        requireListing(actor);
        Map<Integer, long[]> counts = queries.countsByYear(actor);
        return campaigns.findAllByOrderByYearDesc().stream().map(c -> {
            long[] n = counts.getOrDefault(c.year(), new long[2]);
            return CampaignView.of(c, n[0], n[1]);
        }).toList();
    }

    @Transactional(readOnly = true)
    CampaignView campaign(Actor actor, int year, SelfEvaluationQueries queries) {
        requireListing(actor);
        Campaign campaign = findCampaign(year);
        long[] n = queries.countsByYear(actor).getOrDefault(year, new long[2]);
        return CampaignView.of(campaign, n[0], n[1]);
    }

    void requireListing(Actor actor) {
        if (!SelfEvaluationPermissions.canListCampaigns(actor)) {
            throw new AccessDeniedException("Les campagnes d’auto-évaluation ne concernent pas votre rôle.");
        }
    }

    boolean runsCampaigns(Actor actor) {
        return SelfEvaluationPermissions.canRunCampaigns(actor);
    }

    @Override
    @Transactional
    public int openCampaign(Actor actor, int year, Deadlines deadlines) {
        requireRunning(actor);
        if (campaigns.existsById(year)) {
            throw new BusinessRuleException("year", "La campagne d’auto-évaluation " + year + " est déjà ouverte.");
        }
        Campaign campaign = Campaign.open(year, deadlines.submission(), deadlines.review(), deadlines.validation(), actor.displayName(), clock());
        campaigns.saveAndFlush(campaign);
        List<UUID> added = addLabelledCampuses(campaign);
        audit.record(CAMPAIGN_AUDITED, campaign.id(), "CAMPAGNE_OUVERTE", "Campagne d’auto-évaluation " + year + " ouverte pour "
                + added.size() + " campus", List.of(new AuditTrail.Change("Date limite de dépôt", null, campaign.submissionDue().toString()),
                new AuditTrail.Change("Date limite d’examen académique", null, campaign.reviewDue().toString()),
                new AuditTrail.Change("Date limite de validation régionale", null, campaign.validationDue().toString())));
        return added.size();
    }

    /** Adds the campuses labelled since the campaign opened (those already in it are left as they are). Returns how many. */
    @Transactional
    int addNewlyLabelled(Actor actor, int year) {
        requireRunning(actor);
        Campaign campaign = findCampaign(year);
        campaign.requireOpen();
        List<UUID> added = addLabelledCampuses(campaign);
        if (!added.isEmpty()) {
            audit.record(CAMPAIGN_AUDITED, campaign.id(), "CAMPUS_AJOUTES", added.size() + " campus labellisé(s) ajouté(s) à la campagne "
                    + year, List.of());
        }
        return added.size();
    }

    /**
     * Creates, in one statement, a self-evaluation for every campus whose label is current today and that has none in
     * the campaign, audits it on the campus and tells its director.
     */
    private List<UUID> addLabelledCampuses(Campaign campaign) {
        LocalDate today = LocalDate.now(clock());
        List<UUID> campuses = jdbc.sql("""
                        insert into self_evaluation (id, campaign_year, campus_id, status, created_at, version)
                        select gen_random_uuid(), :year, c.campus_id, 'DRAFT', :now, 0 from campus_published c
                         where c.label_status = 'LABELLED' and (c.label_valid_from is null or c.label_valid_from <= :today)
                           and (c.label_valid_until is null or c.label_valid_until >= :today)
                        on conflict (campaign_year, campus_id) do nothing
                        returning campus_id""")
                .param("year", campaign.year()).param("now", Timestamp.from(Instant.now(clock()))).param("today", today)
                .query(UUID.class).list();
        Set<UUID> added = new LinkedHashSet<>(campuses);
        for (UUID campus : added) {
            audit.record(CAMPUS_AUDITED, campus, "AUTO_EVALUATION_OUVERTE", "Auto-évaluation " + campaign.year() + " ouverte, à déposer au plus tard le "
                    + SelfEvaluationView.DAY.format(campaign.submissionDue()), List.of());
        }
        Set<UUID> directors = accounts.withRole(Role.OPERATIONAL_DIRECTOR).stream()
                .filter(a -> a.campusId() != null && added.contains(a.campusId())).map(Actor::accountId).collect(Collectors.toSet());
        if (!directors.isEmpty() && !replaying()) {
            notifications.send(Notice.to(directors, OPENED, "Auto-évaluation " + campaign.year() + " à rédiger avant le "
                            + SelfEvaluationView.DAY.format(campaign.submissionDue()),
                    "La campagne d’auto-évaluation " + campaign.year() + " est ouverte. Notez votre campus sur les cinq thématiques, "
                            + "décrivez ses points forts, ses axes de progrès et les actions envisagées, puis déposez l’auto-évaluation au plus tard le "
                            + SelfEvaluationView.DAY.format(campaign.submissionDue()) + ".", "/gestion/auto-evaluation/" + campaign.year()));
        }
        return List.copyOf(added);
    }

    /** Pushes back a deadline of the whole campaign. */
    @Transactional
    void extendCampaign(Actor actor, int year, long expectedVersion, Stage stage, LocalDate until) {
        requireRunning(actor);
        Campaign campaign = findCampaign(year);
        if (campaign.version() != expectedVersion) {
            throw new ConcurrentEditException("Cette campagne a été modifiée entre-temps : rechargez la page. Rien n’a été enregistré.");
        }
        if (stage == null) {
            throw new BusinessRuleException("stage", "Choisissez la date limite à prolonger.");
        }
        LocalDate reviewBefore = campaign.reviewDue();
        LocalDate validationBefore = campaign.validationDue();
        LocalDate before = campaign.extend(stage, until);
        var diff = new AuditTrail.Diff().field(stage.label(), before, until);
        if (stage != Stage.REVIEW) {
            diff.field(Stage.REVIEW.label(), reviewBefore, campaign.reviewDue());
        }
        if (stage != Stage.VALIDATION) {
            diff.field(Stage.VALIDATION.label(), validationBefore, campaign.validationDue());
        }
        audit.record(CAMPAIGN_AUDITED, campaign.id(), "DATE_LIMITE_PROLONGEE", "Campagne " + year + " : « " + stage.label() + " » prolongée au "
                + SelfEvaluationView.DAY.format(until), diff.changes());
        flush(campaigns::flush);
    }

    @Override
    @Transactional
    public void closeCampaign(Actor actor, int year) {
        requireRunning(actor);
        Campaign campaign = findCampaign(year);
        campaign.close(actor.displayName(), clock());
        audit.record(CAMPAIGN_AUDITED, campaign.id(), "CAMPAGNE_CLOSE", "Campagne d’auto-évaluation " + year + " close", List.of());
        flush(campaigns::flush);
    }

    void requireRunning(Actor actor) {
        if (!SelfEvaluationPermissions.canRunCampaigns(actor)) {
            throw new AccessDeniedException("Seule l’administration nationale ouvre, prolonge et clôt les campagnes d’auto-évaluation.");
        }
    }

    Campaign findCampaign(int year) {
        return campaigns.findById(year).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND, "Aucune campagne d’auto-évaluation " + year + "."));
    }

    // ---- A campus's self-evaluation

    /** The self-evaluation to read, with what the actor may do; refused to those who do not read everything of the campus. */
    @Transactional(readOnly = true)
    SelfEvaluationView view(Actor actor, UUID campusId, int year) {
        CampusCard campus = requireReadable(actor, campusId);
        Campaign campaign = findCampaign(year);
        SelfEvaluation evaluation = find(campusId, year);
        return view(actor, campus, campaign, evaluation);
    }

    /** The years in which the campus has a self-evaluation, newest first, with where each stands. */
    @Transactional(readOnly = true)
    List<Map.Entry<Integer, SelfEvaluationStatus>> years(Actor actor, UUID campusId) {
        requireReadable(actor, campusId);
        return jdbc.sql("select campaign_year, status from self_evaluation where campus_id = ? order by campaign_year desc").param(campusId)
                .query((rs, n) -> Map.entry(rs.getInt(1), SelfEvaluationStatus.valueOf(rs.getString(2)))).list();
    }

    CampusCard requireReadable(Actor actor, UUID campusId) {
        CampusCard campus = registry.byId(campusId).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND));
        if (!SelfEvaluationPermissions.canRead(registry.canReadEverything(actor, campusId))) {
            throw new AccessDeniedException("L’auto-évaluation d’un campus est lue par sa direction, ses référents académiques, "
                    + "ses co-pilotes régionaux, son ou sa correspondant·e DREETS et l’administration nationale.");
        }
        return campus;
    }

    SelfEvaluationView view(Actor actor, CampusCard campus, Campaign campaign, SelfEvaluation e) {
        LocalDate today = LocalDate.now(clock());
        boolean open = !campaign.isClosed();
        boolean director = SelfEvaluationPermissions.canDraft(actor, campus.id());
        var may = new SelfEvaluationView.May(
                open && director && e.status().inDirectorsHands(),
                open && director && e.status().inDirectorsHands(),
                open && SelfEvaluationPermissions.canReview(actor, campus.academyCode()) && e.status() == SelfEvaluationStatus.AT_ACADEMY,
                open && SelfEvaluationPermissions.canValidate(actor, campus.regionCode()) && e.status() == SelfEvaluationStatus.AT_REGION,
                SelfEvaluationPermissions.canMarkRead(actor) && e.status() == SelfEvaluationStatus.VALIDATED && e.readNationallyAt() == null,
                open && SelfEvaluationPermissions.canRunCampaigns(actor) && e.status() != SelfEvaluationStatus.VALIDATED);
        Set<UUID> planned = e.allPlannedActionIds();
        Map<UUID, ActionSummary> actions = actionPlans.actions(campus.id(), planned).stream()
                .collect(Collectors.toMap(ActionSummary::id, a -> a, (a, b) -> a, java.util.LinkedHashMap::new));
        List<SelfEvaluationView.ThemeView> themes = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            var a = e.assessment(theme);
            Set<UUID> ids = e.plannedActionIds(theme);
            themes.add(new SelfEvaluationView.ThemeView(theme, a.rating(), a.strengths(), a.progressAreas(), a.plannedActions(),
                    actions.values().stream().filter(x -> ids.contains(x.id())).toList(), ids));
        }
        List<SelfEvaluationView.StepView> steps = e.steps().stream()
                .map(s -> new SelfEvaluationView.StepView(s.occurredAt(), s.actorName(), s.act(), s.comment(), s.committeeMetOn())).toList();
        return new SelfEvaluationView(e.id(), campus, CampaignView.of(campaign, 0, 0), e.status(), e.version(), themes, steps,
                deadline(campaign, e, Stage.SUBMISSION), deadline(campaign, e, Stage.REVIEW), deadline(campaign, e, Stage.VALIDATION),
                e.currentDeadline(campaign), e.isOverdue(campaign, today), e.committeeMetOn(), e.readNationallyAt(), e.readNationallyBy(), may);
    }

    private static SelfEvaluationView.Deadline deadline(Campaign campaign, SelfEvaluation e, Stage stage) {
        LocalDate due = e.due(campaign, stage);
        return new SelfEvaluationView.Deadline(stage, due, due.isAfter(campaign.due(stage)));
    }

    /**
     * The campus's indicators by theme, for the campaign's year and the two before, with their trend: values counted
     * from too few rows are masked to those who do not run the campus.
     */
    @Transactional(readOnly = true)
    ThemeIndicators.Table indicators(Actor actor, UUID campusId, int year) {
        requireReadable(actor, campusId);
        return themeIndicators.of(campusId, year, registry.canManage(actor, campusId));
    }

    /** The actions of the campus's plan the director may plan: those of the campaign's year and the next. */
    @Transactional(readOnly = true)
    List<ActionSummary> plannableActions(UUID campusId, int year) {
        return actionPlans.actionsOf(campusId, year, year + 1);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Summary> summariesOf(java.util.Collection<UUID> campusIds, int year) {
        Map<UUID, Summary> found = new java.util.LinkedHashMap<>();
        for (UUID campusId : campusIds) {
            selfEvaluations.findByCampusIdAndCampaignYear(campusId, year).ifPresent(e -> {
                Map<Theme, Integer> ratings = new EnumMap<>(Theme.class);
                for (Theme theme : Theme.values()) {
                    Rating rating = e.ratingOf(theme);
                    ratings.put(theme, rating == null ? null : rating.value());
                }
                found.put(campusId, new Summary(campusId, year, e.status().label(), e.status() == SelfEvaluationStatus.VALIDATED, ratings));
            });
        }
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<YearSummary> summary(Actor actor, UUID campusId, int year) {
        requireReadable(actor, campusId);
        return selfEvaluations.findByCampusIdAndCampaignYear(campusId, year).map(e -> new YearSummary(year, e.status().label(),
                java.util.Arrays.stream(Theme.values()).map(theme -> {
                    var a = e.assessment(theme);
                    return new ThemeSummary(theme, a.rating() == null ? null : a.rating().value(), a.rating() == null ? null : a.rating().text(), a.strengths(), a.progressAreas(),
                            a.plannedActions());
                }).toList()));
    }

    @Override
    @Transactional(readOnly = true)
    public long version(UUID campusId, int year) {
        return find(campusId, year).version();
    }

    @Override
    @Transactional
    public void draft(Actor actor, UUID campusId, int year, long version, List<ThemeAssessment> themes) {
        CampusCard campus = requireDirector(actor, campusId);
        SelfEvaluation e = findAtVersion(campusId, year, version);
        Map<Theme, SelfEvaluation.Assessment> written = new EnumMap<>(Theme.class);
        Map<Theme, Set<UUID>> planned = new EnumMap<>(Theme.class);
        Set<UUID> allowed = plannableActions(campusId, year).stream().map(ActionSummary::id).collect(Collectors.toSet());
        allowed.addAll(e.allPlannedActionIds());
        for (ThemeAssessment t : themes) {
            written.put(t.theme(), new SelfEvaluation.Assessment(t.rating(), t.strengths(), t.progressAreas(), t.plannedActions()));
            Set<UUID> ids = t.actionIds() == null ? Set.of() : t.actionIds();
            for (UUID id : ids) {
                if (!allowed.contains(id)) {
                    throw new BusinessRuleException(SelfEvaluation.field(t.theme(), "actionIds"),
                            "Choisissez des actions du plan d’actions du campus.");
                }
            }
            planned.put(t.theme(), ids);
        }
        if (e.draft(findCampaign(year), written, planned, actor.displayName(), clock())) {
            audit.record(CAMPUS_AUDITED, campus.id(), "AUTO_EVALUATION_ENREGISTREE", "Auto-évaluation " + year + " enregistrée", List.of());
            save(e);
        }
    }

    @Override
    @Transactional
    public void submit(Actor actor, UUID campusId, int year, long version) {
        requireDirector(actor, campusId);
        SelfEvaluation e = findAtVersion(campusId, year, version);
        e.submit(findCampaign(year), actor.displayName(), clock());
        audit.record(CAMPUS_AUDITED, campusId, "AUTO_EVALUATION_DEPOSEE", "Auto-évaluation " + year + " déposée", statusChange(SelfEvaluationStatus.DRAFT, e));
        save(e);
    }

    @Override
    @Transactional
    public void forward(Actor actor, UUID campusId, int year, long version, String comment) {
        requireReviewer(actor, campusId);
        SelfEvaluation e = findAtVersion(campusId, year, version);
        e.forward(findCampaign(year), comment, actor.displayName(), clock());
        audit.record(CAMPUS_AUDITED, campusId, "AUTO_EVALUATION_TRANSMISE", "Auto-évaluation " + year + " transmise à la région",
                statusChange(SelfEvaluationStatus.AT_ACADEMY, e));
        save(e);
    }

    @Override
    @Transactional
    public void sendBack(Actor actor, UUID campusId, int year, long version, String comment) {
        SelfEvaluation.ReturnedBy by = requireSender(actor, campusId);
        SelfEvaluation e = findAtVersion(campusId, year, version);
        SelfEvaluationStatus before = e.status();
        e.sendBack(findCampaign(year), by, comment, actor.displayName(), clock());
        audit.record(CAMPUS_AUDITED, campusId, "AUTO_EVALUATION_RENVOYEE", "Auto-évaluation " + year + " renvoyée à la direction",
                statusChange(before, e));
        save(e);
    }

    @Override
    @Transactional
    public void validate(Actor actor, UUID campusId, int year, long version, LocalDate committeeMetOn, String comment) {
        requireValidator(actor, campusId);
        SelfEvaluation e = findAtVersion(campusId, year, version);
        e.validate(findCampaign(year), committeeMetOn, comment, actor.displayName(), clock());
        audit.record(CAMPUS_AUDITED, campusId, "AUTO_EVALUATION_VALIDEE", "Auto-évaluation " + year + " validée par le comité stratégique régional",
                statusChange(SelfEvaluationStatus.AT_REGION, e));
        save(e);
    }

    @Override
    @Transactional
    public void markRead(Actor actor, UUID campusId, int year, long version) {
        requireReadable(actor, campusId);
        if (!SelfEvaluationPermissions.canMarkRead(actor)) {
            throw new AccessDeniedException("Seule l’administration nationale marque une auto-évaluation comme lue.");
        }
        SelfEvaluation e = findAtVersion(campusId, year, version);
        if (e.markRead(actor.displayName(), clock())) {
            audit.record(CAMPUS_AUDITED, campusId, "AUTO_EVALUATION_LUE", "Auto-évaluation " + year + " lue par l’administration nationale", List.of());
            save(e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Submitted> latestSubmitted(UUID campusId) {
        return jdbc.sql("""
                        select id, campaign_year, status, submitted_at, committee_met_on from self_evaluation
                         where campus_id = ? and submitted_at is not null order by campaign_year desc limit 1""")
                .param(campusId)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    List<ThemeSummary> themes = jdbc.sql("""
                                    select theme, rating, strengths, progress_areas, planned_actions from self_evaluation_theme
                                     where self_evaluation_id = ?""")
                            .param(id)
                            .query((t, m) -> {
                                Integer rating = (Integer) t.getObject(2);
                                Rating scale = Rating.of(rating);
                                return new ThemeSummary(Theme.valueOf(t.getString(1)), rating, scale == null ? null : scale.text(), t.getString(3),
                                        t.getString(4), t.getString(5));
                            }).list().stream().sorted(java.util.Comparator.comparing(ThemeSummary::theme)).toList();
                    return new Submitted(campusId, rs.getInt(2), SelfEvaluationStatus.valueOf(rs.getString(3)).label(),
                            rs.getTimestamp(4).toInstant(), rs.getObject(5, LocalDate.class), themes);
                }).optional();
    }

    /** Pushes back one deadline for this campus alone. */
    @Transactional
    void extendForCampus(Actor actor, UUID campusId, int year, long version, Stage stage, LocalDate until) {
        requireRunning(actor);
        requireReadable(actor, campusId);
        if (stage == null) {
            throw new BusinessRuleException("stage", "Choisissez la date limite à prolonger.");
        }
        SelfEvaluation e = findAtVersion(campusId, year, version);
        LocalDate before = e.extend(findCampaign(year), stage, until, actor.displayName(), clock());
        audit.record(CAMPUS_AUDITED, campusId, "AUTO_EVALUATION_PROLONGEE", "Auto-évaluation " + year + " : « " + stage.label() + " » prolongée au "
                + SelfEvaluationView.DAY.format(until) + " pour ce campus", List.of(new AuditTrail.Change(stage.label(), before.toString(), until.toString())));
        save(e);
    }

    /** Refuses anyone but the academic referent of the campus's main académie. */
    CampusCard requireReviewer(Actor actor, UUID campusId) {
        CampusCard campus = requireReadable(actor, campusId);
        if (!SelfEvaluationPermissions.canReview(actor, campus.academyCode())) {
            throw new AccessDeniedException("L’auto-évaluation est examinée par le référent académique de l’académie du campus.");
        }
        return campus;
    }

    /** Refuses anyone but the regional coordinator of the campus's région. */
    CampusCard requireValidator(Actor actor, UUID campusId) {
        CampusCard campus = requireReadable(actor, campusId);
        if (!SelfEvaluationPermissions.canValidate(actor, campus.regionCode())) {
            throw new AccessDeniedException("La validation du comité stratégique régional est enregistrée par la coordination de la région du campus.");
        }
        return campus;
    }

    /** Who sends back: the campus's academic referent or its regional coordinator; anyone else is refused. */
    SelfEvaluation.ReturnedBy requireSender(Actor actor, UUID campusId) {
        CampusCard campus = requireReadable(actor, campusId);
        if (SelfEvaluationPermissions.canReview(actor, campus.academyCode())) {
            return SelfEvaluation.ReturnedBy.ACADEMY;
        }
        if (SelfEvaluationPermissions.canValidate(actor, campus.regionCode())) {
            return SelfEvaluation.ReturnedBy.REGION;
        }
        throw new AccessDeniedException("L’auto-évaluation est renvoyée par le référent académique de l’académie du campus "
                + "ou par la coordination de sa région.");
    }

    /** Refuses anyone but the campus's operational director. */
    CampusCard requireDirector(Actor actor, UUID campusId) {
        CampusCard campus = requireReadable(actor, campusId);
        if (!SelfEvaluationPermissions.canDraft(actor, campusId)) {
            throw new AccessDeniedException("L’auto-évaluation est rédigée et déposée par la direction opérationnelle du campus.");
        }
        return campus;
    }

    private static List<AuditTrail.Change> statusChange(SelfEvaluationStatus before, SelfEvaluation after) {
        return List.of(new AuditTrail.Change("Statut", before.label(), after.status().label()));
    }

    SelfEvaluation find(UUID campusId, int year) {
        return selfEvaluations.findByCampusIdAndCampaignYear(campusId, year).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND, "Ce campus n’a pas d’auto-évaluation " + year + "."));
    }

    private SelfEvaluation findAtVersion(UUID campusId, int year, long version) {
        SelfEvaluation e = find(campusId, year);
        if (e.version() != version) {
            throw new ConcurrentEditException(STALE);
        }
        return e;
    }

    private void save(SelfEvaluation e) {
        flush(() -> selfEvaluations.saveAndFlush(e));
    }

    private static void flush(Runnable write) {
        try {
            write.run();
        } catch (OptimisticLockingFailureException ex) {
            throw new ConcurrentEditException(STALE);
        }
    }

    /** The self-evaluation's id and its campus, for the notices. */
    Optional<SelfEvaluation> byId(UUID id) {
        return selfEvaluations.findById(id);
    }

    Map<UUID, CampusCard> campuses(Set<UUID> ids) {
        Map<UUID, CampusCard> found = new HashMap<>();
        ids.forEach(id -> registry.byId(id).ifPresent(c -> found.put(id, c)));
        return found;
    }
}
