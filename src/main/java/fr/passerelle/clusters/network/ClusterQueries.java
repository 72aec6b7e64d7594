package fr.passerelle.clusters.network;

import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterKind;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.Times;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists of clusters written for the screen: the public directory (published clusters only) and the back office's
 * list (the clusters the reader may see), both filtered by words, région, kind and sector and paginated in SQL over the
 * module's tables and the directory's published view {@code directory_organisation}.
 */
@Component
class ClusterQueries {

    static final int MAX_PAGE_SIZE = 100;

    private static final String SELECT = """
            select c.id, c.slug, o.name, o.acronym, c.kind, c.region_code, c.territory, c.sectors, c.jobs_represented, c.published,
                   o.municipality_code,
                   (select count(*) from cluster_membership m where m.cluster_id = c.id and m.since <= :today
                       and (m.until is null or m.until >= :today)) as active_members,
                   count(*) over () as total
              from cluster c join directory_organisation o on o.organisation_id = c.id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    ClusterQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a list is filtered by; each filter absent when null or blank. */
    record Filters(String text, String regionCode, ClusterKind kind, Sector sector) {

        static final Filters NONE = new Filters(null, null, null, null);

        boolean any() {
            return (text != null && !text.isBlank()) || regionCode != null || kind != null || sector != null;
        }
    }

    /** A cluster in a list, with the code of its seat's commune. */
    record Listed(ClusterCard card, String municipalityCode) {
    }

    record Page(List<Listed> items, long total, int page, int size) {

        Page {
            items = List.copyOf(items);
        }

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** A seat on the map: the cluster and its commune's code. */
    record Seat(String slug, String name, String kindLabel, String municipalityCode) {
    }

    /** The published clusters matching the filters, sorted by name. */
    @Transactional(readOnly = true)
    Page published(Filters filters, int page, int size) {
        return page(" where c.published", Map.of(), filters, page, size);
    }

    /** The seats of every published cluster matching the filters (the map shows them all, not one page). */
    @Transactional(readOnly = true)
    List<Seat> publishedSeats(Filters filters) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = " where c.published and o.municipality_code is not null" + conditions(filters, params);
        var statement = jdbc.sql("select c.slug, o.name, c.kind, o.municipality_code from cluster c join directory_organisation o "
                + "on o.organisation_id = c.id" + where + " order by o.name limit 2000");
        for (var p : params.entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        return statement.query((rs, n) -> new Seat(rs.getString("slug"), rs.getString("name"),
                ClusterKind.valueOf(rs.getString("kind")).label(), rs.getString("municipality_code"))).list();
    }

    /**
     * The clusters the actor may open in the back office: every one for the national administration, those of their
     * région for its co-pilots, their own for a cluster's staff, those their organisation is an active member of for
     * the people of a company or an institution; none for anyone else.
     */
    @Transactional(readOnly = true)
    Page visibleTo(Actor actor, Filters filters, int page, int size) {
        return switch (actor.role()) {
            case NATIONAL_ADMIN -> page(" where true", Map.of(), filters, page, size);
            case REGIONAL_COORDINATOR, REGIONAL_COUNCIL -> page(" where c.region_code = :scopeRegion", Map.of("scopeRegion", actor.regionCode()),
                    filters, page, size);
            case CLUSTER_STAFF -> actor.organisationId() == null ? empty(page, size)
                    : page(" where c.id = :scopeCluster", Map.of("scopeCluster", actor.organisationId()), filters, page, size);
            case COMPANY_RECRUITER, PARTNER_MEMBER -> actor.organisationId() == null ? empty(page, size) : page(" " + """
                     where exists (select 1 from cluster_membership s where s.cluster_id = c.id and s.organisation_id = :scopeOrganisation
                                     and s.since <= :today and (s.until is null or s.until >= :today))""",
                    Map.of("scopeOrganisation", actor.organisationId()), filters, page, size);
            default -> empty(page, size);
        };
    }

    private static Page empty(int page, int size) {
        return new Page(List.of(), 0, Math.max(1, page), size);
    }

    private Page page(String scope, Map<String, Object> scopeParams, Filters filters, int page, int size) {
        int shownSize = Math.max(1, Math.min(MAX_PAGE_SIZE, size));
        int shownPage = Math.max(1, page);
        Map<String, Object> params = new LinkedHashMap<>(scopeParams);
        String sql = SELECT + scope + conditions(filters, params) + " order by o.name, c.id limit :size offset :offset";
        var statement = jdbc.sql(sql).param("today", today()).param("size", shownSize).param("offset", (long) (shownPage - 1) * shownSize);
        for (var p : params.entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        long[] total = {0};
        List<Listed> items = new ArrayList<>();
        statement.query(rs -> {
            total[0] = rs.getLong("total");
            items.add(new Listed(card(rs), rs.getString("municipality_code")));
        });
        return new Page(items, total[0], shownPage, shownSize);
    }

    private static String conditions(Filters filters, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (filters.text() != null && !filters.text().isBlank()) {
            where.append(" and (o.name ilike :text or o.acronym ilike :text or c.territory ilike :text or c.slug ilike :text)");
            params.put("text", "%" + filters.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filters.regionCode() != null) {
            where.append(" and c.region_code = :region");
            params.put("region", filters.regionCode());
        }
        if (filters.kind() != null) {
            where.append(" and c.kind = :kind");
            params.put("kind", filters.kind().name());
        }
        if (filters.sector() != null) {
            where.append(" and c.sectors @> array[cast(:sector as varchar(40))]");
            params.put("sector", filters.sector().name());
        }
        return where.toString();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Times.current().zone()));
    }

    private static ClusterCard card(ResultSet rs) throws SQLException {
        Array sectors = rs.getArray("sectors");
        List<Sector> list = sectors == null ? List.of() : Arrays.stream((String[]) sectors.getArray()).map(Sector::valueOf).toList();
        int jobs = rs.getInt("jobs_represented");
        Integer jobsRepresented = rs.wasNull() ? null : jobs;
        return new ClusterCard(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"), rs.getString("acronym"),
                ClusterKind.valueOf(rs.getString("kind")), rs.getString("region_code"), rs.getString("territory"), list,
                rs.getInt("active_members"), jobsRepresented, rs.getBoolean("published"));
    }
}
