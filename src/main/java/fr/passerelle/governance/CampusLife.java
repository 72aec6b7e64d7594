package fr.passerelle.governance;

import fr.passerelle.governance.budget.BudgetLines;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a campus summed up in a few lines, for other modules: a labelling dossier quotes it as live data of
 * the campus (its bodies and meetings, its budget, its action plan). The participation it quotes is the platform's one
 * definition ({@link Participation}), read through {@link MeetingParticipations}.
 */
@Service
public class CampusLife {

    private final JdbcClient jdbc;
    private final BudgetLines budgets;
    private final MeetingParticipations participations;
    private final Clock clock;

    CampusLife(JdbcClient jdbc, BudgetLines budgets, MeetingParticipations participations, Clock clock) {
        this.jdbc = jdbc;
        this.budgets = budgets;
        this.participations = participations;
        this.clock = clock;
    }

    /** The facts, each as one sentence in French. */
    public record Summary(List<String> governance, List<String> budget, List<String> actions) {
    }

    @Transactional(readOnly = true)
    public Summary summary(UUID campusId, int year) {
        return new Summary(governance(campusId), budget(campusId, year), actions(campusId, year));
    }

    private List<String> governance(UUID campusId) {
        List<String> lines = new ArrayList<>(jdbc.sql("""
                        select b.name, b.kind, count(m.person_id) from governing_body b
                          left join body_member m on m.body_id = b.id and m.ended_on is null
                         where b.campus_id = ? group by b.id, b.name, b.kind order by b.kind, b.name""")
                .param(campusId)
                .query((rs, n) -> rs.getString(1) + " (" + BodyKind.valueOf(rs.getString(2)).label() + ") : " + rs.getInt(3) + " membre(s)")
                .list());
        LocalDate today = LocalDate.now(clock.withZone(fr.passerelle.platform.Times.current().zone()));
        List<Participation> held = participations.between(campusId, today.minusYears(1), today).stream()
                .filter(p -> !p.date().isAfter(today)).toList();
        Double average = MeetingParticipations.average(held);
        lines.add(held.size() + " réunion(s) d'instance sur les douze derniers mois"
                + (average == null ? "" : ", participation moyenne " + Math.round(average * 100) + " % des membres"));
        return lines;
    }

    private List<String> budget(UUID campusId, int year) {
        return budgets.summary(campusId, year);
    }

    private List<String> actions(UUID campusId, int year) {
        return jdbc.sql("""
                        select count(*), count(*) filter (where a.status = 'DONE'),
                               coalesce(sum((select sum(l.girls + l.boys + l.unspecified) from action_learners l where l.action_id = a.id)), 0),
                               coalesce(sum(a.teachers), 0)
                          from campus_action a where a.campus_id = ? and a.year = ?""")
                .params(campusId, year)
                .query((rs, n) -> List.of("Plan d'actions " + year + " : " + rs.getInt(1) + " action(s), dont " + rs.getInt(2) + " réalisée(s)",
                        rs.getLong(3) + " apprenant(s) et " + rs.getLong(4) + " enseignant(s) touchés"))
                .single();
    }
}
