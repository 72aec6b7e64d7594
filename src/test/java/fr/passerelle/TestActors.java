package fr.passerelle;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Logs MockMvc requests in as the demo accounts. */
public final class TestActors {

    /** The demo accounts, one per role. */
    public static final String[] ALL = {"admin", "coordination", "conseil-regional", "dreets", "referent", "direction", "partenaire", "recruteur",
            "expert", "cluster"};

    private TestActors() {
    }

    /**
     * A national administrator, for the services a test calls directly to set up its data (services check the actor's
     * role and scope).
     */
    public static Actor nationalAdmin() {
        return new Actor(UUID.fromString("00000000-0000-0000-0000-00000000ad01"), "admin", "Administration nationale",
                Role.NATIONAL_ADMIN, null, null, null, null, "admin@demo.passerelle.test");
    }

    /** A regional coordinator of the région. */
    public static Actor coordinatorOf(String regionCode) {
        return new Actor(UUID.randomUUID(), "coordination-" + regionCode, "Coordination régionale", Role.REGIONAL_COORDINATOR, regionCode,
                null, null, null, null);
    }

    /** The operational director of the campus. */
    public static Actor directorOf(UUID campusId) {
        return new Actor(UUID.randomUUID(), "direction", "Direction opérationnelle", Role.OPERATIONAL_DIRECTOR, null, null, campusId, null, null);
    }

    /** An academic referent of the académie. */
    public static Actor referentOf(String academyCode) {
        return new Actor(UUID.randomUUID(), "referent-" + academyCode, "Référent académique", Role.ACADEMY_REFERENT, null, academyCode,
                null, null, null);
    }

    /** A partner member of the organisation. */
    public static Actor memberOf(UUID organisationId) {
        return new Actor(UUID.randomUUID(), "partenaire", "Membre partenaire", Role.PARTNER_MEMBER, null, null, null, organisationId, null);
    }

    /** A recruiter of the company. */
    public static Actor recruiterOf(UUID organisationId) {
        return new Actor(UUID.randomUUID(), "recruteur-" + organisationId, "Recrutement", Role.COMPANY_RECRUITER, null, null, null, organisationId,
                null);
    }

    /** A member of the staff of the cluster (its animateur, its business developer). */
    public static Actor clusterStaffOf(UUID clusterId) {
        return new Actor(UUID.randomUUID(), "cluster-" + clusterId, "Équipe du cluster", Role.CLUSTER_STAFF, null, null, null, clusterId, null);
    }

    public static RequestPostProcessor as(UserDetailsService users, String username) {
        return user(users.loadUserByUsername(username));
    }
}
