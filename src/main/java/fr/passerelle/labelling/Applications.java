package fr.passerelle.labelling;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusIdentity;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.LabelStatus;
import fr.passerelle.campus.Sector;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Partner;
import fr.passerelle.governance.CampusLife;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.Text;
import fr.passerelle.platform.UploadedFile;
import fr.passerelle.territory.Territories;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.ObjectMapper;

/**
 * Application dossiers and their review chain. Each step is taken only by its role and only from the step before;
 * every change is audited on the dossier and every step entered is kept for the timeline and the statistics.
 */
@Service
public class Applications {

    static final String AUDITED = "application";
    /** A criterion counts as answered from this many characters. */
    static final int MIN_SECTION_LENGTH = 200;
    static final long MAX_ATTACHMENT_SIZE = 15L * 1024 * 1024;
    static final int LABEL_YEARS = 4;
    /** The accounts promoters may add to their team. */
    static final java.util.Set<Role> TEAM_ROLES = java.util.EnumSet.of(Role.OPERATIONAL_DIRECTOR, Role.PARTNER_MEMBER);
    private static final String NOT_A_PROMOTER = "Seuls les porteurs du territoire (référent académique, coordination régionale, "
            + "direction du campus) ouvrent un dossier.";
    private static final String CONFLICT = "Ce dossier a changé pendant votre saisie (une autre personne l'a modifié ou il a avancé d'une étape) : "
            + "rechargez la page ; ce que vous avez saisi n'a pas été enregistré.";

    private final JdbcClient jdbc;
    private final Calls calls;
    private final CampusRegistry registry;
    private final Directory directory;
    private final CampusLife campusLife;
    private final fr.passerelle.training.Trainings trainings;
    private final Accounts accounts;
    private final Territories territories;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Applications(JdbcClient jdbc, Calls calls, CampusRegistry registry, Directory directory, CampusLife campusLife,
                 fr.passerelle.training.Trainings trainings, Accounts accounts, Territories territories, AuditTrail audit, ObjectMapper json,
                 ApplicationEventPublisher events, Clock clock) {
        this.trainings = trainings;
        this.jdbc = jdbc;
        this.calls = calls;
        this.registry = registry;
        this.directory = directory;
        this.campusLife = campusLife;
        this.accounts = accounts;
        this.territories = territories;
        this.audit = audit;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** What the promoters give to open a dossier: an existing campus, or the project of a new one. */
    record NewApplication(UUID callId, UUID campusId, String projectName, Sector sector, String academyCode, LabelCategory category) {
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<ApplicationView> byId(UUID id) {
        return jdbc.sql(SELECT + " where a.id = ?").param(id).query(this::view).optional();
    }

    /** The dossier if the actor may read it; 404 for the others, who must not learn it exists. */
    @Transactional(readOnly = true)
    ApplicationView readable(Actor actor, UUID id) {
        ApplicationView dossier = byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!ApplicationPermissions.canRead(actor, dossier, isActiveExpert(actor, id))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return dossier;
    }

    /** The dossiers the actor may read, newest first. */
    @Transactional(readOnly = true)
    List<ApplicationView> visibleTo(Actor actor) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> jdbc.sql(SELECT + " order by a.created_at desc").query(this::view).list();
            case REGIONAL_COORDINATOR -> jdbc.sql(SELECT + " where a.region_code = ? order by a.created_at desc").param(actor.regionCode())
                    .query(this::view).list();
            case ACADEMY_REFERENT -> jdbc.sql(SELECT + " where a.academy_code = ? order by a.created_at desc").param(actor.academyCode())
                    .query(this::view).list();
            case OPERATIONAL_DIRECTOR -> jdbc.sql(SELECT + " where a.campus_id = ? or exists (select 1 from application_team t"
                    + " where t.application_id = a.id and t.account_id = ?) order by a.created_at desc")
                    .params(actor.campusId(), actor.accountId()).query(this::view).list();
            case PARTNER_MEMBER -> jdbc.sql(SELECT + " where exists (select 1 from application_team t"
                    + " where t.application_id = a.id and t.account_id = ?) order by a.created_at desc")
                    .param(actor.accountId()).query(this::view).list();
            case EXPERT -> jdbc.sql(SELECT + " join expert_assignment e on e.application_id = a.id and e.expert_id = ? and e.declined_at is null"
                    + " order by a.created_at desc").param(actor.accountId()).query(this::view).list();
            default -> List.of();
        };
    }

