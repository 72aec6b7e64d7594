package fr.passerelle.clusters.support;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.HrProgrammes;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Replay;
import fr.passerelle.platform.Text;
import fr.passerelle.platform.Times;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Multi-session support programmes in cohorts: kept by the cluster's staff, read by the people of the cohorts'
 * companies ({@link ProgrammePermissions}). Every change is audited on the programme; a cohort's changes are refused
 * when the form is stale.
 */
@Service
class SupportProgrammes implements HrProgrammes {

    static final String AUDITED = "support_programme";
    private static final String MANAGER_REFUSAL = "Les programmes d'accompagnement sont tenus par l'équipe du cluster.";
    private static final String READER_REFUSAL = "Les programmes d'accompagnement d'un cluster sont réservés à son équipe et aux entreprises de leurs cohortes.";

    record Programme(UUID id, UUID clusterId, String title, String theme, String description, String partners, long version, int cohorts,
                     int sessions, LocalDateTime lastSession) {

        public String path() {
            return "/gestion/clusters/" + clusterId + "/accompagnement/programmes/" + id;
        }
    }

    record ProgrammesPage(List<Programme> programmes, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }

    record Cohort(UUID id, UUID programmeId, String name, long version, int companies, int sessions) {
    }

    /** @param deletable no presence recorded and no follow-up written in any of its cohorts */
    record ProgrammePage(ClusterCard cluster, Programme programme, List<Cohort> cohorts, boolean manages, boolean deletable) {

        public String cohortPath(Cohort cohort) {
            return programme.path() + "/cohortes/" + cohort.id();
        }
    }

    record Session(UUID id, LocalDateTime startsAt, LocalDateTime endsAt, String place, String topic, boolean attendanceRecorded,
                   boolean held, Set<UUID> present) {

        /** A session whose presence is recorded is kept. */
        public boolean deletable() {
            return !attendanceRecorded;
        }

        public String when() {
            Times times = Times.current();
            return times.dateTime(startsAt) + " – " + String.format("%02dh%02d", endsAt.getHour(), endsAt.getMinute());
        }
    }

    record FollowUp(UUID id, UUID organisationId, LocalDate heldOn, String consultant, String notes) {

        public String date() {
            return Times.current().date(heldOn);
        }
    }

    record Progress(UUID organisationId, String organisationName, int attended, int held, int followUps) {

        public String attendance() {
            return attended + " sur " + held;
        }
    }

    /** @param deletable no presence recorded and no follow-up written in it */
    record CohortPage(ClusterCard cluster, Programme programme, Cohort cohort, List<Progress> companies, List<Session> sessions,
                      List<FollowUp> followUps, boolean manages, boolean deletable) {

        public String path() {
            return programme.path() + "/cohortes/" + cohort.id();
        }

        public String companyName(UUID organisationId) {
            return companies.stream().filter(p -> p.organisationId().equals(organisationId)).map(Progress::organisationName).findFirst().orElse("—");
        }

        public List<Session> heldSessions() {
            return sessions.stream().filter(Session::held).toList();
        }
    }

    private static final String PROGRAMME = """
            select p.id, p.cluster_id, p.title, p.theme, p.description, p.partners, p.version,
                   (select count(*) from support_cohort c where c.programme_id = p.id) as cohorts,
                   (select count(*) from support_cohort_session s join support_cohort c on c.id = s.cohort_id where c.programme_id = p.id) as sessions,
                   (select max(s.ends_at) from support_cohort_session s join support_cohort c on c.id = s.cohort_id where c.programme_id = p.id) as last_session
              from support_programme p""";

    private static final String MEMBER_FILTER = " and exists (select 1 from support_cohort c join support_cohort_company cc on cc.cohort_id = c.id"
            + " where c.programme_id = p.id and cc.organisation_id = :organisation)";

