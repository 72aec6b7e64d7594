package fr.passerelle.indicators.catalogue;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.LandingPanel;
import fr.passerelle.indicators.ConsolidatedIndicators;
import fr.passerelle.indicators.IndicatorDefinition;
import fr.passerelle.indicators.Period;
import fr.passerelle.territory.Territories;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The indicators on the landing page of the back office: the catalogue for those who read it, the académie's optional
 * indicators for its referent, adding an indicator for the national administration, and for an operational director
 * the values their campus declares, each for its last period — every link by the rules its page checks
 * ({@link CataloguePermissions}; declaring: who runs the campus).
 */
@Component
class IndicatorsPanel implements LandingPanel {

    record Links(boolean addable, String academyCode, String academyName, UUID campusId, List<ToDeclare> toDeclare,
                 List<Dashboard> dashboards) {
    }

    /** A consolidated dashboard the reader may open. */
    record Dashboard(String href, String label) {
    }

    record ToDeclare(String code, String name, int year, String yearText) {
    }

    private final Catalogue catalogue;
    private final Territories territories;
    private final Clock clock;
    private final ConsolidatedIndicators consolidated;

    IndicatorsPanel(Catalogue catalogue, Territories territories, Clock clock, ConsolidatedIndicators consolidated) {
        this.consolidated = consolidated;
        this.catalogue = catalogue;
        this.territories = territories;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<Panel> panel(Actor actor) {
        if (!CataloguePermissions.canRead(actor)) {
            return Optional.empty();
        }
        String academy = !actor.isNationalAdmin() && actor.academyCode() != null && CataloguePermissions.canChooseFor(actor, actor.academyCode())
                ? actor.academyCode() : null;
        List<ToDeclare> toDeclare = List.of();
        UUID campusId = null;
        if (actor.is(fr.passerelle.identity.Role.OPERATIONAL_DIRECTOR) && actor.campusId() != null) {
            campusId = actor.campusId();
            toDeclare = catalogue.tracked(campusId).stream().filter(IndicatorDefinition::declared)
                    .map(i -> new ToDeclare(i.code(), i.name(), lastYear(i.period()), i.period().yearText(lastYear(i.period())))).toList();
        }
        return Optional.of(new Panel("indicators/panel", new Links(CataloguePermissions.canManage(actor), academy,
                academy == null ? null : territories.academyName(academy), campusId, toDeclare, dashboards(actor))));
    }

    /** The dashboards of the nation, the actor's région or académie, when the actor reads them. */
    private List<Dashboard> dashboards(Actor actor) {
        return consolidated.readableScopes(actor).stream().map(scope -> switch (scope.level()) {
            case NATION -> new Dashboard("/gestion/tableaux-de-bord", "Tableau de bord national");
            case REGION -> new Dashboard("/gestion/tableaux-de-bord/regions/" + scope.code(), "Tableau de bord de la région "
                    + consolidated.nameOf(scope));
            case ACADEMY -> new Dashboard("/gestion/tableaux-de-bord/academies/" + scope.code(), "Tableau de bord de l’"
                    + consolidated.nameOf(scope));
        }).toList();
    }

    /** The last period whose values are known: last calendar year, or the school year under way (counted at its start). */
    private int lastYear(Period period) {
        LocalDate today = LocalDate.now(clock);
        return period == Period.CALENDAR_YEAR ? today.getYear() - 1 : today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    }
}
