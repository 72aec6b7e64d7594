package fr.passerelle.campus;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CampusPermissionsTest {

    private static final UUID CAMPUS = UUID.randomUUID();
    private static final UUID OTHER_CAMPUS = UUID.randomUUID();
    private static final UUID ORGANISATION = UUID.randomUUID();

    static Actor actor(Role role) {
        return new Actor(UUID.randomUUID(), role.name(), role.label(), role, "32", "09", CAMPUS, ORGANISATION, null);
    }

    @Test
    void nationalAdministratorEditsAndCreatesEverywhere() {
        Actor admin = actor(Role.NATIONAL_ADMIN);
        assertThat(CampusPermissions.canEdit(admin, OTHER_CAMPUS, "84")).isTrue();
        assertThat(CampusPermissions.canCreateIn(admin, "84")).isTrue();
        assertThat(CampusPermissions.canImport(admin)).isTrue();
    }

    @Test
    void regionalCoordinatorEditsAndCreatesOnlyInTheirRegion() {
        Actor coordinator = actor(Role.REGIONAL_COORDINATOR);
        assertThat(CampusPermissions.canEdit(coordinator, OTHER_CAMPUS, "32")).isTrue();
        assertThat(CampusPermissions.canEdit(coordinator, OTHER_CAMPUS, "84")).isFalse();
        assertThat(CampusPermissions.canCreateIn(coordinator, "32")).isTrue();
        assertThat(CampusPermissions.canCreateIn(coordinator, "84")).isFalse();
        assertThat(CampusPermissions.canImport(coordinator)).isFalse();
    }

    @Test
    void operationalDirectorEditsOnlyTheirOwnCampusAndCreatesNone() {
        Actor director = actor(Role.OPERATIONAL_DIRECTOR);
        assertThat(CampusPermissions.canEdit(director, CAMPUS, "32")).isTrue();
        assertThat(CampusPermissions.canEdit(director, OTHER_CAMPUS, "32")).isFalse();
        assertThat(CampusPermissions.canCreateIn(director, "32")).isFalse();
    }

    @Test
    void academicReferentReadsTheCampusesOfTheirAcademyButEditsNone() {
        Actor referent = actor(Role.ACADEMY_REFERENT);
        assertThat(CampusPermissions.canEdit(referent, CAMPUS, "32")).isFalse();
        assertThat(CampusPermissions.canRead(referent, OTHER_CAMPUS, "32", List.of("09"), Set.of())).isTrue();
        assertThat(CampusPermissions.canRead(referent, OTHER_CAMPUS, "32", List.of("20"), Set.of())).isFalse();
    }

    @Test
    void theReferentOfEachAcademyOfAnInteracademicCampusReadsEverythingOfIt() {
        // Given a Hauts-de-France campus common to the académies of Lille (09, main) and Amiens (20)
        List<String> lilleAndAmiens = List.of("09", "20");
        Actor lille = new Actor(UUID.randomUUID(), "lille", "Lille", Role.ACADEMY_REFERENT, null, "09", null, null, null);
        Actor amiens = new Actor(UUID.randomUUID(), "amiens", "Amiens", Role.ACADEMY_REFERENT, null, "20", null, null, null);
        Actor normandie = new Actor(UUID.randomUUID(), "normandie", "Normandie", Role.ACADEMY_REFERENT, null, "70", null, null, null);
        // Then both referents read its pages and its history, as for a campus of theirs alone; a third académie's does not
        for (Actor referent : List.of(lille, amiens)) {
            assertThat(CampusPermissions.canRead(referent, OTHER_CAMPUS, "32", lilleAndAmiens, Set.of())).as(referent.username()).isTrue();
            assertThat(CampusPermissions.canReadEverything(referent, OTHER_CAMPUS, "32", lilleAndAmiens)).as(referent.username()).isTrue();
        }
        assertThat(CampusPermissions.canRead(normandie, OTHER_CAMPUS, "32", lilleAndAmiens, Set.of())).isFalse();
        assertThat(CampusPermissions.canReadEverything(normandie, OTHER_CAMPUS, "32", lilleAndAmiens)).isFalse();
    }

    @Test
    void partnerMemberReadsOnlyTheCampusesTheirOrganisationBelongsTo() {
        Actor partner = actor(Role.PARTNER_MEMBER);
        assertThat(CampusPermissions.canRead(partner, CAMPUS, "32", List.of("09"), Set.of(CAMPUS))).isTrue();
        assertThat(CampusPermissions.canRead(partner, OTHER_CAMPUS, "32", List.of("09"), Set.of(CAMPUS))).isFalse();
        assertThat(CampusPermissions.canEdit(partner, CAMPUS, "32")).isFalse();
    }

    @Test
    void onlyThoseWhoSeeEveryItemOfACampusReadItsHistory() {
        assertThat(CampusPermissions.canReadEverything(actor(Role.NATIONAL_ADMIN), OTHER_CAMPUS, "84", List.of("10"))).isTrue();
        assertThat(CampusPermissions.canReadEverything(actor(Role.REGIONAL_COORDINATOR), OTHER_CAMPUS, "32", List.of("20"))).isTrue();
        assertThat(CampusPermissions.canReadEverything(actor(Role.REGIONAL_COORDINATOR), OTHER_CAMPUS, "84", List.of("10"))).isFalse();
        assertThat(CampusPermissions.canReadEverything(actor(Role.ACADEMY_REFERENT), OTHER_CAMPUS, "32", List.of("09"))).isTrue();
        assertThat(CampusPermissions.canReadEverything(actor(Role.ACADEMY_REFERENT), OTHER_CAMPUS, "32", List.of("20"))).isFalse();
        assertThat(CampusPermissions.canReadEverything(actor(Role.OPERATIONAL_DIRECTOR), CAMPUS, "32", List.of("09"))).isTrue();
        assertThat(CampusPermissions.canReadEverything(actor(Role.OPERATIONAL_DIRECTOR), OTHER_CAMPUS, "32", List.of("09"))).isFalse();
        // A partner member reads the campus's pages, but only the items opened to partners: not its history.
        Actor partner = actor(Role.PARTNER_MEMBER);
        assertThat(CampusPermissions.canRead(partner, CAMPUS, "32", List.of("09"), Set.of(CAMPUS))).isTrue();
        assertThat(CampusPermissions.canReadEverything(partner, CAMPUS, "32", List.of("09"))).isFalse();
    }

    @Test
    void onlyTheNationalAdministratorCorrectsALabelOutsideADecision() {
        assertThat(CampusPermissions.canCorrectLabel(actor(Role.NATIONAL_ADMIN))).isTrue();
        for (Role role : Role.values()) {
            if (role != Role.NATIONAL_ADMIN) {
                assertThat(CampusPermissions.canCorrectLabel(actor(role))).as(role.name()).isFalse();
            }
        }
    }

    @Test
    void recruitersAndExpertsHaveNoRightOnTheRegistry() {
        for (Role role : new Role[] {Role.COMPANY_RECRUITER, Role.EXPERT}) {
            Actor actor = actor(role);
            assertThat(CampusPermissions.canEdit(actor, CAMPUS, "32")).isFalse();
            assertThat(CampusPermissions.canRead(actor, CAMPUS, "32", List.of("09"), Set.of())).isFalse();
            assertThat(CampusPermissions.canCreateAny(actor)).isFalse();
        }
    }

    @Test
    void theConseilRegionalReadsEverythingOfTheCampusesOfItsRegionAndEditsNone() {
        Actor council = actor(Role.REGIONAL_COUNCIL);
        assertThat(CampusPermissions.canReadEverything(council, OTHER_CAMPUS, "32", java.util.List.of("01"))).isTrue();
        assertThat(CampusPermissions.canRead(council, OTHER_CAMPUS, "32", java.util.List.of("01"), Set.of())).isTrue();
        assertThat(CampusPermissions.canRead(council, OTHER_CAMPUS, "84", java.util.List.of("10"), Set.of())).isFalse();
        assertThat(CampusPermissions.canEdit(council, OTHER_CAMPUS, "32")).isFalse();
        assertThat(CampusPermissions.canManage(council, OTHER_CAMPUS)).isFalse();
        assertThat(CampusPermissions.canCreateIn(council, "32")).isFalse();
    }

    @Test
    void aDreetsCorrespondentReadsOnlyTheCampusesTheyFollowAndEditsNone() {
        Actor correspondent = new Actor(UUID.randomUUID(), "dreets", "DREETS", Role.LABOUR_CORRESPONDENT, "32", null, null, null, null, Set.of(CAMPUS));
        assertThat(CampusPermissions.canReadEverything(correspondent, CAMPUS, "32", java.util.List.of("09"))).isTrue();
        assertThat(CampusPermissions.canRead(correspondent, OTHER_CAMPUS, "32", java.util.List.of("09"), Set.of())).isFalse();
        assertThat(CampusPermissions.canEdit(correspondent, CAMPUS, "32")).isFalse();
        assertThat(CampusPermissions.canManage(correspondent, CAMPUS)).isFalse();
    }
}
