package fr.passerelle.indicators.selfevaluation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SelfEvaluationPermissionsTest {

    private static final UUID CAMPUS = UUID.randomUUID();
    private static final UUID OTHER_CAMPUS = UUID.randomUUID();

    static Actor actor(Role role) {
        return new Actor(UUID.randomUUID(), role.name(), role.label(), role, "32", "09", CAMPUS, UUID.randomUUID(), null);
    }

    @Test
    void onlyTheNationalAdministratorRunsCampaignsAndMarksSelfEvaluationsRead() {
        for (Role role : Role.values()) {
            assertThat(SelfEvaluationPermissions.canRunCampaigns(actor(role))).as(role.name()).isEqualTo(role == Role.NATIONAL_ADMIN);
            assertThat(SelfEvaluationPermissions.canMarkRead(actor(role))).as(role.name()).isEqualTo(role == Role.NATIONAL_ADMIN);
        }
    }

    @Test
    void onlyTheCampusOwnDirectorDrafts() {
        assertThat(SelfEvaluationPermissions.canDraft(actor(Role.OPERATIONAL_DIRECTOR), CAMPUS)).isTrue();
        assertThat(SelfEvaluationPermissions.canDraft(actor(Role.OPERATIONAL_DIRECTOR), OTHER_CAMPUS)).isFalse();
        assertThat(SelfEvaluationPermissions.canDraft(actor(Role.NATIONAL_ADMIN), CAMPUS)).isFalse();
        assertThat(SelfEvaluationPermissions.canDraft(actor(Role.REGIONAL_COORDINATOR), CAMPUS)).isFalse();
        assertThat(SelfEvaluationPermissions.canDraft(actor(Role.PARTNER_MEMBER), CAMPUS)).isFalse();
    }

    @Test
    void onlyTheReferentOfTheCampusMainAcademyReviews() {
        assertThat(SelfEvaluationPermissions.canReview(actor(Role.ACADEMY_REFERENT), "09")).isTrue();
        assertThat(SelfEvaluationPermissions.canReview(actor(Role.ACADEMY_REFERENT), "04")).isFalse();
        assertThat(SelfEvaluationPermissions.canReview(actor(Role.NATIONAL_ADMIN), "09")).isFalse();
        assertThat(SelfEvaluationPermissions.canReview(actor(Role.REGIONAL_COORDINATOR), "09")).isFalse();
        assertThat(SelfEvaluationPermissions.canReview(actor(Role.EXPERT), "09")).isFalse();
    }

    @Test
    void onlyTheRegionalCoordinatorOfTheCampusRegionValidates() {
        assertThat(SelfEvaluationPermissions.canValidate(actor(Role.REGIONAL_COORDINATOR), "32")).isTrue();
        assertThat(SelfEvaluationPermissions.canValidate(actor(Role.REGIONAL_COORDINATOR), "84")).isFalse();
        assertThat(SelfEvaluationPermissions.canValidate(actor(Role.REGIONAL_COUNCIL), "32")).isFalse();
        assertThat(SelfEvaluationPermissions.canValidate(actor(Role.ACADEMY_REFERENT), "32")).isFalse();
        assertThat(SelfEvaluationPermissions.canValidate(actor(Role.NATIONAL_ADMIN), "32")).isFalse();
    }

    @Test
    void readingFollowsTheCampusModuleAndCampaignsListOpenToThoseWhoFollowCampuses() {
        assertThat(SelfEvaluationPermissions.canRead(true)).isTrue();
        assertThat(SelfEvaluationPermissions.canRead(false)).isFalse();
        for (Role role : new Role[] {Role.NATIONAL_ADMIN, Role.REGIONAL_COORDINATOR, Role.REGIONAL_COUNCIL, Role.ACADEMY_REFERENT,
                Role.OPERATIONAL_DIRECTOR, Role.LABOUR_CORRESPONDENT}) {
            assertThat(SelfEvaluationPermissions.canListCampaigns(actor(role))).as(role.name()).isTrue();
        }
        for (Role role : new Role[] {Role.PARTNER_MEMBER, Role.COMPANY_RECRUITER, Role.EXPERT}) {
            assertThat(SelfEvaluationPermissions.canListCampaigns(actor(role))).as(role.name()).isFalse();
        }
    }
}
