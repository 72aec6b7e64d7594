package fr.passerelle.governance;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out what an actor may see of a campus's life. An account sits on a governing body when a member of that
 * body, in the directory, has the account's e-mail address.
 */
@Service
public class CampusAudiences {

    private final CampusRegistry registry;
    private final Directory directory;
    private final JdbcClient jdbc;

    CampusAudiences(CampusRegistry registry, Directory directory, JdbcClient jdbc) {
        this.registry = registry;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /** The audience of {@code actor} (null for an anonymous visitor) on the campus. */
    @Transactional(readOnly = true)
    public CampusAudience of(Actor actor, UUID campusId) {
        if (actor == null) {
            return CampusAudience.publicOnly(campusId);
        }
        CampusCard campus = registry.byId(campusId).orElseThrow();
        boolean team = registry.canEdit(actor, campusId)
                || actor.role() == Role.ACADEMY_REFERENT && campus.coversAcademy(actor.academyCode());
        boolean partner = actor.role() == Role.PARTNER_MEMBER && actor.organisationId() != null
                && directory.campusesOf(actor.organisationId()).contains(campusId);
        var bodies = new HashSet<UUID>();
        List<UUID> seats = directory.peopleWithEmail(actor.email());
        if (!seats.isEmpty()) {
            bodies.addAll(jdbc.sql("""
                    select m.body_id from body_member m
                      join governing_body b on b.id = m.body_id
                     where b.campus_id = :campus and m.ended_on is null and m.person_id in (:people)""")
                    .param("campus", campusId).param("people", seats).query(UUID.class).list());
        }
        return new CampusAudience(campusId, team, partner, Set.copyOf(bodies));
    }
}
