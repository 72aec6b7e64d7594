package fr.passerelle.clusters;

import fr.passerelle.identity.Actor;
import java.util.Optional;

/**
 * A part of a cluster's back-office page ({@code /gestion/clusters/{id}}) contributed by a sub-package of the module
 * (skills matrix, surveys, HR support, commissions…), so that the page lists every part without knowing them. A
 * section is offered only to a reader who may open its address: never a link the reader cannot follow.
 */
public interface ClusterSection {

    /** Where the section goes on the page, smallest first. */
    int order();

    /** The section for this reader, empty when they may not open it. */
    Optional<Section> section(Actor actor, ClusterCard cluster, ClusterAccess access);

    /** @param summary one line of figures (« 42 entreprises renseignées, 3 à mettre à jour »), may be null */
    record Section(String title, String description, String path, String summary) {
    }
}
