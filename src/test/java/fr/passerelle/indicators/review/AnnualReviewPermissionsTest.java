package fr.passerelle.indicators.review;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.TestActors;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who does what with an annual review, without Spring. */
class AnnualReviewPermissionsTest {

    static final UUID CAMPUS = UUID.randomUUID();

    static Actor of(Role role) {
        return new Actor(UUID.randomUUID(), "u", "U", role, "32", "09", null, null, null);
    }

    @Test
    void readingIsReadingEverythingOfTheCampusAsTheCampusModuleDecides() {
        assertThat(AnnualReviewPermissions.canRead(true)).isTrue();
        assertThat(AnnualReviewPermissions.canRead(false)).isFalse();
    }

    @Test
    void onlyTheCampusDirectorAndTheNationalAdministrationWriteAndSubmit() {
        assertThat(AnnualReviewPermissions.canWrite(TestActors.directorOf(CAMPUS), CAMPUS)).isTrue();
        assertThat(AnnualReviewPermissions.canWrite(TestActors.nationalAdmin(), CAMPUS)).isTrue();
        assertThat(AnnualReviewPermissions.canWrite(TestActors.directorOf(UUID.randomUUID()), CAMPUS)).isFalse();
        for (Role role : new Role[] {Role.REGIONAL_COORDINATOR, Role.REGIONAL_COUNCIL, Role.ACADEMY_REFERENT, Role.LABOUR_CORRESPONDENT,
                Role.EXPERT, Role.PARTNER_MEMBER, Role.COMPANY_RECRUITER}) {
            assertThat(AnnualReviewPermissions.canWrite(of(role), CAMPUS)).as(role.name()).isFalse();
        }
    }

    @Test
    void onlyTheReferentOfTheCampusMainAcademyAcknowledgesOrSendsBack() {
        assertThat(AnnualReviewPermissions.canAcknowledge(TestActors.referentOf("09"), "09")).isTrue();
        assertThat(AnnualReviewPermissions.canAcknowledge(TestActors.referentOf("04"), "09")).isFalse();
        assertThat(AnnualReviewPermissions.canAcknowledge(TestActors.nationalAdmin(), "09")).isFalse();
        assertThat(AnnualReviewPermissions.canAcknowledge(TestActors.directorOf(CAMPUS), "09")).isFalse();
        for (Role role : new Role[] {Role.REGIONAL_COORDINATOR, Role.REGIONAL_COUNCIL, Role.LABOUR_CORRESPONDENT, Role.EXPERT}) {
            assertThat(AnnualReviewPermissions.canAcknowledge(of(role), "09")).as(role.name()).isFalse();
        }
    }

    @Test
    void theListOfAnAcademysReviewsOpensToItsReferentsAndTheNationalAdministration() {
        assertThat(AnnualReviewPermissions.canListAcademy(TestActors.referentOf("09"), "09")).isTrue();
        assertThat(AnnualReviewPermissions.canListAcademy(TestActors.referentOf("04"), "09")).isFalse();
        assertThat(AnnualReviewPermissions.canListAcademy(TestActors.nationalAdmin(), "09")).isTrue();
        assertThat(AnnualReviewPermissions.canListAcademy(of(Role.REGIONAL_COORDINATOR), "09")).isFalse();
        assertThat(AnnualReviewPermissions.canListAcademy(of(Role.OPERATIONAL_DIRECTOR), "09")).isFalse();
    }
}
