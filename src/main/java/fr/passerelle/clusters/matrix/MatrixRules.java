package fr.passerelle.clusters.matrix;

import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.identity.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Who may do what on a cluster's skills matrix, and when an entry is out of date. The matrix is members-only: the
 * cluster's staff, the national administration and the people of an active member read it and search it; only those
 * who run the cluster keep its axes, fill in the entries, export and message the members found. A company's own
 * people (its recruiters, its partner members), while it is an active member, validate its entry or ask a
 * correction — nobody else speaks for the company. An entry validated before the cluster's refresh period
 * ({@code matrixRefreshMonths}) is « à mettre à jour ».
 */
final class MatrixRules {

    private MatrixRules() {
    }

    static boolean canRead(ClusterAccess access) {
        return access != null && access.readsMembersOnly();
    }

    /** Keeping the axes, filling in entries, exporting, messaging the members found. */
    static boolean canRun(ClusterAccess access) {
        return access != null && access.runs();
    }

    /** Validating an entry, or asking its correction: the company's own people, while it is an active member. */
    static boolean canAnswerFor(Actor actor, ClusterAccess access, UUID organisationId) {
        return actor != null && access == ClusterAccess.MEMBER && organisationId != null && organisationId.equals(actor.organisationId());
    }

    /** Reading one entry: whoever reads the matrix. */
    static boolean canReadEntry(ClusterAccess access) {
        return canRead(access);
    }

    /** The first day whose validations are still fresh: a validation before it makes the entry « à mettre à jour ». */
    static LocalDate freshSince(LocalDate today, int refreshMonths) {
        return today.minusMonths(Math.max(1, refreshMonths));
    }

    static boolean stale(Instant validatedAt, LocalDate today, int refreshMonths, ZoneId zone) {
        return validatedAt != null && validatedAt.atZone(zone).toLocalDate().isBefore(freshSince(today, refreshMonths));
    }

    /**
     * @param filledAt               when the staff last filled in the entry (null: not filled in)
     * @param validatedAt            when the company last validated it (null: never)
     * @param correctionRequestedAt  when the company asked a correction still pending (null: none)
     */
    static MatrixState state(Instant filledAt, Instant validatedAt, Instant correctionRequestedAt, LocalDate today, int refreshMonths,
                             ZoneId zone) {
        if (filledAt == null) {
            return MatrixState.NOT_FILLED;
        }
        if (correctionRequestedAt != null) {
            return MatrixState.CORRECTION_REQUESTED;
        }
        if (validatedAt == null || filledAt.isAfter(validatedAt)) {
            return MatrixState.TO_VALIDATE;
        }
        return stale(validatedAt, today, refreshMonths, zone) ? MatrixState.STALE : MatrixState.UP_TO_DATE;
    }
}
