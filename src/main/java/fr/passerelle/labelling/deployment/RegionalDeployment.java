package fr.passerelle.labelling.deployment;

import fr.passerelle.campus.Sector;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Actor;
import fr.passerelle.labelling.ApplicationQueries;
import fr.passerelle.labelling.ApplicationView;
import fr.passerelle.labelling.DeploymentPlans;
import fr.passerelle.labelling.PreparedProject;
import fr.passerelle.labelling.SupportMilestone;
import fr.passerelle.labelling.SupportStep;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.UploadedFile;
import fr.passerelle.territory.Academy;
import fr.passerelle.territory.Municipality;
import fr.passerelle.territory.Territories;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The write side of the regional deployment plans: each act finds the plan of what it touches, checks the actor's
 * role and scope on that plan's région ({@link DeploymentPermissions}), lets the aggregate apply its rules, stores it
 * and audits the change. Changes to the plan and its priorities are audited on the plan; those to a project and its
 * calendar on the project (its removal on the plan).
 */
@Service
class RegionalDeployment implements DeploymentPlans {

    static final String AUDITED_PLAN = "deployment_plan";
    static final String AUDITED_PROJECT = "deployment_project";
    static final Set<UploadedFile.FileType> LETTER_TYPES = Set.of(UploadedFile.FileType.PDF, UploadedFile.FileType.DOCX,
            UploadedFile.FileType.ODT, UploadedFile.FileType.PNG, UploadedFile.FileType.JPEG);
    static final long LETTER_MAX_BYTES = 10L * 1024 * 1024;

