package fr.passerelle.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExternalEvaluationPermissionsTest {

    static final UUID EVALUATOR = UUID.randomUUID();

    static Actor actor(Role role, UUID accountId) {
        return new Actor(accountId, "x", "X", role, "32", "09", null, null, null);
    }

    @Test
    void onlyTheNationalAdministrationSchedules() {
        assertThat(ExternalEvaluationPermissions.mayPlan(actor(Role.NATIONAL_ADMIN, UUID.randomUUID()))).isTrue();
        for (Role role : Role.values()) {
            if (role != Role.NATIONAL_ADMIN) {
                assertThat(ExternalEvaluationPermissions.mayPlan(actor(role, UUID.randomUUID()))).as(role.name()).isFalse();
            }
        }
    }

    @Test
    void theAppointedEvaluatorFilesTheReportAndAnotherExpertDoesNot() {
        assertThat(ExternalEvaluationPermissions.mayReport(actor(Role.EXPERT, EVALUATOR), EVALUATOR)).isTrue();
        assertThat(ExternalEvaluationPermissions.mayReport(actor(Role.EXPERT, UUID.randomUUID()), EVALUATOR)).isFalse();
        assertThat(ExternalEvaluationPermissions.mayReport(actor(Role.NATIONAL_ADMIN, UUID.randomUUID()), EVALUATOR)).isTrue();
        assertThat(ExternalEvaluationPermissions.mayReport(actor(Role.OPERATIONAL_DIRECTOR, EVALUATOR), EVALUATOR))
                .as("an account id that is not an expert's").isFalse();
    }

    @Test
    void theCampusOverseersReadButNeitherAnotherExpertNorSomeoneOutsideTheCampus() {
        assertThat(ExternalEvaluationPermissions.mayRead(actor(Role.ACADEMY_REFERENT, UUID.randomUUID()), EVALUATOR, true)).isTrue();
        assertThat(ExternalEvaluationPermissions.mayRead(actor(Role.ACADEMY_REFERENT, UUID.randomUUID()), EVALUATOR, false)).isFalse();
        assertThat(ExternalEvaluationPermissions.mayRead(actor(Role.EXPERT, EVALUATOR), EVALUATOR, false)).isTrue();
        assertThat(ExternalEvaluationPermissions.mayRead(actor(Role.EXPERT, UUID.randomUUID()), EVALUATOR, false)).isFalse();
    }

    @Test
    void partnersAndRecruitersHaveNoListOfEvaluations() {
        assertThat(ExternalEvaluationPermissions.mayList(actor(Role.PARTNER_MEMBER, UUID.randomUUID()))).isFalse();
        assertThat(ExternalEvaluationPermissions.mayList(actor(Role.COMPANY_RECRUITER, UUID.randomUUID()))).isFalse();
        assertThat(ExternalEvaluationPermissions.mayList(actor(Role.EXPERT, UUID.randomUUID()))).isTrue();
    }
}
