package fr.passerelle.demo;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.Sector;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.training.TrainingDetails;
import fr.passerelle.training.TrainingRoute;
import fr.passerelle.training.Trainings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo trainings: 3 to 6 real diplomas whose wording matches the campus's sector, at each demo campus that has a
 * training establishment among its partners (campuses without one get none). Deterministic.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoTrainings {

    /** Words of diploma wordings (without accents, lower case) for each sector. */
    private static final Map<Sector, List<String>> KEYWORDS = Map.ofEntries(
            Map.entry(Sector.FOOD, List.of("boulanger", "boucher", "alimentaire", "patissier")),
            Map.entry(Sector.CHEMISTRY_BIOTECH, List.of("chimi", "biolog", "laboratoire", "bioqualite")),
            Map.entry(Sector.CREATIVE, List.of("audiovisuel", "design", "graphi", "photograph")),
            Map.entry(Sector.CONSTRUCTION, List.of("travaux publics", "batiment", "maconn", "genie civil")),
            Map.entry(Sector.MATERIALS, List.of("plastur", "composite", "metallurg", "fonderie")),
            Map.entry(Sector.MOBILITY, List.of("naval", "maritime", "aeronautique", "ferroviaire", "vehicules")),
            Map.entry(Sector.DIGITAL, List.of("numerique", "informati", "reseaux", "cybersecurite")),
            Map.entry(Sector.PERSONAL_SERVICES, List.of("accompagnement", "esthetique", "coiffure", "soins")),
            Map.entry(Sector.BUSINESS_SERVICES_LOGISTICS, List.of("logistique", "transport", "commerce international")),
            Map.entry(Sector.MECHATRONICS, List.of("mecatronique", "maintenance des systemes", "electrotechni", "robot")),
            Map.entry(Sector.TOURISM, List.of("cuisine", "hotel", "restauration", "tourisme")),
            Map.entry(Sector.ENERGY_TRANSITION, List.of("energ", "environnement", "eau", "froid")));
    private static final List<String> LEVELS = List.of("500", "400", "320", "010", "450", "461");

    private final CampusRegistry registry;
    private final Trainings trainings;
    private final Accounts accounts;

    DemoTrainings(CampusRegistry registry, Trainings trainings, Accounts accounts) {
        this.registry = registry;
        this.trainings = trainings;
        this.accounts = accounts;
    }

    /** Called by {@link DemoData} once the demo campuses, organisations and accounts exist. */
    void load() {
        Actor admin = accounts.byUsername("admin").orElseThrow();
        for (CampusCard campus : registry.all()) {
            List<OrganisationSummary> schools = trainings.establishments(campus.id()).stream()
                    .filter(o -> Trainings.TRAINING_KINDS.contains(o.kind())).toList();
            List<String> words = KEYWORDS.getOrDefault(campus.sector(), List.of());
            if (schools.isEmpty() || words.isEmpty()) {
                continue;
            }
            List<String> codes = new ArrayList<>(candidates(words));
            Random random = new Random(campus.slug().hashCode());
            Collections.shuffle(codes.subList(0, Math.min(codes.size(), 6)), random);
            int count = Math.min(codes.size(), 3 + random.nextInt(4));
            for (int i = 0; i < count; i++) {
                OrganisationSummary school = schools.get(i % schools.size());
                TrainingRoute route = switch (school.kind()) {
                    case APPRENTICE_CENTRE -> TrainingRoute.APPRENTICESHIP;
                    case GRETA -> TrainingRoute.CONTINUING;
                    default -> TrainingRoute.SCHOOL;
                };
                int since = 2012 + random.nextInt(12);
                trainings.add(admin, campus.id(), new TrainingDetails(codes.get(i), school.id(), route, since));
                if (school.kind() == OrganisationKind.SCHOOL && i % 2 == 0) {
                    trainings.add(admin, campus.id(), new TrainingDetails(codes.get(i), school.id(), TrainingRoute.APPRENTICESHIP, since + 2));
                }
            }
        }
    }

    /** Open diplomas of the vocational levels whose wording holds the words, the first words first, six at least when there are. */
    private List<String> candidates(List<String> words) {
        Set<String> codes = new LinkedHashSet<>();
        for (String word : words) {
            if (codes.size() >= 6) {
                break;
            }
            trainings.openDiplomas(word, LEVELS).stream()
                    .filter(d -> !d.label().contains("commune") && !d.label().contains("mise a niveau"))
                    .forEach(d -> codes.add(d.code()));
        }
        return List.copyOf(codes);
    }
}