    private final DeploymentPlanRepository plans;
    private final DeploymentProjectRepository projects;
    private final MilestoneRepository milestones;
    private final DeploymentQueries queries;
    private final ApplicationQueries dossiers;
    private final Territories territories;
    private final Directory directory;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    RegionalDeployment(DeploymentPlanRepository plans, DeploymentProjectRepository projects, MilestoneRepository milestones,
                       DeploymentQueries queries, ApplicationQueries dossiers, Territories territories, Directory directory, AuditTrail audit,
                       JdbcClient jdbc, Clock clock) {
        this.plans = plans;
        this.projects = projects;
        this.milestones = milestones;
        this.queries = queries;
        this.dossiers = dossiers;
        this.territories = territories;
        this.directory = directory;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the actor may do with a région's plan. */
    record Access(boolean read, boolean edit) {
    }

    Access access(Actor actor, String regionCode) {
        String academyRegion = regionOfAcademy(actor.academyCode());
        return new Access(DeploymentPermissions.mayRead(actor, regionCode, academyRegion), DeploymentPermissions.mayEdit(actor, regionCode));
    }

    String regionOfAcademy(String academyCode) {
        return academyCode == null ? null : territories.academy(academyCode).map(Academy::regionCode).orElse(null);
    }

    /** The région's plans are the actor's to read; an unknown région is not found. */
    Access requireReadable(Actor actor, String regionCode) {
        if (territories.region(regionCode).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Access access = access(actor, regionCode);
        if (!access.read()) {
            throw new AccessDeniedException("Le plan de déploiement d’une région est réservé à ses deux co-pilotes, aux référents de ses académies, "
                    + "à ses correspondants DREETS et à l’administration nationale.");
        }
        return access;
    }

    void requireEditable(Actor actor, String regionCode) {
        requireReadable(actor, regionCode);
        if (!access(actor, regionCode).edit()) {
            throw new AccessDeniedException("Le plan de déploiement d’une région est préparé par ses deux co-pilotes (coordination de région "
                    + "académique, Conseil régional) et l’administration nationale ; vous le consultez sans le modifier.");
        }
    }

    // ---- The plan and its priorities

    @Override
    @Transactional
    public UUID open(Actor actor, String regionCode, int year) {
        requireEditable(actor, regionCode);
        if (plans.findByRegionCodeAndYear(regionCode, year).isPresent()) {
            throw new BusinessRuleException(null, "Le plan de déploiement " + year + " de la région existe déjà.");
        }
        DeploymentPlan plan = plans.save(DeploymentPlan.open(regionCode, year, now()));
        audit.record(AUDITED_PLAN, plan.id(), "PLAN_OUVERT", "Plan de déploiement " + year + " ouvert (" + territories.regionName(regionCode) + ")",
                List.of(new AuditTrail.Change("Statut", null, PlanStatus.DRAFT.label())));
        return plan.id();
    }

    @Transactional
    void revise(Actor actor, UUID planId, long expectedVersion, PlanStatus status, LocalDate adoptedOn, String comment) {
        DeploymentPlan plan = editablePlan(actor, planId);
        var diff = new AuditTrail.Diff();
        String statusBefore = statusText(plan.status(), plan.adoptedOn());
        String commentBefore = plan.comment();
        plan.revise(expectedVersion, status, adoptedOn, comment, today(), now());
        diff.field("Statut", statusBefore, statusText(plan.status(), plan.adoptedOn())).field("Commentaire", commentBefore, plan.comment());
        save(plans, plan, DeploymentPlan.CONFLICT);
        audit.record(AUDITED_PLAN, plan.id(), "PLAN_MODIFIE", "Plan de déploiement " + plan.year() + " modifié", diff.changes());
    }

    @Override
    @Transactional
    public void adopt(Actor actor, UUID planId, LocalDate adoptedOn) {
        DeploymentPlan plan = editablePlan(actor, planId);
        String before = statusText(plan.status(), plan.adoptedOn());
        plan.adopt(adoptedOn, today(), now());
        save(plans, plan, DeploymentPlan.CONFLICT);
        audit.record(AUDITED_PLAN, plan.id(), "PLAN_ADOPTE", "Plan de déploiement " + plan.year() + " adopté",
                new AuditTrail.Diff().field("Statut", before, statusText(plan.status(), plan.adoptedOn())).changes());
    }

    @Override
    @Transactional
    public void prioritise(Actor actor, UUID planId, Sector sector, String rationale) {
        DeploymentPlan plan = editablePlan(actor, planId);
        plan.prioritise(sector, rationale, now());
        save(plans, plan, DeploymentPlan.CONFLICT);
        audit.record(AUDITED_PLAN, plan.id(), "PRIORITE_AJOUTEE", "Filière prioritaire ajoutée : " + sector.label(),
                List.of(new AuditTrail.Change("Filière prioritaire", null, sector.label() + " — " + rationale.strip())));
    }

    @Transactional
    void dropPriority(Actor actor, UUID planId, Sector sector) {
        DeploymentPlan plan = editablePlan(actor, planId);
        String rationale = plan.drop(sector, now());
        save(plans, plan, DeploymentPlan.CONFLICT);
        audit.record(AUDITED_PLAN, plan.id(), "PRIORITE_RETIREE", "Filière prioritaire retirée : " + sector.label(),
                List.of(new AuditTrail.Change("Filière prioritaire", sector.label() + " — " + rationale, null)));
    }

    // ---- Projects

    @Override
    @Transactional
    public UUID addProject(Actor actor, UUID planId, PreparedProject project) {
        DeploymentPlan plan = editablePlan(actor, planId);
        DeploymentProject entered = DeploymentProject.enter(plan.id(), plan.year(), facts(plan, project, null), now());
        projects.save(entered);
        audit.record(AUDITED_PROJECT, entered.id(), "PROJET_AJOUTE", "Projet ajouté au plan de déploiement " + plan.year() + " : " + entered.name(),
                describe(entered).stream().filter(c -> c.after() != null).toList());
        audit.record(AUDITED_PLAN, plan.id(), "PROJET_AJOUTE", "Projet ajouté : " + entered.name(),
                List.of(new AuditTrail.Change("Projet", null, entered.name())));
        return entered.id();
    }

    @Transactional
    void reviseProject(Actor actor, UUID projectId, long expectedVersion, PreparedProject project) {
        DeploymentProject existing = projects.findById(projectId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        DeploymentPlan plan = editablePlan(actor, existing.planId());
        List<AuditTrail.Change> before = describe(existing);
        existing.revise(expectedVersion, plan.year(), facts(plan, project, projectId), now());
        List<AuditTrail.Change> after = describe(existing);
        var diff = new AuditTrail.Diff();
        for (int i = 0; i < after.size(); i++) {
            diff.field(after.get(i).field(), before.get(i).after(), after.get(i).after());
        }
        save(projects, existing, DeploymentProject.CONFLICT);
        audit.record(AUDITED_PROJECT, existing.id(), "PROJET_MODIFIE", "Projet modifié : " + existing.name(), diff.changes());
    }

    /** Removes a project and its calendar; returns its name. */
    @Transactional
    String removeProject(Actor actor, UUID projectId) {
        DeploymentProject existing = projects.findById(projectId).orElseThrow(() -> new BusinessRuleException(null, "Ce projet n’existe plus."));
        DeploymentPlan plan = editablePlan(actor, existing.planId());
        projects.delete(existing);
        projects.flush();
        audit.record(AUDITED_PLAN, plan.id(), "PROJET_RETIRE", "Projet retiré du plan : " + existing.name(),
                List.of(new AuditTrail.Change("Projet", existing.name(), null)));
        return existing.name();
    }

    /** The project as the plan keeps it: a linked dossier lends its name, sector and académies; the territory is the plan's région's. */
    private DeploymentProject.Facts facts(DeploymentPlan plan, PreparedProject p, UUID projectId) {
        String region = plan.regionCode();
        if (p.leadOrganisationId() != null && directory.organisation(p.leadOrganisationId()).isEmpty()) {
            throw new BusinessRuleException("leadOrganisationId", "Choisissez l’établissement porteur dans l’annuaire.");
        }
        String commune = p.municipalityCode() == null || p.municipalityCode().isBlank() ? null : p.municipalityCode().strip();
        if (commune != null) {
            Municipality municipality = territories.municipality(commune).orElseThrow(() -> new BusinessRuleException("municipalityCode",
                    "Commune inconnue : « " + commune + " ». Indiquez son code INSEE, par exemple 59350 pour Lille."));
            boolean inRegion = territories.academyOfMunicipality(commune).map(Academy::regionCode).filter(region::equals).isPresent();
            if (!inRegion) {
                throw new BusinessRuleException("municipalityCode", "La commune " + municipality.name() + " n’est pas dans la région "
                        + territories.regionName(region) + ".");
            }
        }
        if (p.applicationId() != null) {
            ApplicationView dossier = dossiers.byId(p.applicationId())
                    .filter(d -> d.regionCode().equals(region) && d.kind() != ApplicationView.Kind.PROGRESS_REPORT)
                    .orElseThrow(() -> new BusinessRuleException("applicationId", "Choisissez un dossier de la région."));
            if (queries.dossierTaken(plan.id(), dossier.id(), projectId)) {
                throw new BusinessRuleException("applicationId", "Le dossier « " + dossier.projectName() + " » est déjà un projet de ce plan.");
            }
            int callYear = p.expectedCallYear() != null ? p.expectedCallYear() : dossier.callYear();
            return new DeploymentProject.Facts(dossier.id(), dossier.projectName(), dossier.sector(), dossier.academyCodes(), p.leadOrganisationId(),
                    commune, callYear, p.comment());
        }
        for (String code : p.academyCodes()) {
            if (territories.academy(code).filter(a -> a.regionCode().equals(region)).isEmpty()) {
                throw new BusinessRuleException("academyCodes", "L’académie « " + territories.academyName(code) + " » n’est pas de la région "
                        + territories.regionName(region) + ".");
            }
        }
        return new DeploymentProject.Facts(null, p.name(), p.sector(), p.academyCodes(), p.leadOrganisationId(), commune, p.expectedCallYear(),
                p.comment());
    }

    /** The project's fields as people read them, in a fixed order (for the audit trail). */
    private List<AuditTrail.Change> describe(DeploymentProject project) {
        String lead = project.leadOrganisationId() == null ? null
                : directory.organisation(project.leadOrganisationId()).map(OrganisationSummary::displayName).orElse(null);
        String dossier = project.applicationId() == null ? null
                : dossiers.byId(project.applicationId()).map(d -> d.projectName() + " (appel " + d.callYear() + ")").orElse(null);
        String academies = project.academyCodes().stream().sorted().map(territories::academyName).collect(Collectors.joining(", "));
        String town = territories.municipality(project.municipalityCode()).map(Municipality::name).orElse(project.municipalityCode());
        return List.of(new AuditTrail.Change("Dossier", null, dossier), new AuditTrail.Change("Nom", null, project.name()),
                new AuditTrail.Change("Filière", null, project.sector().label()), new AuditTrail.Change("Académies", null, academies),
                new AuditTrail.Change("Établissement porteur", null, lead), new AuditTrail.Change("Commune", null, town),
                new AuditTrail.Change("Appel visé", null, Integer.toString(project.expectedCallYear())),
                new AuditTrail.Change("Commentaire", null, project.comment()));
    }

    // ---- Milestones

    @Override
    @Transactional
    public UUID addMilestone(Actor actor, UUID projectId, SupportMilestone details) {
        return addMilestone(actor, projectId, details, null);
    }

    /** A file sent with a milestone's form. */
    record Letter(String fileName, byte[] content) {
    }

    /** Adds a milestone and, for a support letter, the file sent with it ({@code letter} may be null), all or nothing. */
    @Transactional
    UUID addMilestone(Actor actor, UUID projectId, SupportMilestone details, Letter letter) {
        DeploymentProject project = editableProject(actor, projectId);
        Milestone milestone = milestones.saveAndFlush(Milestone.plan(project.id(), details, today(), now()));
        audit.record(AUDITED_PROJECT, project.id(), "JALON_AJOUTE", "Jalon ajouté : " + milestone.kind().label(), milestoneChanges(null, milestone));
        if (letter != null) {
            storeLetter(actor, project, milestone, letter);
        }
        return milestone.id();
    }

    @Transactional
    void reviseMilestone(Actor actor, UUID projectId, UUID milestoneId, long expectedVersion, SupportMilestone details, Letter letter) {
        DeploymentProject project = editableProject(actor, projectId);
        Milestone milestone = milestoneOf(project, milestoneId);
        SupportMilestone before = details(milestone);
        milestone.revise(expectedVersion, details, today(), now());
        save(milestones, milestone, Milestone.CONFLICT);
        audit.record(AUDITED_PROJECT, project.id(), "JALON_MODIFIE", "Jalon modifié : " + milestone.kind().label(), milestoneChanges(before, milestone));
        if (letter != null) {
            storeLetter(actor, project, milestone, letter);
        }
    }

    @Transactional
    void removeMilestone(Actor actor, UUID projectId, UUID milestoneId) {
        DeploymentProject project = editableProject(actor, projectId);
        Milestone milestone = milestoneOf(project, milestoneId);
        milestones.delete(milestone);
        milestones.flush();
        audit.record(AUDITED_PROJECT, project.id(), "JALON_RETIRE", "Jalon retiré : " + milestone.kind().label(),
                List.of(new AuditTrail.Change(milestone.kind().label(), "prévu le " + milestone.plannedOn(), null)));
    }

    /** Joins the support letter to its milestone (replacing the one joined before); returns the file's name. */
    private String storeLetter(Actor actor, DeploymentProject project, Milestone milestone, Letter letter) {
        UUID milestoneId = milestone.id();
        String fileName = letter.fileName();
        byte[] content = letter.content();
        if (milestone.kind() != SupportStep.SUPPORT_LETTER) {
            throw new BusinessRuleException("letter", "Seule une lettre d’accompagnement porte un fichier.");
        }
        UploadedFile file;
        try {
            file = UploadedFile.check(fileName, content, LETTER_MAX_BYTES, LETTER_TYPES);
        } catch (UploadedFile.RejectedFile e) {
            throw new BusinessRuleException("letter", e.getMessage());
        }
        String before = jdbc.sql("select file_name from deployment_milestone_file where milestone_id = ?").param(milestoneId)
                .query(String.class).optional().orElse(null);
        jdbc.sql("delete from deployment_milestone_file where milestone_id = ?").param(milestoneId).update();
        jdbc.sql("""
                        insert into deployment_milestone_file (milestone_id, file_name, content_type, size_bytes, content, uploaded_at, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(milestoneId, file.name(), file.contentType(), file.size(), file.content(), Timestamp.from(now()), actor.username())
                .update();
        audit.record(AUDITED_PROJECT, project.id(), "LETTRE_JOINTE", "Lettre d’accompagnement jointe (" + milestone.signatory() + ")",
                List.of(new AuditTrail.Change("Lettre d’accompagnement", before, file.name() + " (" + UploadedFile.displaySize(file.size()) + ")")));
        return file.name();
    }

    /** The support letter joined to a milestone, if the actor reads the plan. */
    @Transactional(readOnly = true)
    Optional<UploadedFile> letter(Actor actor, UUID projectId, UUID milestoneId) {
        DeploymentProject project = projects.findById(projectId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        requireReadable(actor, plan(project.planId()).regionCode());
        milestoneOf(project, milestoneId);
        return jdbc.sql("select file_name, content_type, content from deployment_milestone_file where milestone_id = ?")
                .param(milestoneId)
                .query((rs, n) -> new UploadedFile(rs.getString(1), UploadedFile.FileType.ofMediaType(rs.getString(2)), rs.getBytes(3)))
                .optional();
    }

    private List<AuditTrail.Change> milestoneChanges(SupportMilestone before, Milestone after) {
        return new AuditTrail.Diff()
                .field("Étape", before == null ? null : before.step().label(), after.kind().label())
                .field("Date prévue", before == null ? null : before.plannedOn(), after.plannedOn())
                .field("Date de réalisation", before == null ? null : before.doneOn(), after.doneOn())
                .field("Signataire", before == null ? null : before.signatory(), after.signatory())
                .field("Note", before == null ? null : before.note(), after.note())
                .changes();
    }

    private static SupportMilestone details(Milestone m) {
        return new SupportMilestone(m.kind(), m.plannedOn(), m.doneOn(), m.signatory(), m.note());
    }

    // ---- plumbing

    private DeploymentPlan plan(UUID planId) {
        return plans.findById(planId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private DeploymentPlan editablePlan(Actor actor, UUID planId) {
        DeploymentPlan plan = plan(planId);
        requireEditable(actor, plan.regionCode());
        return plan;
    }

    private DeploymentProject editableProject(Actor actor, UUID projectId) {
        DeploymentProject project = projects.findById(projectId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        editablePlan(actor, project.planId());
        return project;
    }

    private Milestone milestoneOf(DeploymentProject project, UUID milestoneId) {
        return milestones.findById(milestoneId).filter(m -> m.projectId().equals(project.id()))
                .orElseThrow(() -> new BusinessRuleException(null, "Ce jalon n’existe plus."));
    }

    private static <T> void save(org.springframework.data.jpa.repository.JpaRepository<T, UUID> repository, T entity, String conflict) {
        try {
            repository.saveAndFlush(entity);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException(conflict);
        }
    }

    private static String statusText(PlanStatus status, LocalDate adoptedOn) {
        return status == PlanStatus.ADOPTED && adoptedOn != null ? status.label() + " le " + fr.passerelle.platform.Times.current().date(adoptedOn)
                : status.label();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
