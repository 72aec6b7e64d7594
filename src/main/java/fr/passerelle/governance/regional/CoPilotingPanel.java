package fr.passerelle.governance.regional;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.LandingPanel;
import fr.passerelle.platform.Times;
import fr.passerelle.territory.Region;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regional co-piloting on the landing page, for those who may open it: the coming meetings of the bodies of their
 * région and of the networks they read (counted and the first {@link #LISTED} listed in SQL), with the links to the
 * région's co-piloting, its shared space and the networks. The national administrator gets the entries to every région
 * and network.
 */
@Component
class CoPilotingPanel implements LandingPanel {

    static final int LISTED = 5;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);
    private static final UUID NONE = new UUID(0, 0);

    private final RegionalCoPiloting coPiloting;
    private final JdbcClient jdbc;
    private final Clock clock;

    CoPilotingPanel(RegionalCoPiloting coPiloting, JdbcClient jdbc, Clock clock) {
        this.coPiloting = coPiloting;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 25;
    }

    record Item(String body, String when, String path) {
    }

    /** {@code region} null for the national administrator (every région) or an actor reading networks only. */
    record Data(Region region, boolean allRegions, List<RegionalCoPiloting.NetworkSummary> networks, long coming, List<Item> items) {
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Panel> panel(Actor actor) {
        boolean all = actor.isNationalAdmin();
        List<Region> regions = coPiloting.regions(actor);
        Region region = all || regions.isEmpty() ? null : regions.get(0);
        List<RegionalCoPiloting.NetworkSummary> networks = coPiloting.networks(actor);
        if (!all && region == null && networks.isEmpty()) {
            return Optional.empty();
        }
        if (all) {
            return Optional.of(new Panel("governance/regional/panel", new Data(null, true, networks, 0, List.of())));
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(Times.current().zone()));
        Map<String, Object> params = new HashMap<>();
        params.put("region", region == null ? "" : region.code());
        List<UUID> networkIds = networks.stream().map(RegionalCoPiloting.NetworkSummary::id).toList();
        params.put("networks", networkIds.isEmpty() ? List.of(NONE) : networkIds);
        params.put("now", Timestamp.valueOf(now));
        String where = """
                 from meeting m join governing_body b on b.id = m.body_id
                where (b.region_code = :region or b.network_id in (:networks)) and m.cancelled_at is null and m.ends_at > :now""";
        long count = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        List<Item> items = new ArrayList<>();
        if (count > 0) {
            items = jdbc.sql("select m.id, m.starts_at, b.name, b.region_code, b.network_id" + where + " order by m.starts_at limit " + LISTED)
                    .params(params)
                    .query((rs, n) -> new Item(rs.getString(3), WHEN.format(rs.getTimestamp(2).toLocalDateTime()),
                            (rs.getString(4) != null ? "/gestion/regions/" + rs.getString(4) : "/gestion/reseaux/" + rs.getObject(5, UUID.class))
                                    + "/reunions/" + rs.getObject(1, UUID.class)))
                    .list();
        }
        return Optional.of(new Panel("governance/regional/panel", new Data(region, false, networks, count, items)));
    }
}
