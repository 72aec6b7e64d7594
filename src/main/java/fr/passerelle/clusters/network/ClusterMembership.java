package fr.passerelle.clusters.network;

import fr.passerelle.platform.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An organisation's membership of a cluster, dated; active on a day between its two dates (both included). */
@Entity
@Table(name = "cluster_membership")
class ClusterMembership {

    @Id
    private UUID id;
    private UUID clusterId;
    private UUID organisationId;
    private UUID branchId;
    private LocalDate since;
    private LocalDate until;
    private boolean listed;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected ClusterMembership() {
    }

    static ClusterMembership join(UUID clusterId, UUID organisationId, UUID branchId, LocalDate since, LocalDate until, boolean listed, Instant now) {
        if (organisationId.equals(clusterId)) {
            throw new BusinessRuleException("organisationId", "Un cluster n'est pas membre de lui-même.");
        }
        var membership = new ClusterMembership();
        membership.id = UUID.randomUUID();
        membership.clusterId = clusterId;
        membership.organisationId = organisationId;
        membership.createdAt = now;
        membership.change(branchId, since, until, listed, now);
        return membership;
    }

    /** Changes the dates, the sub-cluster or the agreement to be listed. */
    void change(UUID branchId, LocalDate since, LocalDate until, boolean listed, Instant now) {
        if (since == null) {
            throw new BusinessRuleException("since", "Indiquez la date d'adhésion.");
        }
        if (until != null && until.isBefore(since)) {
            throw new BusinessRuleException("until", "La fin de l'adhésion précède son début.");
        }
        this.branchId = branchId;
        this.since = since;
        this.until = until;
        this.listed = listed;
        this.updatedAt = now;
    }

    /** Ends the membership on {@code day} (included): it stops being active the day after. */
    void end(LocalDate day, Instant now) {
        if (day == null) {
            throw new BusinessRuleException("until", "Indiquez la date de fin de l'adhésion.");
        }
        if (until != null && !until.isAfter(day)) {
            throw new BusinessRuleException("until", "Cette adhésion a déjà pris fin le " + fr.passerelle.platform.Times.current().date(until) + ".");
        }
        change(branchId, since, day, listed, now);
    }

    boolean activeOn(LocalDate day) {
        return !since.isAfter(day) && (until == null || !until.isBefore(day));
    }

    /** Whether the two memberships share a day. */
    boolean overlaps(LocalDate otherSince, LocalDate otherUntil) {
        return (otherUntil == null || !otherUntil.isBefore(since)) && (until == null || !until.isBefore(otherSince));
    }

    UUID id() {
        return id;
    }

    UUID clusterId() {
        return clusterId;
    }

    UUID organisationId() {
        return organisationId;
    }

    UUID branchId() {
        return branchId;
    }

    LocalDate since() {
        return since;
    }

    LocalDate until() {
        return until;
    }

    boolean listed() {
        return listed;
    }

    long version() {
        return version;
    }
}
