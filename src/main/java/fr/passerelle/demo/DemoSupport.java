package fr.passerelle.demo;

import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterMember;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.HrProgrammes;
import fr.passerelle.clusters.HrSupport;
import fr.passerelle.clusters.SupportEventDetails;
import fr.passerelle.clusters.SupportEventKind;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.Replay;
import fr.passerelle.platform.Times;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The HR support of the demo clusters (issue 14, item 5), through the clusters' API: at Neopolia, an HR breakfast held
 * a fortnight ago with its attendance and satisfaction answers, and the monthly managers' club to come with its
 * charter, and an HR diagnosis of a member company with its action plan; at Systematic, an online conference on
 * recruiting to come; at Neopolia, a programme « Fidéliser et intégrer ses salariés » in two cohorts of up to six
 * member companies, six half-day collective sessions each, the first cohort's first four held with their attendance
 * and some individual follow-ups (source 004, « Fiche 2 »).
 * Does nothing for a cluster whose slug is absent. Call {@link #load()} after the demo clusters are loaded.
 */
@Component
public class DemoSupport {

    private static final String[] PEOPLE = {"Claire Moreau", "Julien Garnier", "Sophie Lefèvre", "Karim Benali", "Élodie Roux", "Thomas Girard",
            "Nadia Haddad", "Pierre Lambert"};
    private static final int[] SCORES = {5, 4, 5, 4, 3};
    private static final String[] COMMENTS = {"Très concret, des outils que j'utilise déjà.", null, "Bons échanges avec les autres PME.", null,
            "Un peu court, à prolonger."};

    private final Clusters clusters;
    private final HrSupport support;
    private final HrProgrammes programmes;
    private final Clock clock;

    DemoSupport(Clusters clusters, HrSupport support, HrProgrammes programmes, Clock clock) {
        this.clusters = clusters;
        this.support = support;
        this.programmes = programmes;
        this.clock = clock;
    }

    public void load() {
        clusters.bySlug("neopolia").ifPresent(this::neopolia);
        clusters.bySlug("systematic").ifPresent(this::systematic);
    }

    private void neopolia(ClusterCard cluster) {
        LocalDate today = LocalDate.now(clock.withZone(Times.current().zone()));
        // members already members three weeks ago, when the breakfast's registrations are replayed
        List<UUID> members = new ArrayList<>(clusters.activeMemberIds(cluster.id()).stream()
                .filter(member -> clusters.isActiveMember(cluster.id(), member, today.minusDays(21))).toList());
        if (members.isEmpty()) {
            return;
        }
        members.sort(null);
        Actor staff = staffOf(cluster);

        // An HR breakfast held a fortnight ago: seven registered, six came, five answered the satisfaction survey.
        LocalDateTime breakfast = today.minusDays(14).with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY)).atTime(8, 30);
        UUID held = support.planEvent(staff, cluster.id(), new SupportEventDetails(SupportEventKind.HR_BREAKFAST,
                "Les entretiens professionnels : obligations et bonnes pratiques", "Entretiens professionnels",
                "Un temps d'information sur les entretiens professionnels, suivi d'un échange de pratiques entre entreprises adhérentes.",
                breakfast, breakfast.plusMinutes(90), "Technocampus Océan, Bouguenais", false, 25, null, null,
                "Une consultante RH spécialisée", List.of()));
        List<UUID> registrations = new ArrayList<>();
        List<Actor> people = new ArrayList<>();
        Replay.at(Clock.offset(clock, Duration.ofDays(-21)), () -> {
            for (int i = 0; i < 7; i++) {
                UUID company = members.get(i % members.size());
                String email = "participant" + (i + 1) + "@neopolia.demo.passerelle.test";
                registrations.add(support.register(staff, held, company, PEOPLE[i], email, false));
                people.add(new Actor(null, email, PEOPLE[i], Role.COMPANY_RECRUITER, null, null, null, company, email));
            }
            return null;
        });
        Set<UUID> present = new HashSet<>(registrations.subList(0, 6));
        support.recordAttendance(staff, held, 0, present);
        for (int i = 0; i < SCORES.length; i++) {
            support.answerSatisfaction(people.get(i), registrations.get(i), SCORES[i], COMMENTS[i]);
        }

        // The monthly managers' club to come, with the charter its participants adopted (Fiche 2, Mécabourg).
        LocalDateTime club = today.plusMonths(1).withDayOfMonth(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)).atTime(LocalTime.of(17, 30));
        UUID upcoming = support.planEvent(staff, cluster.id(), new SupportEventDetails(SupportEventKind.CLUB,
                "Club des managers de proximité — séance mensuelle", "Gestion du temps et des priorités",
                "Les responsables de production, de maintenance et les chefs d'équipe des entreprises adhérentes se retrouvent une fois par mois avec une animatrice.",
                club, club.plusHours(2), "Neopolia, Saint-Nazaire", true, 14,
                "Les participants s'engagent à venir régulièrement, à partager leurs pratiques et à respecter la parole de chacun.",
                "Ce qui se dit pendant les séances du club reste entre les participants : aucun nom d'entreprise ni de personne n'en sort.",
                "L'animatrice du club", List.of()));
        support.register(staff, upcoming, members.get(0), PEOPLE[7], "club@neopolia.demo.passerelle.test", true);

        // A strategic HR diagnosis over two and a half days with an Apec consultant, then its action plan (source 004).
        UUID diagnosed = members.get(members.size() > 1 ? 1 : 0);
        UUID diagnosis = support.openDiagnosis(staff, cluster.id(), diagnosed, "Consultante RH de l'Apec", today.minusDays(40), today.minusDays(38),
                new BigDecimal("2.5"), "L'entreprise doit doubler ses effectifs en deux ans : structurer le recrutement et les outils RH d'abord.");
        support.addFinding(staff, cluster.id(), diagnosis, HrSupport.DiagnosisTheme.RECRUITMENT,
                "Les recrutements reposent sur le réseau du dirigeant ; aucune fiche de poste n'est écrite.");
        support.addFinding(staff, cluster.id(), diagnosis, HrSupport.DiagnosisTheme.HR_TOOLS,
                "Pas d'entretiens annuels ni professionnels ; les compétences ne sont pas recensées.");
        support.addFinding(staff, cluster.id(), diagnosis, HrSupport.DiagnosisTheme.SKILLS,
                "Deux soudeurs qualifiés partent en retraite dans les trois ans sans transmission organisée.");
        support.addAction(staff, cluster.id(), diagnosis, "Écrire les fiches de poste des métiers en tension", "Direction de l'entreprise",
                today.plusDays(30));
        support.addAction(staff, cluster.id(), diagnosis, "Mettre en place les entretiens professionnels", "Responsable administrative",
                today.plusDays(90));
        support.addAction(staff, cluster.id(), diagnosis, "Organiser le tutorat des soudeurs partant en retraite", "Chef d'atelier",
                today.plusDays(180));

        programme(cluster, staff, today);
    }

    private static final String[] TOPICS = {"Accueillir et intégrer un nouveau salarié", "Les entretiens annuels et professionnels",
            "Reconnaître sans augmenter : les leviers de la fidélisation", "Transmettre les savoir-faire avant les départs en retraite",
            "Marque employeur et réseaux sociaux", "Bilan collectif et plan d'actions de chaque entreprise"};

    /** The programme in two cohorts of up to six member companies (the fictive ones first), six half-days each. */
    private void programme(ClusterCard cluster, Actor staff, LocalDate today) {
        List<UUID> companies = new ArrayList<>(clusters.members(staff, cluster.id(), null, true, 0, 500).members().stream()
                .sorted(java.util.Comparator.comparing((ClusterMember m) -> !m.organisationName().endsWith("(fictive)"))
                        .thenComparing(ClusterMember::organisationName))
                .map(ClusterMember::organisationId).distinct().limit(12).toList());
        if (companies.isEmpty()) {
            return;
        }
        UUID programme = programmes.createProgramme(staff, cluster.id(), "Fidéliser et intégrer ses salariés", "Fidélisation",
                "Six demi-journées en collectif pour partager pratiques et outils RH, puis un accompagnement individuel de chaque entreprise.",
                "Apec, un cabinet de conseil RH");
        int half = (companies.size() + 1) / 2;
        List<List<UUID>> groups = companies.size() < 2 ? List.of(companies) : List.of(companies.subList(0, half), companies.subList(half, companies.size()));
        LocalDate[] firsts = {today.minusWeeks(8).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY)),
                today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY))};
        for (int g = 0; g < groups.size(); g++) {
            UUID cohort = programmes.addCohort(staff, programme, g, "Groupe " + (g + 1));
            long version = 0;
            for (UUID company : groups.get(g)) {
                programmes.addCompany(staff, cohort, version++, company);
            }
            List<UUID> sessions = new ArrayList<>();
            for (int i = 0; i < TOPICS.length; i++) {
                LocalDateTime start = firsts[g].plusWeeks(2L * i).atTime(8, 30);
                sessions.add(programmes.planSession(staff, cohort, version++, start, start.plusHours(4), "Technocampus Océan, Bouguenais", TOPICS[i]));
            }
            if (g == 0) {
                List<UUID> members = groups.get(g);
                for (int i = 0; i < 4; i++) {
                    Set<UUID> present = new HashSet<>(members);
                    if (members.size() > 1) {
                        present.remove(members.get((i + 1) % members.size()));
                    }
                    programmes.recordAttendance(staff, cohort, sessions.get(i), version++, present);
                }
                programmes.addFollowUp(staff, cohort, version++, members.get(0), today.minusWeeks(2), "Consultante du cabinet RH",
                        "Parcours d'intégration écrit ; livret d'accueil à finaliser avant la prochaine embauche.");
                if (members.size() > 1) {
                    programmes.addFollowUp(staff, cohort, version++, members.get(1), today.minusWeeks(1), "Consultante du cabinet RH",
                            "Trame d'entretien annuel adaptée à l'atelier ; première campagne prévue le mois prochain.");
                }
            }
        }
    }

    private void systematic(ClusterCard cluster) {
        LocalDate today = LocalDate.now(clock.withZone(Times.current().zone()));
        LocalDateTime start = today.plusDays(21).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)).atTime(14, 0);
        support.planEvent(staffOf(cluster), cluster.id(), new SupportEventDetails(SupportEventKind.CONFERENCE,
                "Comment optimiser ses recrutements ?", "Recrutement", null, start, start.plusHours(2), null, true, 80, null, null,
                "Un consultant de l'Apec", List.of()));
    }

    private static Actor staffOf(ClusterCard cluster) {
        return new Actor(null, "demo", "Équipe de " + cluster.name(), Role.CLUSTER_STAFF, null, null, null, cluster.id(), null);
    }

}
