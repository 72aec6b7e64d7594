package fr.passerelle.governance.regional;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.Collection;
import java.util.UUID;

/**
 * Who runs and who reads the commissions of a cluster (ADR 0011, « A cluster is a fourth owner »), in plain Java, from
 * the actor alone: governance does not depend on the clusters module.
 *
 * <p>The national administrator and the cluster's staff ({@link Role#CLUSTER_STAFF} whose organisation is the cluster)
 * run its commissions: constitute them, appoint their members, plan meetings, take attendance, write minutes. A person
 * sitting on a commission today (a person of the directory bearing the account's e-mail address) reads that commission
 * and its meetings. Everyone else is refused — the staff of another cluster, the people of the cluster's member
 * companies who do not sit on it, campus and regional roles.
 */
public final class CommissionPermissions {

    private CommissionPermissions() {
    }

    public static boolean runs(Actor actor, UUID clusterId) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> true;
            case CLUSTER_STAFF -> clusterId != null && clusterId.equals(actor.organisationId());
            default -> false;
        };
    }

    /**
     * @param members     the people sitting on the commission today
     * @param actorPeople the people of the directory bearing the actor's e-mail address
     */
    public static boolean reads(Actor actor, UUID clusterId, Collection<UUID> members, Collection<UUID> actorPeople) {
        return runs(actor, clusterId) || actorPeople.stream().anyMatch(members::contains);
    }
}
