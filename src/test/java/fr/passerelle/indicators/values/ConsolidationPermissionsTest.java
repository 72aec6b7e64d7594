package fr.passerelle.indicators.values;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsolidationPermissionsTest {

    /** Everyone of Hauts-de-France (32), académie de Lille (09). */
    static Actor actor(Role role) {
        return new Actor(UUID.randomUUID(), role.name(), role.label(), role, "32", "09", UUID.randomUUID(), UUID.randomUUID(), null);
    }

    @Test
    void onlyTheNationalAdministrationReadsTheNation() {
        for (Role role : Role.values()) {
            assertThat(ConsolidationPermissions.canReadNation(actor(role))).as(role.name()).isEqualTo(role == Role.NATIONAL_ADMIN);
        }
    }

    @Test
    void onlyTheNationalAdministrationRecomputesTheConsolidatedFiguresOnDemand() {
        for (Role role : Role.values()) {
            assertThat(ConsolidationPermissions.canRefresh(actor(role))).as(role.name()).isEqualTo(role == Role.NATIONAL_ADMIN);
        }
    }

    @Test
    void theRegionalCoordinatorAndTheRegionalCouncilReadTheirRegionAndNotAnother() {
        for (Role role : Role.values()) {
            boolean expected = role == Role.NATIONAL_ADMIN || role == Role.REGIONAL_COORDINATOR || role == Role.REGIONAL_COUNCIL;
            assertThat(ConsolidationPermissions.canReadRegion(actor(role), "32")).as(role.name()).isEqualTo(expected);
            assertThat(ConsolidationPermissions.canReadRegion(actor(role), "84")).as(role.name()).isEqualTo(role == Role.NATIONAL_ADMIN);
        }
    }

    @Test
    void anAcademyIsReadByItsReferentTheRegionalRolesOfItsRegionAndTheNationalAdministration() {
        for (Role role : Role.values()) {
            boolean expected = role == Role.NATIONAL_ADMIN || role == Role.REGIONAL_COORDINATOR || role == Role.REGIONAL_COUNCIL
                    || role == Role.ACADEMY_REFERENT;
            assertThat(ConsolidationPermissions.canReadAcademy(actor(role), "09", "32")).as(role.name()).isEqualTo(expected);
        }
        // Amiens (20) is in Hauts-de-France too: the regional roles read it, Lille's referent does not.
        assertThat(ConsolidationPermissions.canReadAcademy(actor(Role.REGIONAL_COORDINATOR), "20", "32")).isTrue();
        assertThat(ConsolidationPermissions.canReadAcademy(actor(Role.REGIONAL_COUNCIL), "20", "32")).isTrue();
        assertThat(ConsolidationPermissions.canReadAcademy(actor(Role.ACADEMY_REFERENT), "20", "32")).isFalse();
        // Lyon (10) is in Auvergne-Rhône-Alpes (84): nobody of Hauts-de-France but the national administration.
        for (Role role : Role.values()) {
            assertThat(ConsolidationPermissions.canReadAcademy(actor(role), "10", "84")).as(role.name()).isEqualTo(role == Role.NATIONAL_ADMIN);
        }
    }

    @Test
    void aRegionalRoleWithoutRegionOrAReferentWithoutAcademyReadsNothing() {
        Actor coordinator = new Actor(UUID.randomUUID(), "c", "c", Role.REGIONAL_COORDINATOR, null, null, null, null, null);
        Actor referent = new Actor(UUID.randomUUID(), "r", "r", Role.ACADEMY_REFERENT, null, null, null, null, null);
        assertThat(ConsolidationPermissions.canReadRegion(coordinator, "32")).isFalse();
        assertThat(ConsolidationPermissions.canReadAcademy(coordinator, "09", "32")).isFalse();
        assertThat(ConsolidationPermissions.canReadAcademy(referent, "09", "32")).isFalse();
    }
}
