package fr.passerelle.indicators.regional;

import fr.passerelle.indicators.CommitteeAppreciation;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The committee's appreciation of one campus in a review: a point of the stated {@link CommitteeAppreciation} scale, a comment and recommendations. */
@Entity
@Table(name = "regional_review_appreciation")
class CampusAppreciation {

    static final int TEXT_MAX = 4000;

    @Id
    private UUID id;
    private UUID reviewId;
    private UUID campusId;
    @Enumerated(EnumType.STRING)
    private CommitteeAppreciation appreciation;
    @Column(columnDefinition = "text")
    private String comment;
    @Column(columnDefinition = "text")
    private String recommendations;
    private Instant recordedAt;
    private String recordedBy;
    @Version
    private long version;

    protected CampusAppreciation() {
    }

    static CampusAppreciation of(UUID reviewId, UUID campusId) {
        CampusAppreciation a = new CampusAppreciation();
        a.id = UUID.randomUUID();
        a.reviewId = reviewId;
        a.campusId = campusId;
        return a;
    }

    /** Records what the committee says of the campus; returns whether anything changed. */
    boolean record(CommitteeAppreciation appreciation, String comment, String recommendations, String by, Clock clock) {
        if (appreciation == null) {
            throw new BusinessRuleException("appreciation", "Choisissez l’appréciation du comité sur l’échelle.");
        }
        String typedComment = Text.trimToNull(comment);
        String typedRecommendations = Text.trimToNull(recommendations);
        if (Text.longerThan(typedComment, TEXT_MAX)) {
            throw new BusinessRuleException("comment", "Le commentaire fait 4000 caractères au plus.");
        }
        if (Text.longerThan(typedRecommendations, TEXT_MAX)) {
            throw new BusinessRuleException("recommendations", "Les recommandations font 4000 caractères au plus.");
        }
        boolean changed = this.appreciation != appreciation || !java.util.Objects.equals(this.comment, typedComment)
                || !java.util.Objects.equals(this.recommendations, typedRecommendations);
        this.appreciation = appreciation;
        this.comment = typedComment;
        this.recommendations = typedRecommendations;
        if (changed) {
            this.recordedAt = Instant.now(clock);
            this.recordedBy = by;
        }
        return changed;
    }

    UUID id() {
        return id;
    }

    UUID reviewId() {
        return reviewId;
    }

    UUID campusId() {
        return campusId;
    }

    CommitteeAppreciation appreciation() {
        return appreciation;
    }

    String comment() {
        return comment;
    }

    String recommendations() {
        return recommendations;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    String recordedBy() {
        return recordedBy;
    }

    long version() {
        return version;
    }
}
