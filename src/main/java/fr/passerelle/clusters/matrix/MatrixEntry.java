package fr.passerelle.clusters.matrix;

import fr.passerelle.platform.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A member company's entry in its cluster's skills matrix: its trades (ROME job titles, by OGR code), and the key
 * skills, activities and markets of the cluster's lists it has. Filled in by the cluster's staff, then validated by
 * the company, which may instead ask a correction with a comment.
 */
@Entity
@Table(name = "cluster_matrix_entry")
class MatrixEntry {

    static final int MAX_COMMENT = 2000;

    @Id
    private UUID id;
    private UUID clusterId;
    private UUID organisationId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "integer[]")
    private Integer[] jobTitles;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "uuid[]")
    private UUID[] skills;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "uuid[]")
    private UUID[] activities;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "uuid[]")
    private UUID[] markets;
    private Instant filledAt;
    private String filledBy;
    private Instant validatedAt;
    private String validatedBy;
    private Instant correctionRequestedAt;
    private String correctionRequestedBy;
    private String correctionComment;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected MatrixEntry() {
    }

    static MatrixEntry open(UUID clusterId, UUID organisationId, Instant now) {
        var entry = new MatrixEntry();
        entry.id = UUID.randomUUID();
        entry.clusterId = clusterId;
        entry.organisationId = organisationId;
        entry.jobTitles = new Integer[0];
        entry.skills = new UUID[0];
        entry.activities = new UUID[0];
        entry.markets = new UUID[0];
        entry.createdAt = now;
        return entry;
    }

    /** The staff fill in (or change) the four axes; a pending correction is thereby answered. */
    void fill(Collection<Integer> jobTitles, Collection<UUID> skills, Collection<UUID> activities, Collection<UUID> markets, String by,
              Instant now) {
        if (jobTitles.isEmpty() && skills.isEmpty() && activities.isEmpty() && markets.isEmpty()) {
            throw new BusinessRuleException("Renseignez au moins un métier, une compétence clé, une activité ou un marché.");
        }
        this.jobTitles = jobTitles.stream().distinct().sorted().toArray(Integer[]::new);
        this.skills = skills.stream().distinct().toArray(UUID[]::new);
        this.activities = activities.stream().distinct().toArray(UUID[]::new);
        this.markets = markets.stream().distinct().toArray(UUID[]::new);
        this.filledAt = now;
        this.filledBy = by;
        this.correctionRequestedAt = null;
        this.correctionRequestedBy = null;
        this.correctionComment = null;
        this.updatedAt = now;
    }

    /** The company confirms the entry as it stands. */
    void validate(String by, Instant now) {
        this.validatedAt = now;
        this.validatedBy = by;
        this.correctionRequestedAt = null;
        this.correctionRequestedBy = null;
        this.correctionComment = null;
        this.updatedAt = now;
    }

    /** The company asks the staff to correct the entry, saying what is wrong. */
    void requestCorrection(String comment, String by, Instant now) {
        if (comment == null || comment.isBlank()) {
            throw new BusinessRuleException("comment", "Dites ce qui doit être corrigé.");
        }
        if (comment.strip().length() > MAX_COMMENT) {
            throw new BusinessRuleException("comment", "Le commentaire ne doit pas dépasser " + MAX_COMMENT + " caractères.");
        }
        this.correctionRequestedAt = now;
        this.correctionRequestedBy = by;
        this.correctionComment = comment.strip();
        this.updatedAt = now;
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

    List<Integer> jobTitles() {
        return Arrays.asList(jobTitles);
    }

    List<UUID> skills() {
        return Arrays.asList(skills);
    }

    List<UUID> activities() {
        return Arrays.asList(activities);
    }

    List<UUID> markets() {
        return Arrays.asList(markets);
    }

    List<UUID> items(MatrixAxis axis) {
        return switch (axis) {
            case SKILL -> skills();
            case ACTIVITY -> activities();
            case MARKET -> markets();
        };
    }

    Instant filledAt() {
        return filledAt;
    }

    String filledBy() {
        return filledBy;
    }

    Instant validatedAt() {
        return validatedAt;
    }

    String validatedBy() {
        return validatedBy;
    }

    Instant correctionRequestedAt() {
        return correctionRequestedAt;
    }

    String correctionRequestedBy() {
        return correctionRequestedBy;
    }

    String correctionComment() {
        return correctionComment;
    }

    long version() {
        return version;
    }
}
