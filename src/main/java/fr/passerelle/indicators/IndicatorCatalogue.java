package fr.passerelle.indicators;

import fr.passerelle.identity.Actor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The indicator catalogue, for the other parts of the platform: which indicators exist and which a campus tracks.
 * A campus tracks every indicator that is neither retired nor optional, and the optional ones chosen for its main
 * académie by the académie's referent. Lists come in the catalogue's order (theme, then position).
 */
public interface IndicatorCatalogue {

    /** Every indicator, retired ones included. */
    List<IndicatorDefinition> all();

    /** The indicator of that code, retired or not. */
    Optional<IndicatorDefinition> byCode(String code);

    /** The indicators the campuses whose main académie is {@code academyCode} track. */
    List<IndicatorDefinition> tracked(String academyCode);

    /** The indicators the campus tracks (by its main académie); empty when the campus is unknown. */
    List<IndicatorDefinition> tracked(UUID campusId);

    /**
     * Chooses the optional indicators the campuses of the académie track, replacing the previous choice: the académie's
     * referent or the national administration; audited.
     */
    void chooseOptional(Actor actor, String academyCode, Set<String> indicatorCodes);
}
