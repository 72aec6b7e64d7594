package fr.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DirectoryPermissionsTest {

    private static final UUID ORGANISATION = UUID.randomUUID();
    private static final UUID OWN_ORGANISATION = UUID.randomUUID();

    static Actor actor(Role role) {
        return new Actor(UUID.randomUUID(), role.name(), role.label(), role, "32", "09", UUID.randomUUID(), OWN_ORGANISATION, null);
    }

    @Test
    void aRegionalCoordinatorEditsTheOrganisationsLocatedInTheirRegionOnly() {
        Actor coordinator = actor(Role.REGIONAL_COORDINATOR);
        assertThat(DirectoryPermissions.canEdit(coordinator, ORGANISATION, "32", Set.of())).isTrue();
        assertThat(DirectoryPermissions.canEdit(coordinator, ORGANISATION, "84", Set.of())).isFalse();
        // Located elsewhere, it stays out of reach even when it partners campuses of the région.
        assertThat(DirectoryPermissions.canEdit(coordinator, ORGANISATION, "84", Set.of("32"))).isFalse();
    }

    @Test
    void anOrganisationWithoutCommuneIsNotEveryCoordinatorsBusiness() {
        Actor coordinator = actor(Role.REGIONAL_COORDINATOR);
        assertThat(DirectoryPermissions.canEdit(coordinator, ORGANISATION, null, Set.of())).isFalse();
        assertThat(DirectoryPermissions.canEdit(coordinator, ORGANISATION, null, Set.of("84"))).isFalse();
        assertThat(DirectoryPermissions.canEdit(coordinator, ORGANISATION, null, Set.of("32", "84"))).isFalse();
        assertThat(DirectoryPermissions.canEdit(coordinator, ORGANISATION, null, Set.of("32"))).isTrue();
        Actor withoutRegion = new Actor(UUID.randomUUID(), "c", "c", Role.REGIONAL_COORDINATOR, null, null, null, null, null);
        assertThat(DirectoryPermissions.canEdit(withoutRegion, ORGANISATION, null, Set.of())).isFalse();
    }

    @Test
    void theNationalAdministratorEditsAnyOrganisationAndItsMembersTheirOwn() {
        assertThat(DirectoryPermissions.canEdit(actor(Role.NATIONAL_ADMIN), ORGANISATION, null, Set.of())).isTrue();
        for (Role role : new Role[] {Role.PARTNER_MEMBER, Role.COMPANY_RECRUITER}) {
            assertThat(DirectoryPermissions.canEdit(actor(role), OWN_ORGANISATION, null, Set.of())).isTrue();
            assertThat(DirectoryPermissions.canEdit(actor(role), ORGANISATION, "32", Set.of("32"))).isFalse();
        }
        for (Role role : new Role[] {Role.ACADEMY_REFERENT, Role.OPERATIONAL_DIRECTOR, Role.EXPERT}) {
            assertThat(DirectoryPermissions.canEdit(actor(role), ORGANISATION, "32", Set.of("32"))).as(role.name()).isFalse();
        }
    }

    @Test
    void thePartnersContactsAndAgreementsOfACampusAreEditedByThoseWhoEditTheCampus() {
        UUID campus = UUID.randomUUID();
        assertThat(DirectoryPermissions.canEditMembersOf(actor(Role.NATIONAL_ADMIN), campus, "84")).isTrue();
        assertThat(DirectoryPermissions.canEditMembersOf(actor(Role.REGIONAL_COORDINATOR), campus, "32")).isTrue();
        assertThat(DirectoryPermissions.canEditMembersOf(actor(Role.REGIONAL_COORDINATOR), campus, "84")).isFalse();
        Actor director = new Actor(UUID.randomUUID(), "d", "d", Role.OPERATIONAL_DIRECTOR, null, null, campus, null, null);
        assertThat(DirectoryPermissions.canEditMembersOf(director, campus, "32")).isTrue();
        assertThat(DirectoryPermissions.canEditMembersOf(director, UUID.randomUUID(), "32")).isFalse();
        Actor withoutRegion = new Actor(UUID.randomUUID(), "c", "c", Role.REGIONAL_COORDINATOR, null, null, null, null, null);
        assertThat(DirectoryPermissions.canEditMembersOf(withoutRegion, campus, null)).isFalse();
        for (Role role : new Role[] {Role.ACADEMY_REFERENT, Role.PARTNER_MEMBER, Role.COMPANY_RECRUITER, Role.EXPERT}) {
            assertThat(DirectoryPermissions.canEditMembersOf(actor(role), campus, "32")).as(role.name()).isFalse();
        }
    }
}
