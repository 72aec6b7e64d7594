package fr.passerelle.jobs.offers;

import fr.passerelle.identity.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offers of the back office, as its list shows them: a recruiter's company's, a cluster staff's members' (posted
 * through their cluster), every offer for the national administration; newest change first, paginated in SQL.
 */
@Component
class OfferQueries {

    private final JdbcClient jdbc;

    OfferQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(UUID id, String title, String companyName, String municipalityName, OfferStatus status, LocalDate publishedOn,
               LocalDate expiresOn) {
        public String statusLabel() {
            return status.label();
        }
    }

    record Page(List<Row> rows, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    @Transactional(readOnly = true)
    Page of(Actor actor, OfferStatus status, int page, int size) {
        String where;
        UUID scope;
        switch (actor.role()) {
            case COMPANY_RECRUITER -> {
                where = "company_id = :scope";
                scope = actor.organisationId();
            }
            case CLUSTER_STAFF -> {
                where = "cluster_id = :scope";
                scope = actor.organisationId();
            }
            case NATIONAL_ADMIN -> {
                where = "cast(:scope as uuid) is null";
                scope = null;
            }
            default -> {
                return new Page(List.of(), 0, 1, size);
            }
        }
        String filter = where + (status == null ? "" : " and status = :status");
        long total = jdbc.sql("select count(*) from job_offer where " + filter).param("scope", scope)
                .params(status == null ? java.util.Map.of() : java.util.Map.of("status", status.name())).query(Long.class).single();
        List<Row> rows = jdbc.sql("""
                        select id, title, company_name, municipality_name, status, published_on, expires_on from job_offer
                        where %s order by updated_at desc, id limit :limit offset :offset""".formatted(filter))
                .param("scope", scope).params(status == null ? java.util.Map.of() : java.util.Map.of("status", status.name()))
                .param("limit", size).param("offset", (long) (page - 1) * size)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("company_name"),
                        rs.getString("municipality_name"), OfferStatus.valueOf(rs.getString("status")), rs.getObject("published_on", LocalDate.class),
                        rs.getObject("expires_on", LocalDate.class)))
                .list();
        return new Page(rows, total, page, size);
    }

    /** An actor's offers in a line: published, of which expiring within a week, and drafts. */
    record Counts(long published, long expiringSoon, long drafts) {
    }

    @Transactional(readOnly = true)
    Counts counts(Actor actor, LocalDate today) {
        String scope = switch (actor.role()) {
            case COMPANY_RECRUITER -> "company_id";
            case CLUSTER_STAFF -> "cluster_id";
            default -> null;
        };
        if (scope == null || actor.organisationId() == null) {
            return new Counts(0, 0, 0);
        }
        return jdbc.sql("""
                        select count(*) filter (where status = 'PUBLISHED' and expires_on >= :today) as published,
                               count(*) filter (where status = 'PUBLISHED' and expires_on between :today and :week) as expiring,
                               count(*) filter (where status = 'DRAFT') as drafts
                        from job_offer where %s = :scope""".formatted(scope))
                .param("today", today).param("week", today.plusDays(JobOffer.WEEK_REMINDER)).param("scope", actor.organisationId())
                .query((rs, n) -> new Counts(rs.getLong("published"), rs.getLong("expiring"), rs.getLong("drafts"))).single();
    }
}
