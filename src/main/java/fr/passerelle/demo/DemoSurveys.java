package fr.passerelle.demo;

import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.SurveyCampaigns;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Replay;
import fr.passerelle.platform.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo surveys (issue 14, source 004): Cap Digital's quarterly barometer of digital jobs and Neopolia's half-yearly
 * Compétences 2020 panel, each with a closed period (answered in the past, citable by campuses) and the current one
 * (open). Every fictitious member company answers on the first trade, one only on the second, so that the results show
 * one trade and mask the other; the demo recruiter's company leaves the current panel unanswered, for the landing page.
 * Does nothing for a cluster absent from the demo. Deterministic.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoSurveys {

    /** ROME job titles: web developer, industrial maintenance technician, welder, boilermaker. */
    static final int WEB_DEVELOPER = 14156;
    static final int MAINTENANCE_TECHNICIAN = 19870;
    static final int WELDER = 404475;
    static final int BOILERMAKER = 11971;

    private final Clusters clusters;
    private final SurveyCampaigns surveys;
    private final Accounts accounts;
    private final Clock clock;

    DemoSurveys(Clusters clusters, SurveyCampaigns surveys, Accounts accounts, Clock clock) {
        this.clusters = clusters;
        this.surveys = surveys;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** ROME skills (OGR codes) the demo companies seek most: digital developers, welders. */
    static final List<Integer> DIGITAL_SKILLS = List.of(113317, 486495, 300641);
    static final List<Integer> WELDING_SKILLS = List.of(486137, 400355, 106259);

    private static List<SurveyCampaigns.TradeFigures> figures(int shown, int masked, int i, int difficulty, List<Integer> sought) {
        List<SurveyCampaigns.TradeFigures> figures = new ArrayList<>();
        figures.add(new SurveyCampaigns.TradeFigures(shown, 2 + i % 3, difficulty, difficulty >= 3 ? 1 + i % 2 : 0, 3 + i % 4, sought));
        if (i == 0) {
            figures.add(new SurveyCampaigns.TradeFigures(masked, 1, 4, 1, 2, List.of()));
        }
        return figures;
    }

    /** Called by {@link DemoData} after the demo clusters and their members exist. */
    void load() {
        clusters.bySlug("cap-digital").ifPresent(this::barometer);
        clusters.bySlug("neopolia").ifPresent(c -> panel(c, accounts.byUsername("recruteur").map(Actor::organisationId).orElse(null)));
    }

    /** Cap Digital's quarterly barometer of digital jobs: last quarter (closed, citable) and this one. */
    void barometer(ClusterCard cluster) {
        twoPeriods(admin(), cluster, "BAROMETER", "Baromètre des emplois du numérique", quarterStart(today()), 3, WEB_DEVELOPER, MAINTENANCE_TECHNICIAN,
                DIGITAL_SKILLS, null);
    }

    /** Neopolia's half-yearly Compétences 2020 panel: last half-year (closed, citable) and this one, which {@code leftUnanswered} has not answered. */
    void panel(ClusterCard cluster, UUID leftUnanswered) {
        LocalDate today = today();
        twoPeriods(admin(), cluster, "PANEL", "Compétences 2020 — panel des métiers en tension",
                today.getMonthValue() <= 6 ? today.withDayOfYear(1) : today.withMonth(7).withDayOfMonth(1), 6, WELDER, BOILERMAKER,
                WELDING_SKILLS, leftUnanswered);
    }

    private Actor admin() {
        return accounts.byUsername("admin").orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Times.current().zone()));
    }

    private static LocalDate quarterStart(LocalDate day) {
        return day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
    }

    private void twoPeriods(Actor admin, ClusterCard cluster, String kind, String title, LocalDate periodStart, int months, int shown, int masked,
                            List<Integer> skills, UUID leftUnanswered) {
        List<UUID> members = new ArrayList<>(clusters.activeMemberIds(cluster.id()));
        members.sort(Comparator.naturalOrder());
        if (members.size() < 2) {
            return;
        }
        int minimum = Math.max(2, Math.min(5, members.size() - 1));
        LocalDate previousStart = periodStart.minusMonths(months);
        UUID previous = Replay.at(at(previousStart.plusDays(1)), () -> surveys.open(admin, cluster.id(), new SurveyCampaigns.NewCampaign(kind,
                title, previousStart, periodStart.minusDays(1), minimum, List.of(shown, masked))));
        Replay.at(at(previousStart.plusDays(10)), () -> {
            answerAll(cluster, previous, members, shown, masked, skills, 0, null);
            return null;
        });
        surveys.markCitable(admin, cluster.id(), previous, true);
        LocalDate close = periodStart.plusMonths(months).minusDays(1);
        LocalDate today = today();
        UUID current = surveys.open(admin, cluster.id(), new SurveyCampaigns.NewCampaign(kind, title, periodStart,
                close.isBefore(today) ? today : close, minimum, List.of(shown, masked)));
        answerAll(cluster, current, members, shown, masked, skills, 1, leftUnanswered);
    }

    private void answerAll(ClusterCard cluster, UUID campaign, List<UUID> members, int shown, int masked, List<Integer> skills, int shift, UUID skip) {
        for (int i = 0; i < members.size(); i++) {
            UUID company = members.get(i);
            if (company.equals(skip)) {
                continue;
            }
            Actor person = new Actor(UUID.randomUUID(), "demo-enquete", "Réponse de démonstration", Role.COMPANY_RECRUITER, null, null, null, company, null);
            int difficulty = 1 + (i + shift) % 4;
            // the first skill is named by every company, the others by fewer: the results count them
            List<Integer> sought = skills.subList(0, 1 + i % skills.size());
            try {
                surveys.answer(person, cluster.id(), campaign, figures(shown, masked, i, difficulty, sought));
            } catch (BusinessRuleException absentFromThisRelease) {
                surveys.answer(person, cluster.id(), campaign, figures(shown, masked, i, difficulty, List.of()));
            }
        }
    }

    private Clock at(LocalDate day) {
        ZonedDateTime noon = day.atTime(12, 0).atZone(Times.current().zone());
        return Clock.fixed(noon.toInstant(), Times.current().zone());
    }
}
