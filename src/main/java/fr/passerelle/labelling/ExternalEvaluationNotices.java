package fr.passerelle.labelling;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.LabelStatus;
import fr.passerelle.notifications.Notice;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.platform.ClusterJobs;
import fr.passerelle.platform.Times;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells those an external evaluation concerns: the evaluator when appointed and a month before the report is due; the
 * campus's direction and territory when it is scheduled and when the report is filed; the administration when the
 * report arrives, and once for each Excellence label ending within twelve months that has no evaluation scheduled.
 */
@Component
class ExternalEvaluationNotices {

    static final int EVALUATOR_REMINDER_DAYS = 30;
    private static final Logger log = LoggerFactory.getLogger(ExternalEvaluationNotices.class);
    private static final Notice.Category EVALUATION = new Notice.Category("EVALUATION_EXTERNE", "Évaluation externe du label");

    private final ExternalEvaluationRepository repository;
    private final CampusRegistry registry;
    private final PromoterAccounts promoterAccounts;
    private final Notifications notifications;
    private final ClusterJobs jobs;
    private final JdbcClient jdbc;
    private final Clock clock;

    ExternalEvaluationNotices(ExternalEvaluationRepository repository, CampusRegistry registry, PromoterAccounts promoterAccounts,
                              Notifications notifications, ClusterJobs jobs, JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.registry = registry;
        this.promoterAccounts = promoterAccounts;
        this.notifications = notifications;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(ExternalEvaluationScheduled event) {
        ExternalEvaluation e = repository.findById(event.evaluationId()).orElseThrow();
        String campus = campusName(e.campusId());
        String due = Times.current().longDate(e.dueOn());
        send(Set.of(event.evaluatorId()), "Évaluation externe confiée : " + campus, (event.rescheduled()
                ? "L'évaluation externe du label Excellence de « " + campus + " » qui vous est confiée a changé : le rapport est attendu le " + due + "."
                : "L'administration nationale vous confie l'évaluation externe du label Excellence de « " + campus + " ». Le rapport et sa conclusion "
                + "sont attendus le " + due + ", avant la fin du label ; déposez-les sur la page de l'évaluation."), link(e));
        send(promoterAccounts.of(e.regionCode(), e.academyCodes(), e.campusId()), "Évaluation externe programmée : " + campus,
                "L'évaluation externe du label Excellence de « " + campus + " » est programmée : rapport attendu le " + due + ".", link(e));
    }

    @EventListener
    void on(ExternalEvaluationReported event) {
        ExternalEvaluation e = repository.findById(event.evaluationId()).orElseThrow();
        String campus = campusName(e.campusId());
        Set<UUID> recipients = new LinkedHashSet<>(promoterAccounts.of(e.regionCode(), e.academyCodes(), e.campusId()));
        recipients.addAll(promoterAccounts.admins());
        send(recipients, "Rapport d'évaluation externe rendu : " + campus, "Le rapport d'évaluation externe du label Excellence de « " + campus
                + " » est rendu. Conclusion : " + e.conclusion().label() + ".", link(e));
    }

    @Scheduled(cron = "${passerelle.labelling.aftercare-cron:0 30 6 * * *}", zone = "Europe/Paris")
    void everyMorning() {
        LocalDate today = LocalDate.now(clock);
        jobs.runOnce("external-evaluation-reminders", today, () -> {
            int unscheduled = remindUnscheduled(today);
            int due = remindEvaluators(today);
            log.info("External evaluations: {} label(s) without evaluation reminded, {} evaluator reminder(s) sent", unscheduled, due);
        });
    }

    /** Tells the administration, once per label, of each Excellence label ending within twelve months without an evaluation. */
    @Transactional
    int remindUnscheduled(LocalDate today) {
        List<CampusCard> labels = registry.all().stream()
                .filter(c -> c.category() == LabelCategory.EXCELLENCE && c.labelStatus() == LabelStatus.LABELLED && c.labelValidUntil() != null)
                .filter(c -> !c.labelValidUntil().isBefore(today) && c.labelValidUntil().isBefore(today.plusMonths(12).plusDays(1)))
                .toList();
        int sent = 0;
        for (CampusCard campus : labels) {
            boolean scheduled = jdbc.sql("select count(*) from external_evaluation where campus_id = ? and label_valid_until = ? and status <> 'CANCELLED'")
                    .params(campus.id(), campus.labelValidUntil()).query(Long.class).single() > 0;
            if (scheduled) {
                continue;
            }
            int claimed = jdbc.sql("insert into external_evaluation_reminder (campus_id, label_valid_until, sent_at) values (?, ?, ?) on conflict do nothing")
                    .params(campus.id(), campus.labelValidUntil(), Timestamp.from(Instant.now(clock))).update();
            if (claimed == 1) {
                send(promoterAccounts.admins(), "Évaluation externe à programmer : " + campus.name(), "Le label Excellence de « " + campus.name()
                        + " » prend fin le " + Times.current().longDate(campus.labelValidUntil()) + " et son évaluation externe n'est pas programmée.",
                        "/gestion/labellisation/evaluations-externes");
                sent++;
            }
        }
        return sent;
    }

    /** Reminds each evaluator, once, a month before the report is due. */
    @Transactional
    int remindEvaluators(LocalDate today) {
        List<UUID> due = jdbc.sql("""
                        update external_evaluation set due_reminded_at = ?
                         where status = 'SCHEDULED' and due_reminded_at is null and due_on <= ? returning id""")
                .params(Timestamp.from(Instant.now(clock)), today.plusDays(EVALUATOR_REMINDER_DAYS)).query(UUID.class).list();
        for (UUID id : due) {
            ExternalEvaluation e = repository.findById(id).orElseThrow();
            send(Set.of(e.evaluatorId()), "Rapport d'évaluation externe attendu le " + Times.current().longDate(e.dueOn()),
                    "Le rapport d'évaluation externe du label Excellence de « " + campusName(e.campusId()) + " » est attendu le "
                            + Times.current().longDate(e.dueOn()) + ".", link(e));
        }
        return due.size();
    }

    private String campusName(UUID campusId) {
        return registry.byId(campusId).map(CampusCard::name).orElse("?");
    }

    private static String link(ExternalEvaluation e) {
        return "/gestion/labellisation/evaluations-externes/" + e.id();
    }

    private void send(Collection<UUID> recipients, String subject, String body, String link) {
        if (!recipients.isEmpty()) {
            notifications.send(Notice.to(Set.copyOf(recipients), EVALUATION, subject, body, link));
        }
    }
}
