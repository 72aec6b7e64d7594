package fr.passerelle.labelling.deployment;

import fr.passerelle.campus.Sector;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.labelling.ApplicationStatus;
import fr.passerelle.labelling.OpinionBody;
import fr.passerelle.labelling.SupportStep;
import fr.passerelle.territory.Municipality;
import fr.passerelle.territory.Territories;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the deployment pages read, in SQL written for the screen: a plan with its priorities, its projects one page at a
 * time with the progress of their calendars, the points of its map, a project with its calendar, and the dossiers of
 * the région a project may be. A project linked to a dossier takes the real dates of its regional opinions and of its
 * submission from the dossier (labelling's own tables). Names of communes and establishments come from the modules
 * that own them. No permission here: the controller asks {@link RegionalDeployment} first.
 */
@Service
@Transactional(readOnly = true)
class DeploymentQueries {

    static final int PAGE_SIZE = 20;
    /** The map shows at most this many projects; the table pages through them all. */
    static final int MAP_LIMIT = 1000;

    private final JdbcClient jdbc;
    private final Territories territories;
    private final Directory directory;
    private final Clock clock;

    DeploymentQueries(JdbcClient jdbc, Territories territories, Directory directory, Clock clock) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.directory = directory;
        this.clock = clock;
    }

    record Priority(Sector sector, String rationale) {
    }

    record PlanView(UUID id, String regionCode, int year, PlanStatus status, LocalDate adoptedOn, String comment, long version,
                    List<Priority> priorities) {
    }

    /** One project in the plan's table: its calendar counted (milestones, done, overdue) and its next milestone to come. */
    record ProjectRow(UUID id, String name, Sector sector, UUID applicationId, ApplicationStatus dossierStatus, int expectedCallYear,
                      String townName, String leadName, int milestones, int done, int overdue, LocalDate nextPlannedOn) {
    }

    record ProjectPage(List<ProjectRow> rows, int page, int pages, long total) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    record MapPoint(UUID id, String name, Sector sector, String town, double lat, double lon) {
    }

    record MilestoneView(UUID id, SupportStep kind, LocalDate plannedOn, LocalDate doneOn, String signatory, String note, long version,
                         String letterName, LocalDate dossierDate, MilestoneStatus status) {

        /** The day it was done: as recorded, else the day the dossier shows (its opinion given, its submission). */
        public LocalDate effectiveDoneOn() {
            return doneOn != null ? doneOn : dossierDate;
        }

        /** The planned day for people (31/03/2027), where a page cannot call the formatter (attributes). */
        public String plannedText() {
            return fr.passerelle.platform.Times.current().date(plannedOn);
        }

        /** What the dossier says of this step, for a passage or a submission of a linked project. */
        public String dossierDateLabel() {
            if (dossierDate == null) {
                return null;
            }
            return kind == SupportStep.SUBMISSION ? "déposé le" : "avis rendu le";
        }
    }

    record ProjectView(UUID id, UUID planId, String regionCode, int planYear, UUID applicationId, String dossierTitle,
                       ApplicationStatus dossierStatus, Integer dossierCallYear, String name, Sector sector, List<String> academyCodes,
                       String academyNames, UUID leadOrganisationId, String leadName, String municipalityCode, String townName,
                       int expectedCallYear, String comment, long version, List<MilestoneView> milestones) {

        public long overdue() {
            return milestones.stream().filter(m -> m.status() == MilestoneStatus.OVERDUE).count();
        }
    }

    /** A milestone of the plan, for its calendar export. */
    record PlanMilestone(UUID id, String projectName, SupportStep kind, LocalDate plannedOn, LocalDate doneOn, String signatory, String note) {
    }

    record DossierChoice(UUID id, String projectName, int callYear, ApplicationStatus status) {
        public String label() {
            return projectName + " — appel " + callYear + " (" + status.label() + ")";
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Optional<PlanView> plan(String regionCode, int year) {
        return jdbc.sql("select id, region_code, year, status, adopted_on, comment, version from deployment_plan where region_code = ? and year = ?")
                .params(regionCode, year)
                .query((rs, n) -> new PlanView(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), PlanStatus.valueOf(rs.getString(4)),
                        localDate(rs, 5), rs.getString(6), rs.getLong(7), List.of()))
                .optional()
                .map(p -> new PlanView(p.id(), p.regionCode(), p.year(), p.status(), p.adoptedOn(), p.comment(), p.version(), priorities(p.id())));
    }

    /** Years for which the région has a plan, most recent first. */
    List<Integer> years(String regionCode) {
        return jdbc.sql("select year from deployment_plan where region_code = ? order by year desc").param(regionCode).query(Integer.class).list();
    }

    private List<Priority> priorities(UUID planId) {
        return jdbc.sql("select sector, rationale from deployment_priority where plan_id = ? order by position")
                .param(planId)
                .query((rs, n) -> new Priority(Sector.valueOf(rs.getString(1)), rs.getString(2)))
                .list();
    }

    /**
     * Whether a milestone is done by what its dossier shows, in SQL: the passage before the CAEN or the Crefop once the
     * dossier records that body's opinion, the submission once the dossier is submitted.
     */
    private static final String DONE_BY_DOSSIER = """
            (p.application_id is not null and (
                (m.kind = 'CAEN_PASSAGE' and exists (select 1 from application_opinion o where o.application_id = p.application_id and o.body = 'CAEN'))
             or (m.kind = 'CREFOP_PASSAGE' and exists (select 1 from application_opinion o where o.application_id = p.application_id and o.body = 'CREFOP'))
             or (m.kind = 'SUBMISSION' and a.submitted_at is not null)))""";

    /** One page of the plan's projects, by name, with their calendars counted on today's date. */
    ProjectPage projects(UUID planId, int requestedPage) {
        long total = jdbc.sql("select count(*) from deployment_project where plan_id = ?").param(planId).query(Long.class).single();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, requestedPage), pages);
        record Raw(UUID id, String name, Sector sector, UUID applicationId, ApplicationStatus dossierStatus, int expectedCallYear,
                   String municipalityCode, UUID leadId, int milestones, int done, int overdue, LocalDate next) {
        }
        List<Raw> raws = jdbc.sql("""
                        select p.id, p.name, p.sector, p.application_id, a.status, p.expected_call_year, p.municipality_code, p.lead_organisation_id,
                               (select count(*) from deployment_milestone m where m.project_id = p.id),
                               (select count(*) from deployment_milestone m where m.project_id = p.id and (m.done_on is not null or %1$s)),
                               (select count(*) from deployment_milestone m where m.project_id = p.id and m.done_on is null
                                   and m.planned_on < :today and not %1$s),
                               (select min(m.planned_on) from deployment_milestone m where m.project_id = p.id and m.done_on is null
                                   and m.planned_on >= :today and not %1$s)
                          from deployment_project p left join application a on a.id = p.application_id
                         where p.plan_id = :plan
                         order by lower(p.name), p.id
                         limit :limit offset :offset""".formatted(DONE_BY_DOSSIER))
                .param("today", today())
                .param("plan", planId)
                .param("limit", PAGE_SIZE)
                .param("offset", (page - 1) * PAGE_SIZE)
                .query((rs, n) -> new Raw(rs.getObject(1, UUID.class), rs.getString(2), Sector.valueOf(rs.getString(3)), rs.getObject(4, UUID.class),
                        rs.getString(5) == null ? null : ApplicationStatus.valueOf(rs.getString(5)), rs.getInt(6), rs.getString(7),
                        rs.getObject(8, UUID.class), rs.getInt(9), rs.getInt(10), rs.getInt(11), localDate(rs, 12)))
                .list();
        Map<UUID, OrganisationSummary> leads = directory.organisations(raws.stream().map(Raw::leadId).filter(java.util.Objects::nonNull).toList());
        List<ProjectRow> rows = raws.stream().map(r -> new ProjectRow(r.id(), r.name(), r.sector(), r.applicationId(), r.dossierStatus(),
                r.expectedCallYear(), territories.municipality(r.municipalityCode()).map(Municipality::name).orElse(null),
                r.leadId() == null || !leads.containsKey(r.leadId()) ? null : leads.get(r.leadId()).displayName(),
                r.milestones(), r.done(), r.overdue(), r.next())).toList();
        return new ProjectPage(rows, page, pages, total);
    }

    /** The projects of the plan placed on the map: those whose commune has a known centre. */
    List<MapPoint> mapPoints(UUID planId) {
        record Located(UUID id, String name, Sector sector, String municipalityCode) {
        }
        List<Located> located = jdbc.sql("""
                        select id, name, sector, municipality_code from deployment_project
                         where plan_id = ? and municipality_code is not null order by lower(name), id limit ?""")
                .params(planId, MAP_LIMIT)
                .query((rs, n) -> new Located(rs.getObject(1, UUID.class), rs.getString(2), Sector.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
        List<MapPoint> points = new ArrayList<>();
        for (Located l : located) {
            territories.municipality(l.municipalityCode()).filter(m -> m.latitude() != null && m.longitude() != null)
                    .ifPresent(m -> points.add(new MapPoint(l.id(), l.name(), l.sector(), m.name(), m.latitude(), m.longitude())));
        }
        return points;
    }

    /** The project with its calendar, as of today; empty when it is not a project of that région's plan of that year. */
    Optional<ProjectView> project(String regionCode, int year, UUID projectId) {
        record Head(UUID id, UUID planId, String regionCode, int planYear, UUID applicationId, String dossierTitle, ApplicationStatus dossierStatus,
                    Integer dossierCallYear, java.time.Instant submittedAt, String name, Sector sector, UUID leadId, String municipalityCode,
                    int expectedCallYear, String comment, long version) {
        }
        Optional<Head> head = jdbc.sql("""
                        select p.id, p.plan_id, pl.region_code, pl.year, p.application_id, a.project_name, a.status, c.year, a.submitted_at,
                               p.name, p.sector, p.lead_organisation_id, p.municipality_code, p.expected_call_year, p.comment, p.version
                          from deployment_project p join deployment_plan pl on pl.id = p.plan_id
                          left join application a on a.id = p.application_id left join call_for_projects c on c.id = a.call_id
                         where p.id = ? and pl.region_code = ? and pl.year = ?""")
                .params(projectId, regionCode, year)
                .query((rs, n) -> new Head(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4),
                        rs.getObject(5, UUID.class), rs.getString(6), rs.getString(7) == null ? null : ApplicationStatus.valueOf(rs.getString(7)),
                        (Integer) rs.getObject(8), rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant(), rs.getString(10),
                        Sector.valueOf(rs.getString(11)), rs.getObject(12, UUID.class), rs.getString(13), rs.getInt(14), rs.getString(15), rs.getLong(16)))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Head h = head.get();
        Map<SupportStep, LocalDate> dossierDates = new EnumMap<>(SupportStep.class);
        if (h.applicationId() != null) {
            jdbc.sql("select body, max(given_on) from application_opinion where application_id = ? and body in ('CAEN', 'CREFOP') group by body")
                    .param(h.applicationId())
                    .query((rs, n) -> Map.entry(OpinionBody.valueOf(rs.getString(1)), rs.getDate(2).toLocalDate()))
                    .list()
                    .forEach(e -> dossierDates.put(e.getKey() == OpinionBody.CAEN ? SupportStep.CAEN_PASSAGE : SupportStep.CREFOP_PASSAGE, e.getValue()));
            if (h.submittedAt() != null) {
                dossierDates.put(SupportStep.SUBMISSION, LocalDate.ofInstant(h.submittedAt(), zone()));
            }
        }
        LocalDate today = today();
        List<MilestoneView> milestones = jdbc.sql("""
                        select m.id, m.kind, m.planned_on, m.done_on, m.signatory, m.note, m.version, f.file_name
                          from deployment_milestone m left join deployment_milestone_file f on f.milestone_id = m.id
                         where m.project_id = ? order by m.planned_on, m.created_at, m.id""")
                .param(projectId)
                .query((rs, n) -> {
                    SupportStep kind = SupportStep.valueOf(rs.getString(2));
                    LocalDate planned = localDate(rs, 3);
                    LocalDate done = localDate(rs, 4);
                    LocalDate fromDossier = dossierDates.get(kind);
                    return new MilestoneView(rs.getObject(1, UUID.class), kind, planned, done, rs.getString(5), rs.getString(6), rs.getLong(7),
                            rs.getString(8), fromDossier, MilestoneStatus.of(planned, done != null ? done : fromDossier, today));
                })
                .list();
        List<String> academyCodes = jdbc.sql("select academy_code from deployment_project_academy where project_id = ? order by academy_code")
                .param(projectId).query(String.class).list();
        String academyNames = academyCodes.stream().map(territories::academyName).collect(Collectors.joining(", "));
        String leadName = h.leadId() == null ? null : directory.organisation(h.leadId()).map(OrganisationSummary::displayName).orElse(null);
        String townName = territories.municipality(h.municipalityCode()).map(m -> m.name() + " (" + m.departmentCode() + ")").orElse(null);
        return Optional.of(new ProjectView(h.id(), h.planId(), h.regionCode(), h.planYear(), h.applicationId(), h.dossierTitle(), h.dossierStatus(),
                h.dossierCallYear(), h.name(), h.sector(), academyCodes, academyNames, h.leadId(), leadName, h.municipalityCode(), townName,
                h.expectedCallYear(), h.comment(), h.version(), milestones));
    }

    /** Every milestone of the plan, for its calendar export. */
    List<PlanMilestone> milestonesOf(UUID planId) {
        return jdbc.sql("""
                        select m.id, p.name, m.kind, m.planned_on, m.done_on, m.signatory, m.note
                          from deployment_milestone m join deployment_project p on p.id = m.project_id
                         where p.plan_id = ? order by m.planned_on, m.id""")
                .param(planId)
                .query((rs, n) -> new PlanMilestone(rs.getObject(1, UUID.class), rs.getString(2), SupportStep.valueOf(rs.getString(3)),
                        localDate(rs, 4), localDate(rs, 5), rs.getString(6), rs.getString(7)))
                .list();
    }

    /** The dossiers of the région a project of its plan may be: not the progress reports, newest calls first. */
    List<DossierChoice> dossiersOf(String regionCode) {
        return jdbc.sql("""
                        select a.id, a.project_name, c.year, a.status from application a join call_for_projects c on c.id = a.call_id
                         where a.region_code = ? and a.kind <> 'PROGRESS_REPORT' order by c.year desc, lower(a.project_name), a.id limit 300""")
                .param(regionCode)
                .query((rs, n) -> new DossierChoice(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), ApplicationStatus.valueOf(rs.getString(4))))
                .list();
    }

    /** Whether another project of the plan is already this dossier. */
    boolean dossierTaken(UUID planId, UUID applicationId, UUID exceptProjectId) {
        return jdbc.sql("select count(*) from deployment_project where plan_id = ? and application_id = ? and id <> ?")
                .params(planId, applicationId, exceptProjectId == null ? new UUID(0, 0) : exceptProjectId)
                .query(Long.class).single() > 0;
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
