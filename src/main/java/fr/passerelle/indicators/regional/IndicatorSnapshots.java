package fr.passerelle.indicators.regional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The committee's validations of the indicators and their snapshots: each validation keeps every tracked indicator's
 * value per campus as it was at that moment. Rows are only added: a reopening marks the validation it corrects, and the
 * next validation is kept beside it.
 */
@Repository
class IndicatorSnapshots {

    private final JdbcClient jdbc;

    IndicatorSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One value of the snapshot. */
    record Value(UUID campusId, String campusName, String indicatorCode, String indicatorName, int year, BigDecimal value, boolean masked,
                 long rows) {
    }

    /** A validation as recorded: when, by whom, at which meeting, how many values; and its reopening, if corrected. */
    record Validation(UUID id, Instant validatedAt, String validatedBy, UUID meetingId, String meetingText, Instant reopenedAt,
                      String reopenedBy, String reopenReason, long values) {

        boolean current() {
            return reopenedAt == null;
        }
    }

    UUID record(UUID reviewId, Instant at, String by, UUID meetingId, String meetingText, List<Value> values) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into regional_indicator_validation (id, review_id, validated_at, validated_by, meeting_id, meeting_text)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, reviewId, Timestamp.from(at), by, meetingId, meetingText).update();
        for (Value v : values) {
            jdbc.sql("""
                            insert into regional_indicator_validated_value (validation_id, campus_id, campus_name, indicator_code, indicator_name,
                                                                            year, value, masked, counted_rows)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, v.campusId(), v.campusName(), v.indicatorCode(), v.indicatorName(), v.year(), v.value(), v.masked(), v.rows())
                    .update();
        }
        return id;
    }

    /** Marks the review's current validation as reopened for a correction; returns whether there was one. */
    boolean reopen(UUID reviewId, Instant at, String by, String reason) {
        return jdbc.sql("""
                        update regional_indicator_validation set reopened_at = ?, reopened_by = ?, reopen_reason = ?
                         where review_id = ? and reopened_at is null""")
                .params(Timestamp.from(at), by, reason, reviewId).update() > 0;
    }

    /** The review's validations, newest first. */
    List<Validation> of(UUID reviewId) {
        return jdbc.sql("""
                        select v.id, v.validated_at, v.validated_by, v.meeting_id, v.meeting_text, v.reopened_at, v.reopened_by, v.reopen_reason,
                               (select count(*) from regional_indicator_validated_value x where x.validation_id = v.id)
                          from regional_indicator_validation v where v.review_id = ? order by v.validated_at desc, v.id""")
                .param(reviewId)
                .query((rs, n) -> new Validation(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
                        rs.getString(7), rs.getString(8), rs.getLong(9)))
                .list();
    }

    /** The values of a validation for those campuses. */
    List<Value> values(UUID validationId, Collection<UUID> campusIds) {
        if (campusIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select campus_id, campus_name, indicator_code, indicator_name, year, value, masked, counted_rows
                          from regional_indicator_validated_value where validation_id = :validation and campus_id in (:campuses)""")
                .param("validation", validationId).param("campuses", campusIds)
                .query((rs, n) -> new Value(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getBigDecimal(6), rs.getBoolean(7), rs.getLong(8)))
                .list();
    }

    /** When the regional committee last validated the campus's values of the year, that validation not reopened since. */
    Optional<Instant> validatedAt(UUID campusId, int year) {
        return jdbc.sql("""
                        select max(v.validated_at) from regional_indicator_validation v
                          join regional_indicator_validated_value x on x.validation_id = v.id
                         where x.campus_id = ? and x.year = ? and v.reopened_at is null""")
                .params(campusId, year).query((rs, n) -> rs.getTimestamp(1)).optional().filter(java.util.Objects::nonNull)
                .map(Timestamp::toInstant);
    }
}