    /** The dossiers decided, for the public: who was labelled or not, when, in which category. */
    @Transactional(readOnly = true)
    List<PublicDecision> publicDecisions() {
        return jdbc.sql("""
                        select a.project_name, a.region_code, c.year, d.outcome, d.category, d.decided_on, d.valid_until, cp.slug
                          from label_decision d join application a on a.id = d.application_id
                          join call_for_projects c on c.id = a.call_id
                          left join campus cp on cp.id = a.campus_id
                         order by d.decided_on desc, a.project_name""")
                .query((rs, n) -> new PublicDecision(rs.getString(1), territories.region(rs.getString(2)).map(r -> r.name()).orElse(rs.getString(2)),
                        rs.getInt(3), "GRANTED".equals(rs.getString(4)),
                        rs.getString(5) == null ? null : LabelCategory.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), rs.getString(8)))
                .list();
    }

    record PublicDecision(String projectName, String regionName, int callYear, boolean granted, LabelCategory category, LocalDate decidedOn,
                          LocalDate validUntil, String campusSlug) {
    }

    @Transactional(readOnly = true)
    Map<Criterion, ApplicationParts.Section> sections(UUID id) {
        Map<Criterion, ApplicationParts.Section> sections = new EnumMap<>(Criterion.class);
        jdbc.sql("select criterion, text, revision, updated_at, updated_by from application_section where application_id = ?").param(id)
                .query((rs, n) -> sections.put(Criterion.valueOf(rs.getString(1)), new ApplicationParts.Section(Criterion.valueOf(rs.getString(1)),
                        rs.getString(2), rs.getInt(3), instant(rs, 4), rs.getString(5))))
                .list();
        return sections;
    }

    ApplicationParts.Section section(UUID id, Criterion criterion) {
        return sections(id).getOrDefault(criterion, new ApplicationParts.Section(criterion, null, 0, null, null));
    }

    @Transactional(readOnly = true)
    List<ApplicationParts.Attachment> attachments(UUID id) {
        return jdbc.sql("""
                        select id, required_document_id, file_name, content_type, file_size, uploaded_at, uploaded_by
                          from application_attachment where application_id = ? order by uploaded_at""")
                .param(id)
                .query((rs, n) -> new ApplicationParts.Attachment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getLong(5), instant(rs, 6), rs.getString(7)))
                .list();
    }

    @Transactional(readOnly = true)
    Optional<fr.passerelle.directory.StoredFile> attachmentFile(UUID id, UUID attachmentId) {
        return jdbc.sql("select file_name, content_type, file_data from application_attachment where id = ? and application_id = ?")
                .params(attachmentId, id)
                .query((rs, n) -> new fr.passerelle.directory.StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    @Transactional(readOnly = true)
    List<ApplicationParts.Opinion> opinions(UUID id) {
        return jdbc.sql("""
                        select id, body, round, verdict, given_on, reasons, file_name, recorded_by, recorded_at
                          from application_opinion where application_id = ? order by recorded_at""")
                .param(id)
                .query((rs, n) -> new ApplicationParts.Opinion(rs.getObject(1, UUID.class), OpinionBody.valueOf(rs.getString(2)), rs.getInt(3),
                        Verdict.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8),
                        instant(rs, 9)))
                .list();
    }

    @Transactional(readOnly = true)
    Optional<fr.passerelle.directory.StoredFile> opinionFile(UUID id, UUID opinionId) {
        return jdbc.sql("select file_name, content_type, file_data from application_opinion where id = ? and application_id = ? and file_data is not null")
                .params(opinionId, id)
                .query((rs, n) -> new fr.passerelle.directory.StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    @Transactional(readOnly = true)
    List<ApplicationParts.Assignment> assignments(UUID id) {
        return jdbc.sql("""
                        select e.expert_id, ac.display_name, e.assigned_at, e.assigned_by, e.declined_at, e.decline_reason
                          from expert_assignment e join account ac on ac.id = e.expert_id
                         where e.application_id = ? order by ac.display_name""")
                .param(id)
                .query((rs, n) -> new ApplicationParts.Assignment(rs.getObject(1, UUID.class), rs.getString(2), instant(rs, 3), rs.getString(4),
                        instant(rs, 5), rs.getString(6)))
                .list();
    }

    boolean isActiveExpert(Actor actor, UUID id) {
        return actor.role() == Role.EXPERT && jdbc.sql(
                        "select count(*) from expert_assignment where application_id = ? and expert_id = ? and declined_at is null")
                .params(id, actor.accountId()).query(Integer.class).single() > 0;
    }

    @Transactional(readOnly = true)
    List<ApplicationParts.Review> reviews(UUID id, int round) {
        return jdbc.sql("""
                        select r.id, r.expert_id, ac.display_name, r.round, r.submitted_at, r.version
                          from expert_review r join account ac on ac.id = r.expert_id
                         where r.application_id = ? and r.round = ? order by ac.display_name""")
                .params(id, round)
                .query((rs, n) -> new ApplicationParts.Review(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4),
                        instant(rs, 5), rs.getLong(6), scores(rs.getObject(1, UUID.class))))
                .list();
    }

    Optional<ApplicationParts.Review> reviewOf(UUID id, UUID expertId, int round) {
        return reviews(id, round).stream().filter(r -> r.expertId().equals(expertId)).findFirst();
    }

    @Transactional(readOnly = true)
    List<ApplicationParts.Exchange> exchanges(UUID id) {
        return jdbc.sql("""
                        select id, round, requested_by, requested_at, request, answered_at, answer
                          from review_exchange where application_id = ? order by round""")
                .param(id)
                .query((rs, n) -> new ApplicationParts.Exchange(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), instant(rs, 4),
                        rs.getString(5), instant(rs, 6), rs.getString(7)))
                .list();
    }

    @Transactional(readOnly = true)
    List<ApplicationParts.Version> versions(UUID id) {
        return jdbc.sql("select number, submitted_at, submitted_by, content from application_version where application_id = ? order by number")
                .param(id)
                .query((rs, n) -> new ApplicationParts.Version(rs.getInt(1), instant(rs, 2), rs.getString(3),
                        json.readValue(rs.getString(4), ApplicationParts.Content.class)))
                .list();
    }

    @Transactional(readOnly = true)
    Optional<ApplicationParts.Decision> decision(UUID id) {
        return jdbc.sql("select outcome, category, decided_on, valid_from, valid_until, reasons, decided_by from label_decision where application_id = ?")
                .param(id)
                .query((rs, n) -> new ApplicationParts.Decision(rs.getString(1), rs.getString(2) == null ? null : LabelCategory.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getString(7)))
                .optional();
    }

    @Transactional(readOnly = true)
    List<ApplicationParts.Step> steps(UUID id) {
        return jdbc.sql("select status, entered_at, actor, note from application_step where application_id = ? order by entered_at, id").param(id)
                .query((rs, n) -> new ApplicationParts.Step(ApplicationStatus.valueOf(rs.getString(1)), instant(rs, 2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The campus's facts quoted in the dossier, by criterion: its partners, trainings, bodies and meetings, budget, action plan. */
    @Transactional(readOnly = true)
    Map<Criterion, List<String>> liveData(ApplicationView dossier) {
        Map<Criterion, List<String>> data = new EnumMap<>(Criterion.class);
        if (dossier.campusId() == null) {
            return data;
        }
        List<String> partners = new ArrayList<>();
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (Partner partner : directory.partnersOf(dossier.campusId())) {
            byKind.computeIfAbsent(partner.organisation().kind().pluralLabel(), k -> new ArrayList<>())
                    .add(partner.organisation().displayName() + " (" + partner.role().label().toLowerCase(java.util.Locale.FRENCH) + ")");
        }
        byKind.forEach((kind, names) -> partners.add(kind + " : " + String.join(", ", names)));
        if (partners.isEmpty()) {
            partners.add("Aucun partenaire enregistré.");
        }
        List<String> trainings = this.trainings.summary(dossier.campusId());
        if (!trainings.isEmpty()) {
            partners.add("Certifications préparées : " + trainings.size() + " diplôme(s), détaillés au critère des parcours de formation.");
        }
        data.put(Criterion.PERIMETER, partners);
        data.put(Criterion.PATHWAYS, trainings.isEmpty() ? List.of("Aucune formation n'est encore enregistrée pour le campus.") : trainings);
        var life = campusLife.summary(dossier.campusId(), dossier.callYear());
        data.put(Criterion.REGIONAL_GOVERNANCE, life.governance().isEmpty() ? List.of("Aucune instance constituée.") : life.governance());
        data.put(Criterion.MEANS, life.budget());
        data.put(Criterion.OPERATIONAL_STEERING, life.actions());
        return data;
    }

    /** What keeps the dossier from being submitted, in French; empty when it is complete. */
    @Transactional(readOnly = true)
    List<String> missing(ApplicationView dossier) {
        List<String> missing = new ArrayList<>();
        Map<Criterion, ApplicationParts.Section> sections = sections(dossier.id());
        for (Criterion criterion : dossier.criteria()) {
            ApplicationParts.Section section = sections.get(criterion);
            if (section == null || !section.written()) {
                missing.add(criterion.number() + " (« " + criterion.label() + " ») : rédigez au moins " + MIN_SECTION_LENGTH + " caractères"
                        + (section == null || section.text() == null ? "." : " (" + section.text().strip().length() + " pour l'instant)."));
            }
        }
        if (dossier.progressReport()) {
            return missing;
        }
        CallView call = calls.require(dossier.callId());
        List<ApplicationParts.Attachment> attachments = attachments(dossier.id());
        for (CallView.RequiredDocument document : call.documents()) {
            if (document.mandatory() && attachments.stream().noneMatch(a -> document.id().equals(a.requiredDocumentId()))) {
                missing.add("Pièce obligatoire manquante : " + document.label() + ".");
            }
        }
        return missing;
    }

    // --- promoters -------------------------------------------------------------------------------------------------

    @Transactional
    ApplicationView create(Actor actor, NewApplication request) {
        CallView call = calls.byId(request.callId()).filter(CallView::published)
                .orElseThrow(() -> new BusinessRuleException("callId", "Choisissez un appel à projets publié."));
        if (calls.today().isAfter(call.closesOn())) {
            throw new BusinessRuleException("callId", "L'appel « " + call.title() + " » est clos depuis le " + CallView.DAY.format(call.closesOn())
                    + " : il n'accepte plus de dossier.");
        }
        LabelCategory category = request.category();
        if (category == null) {
            throw new BusinessRuleException("category", "Choisissez la catégorie visée.");
        }
        if (category == LabelCategory.STANDARD && !call.standardOpen() || category == LabelCategory.EXCELLENCE && !call.excellenceOpen()) {
            throw new BusinessRuleException("category", "Cet appel n'est pas ouvert à la catégorie " + category.label() + ".");
        }
        String name;
        Sector sector;
        String region;
        String academy;
        ApplicationView.Kind kind;
        UUID previous = null;
        if (request.campusId() != null) {
            CampusCard campus = registry.byId(request.campusId()).orElseThrow(() -> new BusinessRuleException("campusId", "Choisissez un campus."));
            name = campus.name();
            sector = campus.sector();
            region = campus.regionCode();
            academy = campus.academyCode();
            previous = jdbc.sql("select id from application where campus_id = ? and status = 'GRANTED' order by submitted_at desc limit 1")
                    .param(campus.id()).query(UUID.class).optional().orElse(null);
            kind = campus.labelStatus() == LabelStatus.LABELLED || campus.labelStatus() == LabelStatus.EXPIRED
                    ? ApplicationView.Kind.RENEWAL : ApplicationView.Kind.EXISTING_CAMPUS;
            // Outside their territory, a promoter is refused before anything tells whether the campus has a dossier.
            if (!ApplicationPermissions.coversTerritory(actor, region, academy, campus.id())) {
                throw new AccessDeniedException(NOT_A_PROMOTER);
            }
            boolean alreadyOpen = jdbc.sql("select count(*) from application where campus_id = ? and call_id = ?")
                    .params(campus.id(), call.id()).query(Integer.class).single() > 0;
            if (alreadyOpen) {
                throw new BusinessRuleException("campusId", "Ce campus a déjà un dossier pour cet appel.");
            }
        } else {
            if (request.projectName() == null || request.projectName().isBlank()) {
                throw new BusinessRuleException("projectName", "Donnez le nom du projet de campus.");
            }
            if (Text.longerThan(request.projectName(), 255)) {
                throw new BusinessRuleException("projectName", Text.tooLong("Le nom du projet", request.projectName(), 255));
            }
            if (request.sector() == null) {
                throw new BusinessRuleException("sector", "Choisissez la filière du projet.");
            }
            if (request.academyCode() == null || territories.academy(request.academyCode()).isEmpty()) {
                throw new BusinessRuleException("academyCode", "Choisissez l'académie du projet.");
            }
            name = request.projectName().strip();
            sector = request.sector();
            academy = request.academyCode();
            region = territories.academy(academy).orElseThrow().regionCode();
            kind = ApplicationView.Kind.NEW_CAMPUS;
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        var probe = new ApplicationView(id, call.id(), call.title(), call.year(), request.campusId(), kind, category, name, sector, region, null,
                academy, null, previous, ApplicationStatus.DRAFT, 0, actor.displayName(), now, null, now, 0, java.util.Set.of());
        if (!ApplicationPermissions.isPromoter(actor, probe)) {
            throw new AccessDeniedException(NOT_A_PROMOTER);
        }
        jdbc.sql("""
                        insert into application (id, call_id, campus_id, kind, category, project_name, sector, region_code, academy_code, previous_id,
                                                 status, round, created_by, created_at, status_since)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', 0, ?, ?, ?)""")
                .params(id, call.id(), request.campusId(), kind.name(), category.name(), name, sector.name(), region, academy, previous,
                        actor.displayName(), Timestamp.from(now), Timestamp.from(now)).update();
        step(id, ApplicationStatus.DRAFT, actor.displayName(), null);
        if (previous != null) {
            copySections(previous, id, actor);
        }
        audit.record(AUDITED, id, "DOSSIER_OUVERT", "Dossier ouvert : " + name, List.of(new AuditTrail.Change("Dossier", null,
                kind.label() + " — " + name + ", catégorie " + category.label() + ", " + call.title())));
        return byId(id).orElseThrow();
    }

    /**
     * Saves the text of one criterion if nobody saved it since {@code expectedRevision}; returns the new revision.
     * Used by the form and by the autosave of drafts.
     */
    @Transactional
    int saveSection(Actor actor, UUID id, Criterion criterion, int expectedRevision, String text) {
        ApplicationView dossier = writable(actor, id);
        if (!dossier.criteria().contains(criterion)) {
            throw new BusinessRuleException("criterion", "Ce critère ne s'applique pas à la catégorie " + dossier.category().label() + ".");
        }
        String clean = text == null || text.isBlank() ? null : text.strip();
        if (clean != null && clean.length() > 20_000) {
            throw new BusinessRuleException("text", "Le texte fait " + clean.length() + " caractères : 20 000 au plus.");
        }
        ApplicationParts.Section before = section(id, criterion);
        if (before.revision() != expectedRevision) {
            throw new BusinessRuleException("text", "Ce critère a été modifié par " + before.updatedBy() + " pendant votre saisie : "
                    + "rechargez-le ; votre texte est conservé ci-dessous pour que vous le repreniez.");
        }
        if (java.util.Objects.equals(before.text(), clean)) {
            return before.revision();
        }
        int revision = expectedRevision + 1;
        jdbc.sql("""
                        insert into application_section (application_id, criterion, text, revision, updated_at, updated_by)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (application_id, criterion) do update set text = excluded.text, revision = excluded.revision,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(id, criterion.name(), clean, revision, Timestamp.from(Instant.now(clock)), actor.displayName()).update();
        if (expectedRevision == 0 || revision % 20 == 0) {
            // Autosave writes often: the history keeps the first draft and one save in twenty; every submitted version is kept whole.
            audit.record(AUDITED, id, "CRITERE_REDIGE", criterion.number() + " rédigé", List.of(new AuditTrail.Change(criterion.number(),
                    abbreviate(before.text()), abbreviate(clean))));
        }
        return revision;
    }

    @Transactional
    ApplicationParts.Attachment attach(Actor actor, UUID id, UUID requiredDocumentId, String fileName, byte[] content) {
        ApplicationView dossier = writable(actor, id);
        if (requiredDocumentId != null && calls.require(dossier.callId()).documents().stream().noneMatch(d -> d.id().equals(requiredDocumentId))) {
            throw new BusinessRuleException("requiredDocumentId", "Choisissez une pièce demandée par l'appel.");
        }
        UploadedFile file;
        try {
            file = UploadedFile.check(fileName, content, MAX_ATTACHMENT_SIZE, UploadedFile.DOCUMENTS);
        } catch (UploadedFile.RejectedFile e) {
            throw new BusinessRuleException("fichier", e.getMessage());
        }
        UUID attachmentId = UUID.randomUUID();
        jdbc.sql("""
                        insert into application_attachment (id, application_id, required_document_id, file_name, content_type, file_size, file_data,
                                                            uploaded_at, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(attachmentId, id, requiredDocumentId, file.name(), file.contentType(), file.size(), file.content(),
                        Timestamp.from(Instant.now(clock)), actor.displayName()).update();
        audit.record(AUDITED, id, "PIECE_JOINTE", "Pièce jointe : " + file.name(),
                List.of(new AuditTrail.Change("Pièce", null, file.name() + " (" + UploadedFile.displaySize(file.size()) + ")")));
        return attachments(id).stream().filter(a -> a.id().equals(attachmentId)).findFirst().orElseThrow();
    }

    @Transactional
    void removeAttachment(Actor actor, UUID id, UUID attachmentId) {
        writable(actor, id);
        String name = jdbc.sql("delete from application_attachment where id = ? and application_id = ? returning file_name").params(attachmentId, id)
                .query(String.class).optional().orElseThrow(() -> new BusinessRuleException(null, "Cette pièce n'est plus jointe au dossier."));
        audit.record(AUDITED, id, "PIECE_RETIREE", "Pièce retirée : " + name, List.of(new AuditTrail.Change("Pièce", name, null)));
    }

    /**
     * Submits the dossier: the first time before the call closes, complete; after a request for changes, with the
     * promoters' answer. The version submitted is frozen with the campus's live data.
     */
    @Transactional
    ApplicationView submit(Actor actor, UUID id, long expectedVersion, String answer) {
        ApplicationView dossier = writable(actor, id);
        CallView call = calls.require(dossier.callId());
        boolean firstRound = dossier.status() == ApplicationStatus.DRAFT;
        boolean report = dossier.progressReport();
        if (firstRound && !report && calls.today().isAfter(call.closesOn())) {
            throw new BusinessRuleException(null, "L'appel à projets est clos depuis le " + CallView.DAY.format(call.closesOn())
                    + " : le dépôt n'est plus possible. Le dossier reste enregistré en brouillon.");
        }
        if (firstRound && !report && calls.today().isBefore(call.opensOn())) {
            throw new BusinessRuleException(null, "L'appel à projets ouvre le " + CallView.DAY.format(call.opensOn()) + " : le dépôt sera possible à partir de cette date.");
        }
        List<String> missing = missing(dossier);
        if (!missing.isEmpty()) {
            throw new BusinessRuleException(null, "Le dossier est incomplet : " + missing.size() + " élément(s) manquent (voir la liste).");
        }
        if (!firstRound && (answer == null || answer.isBlank())) {
            throw new BusinessRuleException("answer", "Répondez aux demandes des experts : dites ce que la nouvelle version change.");
        }
        int number = dossier.round() + 1;
        var content = new ApplicationParts.Content(texts(id), liveData(dossier),
                attachments(id).stream().map(a -> a.fileName() + " (" + a.displaySize() + ")").toList());
        Instant now = Instant.now(clock);
        jdbc.sql("insert into application_version (application_id, number, submitted_at, submitted_by, content) values (?, ?, ?, ?, ?::jsonb)")
                .params(id, number, Timestamp.from(now), actor.displayName(), json.writeValueAsString(content)).update();
        ApplicationStatus next = firstRound && !report ? ApplicationStatus.SUBMITTED : ApplicationStatus.EXPERT_REVIEW;
        move(dossier, expectedVersion, next, actor.displayName(), firstRound ? (report ? "Rapport d'étape déposé" : "Dossier déposé")
                : "Version " + number + " déposée en réponse à la navette");
        jdbc.sql("update application set round = ?, submitted_at = coalesce(submitted_at, ?) where id = ?").params(number, Timestamp.from(now), id).update();
        if (!firstRound) {
            jdbc.sql("update review_exchange set answer = ?, answered_at = ? where application_id = ? and answered_at is null")
                    .params(answer.strip(), Timestamp.from(now), id).update();
        }
        audit.record(AUDITED, id, firstRound ? "DOSSIER_DEPOSE" : "NOUVELLE_VERSION", (firstRound ? "Dossier déposé" : "Version " + number + " déposée"),
                List.of(new AuditTrail.Change("Étape", dossier.status().label(), next.label())));
        events.publishEvent(new DossierMoved(id, dossier.status(), next));
        return byId(id).orElseThrow();
    }

    // --- opinions ----------------------------------------------------------------------------------------------------

    /** An opinion of the CAEN, the Crefop, the expert group (its synthesis) or the CNEE, each at its step. */
    @Transactional
    void recordOpinion(Actor actor, UUID id, long expectedVersion, OpinionBody body, Verdict verdict, LocalDate givenOn, String reasons,
                       String fileName, byte[] file) {
        ApplicationView dossier = byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        switch (body) {
            case CAEN, CREFOP -> {
                if (dossier.progressReport()) {
                    throw new BusinessRuleException("body", "Un rapport d'étape ne passe pas devant le CAEN ni le Crefop.");
                }
                if (!ApplicationPermissions.canGiveRegionalOpinion(actor, dossier)) {
                    throw new AccessDeniedException("Les avis régionaux sont saisis par la coordination régionale de la région du dossier.");
                }
                expect(dossier, ApplicationStatus.SUBMITTED, "Les avis régionaux se saisissent une fois le dossier déposé, avant l'expertise.");
            }
            case EXPERT_GROUP -> {
                chain(actor);
                expect(dossier, ApplicationStatus.EXPERT_REVIEW, "La synthèse se rédige pendant l'expertise.");
                List<ApplicationParts.Assignment> active = assignments(id).stream().filter(ApplicationParts.Assignment::active).toList();
                if (active.size() < 2) {
                    throw new BusinessRuleException(null, "Au moins deux experts doivent expertiser le dossier avant la synthèse.");
                }
                List<String> waiting = active.stream().filter(a -> reviewOf(id, a.expertId(), dossier.round()).map(r -> !r.submitted()).orElse(true))
                        .map(ApplicationParts.Assignment::expertName).toList();
                if (!waiting.isEmpty()) {
                    throw new BusinessRuleException(null, "Expertises attendues avant la synthèse : " + String.join(", ", waiting) + ".");
                }
            }
            case CNEE -> {
                chain(actor);
                if (dossier.progressReport()) {
                    throw new BusinessRuleException("body", "Un rapport d'étape n'est pas soumis au CNEE : la synthèse des experts le clôt.");
                }
                expect(dossier, ApplicationStatus.AWAITING_CNEE, "L'avis du CNEE se saisit après la synthèse des experts.");
            }
        }
        if (verdict == null) {
            throw new BusinessRuleException("verdict", "Choisissez le sens de l'avis.");
        }
        if (givenOn == null) {
            throw new BusinessRuleException("givenOn", "Indiquez la date de l'avis.");
        }
        if (givenOn.isAfter(calls.today())) {
            throw new BusinessRuleException("givenOn", "La date de l'avis ne peut pas être dans le futur.");
        }
        if (reasons == null || reasons.isBlank()) {
            throw new BusinessRuleException("reasons", "Motivez l'avis.");
        }
        UploadedFile upload = null;
        if (file != null && file.length > 0) {
            try {
                upload = UploadedFile.check(fileName, file, MAX_ATTACHMENT_SIZE, java.util.Set.of(UploadedFile.FileType.PDF));
            } catch (UploadedFile.RejectedFile e) {
                throw new BusinessRuleException("fichier", e.getMessage());
            }
        }
        int round = body.regional() ? 1 : dossier.round();
        boolean exists = jdbc.sql("select count(*) from application_opinion where application_id = ? and body = ? and round = ?")
                .params(id, body.name(), round).query(Integer.class).single() > 0;
        if (exists) {
            throw new BusinessRuleException("body", "L'avis " + body.label() + " est déjà enregistré pour ce dossier.");
        }
        if (dossier.version() != expectedVersion) {
            throw new BusinessRuleException(null, CONFLICT);
        }
        jdbc.sql("""
                        insert into application_opinion (id, application_id, body, round, verdict, given_on, reasons, file_name, content_type, file_data,
                                                         recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id, body.name(), round, verdict.name(), givenOn, reasons.strip(),
                        upload == null ? null : upload.name(), upload == null ? null : upload.contentType(), upload == null ? null : upload.content(),
                        actor.displayName(), Timestamp.from(Instant.now(clock))).update();
        audit.record(AUDITED, id, "AVIS_" + body.name(), "Avis " + body.label() + " : " + verdict.label(),
                List.of(new AuditTrail.Change("Avis " + body.label(), null, verdict.label() + " le " + givenOn + " — " + reasons.strip())));
        ApplicationStatus next = switch (body) {
            case CAEN, CREFOP -> opinions(id).stream().filter(o -> o.body().regional()).map(ApplicationParts.Opinion::body).distinct().count() == 2
                    ? ApplicationStatus.EXPERT_REVIEW : null;
            case EXPERT_GROUP -> dossier.progressReport() ? ApplicationStatus.REVIEWED : ApplicationStatus.AWAITING_CNEE;
            case CNEE -> ApplicationStatus.AWAITING_DECISION;
        };
        if (next != null) {
            move(dossier, expectedVersion, next, actor.displayName(), "Avis " + body.label() + " : " + verdict.label());
            events.publishEvent(new DossierMoved(id, dossier.status(), next));
        } else {
            touch(dossier, expectedVersion);
        }
    }

    // --- experts ------------------------------------------------------------------------------------------------------

    @Transactional
    void assignExperts(Actor actor, UUID id, List<UUID> expertIds) {
        chain(actor);
        ApplicationView dossier = byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (dossier.status() != ApplicationStatus.SUBMITTED && dossier.status() != ApplicationStatus.EXPERT_REVIEW
                && dossier.status() != ApplicationStatus.CHANGES_REQUESTED) {
            throw new BusinessRuleException("expertIds", "Les experts s'affectent entre le dépôt et la synthèse.");
        }
        if (expertIds == null || expertIds.isEmpty()) {
            throw new BusinessRuleException("expertIds", "Choisissez au moins un expert.");
        }
        List<ApplicationParts.Assignment> current = assignments(id);
        List<String> added = new ArrayList<>();
        for (UUID expertId : expertIds) {
            Actor expert = accounts.byId(expertId).filter(a -> a.role() == Role.EXPERT)
                    .orElseThrow(() -> new BusinessRuleException("expertIds", "Choisissez des comptes d'experts."));
            if (current.stream().anyMatch(a -> a.expertId().equals(expertId))) {
                continue;
            }
            jdbc.sql("insert into expert_assignment (application_id, expert_id, assigned_at, assigned_by) values (?, ?, ?, ?)")
                    .params(id, expertId, Timestamp.from(Instant.now(clock)), actor.displayName()).update();
            added.add(expert.displayName());
        }
        long active = assignments(id).stream().filter(ApplicationParts.Assignment::active).count();
        if (active < 2) {
            throw new BusinessRuleException("expertIds", "Un dossier s'expertise par au moins deux experts : " + active + " affecté(s) à ce jour.");
        }
        if (!added.isEmpty()) {
            audit.record(AUDITED, id, "EXPERTS_AFFECTES", "Experts affectés : " + String.join(", ", added),
                    List.of(new AuditTrail.Change("Experts", null, String.join(", ", added))));
            events.publishEvent(new ExpertsAssigned(id, expertIds));
        }
    }

    /** An expert declines a dossier (conflict of interest); they no longer see it. */
    @Transactional
    void decline(Actor actor, UUID id, String reason) {
        if (!isActiveExpert(actor, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "Indiquez la raison du déport (par exemple un lien avec un partenaire du projet).");
        }
        if (Text.longerThan(reason, 1000)) {
            throw new BusinessRuleException("reason", Text.tooLong("La raison du déport", reason, 1000));
        }
        jdbc.sql("update expert_assignment set declined_at = ?, decline_reason = ? where application_id = ? and expert_id = ?")
                .params(Timestamp.from(Instant.now(clock)), reason.strip(), id, actor.accountId()).update();
        audit.record(AUDITED, id, "EXPERT_DEPORT", "Déport de " + actor.displayName(),
                List.of(new AuditTrail.Change("Expert", actor.displayName(), "déporté : " + reason.strip())));
    }

    /** The expert's review of the current round, opened on first use. */
    @Transactional
    ApplicationParts.Review openReview(Actor actor, UUID id) {
        ApplicationView dossier = readable(actor, id);
        if (!isActiveExpert(actor, id)) {
            throw new AccessDeniedException("Seuls les experts affectés au dossier l'évaluent.");
        }
        int round = Math.max(1, dossier.round());
        return reviewOf(id, actor.accountId(), round).orElseGet(() -> {
            jdbc.sql("insert into expert_review (id, application_id, expert_id, round) values (?, ?, ?, ?) on conflict do nothing")
                    .params(UUID.randomUUID(), id, actor.accountId(), round).update();
            return reviewOf(id, actor.accountId(), round).orElseThrow();
        });
    }

    /**
     * Saves the expert's scores (0 to 4) and comments, if their review has not changed since they opened it; when
     * {@code submit}, every criterion must be scored. Each expert writes only their own review, so two experts scoring
     * at the same time never overwrite each other.
     */
    @Transactional
    void score(Actor actor, UUID id, long expectedVersion, Map<Criterion, ApplicationParts.Score> scores, boolean submit) {
        ApplicationView dossier = readable(actor, id);
        if (dossier.status() != ApplicationStatus.EXPERT_REVIEW) {
            throw new BusinessRuleException(null, "Le dossier n'est pas en expertise : les notes ne peuvent plus changer.");
        }
        ApplicationParts.Review review = openReview(actor, id);
        if (review.submitted()) {
            throw new BusinessRuleException(null, "Votre expertise de cette version est déjà remise.");
        }
        for (var entry : scores.entrySet()) {
            Integer score = entry.getValue().score();
            if (score != null && (score < 0 || score > 4)) {
                throw new BusinessRuleException("score-" + entry.getKey().name(), entry.getKey().number() + " : la note va de 0 à 4.");
            }
        }
        if (submit) {
            List<String> unscored = dossier.criteria().stream().filter(c -> scores.get(c) == null || scores.get(c).score() == null)
                    .map(Criterion::number).toList();
            if (!unscored.isEmpty()) {
                throw new BusinessRuleException(null, "Notez chaque critère avant de remettre l'expertise : " + String.join(", ", unscored) + ".");
            }
        }
        int updated = jdbc.sql("update expert_review set version = version + 1, submitted_at = ? where id = ? and version = ?")
                .params(submit ? Timestamp.from(Instant.now(clock)) : null, review.id(), expectedVersion).update();
        if (updated == 0) {
            throw new BusinessRuleException(null, "Votre expertise a été enregistrée depuis un autre onglet pendant votre saisie : "
                    + "rechargez la page ; vos notes sont conservées ci-dessous.");
        }
        for (Criterion criterion : dossier.criteria()) {
            ApplicationParts.Score score = scores.getOrDefault(criterion, new ApplicationParts.Score(null, null));
            jdbc.sql("""
                            insert into expert_score (review_id, criterion, score, comment) values (?, ?, ?, ?)
                            on conflict (review_id, criterion) do update set score = excluded.score, comment = excluded.comment""")
                    .params(review.id(), criterion.name(), score.score(), score.comment() == null || score.comment().isBlank() ? null : score.comment().strip())
                    .update();
        }
        if (submit) {
            audit.record(AUDITED, id, "EXPERTISE_REMISE", "Expertise remise par " + actor.displayName(), List.of(new AuditTrail.Change(
                    "Expertise de la version " + review.round(), null, "remise par " + actor.displayName())));
        }
    }

    // --- navettes -----------------------------------------------------------------------------------------------------

    /** Sends the dossier back to the promoters with the experts' recommendations. */
    @Transactional
    void requestChanges(Actor actor, UUID id, long expectedVersion, String request) {
        chain(actor);
        ApplicationView dossier = byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        expect(dossier, ApplicationStatus.EXPERT_REVIEW, "Une navette part pendant l'expertise.");
        if (request == null || request.isBlank()) {
            throw new BusinessRuleException("request", "Écrivez les recommandations et les compléments demandés aux porteurs.");
        }
        jdbc.sql("insert into review_exchange (id, application_id, round, requested_by, requested_at, request) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, dossier.round(), actor.displayName(), Timestamp.from(Instant.now(clock)), request.strip()).update();
        move(dossier, expectedVersion, ApplicationStatus.CHANGES_REQUESTED, actor.displayName(), "Navette : compléments demandés");
        audit.record(AUDITED, id, "NAVETTE", "Compléments demandés aux porteurs", List.of(new AuditTrail.Change("Navette", null, request.strip())));
        events.publishEvent(new DossierMoved(id, dossier.status(), ApplicationStatus.CHANGES_REQUESTED));
    }

    // --- decision ------------------------------------------------------------------------------------------------------

    /**
     * Records the interministerial decision. Granted, the campus is labelled in the registry for four years from the
     * decision (created there first when the dossier was for a new campus); refused, the reasons are required.
     */
    @Transactional
    void decide(Actor actor, UUID id, long expectedVersion, boolean granted, LabelCategory category, LocalDate decidedOn, String reasons) {
        chain(actor);
        ApplicationView dossier = byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        expect(dossier, ApplicationStatus.AWAITING_DECISION, "La décision se prend après l'avis du CNEE.");
        if (decidedOn == null) {
            throw new BusinessRuleException("decidedOn", "Indiquez la date de la décision.");
        }
        if (decidedOn.isAfter(calls.today())) {
            throw new BusinessRuleException("decidedOn", "La date de la décision ne peut pas être dans le futur.");
        }
        if (!granted && (reasons == null || reasons.isBlank())) {
            throw new BusinessRuleException("reasons", "Motivez le refus : les porteurs en reçoivent les raisons.");
        }
        LabelCategory finalCategory = granted ? (category == null ? dossier.category() : category) : null;
        if (finalCategory == LabelCategory.EXCELLENCE && !dossier.excellence()) {
            throw new BusinessRuleException("category", "La catégorie Excellence ne s'accorde qu'à un dossier qui y candidatait.");
        }
        LocalDate validUntil = granted ? decidedOn.plusYears(LABEL_YEARS) : null;
        UUID campusId = dossier.campusId();
        move(dossier, expectedVersion, granted ? ApplicationStatus.GRANTED : ApplicationStatus.REFUSED, actor.displayName(),
                granted ? "Label accordé jusqu'au " + CallView.DAY.format(validUntil) : "Label refusé");
        if (granted) {
            if (campusId == null) {
                campusId = registry.create(actor, new CampusIdentity(dossier.projectName(), dossier.sector(), dossier.regionCode(),
                        dossier.academyCode(), null, null, null, null, null, finalCategory, LabelStatus.APPLICANT, null, null, null, null,
                        null, null, null, null)).id();
                jdbc.sql("update application set campus_id = ? where id = ?").params(campusId, id).update();
            }
            registry.grantLabel(campusId, finalCategory, decidedOn, validUntil);
        }
        jdbc.sql("""
                        insert into label_decision (application_id, outcome, category, decided_on, valid_from, valid_until, reasons, decided_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, granted ? "GRANTED" : "REFUSED", finalCategory == null ? null : finalCategory.name(), decidedOn,
                        granted ? decidedOn : null, validUntil, reasons == null || reasons.isBlank() ? null : reasons.strip(), actor.displayName(),
                        Timestamp.from(Instant.now(clock))).update();
        audit.record(AUDITED, id, granted ? "LABEL_ACCORDE" : "LABEL_REFUSE", granted ? "Label accordé" : "Label refusé",
                List.of(new AuditTrail.Change("Décision", null, granted
                        ? "Label " + finalCategory.label() + " du " + decidedOn + " au " + validUntil
                        : "Refus le " + decidedOn + " — " + reasons.strip())));
        events.publishEvent(new DossierMoved(id, dossier.status(), granted ? ApplicationStatus.GRANTED : ApplicationStatus.REFUSED));
    }

    // --- the promoters' team ----------------------------------------------------------------------------------------

    /**
     * Adds an account to the promoters of the dossier: the future director of a new campus, often from its support
     * establishment (an operational director's or a partner member's account). Experts and the administration, who
     * review dossiers, are never promoters.
     */
    @Transactional
    void addToTeam(Actor actor, UUID id, UUID accountId) {
        ApplicationView dossier = readable(actor, id);
        if (!ApplicationPermissions.isPromoter(actor, dossier)) {
            throw new AccessDeniedException("Seuls les porteurs du dossier composent son équipe.");
        }
        if (dossier.status().isClosed()) {
            throw new BusinessRuleException("accountId", "Le dossier est clos : son équipe ne change plus.");
        }
        Actor member = accounts.byId(accountId == null ? new UUID(0, 0) : accountId).filter(a -> TEAM_ROLES.contains(a.role()))
                .orElseThrow(() -> new BusinessRuleException("accountId", "Choisissez le compte d'une direction opérationnelle ou d'un membre partenaire."));
        int added = jdbc.sql("insert into application_team (application_id, account_id, added_at, added_by) values (?, ?, ?, ?) on conflict do nothing")
                .params(id, accountId, Timestamp.from(Instant.now(clock)), actor.displayName()).update();
        if (added == 0) {
            throw new BusinessRuleException("accountId", member.displayName() + " fait déjà partie de l'équipe.");
        }
        audit.record(AUDITED, id, "EQUIPE_AJOUT", "Équipe projet : " + member.displayName() + " ajouté·e",
                List.of(new AuditTrail.Change("Équipe projet", null, member.displayName())));
    }

    @Transactional
    void removeFromTeam(Actor actor, UUID id, UUID accountId) {
        ApplicationView dossier = readable(actor, id);
        if (!ApplicationPermissions.isPromoter(actor, dossier)) {
            throw new AccessDeniedException("Seuls les porteurs du dossier composent son équipe.");
        }
        String name = accounts.byId(accountId).map(Actor::displayName).orElse("un compte");
        int removed = jdbc.sql("delete from application_team where application_id = ? and account_id = ?").params(id, accountId).update();
        if (removed == 0) {
            throw new BusinessRuleException(null, "Ce compte ne fait plus partie de l'équipe.");
        }
        audit.record(AUDITED, id, "EQUIPE_RETRAIT", "Équipe projet : " + name + " retiré·e", List.of(new AuditTrail.Change("Équipe projet", name, null)));
    }

    // --- life after the label ------------------------------------------------------------------------------------

    /**
     * Opens the mid-term progress report of a label granted, pre-filled with the campus's data; does nothing when it
     * is already open (a unique index makes it so even if two nodes try at once). Returns the report, if opened here.
     */
    @Transactional
    Optional<UUID> openProgressReport(UUID grantedId, LocalDate dueOn) {
        ApplicationView granted = byId(grantedId).filter(a -> a.status() == ApplicationStatus.GRANTED && a.campusId() != null)
                .orElseThrow(() -> new IllegalArgumentException("Not a label granted: " + grantedId));
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        String by = "Passerelle (mi-parcours du label)";
        int inserted = jdbc.sql("""
                        insert into application (id, call_id, campus_id, kind, category, project_name, sector, region_code, academy_code, previous_id,
                                                 status, round, created_by, created_at, status_since, due_on)
                        values (?, ?, ?, 'PROGRESS_REPORT', ?, ?, ?, ?, ?, ?, 'DRAFT', 0, ?, ?, ?, ?)
                        on conflict do nothing""")
                .params(id, granted.callId(), granted.campusId(), granted.category().name(), granted.projectName(), granted.sector().name(),
                        granted.regionCode(), granted.academyCode(), grantedId, by, Timestamp.from(now), Timestamp.from(now), dueOn).update();
        if (inserted == 0) {
            return Optional.empty();
        }
        step(id, ApplicationStatus.DRAFT, by, "Rapport d'étape ouvert à mi-parcours");
        ApplicationView report = byId(id).orElseThrow();
        liveData(report).forEach((criterion, lines) -> jdbc.sql("""
                        insert into application_section (application_id, criterion, text, revision, updated_at, updated_by) values (?, ?, ?, 1, ?, ?)""")
                .params(id, criterion.name(), "Données du campus à la mi-parcours :\n\n- " + String.join("\n- ", lines)
                        + "\n\nBilan et perspectives : ", Timestamp.from(now), by).update());
        audit.record(AUDITED, id, "RAPPORT_OUVERT", "Rapport d'étape ouvert : " + granted.projectName(),
                List.of(new AuditTrail.Change("Rapport d'étape", null, "à rendre le " + dueOn)));
        events.publishEvent(new DossierMoved(id, null, ApplicationStatus.DRAFT));
        return Optional.of(id);
    }

    /** When a progress report is due, if the dossier is one. */
    @Transactional(readOnly = true)
    Optional<LocalDate> dueOn(UUID id) {
        return jdbc.sql("select due_on from application where id = ? and due_on is not null").param(id).query(LocalDate.class).optional();
    }

    /** The labels granted whose mid-term is reached and whose progress report is not open yet. */
    @Transactional(readOnly = true)
    List<UUID> labelsAtMidTerm(LocalDate today) {
        return jdbc.sql("""
                        select d.application_id from label_decision d
                         where d.outcome = 'GRANTED' and d.valid_from + ((d.valid_until - d.valid_from) / 2) <= ?
                           and d.valid_until > ?
                           and not exists (select 1 from application r where r.previous_id = d.application_id and r.kind = 'PROGRESS_REPORT')""")
                .params(today, today).query(UUID.class).list();
    }

    // --- plumbing ------------------------------------------------------------------------------------------------------

    private ApplicationView writable(Actor actor, UUID id) {
        ApplicationView dossier = readable(actor, id);
        if (!ApplicationPermissions.isPromoter(actor, dossier)) {
            throw new AccessDeniedException("Seuls les porteurs du dossier le rédigent.");
        }
        if (!dossier.status().isEditableByPromoters()) {
            throw new BusinessRuleException(null, "Le dossier est à l'étape « " + dossier.status().label() + " » : il ne se modifie plus.");
        }
        return dossier;
    }

    private static void chain(Actor actor) {
        if (!ApplicationPermissions.runsTheChain(actor)) {
            throw new AccessDeniedException("Cette étape revient à l'administration nationale.");
        }
    }

    private static void expect(ApplicationView dossier, ApplicationStatus status, String message) {
        if (dossier.status() != status) {
            throw new BusinessRuleException(null, message + " Le dossier est à l'étape « " + dossier.status().label() + " ».");
        }
    }

    /** Moves the dossier to its next step if nobody moved or changed it meanwhile. */
    private void move(ApplicationView dossier, long expectedVersion, ApplicationStatus next, String actor, String note) {
        int updated = jdbc.sql("update application set status = ?, status_since = ?, version = version + 1 where id = ? and version = ? and status = ?")
                .params(next.name(), Timestamp.from(Instant.now(clock)), dossier.id(), expectedVersion, dossier.status().name()).update();
        if (updated == 0) {
            throw new BusinessRuleException(null, CONFLICT);
        }
        step(dossier.id(), next, actor, note);
    }

    private void touch(ApplicationView dossier, long expectedVersion) {
        int updated = jdbc.sql("update application set version = version + 1 where id = ? and version = ?").params(dossier.id(), expectedVersion).update();
        if (updated == 0) {
            throw new BusinessRuleException(null, CONFLICT);
        }
    }

    private void step(UUID id, ApplicationStatus status, String actor, String note) {
        jdbc.sql("insert into application_step (application_id, status, entered_at, actor, note) values (?, ?, ?, ?, ?)")
                .params(id, status.name(), Timestamp.from(Instant.now(clock)), actor, note).update();
    }

    private Map<Criterion, String> texts(UUID id) {
        Map<Criterion, String> texts = new EnumMap<>(Criterion.class);
        sections(id).forEach((criterion, section) -> {
            if (section.text() != null) {
                texts.put(criterion, section.text());
            }
        });
        return texts;
    }

    private void copySections(UUID from, UUID to, Actor actor) {
        jdbc.sql("""
                        insert into application_section (application_id, criterion, text, revision, updated_at, updated_by)
                        select ?, criterion, text, 1, ?, ? from application_section where application_id = ? and text is not null""")
                .params(to, Timestamp.from(Instant.now(clock)), actor.displayName() + " (repris du dossier précédent)", from).update();
    }

    private Map<Criterion, ApplicationParts.Score> scores(UUID reviewId) {
        Map<Criterion, ApplicationParts.Score> scores = new EnumMap<>(Criterion.class);
        jdbc.sql("select criterion, score, comment from expert_score where review_id = ?").param(reviewId)
                .query((rs, n) -> scores.put(Criterion.valueOf(rs.getString(1)), new ApplicationParts.Score((Integer) rs.getObject(2), rs.getString(3))))
                .list();
        return scores;
    }

    private static final String SELECT = """
            select a.id, a.call_id, c.title, c.year, a.campus_id, a.kind, a.category, a.project_name, a.sector, a.region_code, r.name,
                   a.academy_code, ac.name, a.previous_id, a.status, a.round, a.created_by, a.created_at, a.submitted_at, a.status_since, a.version,
                   array(select t.account_id from application_team t where t.application_id = a.id) as team
              from application a
              join call_for_projects c on c.id = a.call_id
              join region r on r.code = a.region_code
              join academy ac on ac.code = a.academy_code""";

    private ApplicationView view(ResultSet rs, int n) throws SQLException {
        return new ApplicationView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4), rs.getObject(5, UUID.class),
                ApplicationView.Kind.valueOf(rs.getString(6)), LabelCategory.valueOf(rs.getString(7)), rs.getString(8), Sector.valueOf(rs.getString(9)),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getObject(14, UUID.class),
                ApplicationStatus.valueOf(rs.getString(15)), rs.getInt(16), rs.getString(17), instant(rs, 18), instant(rs, 19), instant(rs, 20),
                rs.getLong(21), java.util.Set.of((UUID[]) rs.getArray(22).getArray()));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String abbreviate(String text) {
        return text == null ? null : text.length() > 300 ? text.substring(0, 297) + "…" : text;
    }
}
