package fr.passerelle.indicators.regional;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReviewPermissionsTest {

    static final String REGION = "94";
    static final String OTHER = "32";
    static final UUID OWN_CAMPUS = UUID.randomUUID();
    static final UUID OTHER_CAMPUS = UUID.randomUUID();
    static final ReviewPermissions.Place IN_REGION = new ReviewPermissions.Place(REGION, REGION);
    static final ReviewPermissions.Place ELSEWHERE = new ReviewPermissions.Place(OTHER, OTHER);

    static Actor actor(Role role, String regionCode, String academyCode, UUID campusId) {
        return new Actor(UUID.randomUUID(), "u", "U", role, regionCode, academyCode, campusId, null, null);
    }

    @Test
    void theRegionsCoPilotsAndTheNationalAdministratorRecordTheReview() {
        assertThat(ReviewPermissions.canRecord(actor(Role.NATIONAL_ADMIN, null, null, null), REGION)).isTrue();
        assertThat(ReviewPermissions.canRecord(actor(Role.REGIONAL_COORDINATOR, REGION, null, null), REGION)).isTrue();
        assertThat(ReviewPermissions.canRecord(actor(Role.REGIONAL_COUNCIL, REGION, null, null), REGION)).isTrue();
    }

    @Test
    void coPilotsOfAnotherRegionAndEveryOtherRoleDoNotRecord() {
        assertThat(ReviewPermissions.canRecord(actor(Role.REGIONAL_COORDINATOR, OTHER, null, null), REGION)).isFalse();
        assertThat(ReviewPermissions.canRecord(actor(Role.REGIONAL_COUNCIL, OTHER, null, null), REGION)).isFalse();
        assertThat(ReviewPermissions.canRecord(actor(Role.ACADEMY_REFERENT, null, "27", null), REGION)).isFalse();
        assertThat(ReviewPermissions.canRecord(actor(Role.OPERATIONAL_DIRECTOR, null, null, OWN_CAMPUS), REGION)).isFalse();
        assertThat(ReviewPermissions.canRecord(actor(Role.LABOUR_CORRESPONDENT, REGION, null, null), REGION)).isFalse();
        assertThat(ReviewPermissions.canRecord(actor(Role.PARTNER_MEMBER, null, null, null), REGION)).isFalse();
        assertThat(ReviewPermissions.canRecord(actor(Role.EXPERT, null, null, null), REGION)).isFalse();
    }

    @Test
    void theAcademicReferentOfAnAcademyOfTheRegionReadsTheWholeReviewWithMaskedValues() {
        Actor referent = actor(Role.ACADEMY_REFERENT, null, "27", null);
        assertThat(ReviewPermissions.readsWhole(referent, REGION, IN_REGION)).isTrue();
        assertThat(ReviewPermissions.seesCampus(referent, REGION, IN_REGION, OTHER_CAMPUS)).isTrue();
        assertThat(ReviewPermissions.seesMaskedValues(referent, REGION, OTHER_CAMPUS)).isFalse();
        assertThat(ReviewPermissions.canRead(referent, REGION, ELSEWHERE)).isFalse();
    }

    @Test
    void aDirectorOfACampusOfTheRegionReadsOnlyTheirOwnCampusWithItsRealValues() {
        Actor director = actor(Role.OPERATIONAL_DIRECTOR, null, null, OWN_CAMPUS);
        assertThat(ReviewPermissions.canRead(director, REGION, IN_REGION)).isTrue();
        assertThat(ReviewPermissions.readsWhole(director, REGION, IN_REGION)).isFalse();
        assertThat(ReviewPermissions.seesCampus(director, REGION, IN_REGION, OWN_CAMPUS)).isTrue();
        assertThat(ReviewPermissions.seesCampus(director, REGION, IN_REGION, OTHER_CAMPUS)).isFalse();
        assertThat(ReviewPermissions.seesMaskedValues(director, REGION, OWN_CAMPUS)).isTrue();
        assertThat(ReviewPermissions.seesMaskedValues(director, REGION, OTHER_CAMPUS)).isFalse();
        assertThat(ReviewPermissions.canRead(director, REGION, ELSEWHERE)).isFalse();
    }

    @Test
    void coPilotsSeeEveryCampusWithItsRealValues() {
        Actor coordinator = actor(Role.REGIONAL_COORDINATOR, REGION, null, null);
        assertThat(ReviewPermissions.seesCampus(coordinator, REGION, ReviewPermissions.Place.NOWHERE, OTHER_CAMPUS)).isTrue();
        assertThat(ReviewPermissions.seesMaskedValues(coordinator, REGION, OTHER_CAMPUS)).isTrue();
    }

    @Test
    void theDreetsCorrespondentPartnersExpertsAndRecruitersAreRefused() {
        for (Role role : new Role[] {Role.LABOUR_CORRESPONDENT, Role.PARTNER_MEMBER, Role.EXPERT, Role.COMPANY_RECRUITER}) {
            Actor someone = actor(role, REGION, null, null);
            assertThat(ReviewPermissions.canRead(someone, REGION, IN_REGION)).as(role.name()).isFalse();
        }
    }
}
