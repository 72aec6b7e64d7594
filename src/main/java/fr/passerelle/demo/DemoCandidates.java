package fr.passerelle.demo;

import fr.passerelle.jobs.Candidates;
import fr.passerelle.jobs.Candidates.CandidateExperience;
import fr.passerelle.jobs.Candidates.CandidateOpening;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The candidates of the demo job platform: the account {@code candidat} (demo password) with a filled profile, and a
 * few fictitious candidates, marked « (fictif) » / « (fictive) », looking for jobs in the trades of Neopolia's members
 * (boilermaking, welding, naval and aeronautical assembly) around Saint-Nazaire and Nantes. Idempotent: a candidate
 * whose identifier exists is left as it is.
 */
@Component
class DemoCandidates {

    private final Candidates candidates;
    private final Clock clock;

    DemoCandidates(Candidates candidates, Clock clock) {
        this.candidates = candidates;
        this.clock = clock;
    }

    void load() {
        LocalDate today = LocalDate.now(clock);
        candidates.openIfAbsent(new CandidateOpening("candidat", "candidat@demo.passerelle.test", "Camille Candidat (fictive)",
                DemoData.PASSWORD, List.of(11971, 11972), List.of(121613, 121612), "44184", 40, today.plusWeeks(3),
                List.of(new CandidateExperience("Chaudronnerie de l'Estuaire (fictive)", "Chaudronnière", today.minusYears(4), today.minusMonths(2))),
                true));
        candidates.openIfAbsent(new CandidateOpening("candidat-demo-soudeur", "soudeur@demo.passerelle.test", "Yanis Soudeur (fictif)",
                DemoData.PASSWORD, List.of(19458, 11971), List.of(104421, 117334), "44109", 30, today,
                List.of(new CandidateExperience("Ateliers navals du Sillon (fictifs)", "Soudeur TIG", today.minusYears(6), null)), true));
        candidates.openIfAbsent(new CandidateOpening("candidat-demo-aero", "aero@demo.passerelle.test", "Inès Ajusteuse (fictive)",
                DemoData.PASSWORD, List.of(14057, 10493), List.of(106256, 106259), "44184", 60, today.plusMonths(2),
                List.of(new CandidateExperience("Aéro-Structures de Montoir (fictive)", "Ajusteuse-monteuse", today.minusYears(3), today.minusMonths(1))),
                true));
        candidates.openIfAbsent(new CandidateOpening("candidat-demo-naval", "naval@demo.passerelle.test", "Louis Tuyauteur (fictif)",
                DemoData.PASSWORD, List.of(14035, 12820), List.of(114828), "44109", 25, today.plusWeeks(1), List.of(), false));
    }
}
