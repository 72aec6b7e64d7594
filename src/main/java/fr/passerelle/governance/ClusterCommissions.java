package fr.passerelle.governance;

import fr.passerelle.identity.Actor;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The employment and training commissions of a cluster (source 004), for the clusters module and the demo data: a
 * cluster is the fourth owner of governing bodies (ADR 0011), with the same seats, meetings, invitations, attendance,
 * participation and minutes as a campus's bodies. Their members, meetings and outcomes go through {@link CoPiloting}
 * with {@link CoPiloting.Scope#cluster}; their pages are governance's, under {@code /gestion/clusters/{id}/commissions}.
 *
 * <p>Who, decided from the actor alone (governance does not depend on clusters): the national administrator and the
 * cluster's staff ({@code CLUSTER_STAFF} whose organisation is the cluster) run them; a person sitting on a commission
 * (found by the account's e-mail address, as for other bodies) reads that commission. Everyone else is refused.
 */
public interface ClusterCommissions {

    /** The commission kinds a cluster has, in order. */
    static java.util.List<BodyKind> kinds() {
        return BodyKind.of(BodyKind.Scope.CLUSTER);
    }

    /**
     * Constitutes a commission of the cluster (a directory organisation of kind cluster), of a kind of scope
     * {@link BodyKind.Scope#CLUSTER}, expecting {@code meetingsPerYear} meetings a year (or none); returns its id.
     */
    UUID constitute(Actor actor, UUID clusterId, BodyKind kind, String name, Integer meetingsPerYear);

    /**
     * The commissions the actor reads (all for those who run the cluster's commissions, else those they sit on): how
     * many, and when the next meeting of one of them starts; empty when they read none, so that no link is offered.
     */
    Optional<Summary> summary(Actor actor, UUID clusterId);

    /** {@code nextMeeting} in Paris time, null when none is planned; {@code runs} whether the actor runs them. */
    record Summary(int commissions, LocalDateTime nextMeeting, boolean runs) {
    }
}
