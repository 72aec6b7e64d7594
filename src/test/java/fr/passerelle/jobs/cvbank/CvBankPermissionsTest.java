package fr.passerelle.jobs.cvbank;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.TestActors;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CvBankPermissionsTest {

    final UUID company = UUID.randomUUID();
    final Set<UUID> oneCluster = Set.of(UUID.randomUUID());

    @Test
    void aRecruiterOfACompanyActiveInClusterReadsTheCvBank() {
        assertThat(CvBankPermissions.reads(TestActors.recruiterOf(company), oneCluster)).isTrue();
    }

    @Test
    void aRecruiterOfACompanyWithNoActiveMembershipDoesNot() {
        assertThat(CvBankPermissions.reads(TestActors.recruiterOf(company), Set.of())).isFalse();
    }

    @Test
    void noOtherRoleReadsItEvenWithAnActiveMembership() {
        for (Role role : Role.values()) {
            if (role == Role.COMPANY_RECRUITER) {
                continue;
            }
            Actor actor = new Actor(UUID.randomUUID(), "x", "X", role, "52", "17", null, company, null, null);
            assertThat(CvBankPermissions.reads(actor, oneCluster)).as(role.name()).isFalse();
        }
        assertThat(CvBankPermissions.reads(TestActors.clusterStaffOf(oneCluster.iterator().next()), oneCluster)).isFalse();
        assertThat(CvBankPermissions.reads(null, oneCluster)).isFalse();
    }

    @Test
    void aRecruiterWithoutCompanyDoesNot() {
        assertThat(CvBankPermissions.reads(TestActors.recruiterOf(null), oneCluster)).isFalse();
    }
}