    private final Clusters clusters;
    private final SupportAccess supportAccess;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    SupportProgrammes(SupportAccess supportAccess, Clusters clusters, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.clusters = clusters;
        this.supportAccess = supportAccess;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UUID createProgramme(Actor actor, UUID clusterId, String title, String theme, String description, String partners) {
        supportAccess.manager(actor, clusterId, MANAGER_REFUSAL);
        String what = checkProgramme(title, theme, partners);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(instant());
        jdbc.sql("""
                        insert into support_programme (id, cluster_id, title, theme, description, partners, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, clusterId, what, Text.trimToNull(theme), Text.trimToNull(description), Text.trimToNull(partners), now, now).update();
        audit.record(AUDITED, id, "PROGRAMME_CREE", "Programme créé : " + what,
                new AuditTrail.Diff().field("Titre", null, what).field("Thème", null, Text.trimToNull(theme))
                        .field("Partenaires", null, Text.trimToNull(partners)).changes());
        return id;
    }

    @Override
    @Transactional
    public UUID addCohort(Actor actor, UUID programmeId, long expectedVersion, String name) {
        Programme programme = requireProgramme(programmeId);
        supportAccess.manager(actor, programme.clusterId(), MANAGER_REFUSAL);
        String label = checkCohortName(name);
        Timestamp now = Timestamp.from(instant());
        if (jdbc.sql("update support_programme set version = version + 1, updated_at = ? where id = ? and version = ?")
                .params(now, programmeId, expectedVersion).update() == 0) {
            throw stale("Ce programme");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into support_cohort (id, programme_id, name, created_at, updated_at) values (?, ?, ?, ?, ?)")
                .params(id, programmeId, label, now, now).update();
        audit.record(AUDITED, programmeId, "COHORTE_AJOUTEE", "Cohorte ajoutée : " + label, new AuditTrail.Diff().field("Cohorte", null, label).changes());
        return id;
    }

    @Override
    @Transactional
    public void addCompany(Actor actor, UUID cohortId, long expectedVersion, UUID organisationId) {
        Cohort cohort = requireCohort(cohortId);
        Programme programme = requireProgramme(cohort.programmeId());
        supportAccess.manager(actor, programme.clusterId(), MANAGER_REFUSAL);
        if (organisationId == null || !clusters.isActiveMember(programme.clusterId(), organisationId, today())) {
            throw new BusinessRuleException("organisationId", "Choisissez une entreprise adhérente du cluster : seules les adhérentes rejoignent une cohorte.");
        }
        if (companies(cohortId).contains(organisationId)) {
            throw new BusinessRuleException("organisationId", "Cette entreprise fait déjà partie de la cohorte.");
        }
        bump(cohortId, expectedVersion);
        jdbc.sql("insert into support_cohort_company (cohort_id, organisation_id, added_at) values (?, ?, ?)")
                .params(cohortId, organisationId, Timestamp.from(instant())).update();
        audit.record(AUDITED, programme.id(), "ENTREPRISE_AJOUTEE", "Entreprise ajoutée à la cohorte « " + cohort.name() + " » : " + name(organisationId),
                new AuditTrail.Diff().field("Entreprise de « " + cohort.name() + " »", null, name(organisationId)).changes());
    }

    @Override
    @Transactional
    public void removeCompany(Actor actor, UUID cohortId, long expectedVersion, UUID organisationId) {
        Cohort cohort = requireCohort(cohortId);
        Programme programme = requireProgramme(cohort.programmeId());
        supportAccess.manager(actor, programme.clusterId(), MANAGER_REFUSAL);
        if (organisationId == null || !companies(cohortId).contains(organisationId)) {
            throw new BusinessRuleException("Cette entreprise ne fait pas partie de la cohorte.");
        }
        bump(cohortId, expectedVersion);
        String company = name(organisationId);
        jdbc.sql("""
                        delete from support_cohort_attendance a using support_cohort_session s
                         where a.session_id = s.id and s.cohort_id = ? and a.organisation_id = ?""").params(cohortId, organisationId).update();
        jdbc.sql("delete from support_follow_up where cohort_id = ? and organisation_id = ?").params(cohortId, organisationId).update();
        jdbc.sql("delete from support_cohort_company where cohort_id = ? and organisation_id = ?").params(cohortId, organisationId).update();
        audit.record(AUDITED, programme.id(), "ENTREPRISE_RETIREE", "Entreprise retirée de la cohorte « " + cohort.name() + " » : " + company,
                new AuditTrail.Diff().field("Entreprise de « " + cohort.name() + " »", company, null).changes());
    }

    @Override
    @Transactional
    public UUID planSession(Actor actor, UUID cohortId, long expectedVersion, LocalDateTime startsAt, LocalDateTime endsAt, String place,
                            String topic) {
        Cohort cohort = requireCohort(cohortId);
        Programme programme = requireProgramme(cohort.programmeId());
        supportAccess.manager(actor, programme.clusterId(), MANAGER_REFUSAL);
        String subject = checkSession(startsAt, endsAt, place, topic);
        bump(cohortId, expectedVersion);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into support_cohort_session (id, cohort_id, starts_at, ends_at, place, topic, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, cohortId, Timestamp.valueOf(startsAt), Timestamp.valueOf(endsAt), Text.trimToNull(place), subject, Timestamp.from(instant()))
                .update();
        audit.record(AUDITED, programme.id(), "SEANCE_PLANIFIEE", "Séance planifiée pour « " + cohort.name() + " » : " + subject,
                new AuditTrail.Diff().field("Séance", null, Times.current().dateTime(startsAt) + " — " + subject).changes());
        return id;
    }

    @Override
    @Transactional
    public void recordAttendance(Actor actor, UUID cohortId, UUID sessionId, long expectedVersion, Set<UUID> present) {
        Cohort cohort = requireCohort(cohortId);
        Programme programme = requireProgramme(cohort.programmeId());
        supportAccess.manager(actor, programme.clusterId(), MANAGER_REFUSAL);
        Session session = sessions(cohortId).stream().filter(s -> s.id().equals(sessionId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Séance inconnue"));
        if (!session.held()) {
            throw new BusinessRuleException("La présence se relève une fois la séance commencée.");
        }
        Set<UUID> companies = companies(cohortId);
        Set<UUID> came = present == null ? Set.of() : present;
        if (!companies.containsAll(came)) {
            throw new BusinessRuleException("Seules les entreprises de la cohorte sont relevées présentes.");
        }
        bump(cohortId, expectedVersion);
        jdbc.sql("delete from support_cohort_attendance where session_id = ?").param(sessionId).update();
        for (UUID company : companies) {
            jdbc.sql("insert into support_cohort_attendance (session_id, organisation_id, present) values (?, ?, ?)")
                    .params(sessionId, company, came.contains(company)).update();
        }
        jdbc.sql("update support_cohort_session set attendance_recorded = true where id = ?").param(sessionId).update();
        audit.record(AUDITED, programme.id(), "PRESENCE", "Présence relevée, « " + cohort.name() + " », séance du "
                        + Times.current().dateTime(session.startsAt()),
                new AuditTrail.Diff().field("Entreprises présentes", session.attendanceRecorded() ? Integer.toString(session.present().size()) : null,
                        came.size() + " sur " + companies.size()).changes());
    }

    @Override
    @Transactional
    public UUID addFollowUp(Actor actor, UUID cohortId, long expectedVersion, UUID organisationId, LocalDate heldOn, String consultant,
                            String notes) {
        Cohort cohort = requireCohort(cohortId);
        Programme programme = requireProgramme(cohort.programmeId());
        supportAccess.manager(actor, programme.clusterId(), MANAGER_REFUSAL);
        Map<String, String> problems = new LinkedHashMap<>();
        if (organisationId == null || !companies(cohortId).contains(organisationId)) {
            problems.put("organisationId", "Choisissez une entreprise de la cohorte.");
        }
        if (heldOn == null) {
            problems.put("heldOn", "Indiquez la date de la séance individuelle.");
        }
        String who = Text.trimToNull(consultant);
        if (who == null || who.length() > 200) {
            problems.put("consultant", "Indiquez le consultant qui a conduit la séance (200 caractères au plus).");
        }
        String text = Text.trimToNull(notes);
        if (text != null && text.length() > 5000) {
            problems.put("notes", "Les notes tiennent en 5 000 caractères.");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems);
        }
        bump(cohortId, expectedVersion);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into support_follow_up (id, cohort_id, organisation_id, held_on, consultant, notes, created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, cohortId, organisationId, Date.valueOf(heldOn), who, text, Timestamp.from(instant())).update();
        audit.record(AUDITED, programme.id(), "SUIVI_INDIVIDUEL", "Séance individuelle de " + name(organisationId) + " (« " + cohort.name() + " »)",
                new AuditTrail.Diff().field("Séance individuelle", null, Times.current().date(heldOn) + " — " + who).changes());
        return id;
    }

    // --- changes and deletions -----------------------------------------------------------------------------------

    /** Changes a programme's title, theme, presentation and partners; refused when the form is stale. */
    @Transactional
    void editProgramme(Actor actor, UUID programmeId, long expectedVersion, String title, String theme, String description, String partners) {
        Programme programme = requireProgramme(programmeId);
        supportAccess.manager(actor, programme.clusterId(), MANAGER_REFUSAL);
        String what = checkProgramme(title, theme, partners);
        if (jdbc.sql("""
                        update support_programme set title = ?, theme = ?, description = ?, partners = ?, version = version + 1, updated_at = ?
                         where id = ? and version = ?""")
                .params(what, Text.trimToNull(theme), Text.trimToNull(description), Text.trimToNull(partners), Timestamp.from(instant()), programmeId,
                        expectedVersion).update() == 0) {
            throw stale("Ce programme");
        }
        audit.record(AUDITED, programmeId, "PROGRAMME_MODIFIE", "Programme modifié : " + what,
                new AuditTrail.Diff().field("Titre", programme.title(), what).field("Thème", programme.theme(), Text.trimToNull(theme))
                        .field("Présentation", programme.description(), Text.trimToNull(description))
                        .field("Partenaires", programme.partners(), Text.trimToNull(partners)).changes());
    }

    /**
     * Deletes a programme with its cohorts, their companies and sessions — refused once a presence was recorded or an
     * individual follow-up written in one of its cohorts: that history is kept ({@link ProgrammePage#deletable}).
     */
    @Transactional
    void deleteProgramme(Actor actor, UUID programmeId, long expectedVersion) {
        Programme programme = requireProgramme(programmeId);
        supportAccess.manager(actor, programme.clusterId(), MANAGER_REFUSAL);
        if (jdbc.sql("update support_programme set version = version + 1 where id = ? and version = ?").params(programmeId, expectedVersion)
                .update() == 0) {
            throw stale("Ce programme");
        }
        if (hasHistory("c.programme_id = ?", programmeId)) {
            throw new BusinessRuleException("Ce programme a des présences relevées ou des suivis individuels : il ne se supprime pas, son historique est conservé.");
        }
        jdbc.sql("delete from support_programme where id = ?").param(programmeId).update();
        audit.record(AUDITED, programmeId, "PROGRAMME_SUPPRIME", "Programme supprimé : " + programme.title(),
                new AuditTrail.Diff().field("Titre", programme.title(), null).field("Cohortes", Integer.toString(programme.cohorts()), null)
                        .field("Séances collectives", Integer.toString(programme.sessions()), null).changes());
    }

    /** Renames a cohort; refused when the form is stale. */
    @Transactional
    void renameCohort(Actor actor, UUID cohortId, long expectedVersion, String name) {
        Cohort cohort = requireCohort(cohortId);
        Programme programme = requireProgramme(cohort.programmeId());
        supportAccess.manager(actor, programme.clusterId(), MANAGER_REFUSAL);
        String label = checkCohortName(name);
        bump(cohortId, expectedVersion);
        jdbc.sql("update support_cohort set name = ? where id = ?").params(label, cohortId).update();
        audit.record(AUDITED, programme.id(), "COHORTE_MODIFIEE", "Cohorte renommée : " + label,
                new AuditTrail.Diff().field("Cohorte", cohort.name(), label).changes());
    }

    /**
     * Deletes a cohort with its companies and sessions — refused once a presence was recorded or an individual
     * follow-up written in it ({@link CohortPage#deletable}).
     */
    @Transactional
    void deleteCohort(Actor actor, UUID cohortId, long expectedVersion) {
        Cohort cohort = requireCohort(cohortId);
        Programme programme = requireProgramme(cohort.programmeId());
        supportAccess.manager(actor, programme.clusterId(), MANAGER_REFUSAL);
        bump(cohortId, expectedVersion);
        if (hasHistory("c.id = ?", cohortId)) {
            throw new BusinessRuleException("Cette cohorte a des présences relevées ou des suivis individuels : elle ne se supprime pas, son historique est conservé.");
        }
        jdbc.sql("delete from support_cohort where id = ?").param(cohortId).update();
        audit.record(AUDITED, programme.id(), "COHORTE_SUPPRIMEE", "Cohorte supprimée : " + cohort.name(),
                new AuditTrail.Diff().field("Cohorte", cohort.name(), null).field("Entreprises", Integer.toString(cohort.companies()), null)
                        .field("Séances collectives", Integer.toString(cohort.sessions()), null).changes());
    }

    /** Changes a collective session; once its presence is recorded it keeps a start that has passed. */
    @Transactional
    void editSession(Actor actor, UUID cohortId, UUID sessionId, long expectedVersion, LocalDateTime startsAt, LocalDateTime endsAt, String place,
                     String topic) {
        Cohort cohort = requireCohort(cohortId);
        Programme programme = requireProgramme(cohort.programmeId());
        supportAccess.manager(actor, programme.clusterId(), MANAGER_REFUSAL);
        Session session = requireSession(cohortId, sessionId);
        String subject = checkSession(startsAt, endsAt, place, topic);
        if (session.attendanceRecorded() && startsAt.isAfter(now())) {
            throw new BusinessRuleException("startsAt", "La présence de cette séance est relevée : elle ne se déplace pas dans le futur.");
        }
        bump(cohortId, expectedVersion);
        jdbc.sql("update support_cohort_session set starts_at = ?, ends_at = ?, place = ?, topic = ? where id = ?")
                .params(Timestamp.valueOf(startsAt), Timestamp.valueOf(endsAt), Text.trimToNull(place), subject, sessionId).update();
        Times times = Times.current();
        audit.record(AUDITED, programme.id(), "SEANCE_MODIFIEE", "Séance modifiée pour « " + cohort.name() + " » : " + subject,
                new AuditTrail.Diff().field("Début", times.dateTime(session.startsAt()), times.dateTime(startsAt))
                        .field("Fin", times.dateTime(session.endsAt()), times.dateTime(endsAt)).field("Lieu", session.place(), Text.trimToNull(place))
                        .field("Sujet", session.topic(), subject).changes());
    }

    /** Deletes a collective session — refused once its presence is recorded ({@link Session#deletable}). */
    @Transactional
    void deleteSession(Actor actor, UUID cohortId, UUID sessionId, long expectedVersion) {
        Cohort cohort = requireCohort(cohortId);
        Programme programme = requireProgramme(cohort.programmeId());
        supportAccess.manager(actor, programme.clusterId(), MANAGER_REFUSAL);
        Session session = requireSession(cohortId, sessionId);
        if (!session.deletable()) {
            throw new BusinessRuleException("La présence de cette séance est relevée : elle ne se supprime pas.");
        }
        bump(cohortId, expectedVersion);
        jdbc.sql("delete from support_cohort_session where id = ?").param(sessionId).update();
        audit.record(AUDITED, programme.id(), "SEANCE_SUPPRIMEE", "Séance supprimée de « " + cohort.name() + " » : " + session.topic(),
                new AuditTrail.Diff().field("Séance", Times.current().dateTime(session.startsAt()) + " — " + session.topic(), null).changes());
    }

    /** A session of the cohort, for the staff's form. */
    @Transactional(readOnly = true)
    Session session(Actor actor, UUID cohortId, UUID sessionId) {
        Programme programme = requireProgramme(requireCohort(cohortId).programmeId());
        supportAccess.manager(actor, programme.clusterId(), MANAGER_REFUSAL);
        return requireSession(cohortId, sessionId);
    }

    private Session requireSession(UUID cohortId, UUID sessionId) {
        return sessions(cohortId).stream().filter(s -> s.id().equals(sessionId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Séance inconnue"));
    }

    /** Whether a presence was recorded or a follow-up written in the cohorts matching {@code cohortCondition} (on {@code c}). */
    private boolean hasHistory(String cohortCondition, UUID id) {
        return jdbc.sql("select exists (select 1 from support_cohort c join support_cohort_session s on s.cohort_id = c.id where s.attendance_recorded and "
                        + cohortCondition + ") or exists (select 1 from support_cohort c join support_follow_up f on f.cohort_id = c.id where " + cohortCondition + ")")
                .params(id, id).query(Boolean.class).single();
    }

    private static String checkProgramme(String title, String theme, String partners) {
        Map<String, String> problems = new LinkedHashMap<>();
        String what = Text.trimToNull(title);
        if (what == null || what.length() > 200) {
            problems.put("title", "Indiquez le titre du programme (200 caractères au plus).");
        }
        if (Text.trimToNull(theme) != null && theme.strip().length() > 300) {
            problems.put("theme", "Le thème tient en 300 caractères.");
        }
        if (Text.trimToNull(partners) != null && partners.strip().length() > 1000) {
            problems.put("partners", "Les partenaires tiennent en 1 000 caractères.");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems);
        }
        return what;
    }

    private static String checkCohortName(String name) {
        String label = Text.trimToNull(name);
        if (label == null || label.length() > 200) {
            throw new BusinessRuleException("name", "Indiquez le nom de la cohorte (200 caractères au plus).");
        }
        return label;
    }

    private static String checkSession(LocalDateTime startsAt, LocalDateTime endsAt, String place, String topic) {
        Map<String, String> problems = new LinkedHashMap<>();
        String subject = Text.trimToNull(topic);
        if (subject == null || subject.length() > 300) {
            problems.put("topic", "Indiquez le sujet de la séance (300 caractères au plus).");
        }
        if (startsAt == null) {
            problems.put("startsAt", "Indiquez la date et l'heure de début de la séance.");
        }
        if (endsAt == null) {
            problems.put("endsAt", "Indiquez la date et l'heure de fin de la séance.");
        } else if (startsAt != null && !endsAt.isAfter(startsAt)) {
            problems.put("endsAt", "La fin de la séance suit son début.");
        } else if (startsAt != null && endsAt.isAfter(startsAt.plusHours(12))) {
            problems.put("endsAt", "Une séance dure une journée au plus (12 heures).");
        }
        if (Text.trimToNull(place) != null && place.strip().length() > 300) {
            problems.put("place", "Le lieu tient en 300 caractères.");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems);
        }
        return subject;
    }

    /** The programmes the actor reads (the staff: all; a member's people: those with a cohort of their company), paginated in SQL. */
    @Transactional(readOnly = true)
    ProgrammesPage list(Actor actor, UUID clusterId, int page, int size) {
        ClusterAccess access = supportAccess.reader(actor, clusterId, READER_REFUSAL);
        boolean all = ProgrammePermissions.manages(access);
        if (!all && actor.organisationId() == null) {
            return new ProgrammesPage(List.of(), 0, 0, size);
        }
        String where = " where p.cluster_id = :cluster" + (all ? "" : MEMBER_FILTER);
        int shown = Math.max(0, page);
        var count = jdbc.sql("select count(*) from support_programme p" + where).param("cluster", clusterId);
        var rows = jdbc.sql(PROGRAMME + where + " order by p.created_at desc, p.id limit :limit offset :offset").param("cluster", clusterId)
                .param("limit", size).param("offset", (long) shown * size);
        if (!all) {
            count = count.param("organisation", actor.organisationId());
            rows = rows.param("organisation", actor.organisationId());
        }
        return new ProgrammesPage(rows.query(SupportProgrammes::programme).list(), count.query(Long.class).single(), shown, size);
    }

    /** How many programmes the actor reads are under way: some session still to end, or none planned yet. */
    @Transactional(readOnly = true)
    long underWay(Actor actor, UUID clusterId) {
        ClusterAccess access = clusters.access(actor, clusterId);
        boolean all = ProgrammePermissions.manages(access);
        if (!all && (actor == null || actor.organisationId() == null)) {
            return 0;
        }
        var query = jdbc.sql("""
                        select count(*) from support_programme p where p.cluster_id = :cluster
                           and coalesce((select max(s.ends_at) from support_cohort_session s join support_cohort c on c.id = s.cohort_id
                                          where c.programme_id = p.id), :now) >= :now""" + (all ? "" : MEMBER_FILTER))
                .param("cluster", clusterId).param("now", Timestamp.valueOf(now()));
        if (!all) {
            query = query.param("organisation", actor.organisationId());
        }
        return query.query(Long.class).single();
    }

    @Transactional(readOnly = true)
    ProgrammePage programme(Actor actor, UUID clusterId, UUID programmeId) {
        Programme programme = requireProgramme(programmeId);
        if (!programme.clusterId().equals(clusterId)) {
            throw new NoSuchElementException("Programme inconnu");
        }
        ClusterAccess access = supportAccess.reader(actor, clusterId, READER_REFUSAL);
        boolean all = ProgrammePermissions.manages(access);
        List<Cohort> cohorts = jdbc.sql("""
                        select c.id, c.programme_id, c.name, c.version,
                               (select count(*) from support_cohort_company cc where cc.cohort_id = c.id) as companies,
                               (select count(*) from support_cohort_session s where s.cohort_id = c.id) as sessions
                          from support_cohort c where c.programme_id = ? order by c.created_at, c.id""").param(programmeId)
                .query(SupportProgrammes::cohort).list().stream()
                .filter(c -> all || ProgrammePermissions.readsCohort(actor, access, companies(c.id()))).toList();
        if (!all && cohorts.isEmpty()) {
            throw new AccessDeniedException("Un programme est lu par l'équipe du cluster et les entreprises de ses cohortes.");
        }
        return new ProgrammePage(clusters.cluster(clusterId).orElseThrow(), programme, cohorts, all, all && !hasHistory("c.programme_id = ?", programmeId));
    }

    @Transactional(readOnly = true)
    CohortPage cohort(Actor actor, UUID clusterId, UUID programmeId, UUID cohortId) {
        Cohort cohort = requireCohort(cohortId);
        Programme programme = requireProgramme(cohort.programmeId());
        if (!programme.id().equals(programmeId) || !programme.clusterId().equals(clusterId)) {
            throw new NoSuchElementException("Cohorte inconnue");
        }
        ClusterAccess access = supportAccess.reader(actor, clusterId, READER_REFUSAL);
        if (!ProgrammePermissions.readsCohort(actor, access, companies(cohortId))) {
            throw new AccessDeniedException("Une cohorte est lue par l'équipe du cluster et les entreprises qui en font partie.");
        }
        List<Session> sessions = sessions(cohortId);
        int held = (int) sessions.stream().filter(Session::held).count();
        List<FollowUp> followUps = jdbc.sql("""
                        select id, organisation_id, held_on, consultant, notes from support_follow_up where cohort_id = ?
                         order by held_on, created_at, id""").param(cohortId)
                .query((rs, n) -> new FollowUp(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getDate(3).toLocalDate(),
                        rs.getString(4), rs.getString(5))).list().stream()
                .filter(f -> ProgrammePermissions.readsCompany(actor, access, f.organisationId())).toList();
        List<Progress> progress = jdbc.sql("""
                        select cc.organisation_id, o.name,
                               (select count(*) from support_cohort_attendance a join support_cohort_session s on s.id = a.session_id
                                 where s.cohort_id = cc.cohort_id and a.organisation_id = cc.organisation_id and a.present and s.starts_at <= ?) as attended,
                               (select count(*) from support_follow_up f where f.cohort_id = cc.cohort_id and f.organisation_id = cc.organisation_id) as follow_ups
                          from support_cohort_company cc join directory_organisation o on o.organisation_id = cc.organisation_id
                         where cc.cohort_id = ? order by o.name, cc.organisation_id""").params(Timestamp.valueOf(now()), cohortId)
                .query((rs, n) -> new Progress(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), held, rs.getInt(4))).list().stream()
                .filter(p -> ProgrammePermissions.readsCompany(actor, access, p.organisationId())).toList();
        boolean manages = ProgrammePermissions.manages(access);
        if (!manages) {
            sessions = sessions.stream().map(s -> new Session(s.id(), s.startsAt(), s.endsAt(), s.place(), s.topic(), s.attendanceRecorded(), s.held(),
                    Set.of())).toList();
        }
        return new CohortPage(clusters.cluster(clusterId).orElseThrow(), programme, cohort, progress, sessions, followUps, manages,
                manages && !hasHistory("c.id = ?", cohortId));
    }

    boolean manages(Actor actor, UUID clusterId) {
        return supportAccess.manages(actor, clusterId);
    }

    /** The active members not yet in the cohort, for the staff's picker. */
    @Transactional(readOnly = true)
    List<Option> memberOptions(Actor actor, UUID clusterId, UUID cohortId) {
        supportAccess.manager(actor, clusterId, MANAGER_REFUSAL);
        Set<UUID> already = companies(cohortId);
        return clusters.members(actor, clusterId, null, true, 0, 500).members().stream()
                .filter(m -> !already.contains(m.organisationId()))
                .map(m -> new Option(m.organisationId().toString(), m.organisationName())).toList();
    }

    private List<Session> sessions(UUID cohortId) {
        LocalDateTime now = now();
        Map<UUID, Set<UUID>> present = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.session_id, a.organisation_id from support_cohort_attendance a join support_cohort_session s on s.id = a.session_id
                         where s.cohort_id = ? and a.present""").param(cohortId)
                .query((ResultSet rs) -> {
                    present.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getObject(2, UUID.class));
                });
        return jdbc.sql("select id, starts_at, ends_at, place, topic, attendance_recorded from support_cohort_session where cohort_id = ? order by starts_at, id")
                .param(cohortId)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    LocalDateTime starts = rs.getTimestamp(2).toLocalDateTime();
                    return new Session(id, starts, rs.getTimestamp(3).toLocalDateTime(), rs.getString(4), rs.getString(5), rs.getBoolean(6),
                            !starts.isAfter(now), present.getOrDefault(id, Set.of()));
                }).list();
    }

    private Set<UUID> companies(UUID cohortId) {
        return new HashSet<>(jdbc.sql("select organisation_id from support_cohort_company where cohort_id = ?").param(cohortId).query(UUID.class).list());
    }

    private String name(UUID organisationId) {
        return jdbc.sql("select name from directory_organisation where organisation_id = ?").param(organisationId).query(String.class).optional()
                .orElse(organisationId.toString());
    }

    private void bump(UUID cohortId, long expectedVersion) {
        if (jdbc.sql("update support_cohort set version = version + 1, updated_at = ? where id = ? and version = ?")
                .params(Timestamp.from(instant()), cohortId, expectedVersion).update() == 0) {
            throw stale("Cette cohorte");
        }
    }

    private static ConcurrentEditException stale(String what) {
        return new ConcurrentEditException(what + " a été modifiée par quelqu'un d'autre depuis que vous avez ouvert la page : rechargez-la.");
    }

    private Programme requireProgramme(UUID programmeId) {
        return jdbc.sql(PROGRAMME + " where p.id = ?").param(programmeId).query(SupportProgrammes::programme).optional()
                .orElseThrow(() -> new NoSuchElementException("Programme inconnu"));
    }

    private Cohort requireCohort(UUID cohortId) {
        return jdbc.sql("""
                        select c.id, c.programme_id, c.name, c.version,
                               (select count(*) from support_cohort_company cc where cc.cohort_id = c.id) as companies,
                               (select count(*) from support_cohort_session s where s.cohort_id = c.id) as sessions
                          from support_cohort c where c.id = ?""").param(cohortId).query(SupportProgrammes::cohort).optional()
                .orElseThrow(() -> new NoSuchElementException("Cohorte inconnue"));
    }

    private Instant instant() {
        return Instant.now(Replay.clockOr(clock));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(Replay.clockOr(clock).withZone(Times.current().zone()));
    }

    private LocalDate today() {
        return now().toLocalDate();
    }

    private static Programme programme(ResultSet rs, int n) throws SQLException {
        Timestamp last = rs.getTimestamp("last_session");
        return new Programme(rs.getObject("id", UUID.class), rs.getObject("cluster_id", UUID.class), rs.getString("title"), rs.getString("theme"),
                rs.getString("description"), rs.getString("partners"), rs.getLong("version"), rs.getInt("cohorts"), rs.getInt("sessions"),
                last == null ? null : last.toLocalDateTime());
    }

    private static Cohort cohort(ResultSet rs, int n) throws SQLException {
        return new Cohort(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class), rs.getString("name"), rs.getLong("version"),
                rs.getInt("companies"), rs.getInt("sessions"));
    }
}
