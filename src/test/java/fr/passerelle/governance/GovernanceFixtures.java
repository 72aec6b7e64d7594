package fr.passerelle.governance;

import fr.passerelle.TestFiles;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.UUID;

/**
 * What governance tests start from: the actors who run a campus's life (its operational director, the national
 * administrator) and those who only read it, and the files they upload. The demo campus of the account
 * {@code direction} carries the bodies and members each test constitutes.
 */
public final class GovernanceFixtures {

    private GovernanceFixtures() {
    }

    public static Actor nationalAdmin() {
        return actor(Role.NATIONAL_ADMIN, null, null, null, null);
    }

    /** The operational director of the campus, who runs its life. */
    public static Actor director(UUID campusId) {
        return actor(Role.OPERATIONAL_DIRECTOR, null, null, campusId, null);
    }

    /** The regional coordinator of a région, who oversees its campuses' lives without running them. */
    public static Actor regionalCoordinator(String regionCode) {
        return actor(Role.REGIONAL_COORDINATOR, regionCode, null, null, null);
    }

    /** A member of a partner organisation, who sits on a body when a member of it in the directory has their e-mail. */
    public static Actor partnerMember(UUID organisationId, String email) {
        return new Actor(UUID.randomUUID(), "partenaire-" + UUID.randomUUID(), "Membre partenaire", Role.PARTNER_MEMBER, null, null, null,
                organisationId, email);
    }

    /** A minimal valid PDF, as a signed file of minutes or a document. */
    public static byte[] pdf() {
        return TestFiles.pdf();
    }

    private static Actor actor(Role role, String regionCode, String academyCode, UUID campusId, UUID organisationId) {
        return new Actor(UUID.randomUUID(), role.name().toLowerCase() + "-" + UUID.randomUUID(), role.name(), role, regionCode, academyCode,
                campusId, organisationId, null);
    }
}
