package fr.passerelle.campus;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.LandingPanel;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The campuses of the actor's scope on the landing page: the first ones by name with the sections the actor may open
 * of each — all of them when there is one campus, as for an operational director — and the registry's tools the actor
 * may use (create a campus, import a registry CSV).
 */
@Component
class CampusesPanel implements LandingPanel {

    /** Campuses listed on the landing page; the search lists the others. */
    static final int LISTED = 10;

    private final CampusRegistry registry;

    CampusesPanel(CampusRegistry registry) {
        this.registry = registry;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Panel> panel(Actor actor) {
        var scoped = registry.inScopeOf(actor, LISTED);
        boolean canCreate = CampusPermissions.canCreateAny(actor);
        boolean canImport = CampusPermissions.canImport(actor);
        if (scoped.total() == 0 && !canCreate && !canImport) {
            return Optional.empty();
        }
        // The régional and national lists flag the campuses without an operational director, a condition of the label.
        boolean flagsDirector = actor.isNationalAdmin() || actor.role() == fr.passerelle.identity.Role.REGIONAL_COORDINATOR;
        var withoutDirector = flagsDirector ? registry.withoutDirector(scoped.campuses().stream().map(s -> s.card().id()).toList())
                : java.util.Set.<java.util.UUID>of();
        return Optional.of(new Panel("gestion/campuses-panel", new Data(scoped.campuses(), scoped.total(), canCreate, canImport, searchPath(actor),
                withoutDirector)));
    }

    /** Where the actor finds all the campuses of their scope when more than {@link #LISTED}. */
    private static String searchPath(Actor actor) {
        return switch (actor.role()) {
            case REGIONAL_COORDINATOR, REGIONAL_COUNCIL -> "/campus?region=" + actor.regionCode();
            case ACADEMY_REFERENT -> "/campus?academie=" + actor.academyCode();
            default -> "/campus";
        };
    }

    /** {@code withoutDirector}: the campuses listed that have no operational director, flagged on the list (a condition of the label). */
    record Data(java.util.List<CampusRegistry.ScopedCampus> campuses, long total, boolean canCreate, boolean canImport, String searchPath,
                java.util.Set<java.util.UUID> withoutDirector) {

        public boolean withoutDirector(CampusRegistry.ScopedCampus campus) {
            return withoutDirector.contains(campus.card().id());
        }

        public boolean single() {
            return total == 1;
        }
    }
}
