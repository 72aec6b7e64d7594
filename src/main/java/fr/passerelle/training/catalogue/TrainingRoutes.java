package fr.passerelle.training.catalogue;

import fr.passerelle.training.TrainingRoute;
import java.util.EnumSet;
import java.util.Set;

/**
 * The routes a training of the catalogue is followed by, reasoned from what the national files say of it:
 * <ul>
 * <li>school (voie scolaire): a diploma of the BCN prepared in schools (not a title of another ministry), or an
 * initial training listed by ONISEP Idéo;</li>
 * <li>apprenticeship: the Kit apprentissage opens one of its RNCP fiches to apprenticeship ("oui"), or a CFA
 * delivers it, or a campus records it by apprenticeship;</li>
 * <li>continuing education and VAE: its RNCP fiche is active — a certification registered in the RNCP can be
 * prepared in continuing education and obtained by validation of experience (Code du travail, L6111-1 and
 * L6411-1);</li>
 * <li>and any route a campus records for it.</li>
 * </ul>
 */
public final class TrainingRoutes {

    private TrainingRoutes() {
    }

    /** What is known of a training. */
    public record Facts(boolean bcnDiploma, boolean onisepInitial, Boolean kitApprenticeship, boolean activeRncp,
                        boolean deliveredByCfa, Set<TrainingRoute> recordedByCampuses) {
    }

    public static Set<TrainingRoute> of(Facts facts) {
        Set<TrainingRoute> routes = EnumSet.noneOf(TrainingRoute.class);
        if (facts.bcnDiploma() || facts.onisepInitial()) {
            routes.add(TrainingRoute.SCHOOL);
        }
        if (Boolean.TRUE.equals(facts.kitApprenticeship()) || facts.deliveredByCfa()) {
            routes.add(TrainingRoute.APPRENTICESHIP);
        }
        if (facts.activeRncp()) {
            routes.add(TrainingRoute.CONTINUING);
            routes.add(TrainingRoute.VAE);
        }
        if (facts.recordedByCampuses() != null) {
            routes.addAll(facts.recordedByCampuses());
        }
        return routes;
    }

    /** "SCHOOL,APPRENTICESHIP" → the routes, in their order. */
    public static Set<TrainingRoute> parse(String stored) {
        Set<TrainingRoute> routes = EnumSet.noneOf(TrainingRoute.class);
        if (stored != null) {
            for (String name : stored.split(",")) {
                if (!name.isBlank()) {
                    routes.add(TrainingRoute.valueOf(name.strip()));
                }
            }
        }
        return routes;
    }

    public static String format(Set<TrainingRoute> routes) {
        return String.join(",", routes.stream().sorted().map(Enum::name).toList());
    }
}
