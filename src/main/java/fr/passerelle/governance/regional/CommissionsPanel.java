package fr.passerelle.governance.regional;

import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.LandingPanel;
import fr.passerelle.identity.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cluster's commissions on the landing page: for its staff, the entry to their cluster's commissions; for a person
 * sitting on commissions (found by the account's e-mail address), the commissions they sit on — the only pages
 * {@link CommissionPermissions} opens to them. Listed in SQL, {@link #LISTED} at most.
 */
@Component
class CommissionsPanel implements LandingPanel {

    static final int LISTED = 10;

    private final Directory directory;
    private final JdbcClient jdbc;

    CommissionsPanel(Directory directory, JdbcClient jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 26;
    }

    record Item(String name, String path) {
    }

    /** {@code cluster} the entry to the staff's cluster's commissions, or null. */
    record Data(Item cluster, List<Item> sitting) {
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Panel> panel(Actor actor) {
        Item cluster = null;
        if (actor.role() == Role.CLUSTER_STAFF && actor.organisationId() != null) {
            cluster = directory.organisation(actor.organisationId()).filter(o -> o.kind() == OrganisationKind.CLUSTER)
                    .map(o -> new Item("Commissions de " + o.displayName(), "/gestion/clusters/" + o.id() + "/commissions")).orElse(null);
        }
        List<UUID> people = directory.peopleWithEmail(actor.email());
        List<Item> sitting = List.of();
        if (!people.isEmpty()) {
            record Row(UUID body, String name, UUID cluster) {
            }
            List<Row> rows = jdbc.sql("""
                            select distinct b.id, b.name, b.cluster_id from governing_body b join body_member m on m.body_id = b.id
                             where b.cluster_id is not null and m.ended_on is null and m.person_id in (:people)
                             order by b.name, b.id limit\s""" + LISTED)
                    .param("people", people)
                    .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class))).list();
            Map<UUID, OrganisationSummary> clusters = directory.organisations(rows.stream().map(Row::cluster).toList());
            sitting = rows.stream().filter(r -> clusters.containsKey(r.cluster()))
                    .map(r -> new Item(r.name() + " — " + clusters.get(r.cluster()).displayName(),
                            "/gestion/clusters/" + r.cluster() + "/commissions/" + r.body()))
                    .toList();
        }
        if (cluster == null && sitting.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Panel("governance/regional/commissions-panel", new Data(cluster, sitting)));
    }
}
