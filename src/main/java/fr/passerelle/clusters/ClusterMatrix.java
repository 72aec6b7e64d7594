package fr.passerelle.clusters;

import fr.passerelle.identity.Actor;
import java.util.Collection;
import java.util.UUID;

/**
 * The skills matrix of a cluster (source 004, « Fiche 1 ») for other modules — the demo data first: its lists (key
 * skills taken from ROME, activities, markets) and its member companies' entries, filled in by those who run the
 * cluster and validated by the company's people. The pages live in {@code clusters.matrix}. Each act checks the actor
 * through {@link Clusters#access} and is audited; a past act replayed with {@code platform.Replay} is dated then.
 */
public interface ClusterMatrix {

    /** Adds a ROME skill (by OGR code) to the cluster's key skills; its id. */
    UUID addKeySkill(Actor actor, UUID clusterId, int skillOgr);

    /** Adds an activity (« Études avant-projet », « Fabrication »…) to the cluster's list; its id. */
    UUID addActivity(Actor actor, UUID clusterId, String label);

    /** Adds a market (« Aéronautique », « Naval »…) to the cluster's list; its id. */
    UUID addMarket(Actor actor, UUID clusterId, String label);

    /** Fills in (or replaces) the entry of an active member company: ROME job titles by OGR code, ids of the cluster's lists. */
    void fill(Actor actor, UUID clusterId, UUID organisationId, Collection<Integer> jobTitles, Collection<UUID> keySkills,
              Collection<UUID> activities, Collection<UUID> markets);

    /** The company's own people confirm its entry as it stands. */
    void validate(Actor actor, UUID clusterId, UUID organisationId);

    /** Whether the cluster has any value in its lists yet. */
    boolean hasLists(UUID clusterId);
}
