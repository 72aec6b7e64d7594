package fr.passerelle.clusters.support;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.HrSupport.DiagnosisTheme;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Replay;
import fr.passerelle.platform.Text;
import fr.passerelle.platform.Times;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR diagnoses of member companies over two or three days, their findings per theme and the action plan that follows,
 * kept by the cluster's staff and read by the company's own people only ({@link SupportPermissions#readsDiagnosis}).
 * Every change is audited on the diagnosis; an action's status change is refused when the form is stale.
 */
@Service
class SupportDiagnoses {

    static final String AUDITED = "support_diagnosis";
    private static final String MANAGER_REFUSAL = "Les diagnostics RH sont tenus par l'équipe du cluster.";

    enum Status {
        PLANNED("Prévue"),
        IN_PROGRESS("En cours"),
        DONE("Réalisée"),
        ABANDONED("Abandonnée");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Diagnosis(UUID id, UUID clusterId, UUID organisationId, String organisationName, String consultant, LocalDate startsOn,
                     LocalDate endsOn, BigDecimal days, String summary, long version, int actions, int actionsDone) {

        public String path() {
            return "/gestion/clusters/" + clusterId + "/accompagnement/diagnostics/" + id;
        }

        public String period() {
            Times times = Times.current();
            return startsOn.equals(endsOn) ? "le " + times.longDate(startsOn) : "du " + times.longDate(startsOn) + " au " + times.longDate(endsOn);
        }

        public String daysText() {
            return days.stripTrailingZeros().toPlainString().replace('.', ',') + " jour(s)";
        }
    }

    record Finding(UUID id, DiagnosisTheme theme, String finding) {
    }

    record Action(UUID id, String title, String owner, LocalDate dueOn, Status status, long version) {

        public String due() {
            return dueOn == null ? "—" : Times.current().date(dueOn);
        }
    }

    record DiagnosisPage(ClusterCard cluster, Diagnosis diagnosis, Map<DiagnosisTheme, List<Finding>> findings, List<Action> actions, boolean manages) {
    }

    record DiagnosesPage(List<Diagnosis> diagnoses, long total, int page, int size) {

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

    private static final String DIAGNOSIS = """
            select d.id, d.cluster_id, d.organisation_id, o.name as organisation_name, d.consultant, d.starts_on, d.ends_on, d.days, d.summary,
                   d.version,
                   (select count(*) from support_action a where a.diagnosis_id = d.id) as actions,
                   (select count(*) from support_action a where a.diagnosis_id = d.id and a.status = 'DONE') as actions_done
              from support_diagnosis d join directory_organisation o on o.organisation_id = d.organisation_id""";

    private final Clusters clusters;
    private final SupportAccess supportAccess;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    SupportDiagnoses(SupportAccess supportAccess, Clusters clusters, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.clusters = clusters;
        this.supportAccess = supportAccess;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    UUID open(Actor actor, UUID clusterId, UUID organisationId, String consultant, LocalDate startsOn, LocalDate endsOn, BigDecimal days,
              String summary) {
        supportAccess.manager(actor, clusterId, MANAGER_REFUSAL);
        Map<String, String> problems = new LinkedHashMap<>();
        if (organisationId == null || !clusters.isActiveMember(clusterId, organisationId, today())) {
            problems.put("organisationId", "Choisissez une entreprise adhérente du cluster.");
        }
        String who = Text.trimToNull(consultant);
        if (who == null || who.length() > 200) {
            problems.put("consultant", "Indiquez le consultant ou le partenaire qui conduit le diagnostic (200 caractères au plus).");
        }
        if (startsOn == null) {
            problems.put("startsOn", "Indiquez le premier jour du diagnostic.");
        }
        if (endsOn == null) {
            problems.put("endsOn", "Indiquez le dernier jour du diagnostic.");
        } else if (startsOn != null && endsOn.isBefore(startsOn)) {
            problems.put("endsOn", "Le dernier jour suit le premier.");
        }
        if (days == null || days.signum() <= 0 || days.compareTo(BigDecimal.TEN) > 0 || days.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            problems.put("days", "Le nombre de jours est compris entre 0,5 et 10, à la demi-journée près.");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems);
        }
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(instant());
        jdbc.sql("""
                        insert into support_diagnosis (id, cluster_id, organisation_id, consultant, starts_on, ends_on, days, summary, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, clusterId, organisationId, who, Date.valueOf(startsOn), Date.valueOf(endsOn), days, Text.trimToNull(summary), now, now)
                .update();
        audit.record(AUDITED, id, "DIAGNOSTIC_OUVERT", "Diagnostic RH ouvert",
                new AuditTrail.Diff().field("Consultant", null, who).field("Période", null, Times.current().date(startsOn) + " – " + Times.current().date(endsOn))
                        .changes());
        return id;
    }

    @Transactional
    void addFinding(Actor actor, UUID clusterId, UUID diagnosisId, DiagnosisTheme theme, String finding) {
        Diagnosis diagnosis = requireDiagnosis(clusterId, diagnosisId);
        supportAccess.manager(actor, diagnosis.clusterId(), MANAGER_REFUSAL);
        String text = Text.trimToNull(finding);
        if (theme == null) {
            throw new BusinessRuleException("theme", "Choisissez le thème du constat.");
        }
        if (text == null || text.length() > 2000) {
            throw new BusinessRuleException("finding", "Écrivez le constat (2 000 caractères au plus).");
        }
        jdbc.sql("insert into support_diagnosis_finding (id, diagnosis_id, theme, finding, created_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), diagnosisId, theme.name(), text, Timestamp.from(instant())).update();
        audit.record(AUDITED, diagnosisId, "CONSTAT", "Constat ajouté : " + theme.label(),
                new AuditTrail.Diff().field(theme.label(), null, text).changes());
    }

    @Transactional
    void addAction(Actor actor, UUID clusterId, UUID diagnosisId, String title, String owner, LocalDate dueOn) {
        Diagnosis diagnosis = requireDiagnosis(clusterId, diagnosisId);
        supportAccess.manager(actor, diagnosis.clusterId(), MANAGER_REFUSAL);
        Map<String, String> problems = new LinkedHashMap<>();
        String what = Text.trimToNull(title);
        String who = Text.trimToNull(owner);
        if (what == null || what.length() > 300) {
            problems.put("title", "Indiquez l'action (300 caractères au plus).");
        }
        if (who == null || who.length() > 200) {
            problems.put("owner", "Indiquez qui porte l'action (200 caractères au plus).");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems);
        }
        Timestamp now = Timestamp.from(instant());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into support_action (id, diagnosis_id, title, owner, due_on, status, created_at, updated_at)
                        values (?, ?, ?, ?, ?, 'PLANNED', ?, ?)""")
                .params(id, diagnosisId, what, who, dueOn == null ? null : Date.valueOf(dueOn), now, now).update();
        audit.record(AUDITED, diagnosisId, "ACTION_AJOUTEE", "Action ajoutée au plan : " + what,
                new AuditTrail.Diff().field("Action", null, what).field("Porteur", null, who)
                        .field("Échéance", null, dueOn == null ? null : Times.current().date(dueOn)).changes());
    }

    @Transactional
    void changeStatus(Actor actor, UUID clusterId, UUID diagnosisId, UUID actionId, long expectedVersion, Status status) {
        Diagnosis diagnosis = requireDiagnosis(clusterId, diagnosisId);
        supportAccess.manager(actor, diagnosis.clusterId(), MANAGER_REFUSAL);
        if (status == null) {
            throw new BusinessRuleException("status", "Choisissez l'état de l'action.");
        }
        Action action = actions(diagnosisId).stream().filter(a -> a.id().equals(actionId)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("Cette action n'existe plus."));
        int changed = jdbc.sql("update support_action set status = ?, version = version + 1, updated_at = ? where id = ? and version = ?")
                .params(status.name(), Timestamp.from(instant()), actionId, expectedVersion).update();
        if (changed == 0) {
            throw new ConcurrentEditException("Cette action a été modifiée par quelqu'un d'autre depuis que vous avez ouvert la page : rechargez-la.");
        }
        audit.record(AUDITED, diagnosisId, "ACTION_SUIVIE", "Action « " + action.title() + " » : " + status.label(),
                new AuditTrail.Diff().field("État de « " + action.title() + " »", action.status().label(), status.label()).changes());
    }

    /** The cluster's diagnoses the actor reads (the staff: all; a member's people: their company's), newest first, paginated in SQL. */
    @Transactional(readOnly = true)
    DiagnosesPage list(Actor actor, UUID clusterId, int page, int size) {
        ClusterAccess access = supportAccess.reader(actor, clusterId, SupportPermissions.READ_REFUSAL);
        boolean all = SupportPermissions.manages(access);
        if (!all && actor.organisationId() == null) {
            return new DiagnosesPage(List.of(), 0, 0, size);
        }
        String where = " where d.cluster_id = :cluster" + (all ? "" : " and d.organisation_id = :organisation");
        int shown = Math.max(0, page);
        var count = jdbc.sql("select count(*) from support_diagnosis d" + where).param("cluster", clusterId);
        var rows = jdbc.sql(DIAGNOSIS + where + " order by d.starts_on desc, d.id limit :limit offset :offset").param("cluster", clusterId)
                .param("limit", size).param("offset", (long) shown * size);
        if (!all) {
            count = count.param("organisation", actor.organisationId());
            rows = rows.param("organisation", actor.organisationId());
        }
        return new DiagnosesPage(rows.query(SupportDiagnoses::diagnosis).list(), count.query(Long.class).single(), shown, size);
    }

    @Transactional(readOnly = true)
    DiagnosisPage page(Actor actor, UUID clusterId, UUID diagnosisId) {
        Diagnosis diagnosis = requireDiagnosis(clusterId, diagnosisId);
        ClusterAccess access = supportAccess.reader(actor, clusterId, SupportPermissions.READ_REFUSAL);
        if (!SupportPermissions.readsDiagnosis(actor, access, diagnosis.organisationId())) {
            throw new AccessDeniedException("Un diagnostic RH est lu par l'entreprise diagnostiquée et l'équipe du cluster seulement.");
        }
        Map<DiagnosisTheme, List<Finding>> findings = new LinkedHashMap<>();
        for (DiagnosisTheme theme : DiagnosisTheme.values()) {
            List<Finding> list = jdbc.sql("select id, theme, finding from support_diagnosis_finding where diagnosis_id = ? and theme = ? order by created_at, id")
                    .params(diagnosisId, theme.name())
                    .query((rs, n) -> new Finding(rs.getObject(1, UUID.class), DiagnosisTheme.valueOf(rs.getString(2)), rs.getString(3))).list();
            if (!list.isEmpty()) {
                findings.put(theme, list);
            }
        }
        return new DiagnosisPage(clusters.cluster(clusterId).orElseThrow(), diagnosis, findings, actions(diagnosisId), SupportPermissions.manages(access));
    }

    boolean manages(Actor actor, UUID clusterId) {
        return supportAccess.manages(actor, clusterId);
    }

    /** The active members, for the staff's form. */
    @Transactional(readOnly = true)
    List<Option> memberOptions(Actor actor, UUID clusterId) {
        supportAccess.manager(actor, clusterId, MANAGER_REFUSAL);
        return clusters.members(actor, clusterId, null, true, 0, 500).members().stream()
                .map(m -> new Option(m.organisationId().toString(), m.organisationName())).toList();
    }

    private List<Action> actions(UUID diagnosisId) {
        return jdbc.sql("select id, title, owner, due_on, status, version from support_action where diagnosis_id = ? order by due_on nulls last, created_at, id")
                .param(diagnosisId)
                .query((rs, n) -> new Action(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), Status.valueOf(rs.getString(5)), rs.getLong(6)))
                .list();
    }

    private Diagnosis requireDiagnosis(UUID clusterId, UUID diagnosisId) {
        return jdbc.sql(DIAGNOSIS + " where d.id = ? and d.cluster_id = ?").params(diagnosisId, clusterId).query(SupportDiagnoses::diagnosis)
                .optional().orElseThrow(() -> new NoSuchElementException("Diagnostic inconnu"));
    }

    private Instant instant() {
        return Instant.now(Replay.clockOr(clock));
    }

    private LocalDate today() {
        return LocalDate.now(Replay.clockOr(clock).withZone(Times.current().zone()));
    }

    private static Diagnosis diagnosis(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Diagnosis(rs.getObject("id", UUID.class), rs.getObject("cluster_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("organisation_name"), rs.getString("consultant"), rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(), rs.getBigDecimal("days"), rs.getString("summary"), rs.getLong("version"),
                rs.getInt("actions"), rs.getInt("actions_done"));
    }
}
