package fr.passerelle.governance.actions;

import fr.passerelle.platform.Times;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Directory;
import fr.passerelle.governance.ActionCodes;
import fr.passerelle.governance.ActionCodes.Audience;
import fr.passerelle.governance.ActionDetails;
import fr.passerelle.governance.ActionDetails.Reach;
import fr.passerelle.governance.ActionPlans;
import fr.passerelle.governance.budget.BudgetLines;
import fr.passerelle.governance.CampusAudience;
import fr.passerelle.governance.CampusAudiences;
import fr.passerelle.governance.GovernancePermissions;
import fr.passerelle.governance.Visibility;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.Text;
import fr.passerelle.platform.UploadedFile;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plans of campuses. Every change checks the version the form was opened on and raises it, so that two
 * people editing the same action never overwrite each other; every change is audited on the campus. The methods that
 * take the {@link Actor} check who acts: those who run the campus change its plan, its back-office readers read the
 * actions their audience sees ({@link GovernancePermissions#sees}); the others are for governance itself and the demo.
 */
@Service
class CampusActions implements ActionPlans {

    /** Changes are audited on the campus, where its history page shows them. */
    static final String AUDITED = "campus";

    static final String STALE = "Cette action a été modifiée par quelqu'un d'autre pendant votre saisie : rechargez la page pour voir "
            + "la version actuelle. Rien n'a été enregistré.";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static final long EVIDENCE_MAX_BYTES = 10L * 1024 * 1024;
    static final Set<UploadedFile.FileType> EVIDENCE_TYPES = Set.of(UploadedFile.FileType.PDF, UploadedFile.FileType.PNG,
            UploadedFile.FileType.JPEG, UploadedFile.FileType.DOCX, UploadedFile.FileType.XLSX, UploadedFile.FileType.ODT,
            UploadedFile.FileType.ODS, UploadedFile.FileType.CSV);

    private final JdbcClient jdbc;
    private final CampusRegistry registry;
    private final CampusAudiences audiences;
    private final Directory directory;
    private final BudgetLines budgetLines;
    private final AuditTrail audit;
    private final Clock clock;

    CampusActions(JdbcClient jdbc, CampusRegistry registry, CampusAudiences audiences, Directory directory, BudgetLines budgetLines,
                  AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.audiences = audiences;
        this.directory = directory;
        this.budgetLines = budgetLines;
        this.audit = audit;
        this.clock = clock;
    }

    record PartnerRef(UUID id, String name) {
    }

    record EvidenceView(UUID id, String fileName, String contentType, long size, Instant uploadedAt, String uploadedBy) {
        public String sizeText() {
            return UploadedFile.displaySize(size);
        }
    }

    record ActionView(UUID id, UUID campusId, ActionDetails details, long version, List<PartnerRef> partners, String fundingLabel,
                      List<EvidenceView> evidence) {

        public Reach reach(String audience) {
            return details.learners().getOrDefault(Audience.valueOf(audience), Reach.NONE);
        }

        public Reach learnersTotal() {
            return details.learners().values().stream().reduce(Reach.NONE, Reach::plus);
        }

        public String datesText() {
            LocalDate from = details.startsOn();
            LocalDate to = details.endsOn();
            if (from == null) {
                return "Date à fixer";
            }
            if (to == null || to.equals(from)) {
                return "Le " + Times.current().format(from, DATE);
            }
            return "Du " + Times.current().format(from, DATE) + " au " + Times.current().format(to, DATE);
        }

        public String costText() {
            return euros(details.cost());
        }

        public String partnerNames() {
            return partners.stream().map(PartnerRef::name).collect(Collectors.joining(", "));
        }
    }

    /** Totals over a list of actions: learners by audience and sex, teachers, cost. */
    record Totals(int actions, Map<Audience, Reach> byAudience, Reach learners, int teachers, BigDecimal cost) {

        static Totals of(List<ActionView> actions) {
            Map<Audience, Reach> byAudience = new EnumMap<>(Audience.class);
            for (Audience a : Audience.values()) {
                byAudience.put(a, actions.stream().map(v -> v.details().learners().getOrDefault(a, Reach.NONE)).reduce(Reach.NONE, Reach::plus));
            }
            return new Totals(actions.size(), byAudience, byAudience.values().stream().reduce(Reach.NONE, Reach::plus),
                    actions.stream().mapToInt(v -> v.details().teachers()).sum(),
                    actions.stream().map(v -> v.details().cost()).filter(c -> c != null).reduce(BigDecimal.ZERO, BigDecimal::add));
        }

        public Reach reach(String audience) {
            return byAudience.get(Audience.valueOf(audience));
        }

        public String costText() {
            return euros(cost);
        }
    }

    // ---- What an actor does

    /** The actions of a year the actor's audience sees, filtered by status and type names (blank: any). */
    @Transactional(readOnly = true)
    List<ActionView> plan(Actor actor, UUID campusId, int year, String status, String type) {
        registry.requireReadable(actor, campusId);
        CampusAudience audience = audiences.of(actor, campusId);
        return plan(campusId, year).stream()
                .filter(a -> GovernancePermissions.sees(audience, a.details().visibility(), null))
                .filter(a -> status == null || status.isBlank() || a.details().status().name().equals(status))
                .filter(a -> type == null || type.isBlank() || a.details().type().name().equals(type))
                .toList();
    }

    /** An action the actor reads; empty when it does not exist or their audience does not see it. */
    @Transactional(readOnly = true)
    Optional<ActionView> action(Actor actor, UUID campusId, UUID actionId) {
        registry.requireReadable(actor, campusId);
        CampusAudience audience = audiences.of(actor, campusId);
        return action(campusId, actionId).filter(a -> GovernancePermissions.sees(audience, a.details().visibility(), null));
    }

    /** An action to edit, for those who run the campus. */
    @Transactional(readOnly = true)
    Optional<ActionView> editableAction(Actor actor, UUID campusId, UUID actionId) {
        registry.requireManageable(actor, campusId);
        return action(campusId, actionId);
    }

    /** The campus whose plan the actor changes; refused to those who do not run it. */
    @Transactional(readOnly = true)
    CampusCard managedCampus(Actor actor, UUID campusId) {
        return registry.requireManageable(actor, campusId);
    }

    /** Every problem of an action the actor is about to record, by form field. */
    @Transactional(readOnly = true)
    Map<String, String> problems(Actor actor, UUID campusId, ActionDetails details) {
        registry.requireManageable(actor, campusId);
        return problems(campusId, details);
    }

    @Transactional
    UUID add(Actor actor, UUID campusId, ActionDetails details) {
        registry.requireManageable(actor, campusId);
        return add(campusId, details);
    }

    @Transactional
    void update(Actor actor, UUID campusId, UUID actionId, long version, ActionDetails details) {
        registry.requireManageable(actor, campusId);
        update(campusId, actionId, version, details);
    }

    @Transactional
    void changeStatus(Actor actor, UUID campusId, UUID actionId, long version, ActionCodes.Status status, String cause) {
        registry.requireManageable(actor, campusId);
        if (status == null) {
            throw new BusinessRuleException("status", "Choisissez le statut de l’action.");
        }
        changeStatus(campusId, actionId, version, status, cause);
    }

    /** Checks the file sent (type, size) and joins it to the action; returns the name it is stored under. */
    @Transactional
    String addEvidence(Actor actor, UUID campusId, UUID actionId, String fileName, byte[] content) {
        registry.requireManageable(actor, campusId);
        UploadedFile file;
        try {
            file = UploadedFile.check(fileName, content, EVIDENCE_MAX_BYTES, EVIDENCE_TYPES);
        } catch (UploadedFile.RejectedFile e) {
            throw new BusinessRuleException("file", e.getMessage());
        }
        addEvidence(campusId, actionId, file, actor.username());
        return file.name();
    }

    @Transactional
    void removeEvidence(Actor actor, UUID campusId, UUID actionId, UUID evidenceId) {
        registry.requireManageable(actor, campusId);
        removeEvidence(campusId, actionId, evidenceId);
    }

    /** A piece of evidence of an action the actor reads; empty when either is not theirs to see. */
    @Transactional(readOnly = true)
    Optional<UploadedFile> evidenceFile(Actor actor, UUID campusId, UUID actionId, UUID evidenceId) {
        return action(actor, campusId, actionId).flatMap(a -> evidenceFile(campusId, actionId, evidenceId));
    }

    // ---- Reading

    @Override
    @Transactional(readOnly = true)
    public List<fr.passerelle.governance.ActionSummary> actionsOf(UUID campusId, int fromYear, int toYear) {
        return jdbc.sql("""
                        select id, campus_id, year, title, status from campus_action where campus_id = ? and year between ? and ?
                        order by year, starts_on nulls last, title""")
                .params(campusId, fromYear, toYear).query(CampusActions::summary).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<fr.passerelle.governance.ActionSummary> actions(UUID campusId, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, campus_id, year, title, status from campus_action where campus_id = ? and id = any(?)
                        order by year, starts_on nulls last, title""")
                .params(campusId, ids.toArray(UUID[]::new)).query(CampusActions::summary).list();
    }

    private static fr.passerelle.governance.ActionSummary summary(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new fr.passerelle.governance.ActionSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                rs.getString(4), ActionCodes.Status.valueOf(rs.getString(5)));
    }

    @Transactional(readOnly = true)
    List<ActionView> plan(UUID campusId, int year) {
        return load("a.campus_id = ? and a.year = ?", campusId, year);
    }

    @Transactional(readOnly = true)
    Optional<ActionView> action(UUID campusId, UUID actionId) {
        return load("a.campus_id = ? and a.id = ?", campusId, actionId).stream().findFirst();
    }

    /** Years with actions, and the current one, most recent first. */
    @Transactional(readOnly = true)
    List<Integer> years(UUID campusId) {
        return jdbc.sql("select distinct year from campus_action where campus_id = ? order by year desc").param(campusId).query(Integer.class).list();
    }

    /** The dated actions of a campus that overlap the days from {@code from} to {@code to}, not abandoned ones. */
    @Transactional(readOnly = true)
    List<ActionView> dated(UUID campusId, LocalDate from, LocalDate to) {
        return load("a.campus_id = ? and a.starts_on is not null and a.starts_on <= ? and coalesce(a.ends_on, a.starts_on) >= ? "
                + "and a.status <> 'ABANDONED'", campusId, to, from);
    }

    @Transactional(readOnly = true)
    Optional<UploadedFile> evidenceFile(UUID campusId, UUID actionId, UUID evidenceId) {
        return jdbc.sql("""
                        select e.file_name, e.content_type, e.content from action_evidence e join campus_action a on a.id = e.action_id
                        where a.campus_id = ? and a.id = ? and e.id = ?""")
                .params(campusId, actionId, evidenceId)
                .query((rs, n) -> new UploadedFile(rs.getString(1), UploadedFile.FileType.ofMediaType(rs.getString(2)), rs.getBytes(3)))
                .optional();
    }

    private List<ActionView> load(String where, Object... params) {
        List<Object[]> rows = jdbc.sql("""
                        select a.id, a.campus_id, a.year, a.type, a.title, a.description, a.status, a.abandon_cause, a.starts_on, a.ends_on,
                               a.place, a.visibility, a.teachers, a.cost, a.funder, a.budget_line_id, a.version
                        from campus_action a where\s""" + where + " order by a.starts_on nulls last, a.title")
                .params(params)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
                        rs.getObject(10, LocalDate.class), rs.getString(11), rs.getString(12), rs.getInt(13), rs.getBigDecimal(14),
                        rs.getString(15), rs.getObject(16, UUID.class), rs.getLong(17)})
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        UUID[] idArray = ids.toArray(UUID[]::new);
        Map<UUID, Map<Audience, Reach>> learners = new LinkedHashMap<>();
        jdbc.sql("select action_id, audience, girls, boys, unspecified from action_learners where action_id = any(?)").param(idArray)
                .query((rs, n) -> {
                    learners.computeIfAbsent(rs.getObject(1, UUID.class), k -> new EnumMap<>(Audience.class))
                            .put(Audience.valueOf(rs.getString(2)), new Reach(rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                    return null;
                }).list();
        Map<UUID, List<UUID>> partnerIds = new LinkedHashMap<>();
        jdbc.sql("select action_id, organisation_id from action_partner where action_id = any(?)").param(idArray)
                .query((rs, n) -> partnerIds.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(rs.getObject(2, UUID.class))).list();
        // Partners' names come from the directory, which owns organisations.
        var names = directory.organisations(partnerIds.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        Map<UUID, List<PartnerRef>> partners = new LinkedHashMap<>();
        partnerIds.forEach((action, organisations) -> partners.put(action, organisations.stream().filter(names::containsKey)
                .map(o -> new PartnerRef(o, names.get(o).name())).sorted(java.util.Comparator.comparing(PartnerRef::name)).toList()));
        Map<UUID, List<EvidenceView>> evidence = new LinkedHashMap<>();
        jdbc.sql("""
                        select action_id, id, file_name, content_type, size_bytes, uploaded_at, uploaded_by from action_evidence
                        where action_id = any(?) order by uploaded_at, file_name""").param(idArray)
                .query((rs, n) -> evidence.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new EvidenceView(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getLong(5),
                                rs.getTimestamp(6).toInstant(), rs.getString(7)))).list();
        List<ActionView> views = new ArrayList<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            List<PartnerRef> partnerRefs = partners.getOrDefault(id, List.of());
            var details = new ActionDetails((int) r[2], ActionCodes.Type.valueOf((String) r[3]), (String) r[4], (String) r[5],
                    ActionCodes.Status.valueOf((String) r[6]), (String) r[7], (LocalDate) r[8], (LocalDate) r[9], (String) r[10],
                    Visibility.valueOf((String) r[11]), partnerRefs.stream().map(PartnerRef::id).collect(Collectors.toUnmodifiableSet()),
                    Map.copyOf(learners.getOrDefault(id, Map.of())), (int) r[12], (BigDecimal) r[13], (String) r[14], (UUID) r[15]);
            views.add(new ActionView(id, (UUID) r[1], details, (long) r[16], partnerRefs, fundingLabel(details),
                    evidence.getOrDefault(id, List.of())));
        }
        return views;
    }

    private String fundingLabel(ActionDetails details) {
        if (details.budgetLineId() != null) {
            var line = budgetLines.resourceLine(details.budgetLineId());
            if (line.isPresent()) {
                return line.get().description();
            }
        }
        return details.funder() == null ? null : BudgetLines.funderLabel(details.funder());
    }

    // ---- Rules

    /** Every problem of an action, by form field; empty when the action may be recorded. */
    @Transactional(readOnly = true)
    Map<String, String> problems(UUID campusId, ActionDetails d) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (d.year() < 2013 || d.year() > 2100) {
            problems.put("year", "Année invalide.");
        }
        if (d.type() == null) {
            problems.put("type", "Choisissez le type d’action.");
        }
        if (d.title() == null || d.title().isBlank()) {
            problems.put("title", "L’intitulé de l’action est obligatoire.");
        } else if (d.title().strip().length() > 255) {
            problems.put("title", "L’intitulé est trop long : 255 caractères au plus.");
        }
        if (Text.longerThan(d.place(), 255)) {
            problems.put("place", Text.tooLong("Le lieu", d.place(), 255));
        }
        if (Text.longerThan(d.abandonCause(), 1000)) {
            problems.put("abandonCause", Text.tooLong("La cause de l’abandon", d.abandonCause(), 1000));
        }
        if (d.status() == null) {
            problems.put("status", "Choisissez le statut de l’action.");
        } else if (d.status() == ActionCodes.Status.ABANDONED && (d.abandonCause() == null || d.abandonCause().isBlank())) {
            problems.put("abandonCause", "Indiquez la cause de l’abandon.");
        } else if ((d.status() == ActionCodes.Status.DONE || d.status() == ActionCodes.Status.IN_PROGRESS) && d.startsOn() == null) {
            problems.put("startsOn", "Une action en cours ou réalisée a une date de début.");
        }
        if (d.endsOn() != null && d.startsOn() == null) {
            problems.putIfAbsent("startsOn", "Indiquez la date de début.");
        } else if (d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            problems.put("endsOn", "La date de fin (" + Times.current().format(d.endsOn(), DATE) + ") précède la date de début (" + Times.current().format(d.startsOn(), DATE) + ").");
        }
        if (d.visibility() == null || d.visibility() == Visibility.BODY) {
            problems.put("visibility", "Choisissez qui peut voir l’action : tout le monde ou les partenaires du campus.");
        }
        if (!d.partnerIds().isEmpty()) {
            Set<UUID> partners = directory.partnersOf(campusId).stream().map(p -> p.organisation().id()).collect(Collectors.toSet());
            for (UUID id : d.partnerIds()) {
                if (!partners.contains(id)) {
                    problems.put("partnerIds", directory.organisation(id)
                            .map(o -> "« " + o.name() + " » n’est pas partenaire du campus : ajoutez-le d’abord à ses partenaires.")
                            .orElse("Organisation inconnue : choisissez parmi les partenaires du campus."));
                    break;
                }
            }
        }
        d.learners().forEach((audience, reach) -> {
            if (reach.isNegative()) {
                problems.putIfAbsent("learners", "Le nombre de " + audience.label().toLowerCase(Locale.FRENCH) + " touchés ne peut être négatif.");
            }
        });
        if (d.teachers() < 0) {
            problems.put("teachers", "Le nombre d’enseignants ne peut être négatif.");
        }
        if (d.cost() != null && d.cost().signum() < 0) {
            problems.put("cost", "Le coût ne peut être négatif.");
        }
        if (d.budgetLineId() != null) {
            if (budgetLines.resourceLines(campusId, d.year()).stream().noneMatch(l -> l.id().equals(d.budgetLineId()))) {
                problems.put("funding", "Choisissez une ligne de ressources du budget " + d.year() + " du campus.");
            }
        } else if (d.funder() != null && BudgetLines.funderLabel(d.funder()) == null) {
            problems.put("funding", "Financeur inconnu.");
        }
        return problems;
    }

    private ActionDetails checked(UUID campusId, ActionDetails details) {
        var problems = problems(campusId, details);
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems);
        }
        String funder = details.budgetLineId() == null ? details.funder()
                : budgetLines.resourceLine(details.budgetLineId()).orElseThrow().funder();
        return new ActionDetails(details.year(), details.type(), details.title().strip(), trim(details.description()), details.status(),
                details.status() == ActionCodes.Status.ABANDONED ? details.abandonCause().strip() : null, details.startsOn(), details.endsOn(),
                trim(details.place()), details.visibility(), Set.copyOf(details.partnerIds()), reached(details.learners()), details.teachers(),
                details.cost(), funder, details.budgetLineId());
    }

    // ---- Changes

    @Override
    @Transactional
    public UUID add(UUID campusId, ActionDetails details) {
        ActionDetails d = checked(campusId, details);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into campus_action (id, campus_id, year, type, title, description, status, abandon_cause, starts_on, ends_on,
                                                   place, visibility, teachers, cost, funder, budget_line_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, campusId, d.year(), d.type().name(), d.title(), d.description(), d.status().name(), d.abandonCause(), d.startsOn(),
                        d.endsOn(), d.place(), d.visibility().name(), d.teachers(), d.cost(), d.funder(), d.budgetLineId())
                .update();
        writeLinks(id, d);
        var diff = new AuditTrail.Diff();
        describe(d).forEach((field, value) -> diff.field(field, null, value));
        audit.record(AUDITED, campusId, "ACTION_AJOUTEE", "Plan d’actions " + d.year() + " : action « " + d.title() + " » ajoutée", diff.changes());
        return id;
    }

    @Transactional
    void update(UUID campusId, UUID actionId, long version, ActionDetails details) {
        ActionView before = action(campusId, actionId).orElseThrow(() -> new BusinessRuleException(null, "Cette action n’existe plus."));
        ActionDetails d = checked(campusId, details);
        int updated = jdbc.sql("""
                        update campus_action set year = ?, type = ?, title = ?, description = ?, status = ?, abandon_cause = ?, starts_on = ?,
                               ends_on = ?, place = ?, visibility = ?, teachers = ?, cost = ?, funder = ?, budget_line_id = ?, version = version + 1
                        where id = ? and campus_id = ? and version = ?""")
                .params(d.year(), d.type().name(), d.title(), d.description(), d.status().name(), d.abandonCause(), d.startsOn(), d.endsOn(),
                        d.place(), d.visibility().name(), d.teachers(), d.cost(), d.funder(), d.budgetLineId(), actionId, campusId, version)
                .update();
        if (updated == 0) {
            throw new BusinessRuleException(null, STALE);
        }
        jdbc.sql("delete from action_partner where action_id = ?").param(actionId).update();
        jdbc.sql("delete from action_learners where action_id = ?").param(actionId).update();
        writeLinks(actionId, d);
        var diff = new AuditTrail.Diff();
        var old = describe(before.details());
        describe(d).forEach((field, value) -> diff.field(field, old.get(field), value));
        if (!diff.isEmpty()) {
            audit.record(AUDITED, campusId, "ACTION_MODIFIEE", "Plan d’actions " + d.year() + " : action « " + d.title() + " » modifiée",
                    diff.changes());
        }
    }

    /** Moves an action to another status; abandoning it requires its cause. */
    @Transactional
    void changeStatus(UUID campusId, UUID actionId, long version, ActionCodes.Status status, String cause) {
        ActionView before = action(campusId, actionId).orElseThrow(() -> new BusinessRuleException(null, "Cette action n’existe plus."));
        ActionDetails b = before.details();
        update(campusId, actionId, version, new ActionDetails(b.year(), b.type(), b.title(), b.description(), status, cause, b.startsOn(),
                b.endsOn(), b.place(), b.visibility(), b.partnerIds(), b.learners(), b.teachers(), b.cost(), b.funder(), b.budgetLineId()));
    }

    @Transactional
    void addEvidence(UUID campusId, UUID actionId, UploadedFile file, String uploadedBy) {
        ActionView action = action(campusId, actionId).orElseThrow(() -> new BusinessRuleException(null, "Cette action n’existe plus."));
        jdbc.sql("""
                        insert into action_evidence (id, action_id, file_name, content_type, size_bytes, content, uploaded_at, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), actionId, file.name(), file.contentType(), file.size(), file.content(),
                        Timestamp.from(Instant.now(clock)), uploadedBy)
                .update();
        audit.record(AUDITED, campusId, "ACTION_PIECE", "Action « " + action.details().title() + " » : pièce justificative ajoutée",
                List.of(new AuditTrail.Change("Pièce justificative", null, file.name() + " (" + UploadedFile.displaySize(file.size()) + ")")));
    }

    @Transactional
    void removeEvidence(UUID campusId, UUID actionId, UUID evidenceId) {
        ActionView action = action(campusId, actionId).orElseThrow(() -> new BusinessRuleException(null, "Cette action n’existe plus."));
        String name = jdbc.sql("delete from action_evidence where id = ? and action_id = ? returning file_name").params(evidenceId, actionId)
                .query(String.class).optional()
                .orElseThrow(() -> new BusinessRuleException(null, "Cette pièce n’existe plus."));
        audit.record(AUDITED, campusId, "ACTION_PIECE_RETIREE", "Action « " + action.details().title() + " » : pièce justificative retirée",
                List.of(new AuditTrail.Change("Pièce justificative", name, null)));
    }

    private void writeLinks(UUID actionId, ActionDetails d) {
        for (UUID partner : d.partnerIds()) {
            jdbc.sql("insert into action_partner (action_id, organisation_id) values (?, ?)").params(actionId, partner).update();
        }
        d.learners().forEach((audience, reach) -> jdbc.sql(
                        "insert into action_learners (action_id, audience, girls, boys, unspecified) values (?, ?, ?, ?, ?)")
                .params(actionId, audience.name(), reach.girls(), reach.boys(), reach.unspecified()).update());
    }

    /** The fields of an action as people read them, for the audit trail. */
    private Map<String, String> describe(ActionDetails d) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Année", Integer.toString(d.year()));
        fields.put("Type", d.type().label());
        fields.put("Intitulé", d.title());
        fields.put("Description", d.description());
        fields.put("Statut", d.status().label());
        fields.put("Cause de l’abandon", d.abandonCause());
        fields.put("Début", d.startsOn() == null ? null : Times.current().format(d.startsOn(), DATE));
        fields.put("Fin", d.endsOn() == null ? null : Times.current().format(d.endsOn(), DATE));
        fields.put("Lieu", d.place());
        fields.put("Visibilité", d.visibility().label());
        fields.put("Partenaires", d.partnerIds().isEmpty() ? null : d.partnerIds().stream()
                .map(id -> directory.organisation(id).map(o -> o.name()).orElse(id.toString())).sorted().collect(Collectors.joining(", ")));
        fields.put("Apprenants touchés", d.learners().isEmpty() ? null : d.learners().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().label() + " : " + e.getValue().girls() + " F, " + e.getValue().boys() + " G, "
                        + e.getValue().unspecified() + " non précisé")
                .collect(Collectors.joining(" ; ")));
        fields.put("Enseignants touchés", Integer.toString(d.teachers()));
        fields.put("Coût", d.cost() == null ? null : euros(d.cost()));
        fields.put("Financement", fundingLabel(d));
        return fields;
    }

    /** The audiences actually reached, in their order. */
    private static Map<Audience, Reach> reached(Map<Audience, Reach> learners) {
        Map<Audience, Reach> reached = new EnumMap<>(Audience.class);
        learners.forEach((audience, reach) -> {
            if (reach.total() > 0) {
                reached.put(audience, reach);
            }
        });
        return reached;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String euros(BigDecimal amount) {
        return amount == null ? "—" : NumberFormat.getCurrencyInstance(Locale.FRANCE).format(amount);
    }
}
