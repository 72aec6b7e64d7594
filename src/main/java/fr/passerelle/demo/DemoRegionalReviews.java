package fr.passerelle.demo;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelStatus;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.CoPiloting;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.indicators.CommitteeAppreciation;
import fr.passerelle.indicators.RegionalReviews;
import fr.passerelle.platform.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo région's (Hauts-de-France) review of last year by its regional strategic committee, held at the
 * committee's November meeting of {@link DemoCoPiloting}: each labelled campus appreciated with a comment and
 * recommendations, the conclusion written, the indicators validated at the meeting's date. This year's review is left
 * for the co-pilots to prepare. Written through indicators' {@link RegionalReviews} as the regional coordinator.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoRegionalReviews {

    private static final String[][] SAID = {
            {"CONFORM", "Gouvernance active : COPIL réunis comme prévu, plan d’actions réalisé pour l’essentiel.",
                    "Poursuivre l’ouverture à l’enseignement supérieur et documenter les actions de mobilité."},
            {"VIGILANCE", "Participation au COPIL en baisse et plusieurs actions reportées faute de financement.",
                    "Relancer les partenaires économiques et présenter au prochain comité un plan de financement des actions."},
            {"CONFORM", "Actions École-entreprise nombreuses ; indicateurs suivis et déclarés à temps.",
                    "Partager les kits pédagogiques avec les autres campus de la région."}};

    private final RegionalReviews reviews;
    private final CoPiloting coPiloting;
    private final CampusRegistry registry;
    private final Accounts accounts;
    private final Clock clock;

    DemoRegionalReviews(RegionalReviews reviews, CoPiloting coPiloting, CampusRegistry registry, Accounts accounts, Clock clock) {
        this.reviews = reviews;
        this.coPiloting = coPiloting;
        this.registry = registry;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Called by {@link DemoData} once the co-piloting, the indicators and the self-evaluations exist. */
    void load() {
        Actor coordinator = accounts.byUsername("coordination").orElseThrow();
        String region = DemoData.DEMO_REGION;
        int year = LocalDate.now(clock).getYear() - 1;
        CoPiloting.RegionalMeeting meeting = coPiloting.meetings(coordinator, region, BodyKind.REGIONAL_STRATEGIC_COMMITTEE, year).stream()
                .filter(m -> !m.cancelled() && m.startsAt().getMonthValue() >= 9).reduce((a, b) -> b).orElse(null);
        if (meeting == null) {
            return;
        }
        LocalDateTime end = meeting.endsAt();
        Clock then = Clock.fixed(end.atZone(Times.current().zone()).toInstant(), Times.current().zone());
        List<CampusCard> campuses = registry.all().stream().filter(c -> c.regionCode().equals(region) && c.labelStatus() == LabelStatus.LABELLED).toList();
        reviews.replayedAt(then, () -> {
            reviews.holdAt(coordinator, region, year, meeting.id());
            for (int i = 0; i < campuses.size(); i++) {
                String[] said = SAID[i % SAID.length];
                reviews.appreciate(coordinator, region, year, campuses.get(i).id(), CommitteeAppreciation.valueOf(said[0]), said[1], said[2]);
            }
            reviews.conclude(coordinator, region, year, "Les campus des Hauts-de-France ont tenu l’essentiel de leurs engagements en " + year
                    + ". Le comité demande un suivi particulier de la participation aux COPIL et du financement des actions, et retient pour "
                    + (year + 1) + " trois priorités : l’ouverture à l’enseignement supérieur, la mobilité européenne et l’attractivité des métiers auprès des filles.");
            reviews.validate(coordinator, region, year);
            return null;
        });
    }
}
