package fr.passerelle.labelling.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeploymentPermissionsTest {

    /** An actor of the role scoped to Hauts-de-France (32) and, for an academic referent, to Lille (09). */
    static Actor actor(Role role) {
        return new Actor(UUID.randomUUID(), role.name(), role.label(), role, "32", "09", UUID.randomUUID(), UUID.randomUUID(), null,
                Set.of(UUID.randomUUID()));
    }

    @Test
    void nationalAdministrationEditsThePlanOfEveryRegion() {
        Actor admin = new Actor(UUID.randomUUID(), "admin", "Admin", Role.NATIONAL_ADMIN, null, null, null, null, null);
        assertThat(DeploymentPermissions.mayEdit(admin, "32")).isTrue();
        assertThat(DeploymentPermissions.mayEdit(admin, "84")).isTrue();
        assertThat(DeploymentPermissions.mayRead(admin, "84", null)).isTrue();
    }

    @Test
    void bothCoPilotsEditThePlanOfTheirRegionOnly() {
        for (Role role : Set.of(Role.REGIONAL_COORDINATOR, Role.REGIONAL_COUNCIL)) {
            Actor coPilot = actor(role);
            assertThat(DeploymentPermissions.mayEdit(coPilot, "32")).as(role.name()).isTrue();
            assertThat(DeploymentPermissions.mayRead(coPilot, "32", null)).as(role.name()).isTrue();
            assertThat(DeploymentPermissions.mayEdit(coPilot, "84")).as(role.name()).isFalse();
            assertThat(DeploymentPermissions.mayRead(coPilot, "84", null)).as(role.name()).isFalse();
        }
    }

    @Test
    void academicReferentReadsThePlanOfTheRegionOfTheirAcademyWithoutEditingIt() {
        Actor referent = actor(Role.ACADEMY_REFERENT);
        assertThat(DeploymentPermissions.mayRead(referent, "32", "32")).isTrue();
        assertThat(DeploymentPermissions.mayEdit(referent, "32")).isFalse();
        assertThat(DeploymentPermissions.mayRead(referent, "84", "32")).isFalse();
    }

    @Test
    void dreetsCorrespondentReadsThePlanOfTheirRegionWithoutEditingIt() {
        Actor dreets = actor(Role.LABOUR_CORRESPONDENT);
        assertThat(DeploymentPermissions.mayRead(dreets, "32", null)).isTrue();
        assertThat(DeploymentPermissions.mayEdit(dreets, "32")).isFalse();
        assertThat(DeploymentPermissions.mayRead(dreets, "84", null)).isFalse();
    }

    @Test
    void campusesPartnersCompaniesAndExpertsNeitherReadNorEditAPlan() {
        for (Role role : Set.of(Role.OPERATIONAL_DIRECTOR, Role.PARTNER_MEMBER, Role.COMPANY_RECRUITER, Role.EXPERT)) {
            Actor other = actor(role);
            assertThat(DeploymentPermissions.mayRead(other, "32", "32")).as(role.name()).isFalse();
            assertThat(DeploymentPermissions.mayEdit(other, "32")).as(role.name()).isFalse();
        }
    }

    @Test
    void aRegionlessActorReadsNoPlanOfAnUnnamedRegion() {
        Actor coordinator = new Actor(UUID.randomUUID(), "c", "C", Role.REGIONAL_COORDINATOR, null, null, null, null, null);
        assertThat(DeploymentPermissions.mayRead(coordinator, null, null)).isFalse();
        assertThat(DeploymentPermissions.mayEdit(coordinator, "32")).isFalse();
    }
}
