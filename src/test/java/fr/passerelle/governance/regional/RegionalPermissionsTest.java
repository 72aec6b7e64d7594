package fr.passerelle.governance.regional;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.governance.regional.RegionalPermissions.Place;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RegionalPermissionsTest {

    private static final UUID CAMPUS = UUID.randomUUID();
    private static final UUID OTHER_CAMPUS = UUID.randomUUID();
    private static final UUID PERSON = UUID.randomUUID();
    /** An actor of Hauts-de-France (32): académie of Lille, campus of the région. */
    private static final Place HAUTS_DE_FRANCE = new Place("32", "32");

    static Actor actor(Role role, String region) {
        return new Actor(UUID.randomUUID(), role.name(), role.label(), role, region, "09", CAMPUS, UUID.randomUUID(), "x@example.fr");
    }

    @Test
    void nationalAdministratorRunsEveryRegionAndEveryNetwork() {
        Actor admin = actor(Role.NATIONAL_ADMIN, null);
        assertThat(RegionalPermissions.runsRegion(admin, "84")).isTrue();
        assertThat(RegionalPermissions.readsRegion(admin, "84", Place.NOWHERE)).isTrue();
        assertThat(RegionalPermissions.runsNetworks(admin)).isTrue();
        assertThat(RegionalPermissions.readsNetwork(admin, Set.of(), null, Set.of())).isTrue();
    }

    @Test
    void theTwoCoPilotsRunTheBodiesOfTheirRegionOnly() {
        for (Role role : List.of(Role.REGIONAL_COORDINATOR, Role.REGIONAL_COUNCIL)) {
            Actor coPilot = actor(role, "32");
            assertThat(RegionalPermissions.runsRegion(coPilot, "32")).as(role.name()).isTrue();
            assertThat(RegionalPermissions.runsRegion(coPilot, "84")).as(role.name()).isFalse();
            assertThat(RegionalPermissions.readsRegion(coPilot, "84", HAUTS_DE_FRANCE)).as(role.name()).isFalse();
            assertThat(RegionalPermissions.runsNetworks(coPilot)).as(role.name()).isFalse();
        }
    }

    @Test
    void referentDreetsAndDirectorsReadTheBodiesOfTheirRegionWithoutRunningThem() {
        for (Role role : List.of(Role.ACADEMY_REFERENT, Role.LABOUR_CORRESPONDENT, Role.OPERATIONAL_DIRECTOR)) {
            Actor reader = actor(role, "32");
            assertThat(RegionalPermissions.readsRegion(reader, "32", HAUTS_DE_FRANCE)).as(role.name()).isTrue();
            assertThat(RegionalPermissions.runsRegion(reader, "32")).as(role.name()).isFalse();
            assertThat(RegionalPermissions.readsRegion(reader, "84", HAUTS_DE_FRANCE)).as(role.name()).isFalse();
        }
    }

    @Test
    void theReferentReadsTheRegionOfTheirAcademyAndTheDirectorThatOfTheirCampus() {
        Actor referent = actor(Role.ACADEMY_REFERENT, null);
        assertThat(RegionalPermissions.readsRegion(referent, "32", new Place("32", null))).isTrue();
        assertThat(RegionalPermissions.readsRegion(referent, "32", new Place("84", "32"))).isFalse();
        Actor director = actor(Role.OPERATIONAL_DIRECTOR, null);
        assertThat(RegionalPermissions.readsRegion(director, "32", new Place(null, "32"))).isTrue();
        assertThat(RegionalPermissions.readsRegion(director, "32", new Place("32", "84"))).isFalse();
        assertThat(RegionalPermissions.readsRegion(director, "32", Place.NOWHERE)).isFalse();
    }

    @Test
    void partnersRecruitersAndExpertsReadNoRegion() {
        for (Role role : List.of(Role.PARTNER_MEMBER, Role.COMPANY_RECRUITER, Role.EXPERT)) {
            Actor other = actor(role, "32");
            assertThat(RegionalPermissions.readsRegion(other, "32", HAUTS_DE_FRANCE)).as(role.name()).isFalse();
            assertThat(RegionalPermissions.ownRegion(other, HAUTS_DE_FRANCE)).as(role.name()).isNull();
        }
    }

    @Test
    void aNetworkIsReadByItsRepresentativeAndTheDirectorsOfItsMemberCampuses() {
        Actor director = actor(Role.OPERATIONAL_DIRECTOR, null);
        assertThat(RegionalPermissions.readsNetwork(director, Set.of(CAMPUS), null, Set.of())).isTrue();
        assertThat(RegionalPermissions.readsNetwork(director, Set.of(OTHER_CAMPUS), null, Set.of())).isFalse();
        Actor representative = actor(Role.PARTNER_MEMBER, null);
        assertThat(RegionalPermissions.readsNetwork(representative, Set.of(OTHER_CAMPUS), PERSON, Set.of(PERSON))).isTrue();
        assertThat(RegionalPermissions.readsNetwork(representative, Set.of(OTHER_CAMPUS), PERSON, Set.of(UUID.randomUUID()))).isFalse();
        assertThat(RegionalPermissions.runsNetworks(representative)).isFalse();
    }

    @Test
    void aCoordinatorDoesNotReadANetworkOfCampusesOfTheirRegion() {
        Actor coordinator = actor(Role.REGIONAL_COORDINATOR, "32");
        assertThat(RegionalPermissions.readsNetwork(coordinator, Set.of(CAMPUS), null, Set.of())).isFalse();
    }
}
