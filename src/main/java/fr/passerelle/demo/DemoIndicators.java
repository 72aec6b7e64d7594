package fr.passerelle.demo;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.indicators.IndicatorCatalogue;
import fr.passerelle.indicators.IndicatorDeclarations;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Declared indicators of a few campuses of the demo région over the last four years — the network's satisfaction, the
 * use of social networks, learners by training route — with, for the last year of the director's campus, an earlier
 * declaration superseded by a corrected one, so that the history shows; and the académie of Lille tracking an optional
 * indicator. Values drawn from a generator seeded by the campus's name, so that every load gives the same figures.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoIndicators {

    static final String OPTIONAL_CHOSEN = "TEACHING_KITS";

    private final Accounts accounts;
    private final CampusRegistry registry;
    private final IndicatorCatalogue catalogue;
    private final IndicatorDeclarations declarations;
    private final Clock clock;

    DemoIndicators(Accounts accounts, CampusRegistry registry, IndicatorCatalogue catalogue, IndicatorDeclarations declarations, Clock clock) {
        this.accounts = accounts;
        this.registry = registry;
        this.catalogue = catalogue;
        this.declarations = declarations;
        this.clock = clock;
    }

    void load() {
        Actor admin = accounts.byUsername("admin").orElseThrow();
        catalogue.chooseOptional(admin, DemoData.DEMO_ACADEMY, Set.of(OPTIONAL_CHOSEN));
        var directed = accounts.byUsername("direction").orElseThrow().campusId();
        List<CampusCard> campuses = registry.all().stream().filter(c -> c.regionCode().equals(DemoData.DEMO_REGION)).limit(3).toList();
        int lastYear = Year.now(clock).getValue() - 1;
        for (CampusCard campus : campuses) {
            Random random = new Random(campus.name().hashCode());
            for (int year = lastYear - 3; year <= lastYear; year++) {
                int age = year - (lastYear - 3);
                declarations.declare(admin, campus.id(), "NETWORK_SATISFACTION", year,
                        Map.of("", BigDecimal.valueOf(68 + 4 * age + random.nextInt(6))),
                        "Enquête annuelle auprès des partenaires du réseau (" + (24 + random.nextInt(20)) + " réponses).");
                declarations.declare(admin, campus.id(), "SOCIAL_NETWORKS", year,
                        Map.of("", BigDecimal.valueOf(40 + 12 * age + random.nextInt(15))),
                        "Publications sur les comptes LinkedIn et Instagram du campus.");
                int school = 900 + 40 * age + random.nextInt(120);
                int apprentices = 300 + 35 * age + random.nextInt(80);
                int continuing = 80 + 10 * age + random.nextInt(40);
                if (campus.id().equals(directed) && year == lastYear) {
                    // A first count made before the rentrée was complete, corrected later: the history shows both.
                    declarations.declare(admin, campus.id(), "LEARNERS_BY_ROUTE", year, routes(school - 60, apprentices - 25, continuing),
                            "Effectifs provisoires, avant les inscriptions tardives.");
                }
                declarations.declare(admin, campus.id(), "LEARNERS_BY_ROUTE", year, routes(school, apprentices, continuing),
                        "Effectifs constatés à la rentrée dans les établissements du campus.");
            }
        }
    }

    private static Map<String, BigDecimal> routes(int school, int apprentices, int continuing) {
        return Map.of("SCHOOL", BigDecimal.valueOf(school), "APPRENTICESHIP", BigDecimal.valueOf(apprentices),
                "CONTINUING", BigDecimal.valueOf(continuing));
    }
}
