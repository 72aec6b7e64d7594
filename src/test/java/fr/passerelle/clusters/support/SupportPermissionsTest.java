package fr.passerelle.clusters.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.TestActors;
import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class SupportPermissionsTest {

    private final UUID cluster = UUID.randomUUID();
    private final UUID company = UUID.randomUUID();
    private final UUID otherCompany = UUID.randomUUID();

    @Test
    void onlyThoseWhoRunTheClusterManageItsEvents() {
        assertThat(SupportPermissions.manages(ClusterAccess.STAFF)).isTrue();
        assertThat(SupportPermissions.manages(ClusterAccess.ADMINISTRATION)).isTrue();
        assertThat(SupportPermissions.manages(ClusterAccess.MEMBER)).isFalse();
        assertThat(SupportPermissions.manages(ClusterAccess.PUBLIC)).isFalse();
    }

    @Test
    void membersAndStaffSeeTheEventsButNotThePublic() {
        assertThat(SupportPermissions.seesEvents(ClusterAccess.MEMBER)).isTrue();
        assertThat(SupportPermissions.seesEvents(ClusterAccess.STAFF)).isTrue();
        assertThat(SupportPermissions.seesEvents(ClusterAccess.PUBLIC)).isFalse();
    }

    @Test
    void aMembersRecruiterRegistersTheirOwnCompanyOnly() {
        Actor recruiter = TestActors.recruiterOf(company);
        assertThat(SupportPermissions.registers(recruiter, ClusterAccess.MEMBER, company, true)).isTrue();
        assertThat(SupportPermissions.registers(recruiter, ClusterAccess.MEMBER, otherCompany, true)).isFalse();
        assertThat(SupportPermissions.registers(TestActors.memberOf(company), ClusterAccess.MEMBER, company, true)).isTrue();
    }

    @Test
    void nobodyRegistersAnOrganisationWhoseMembershipIsNotActive() {
        assertThat(SupportPermissions.registers(TestActors.recruiterOf(company), ClusterAccess.MEMBER, company, false)).isFalse();
        assertThat(SupportPermissions.registers(TestActors.clusterStaffOf(cluster), ClusterAccess.STAFF, company, false)).isFalse();
    }

    @Test
    void theStaffRegisterAnyActiveMember() {
        assertThat(SupportPermissions.registers(TestActors.clusterStaffOf(cluster), ClusterAccess.STAFF, otherCompany, true)).isTrue();
    }

    @Test
    void anExMemberOrAnOutsiderRegistersNobody() {
        // an ex-member's recruiter and another cluster's staff read the cluster as the public
        assertThat(SupportPermissions.registers(TestActors.recruiterOf(company), ClusterAccess.PUBLIC, company, true)).isFalse();
        assertThat(SupportPermissions.registers(TestActors.clusterStaffOf(UUID.randomUUID()), ClusterAccess.PUBLIC, company, true)).isFalse();
    }

    @Test
    void aMembersPersonHandlesTheirOrganisationsRegistrationsOnly() {
        Actor recruiter = TestActors.recruiterOf(company);
        assertThat(SupportPermissions.handlesRegistration(recruiter, ClusterAccess.MEMBER, company)).isTrue();
        assertThat(SupportPermissions.handlesRegistration(recruiter, ClusterAccess.MEMBER, otherCompany)).isFalse();
        assertThat(SupportPermissions.handlesRegistration(recruiter, ClusterAccess.PUBLIC, company)).isFalse();
        assertThat(SupportPermissions.handlesRegistration(TestActors.clusterStaffOf(cluster), ClusterAccess.STAFF, otherCompany)).isTrue();
    }

    @Test
    void theAttendeeIsTheRegisteredAccountOrTheRegisteredEmail() {
        UUID account = UUID.randomUUID();
        Actor attendee = new Actor(account, "a", "A", Role.COMPANY_RECRUITER, null, null, null, company, "Claire@Exemple.fr");
        assertThat(SupportPermissions.isAttendee(attendee, account, "autre@exemple.fr")).isTrue();
        assertThat(SupportPermissions.isAttendee(attendee, null, "claire@exemple.fr")).isTrue();
        assertThat(SupportPermissions.isAttendee(attendee, UUID.randomUUID(), "autre@exemple.fr")).isFalse();
        assertThat(SupportPermissions.isAttendee(TestActors.recruiterOf(company), null, "claire@exemple.fr")).isFalse();
    }

    @Test
    void aDiagnosisIsReadByTheDiagnosedCompanysPeopleAndTheStaffOnly() {
        assertThat(SupportPermissions.readsDiagnosis(TestActors.recruiterOf(company), ClusterAccess.MEMBER, company)).isTrue();
        assertThat(SupportPermissions.readsDiagnosis(TestActors.recruiterOf(otherCompany), ClusterAccess.MEMBER, company)).isFalse();
        assertThat(SupportPermissions.readsDiagnosis(TestActors.recruiterOf(company), ClusterAccess.PUBLIC, company)).isFalse();
        assertThat(SupportPermissions.readsDiagnosis(TestActors.clusterStaffOf(cluster), ClusterAccess.STAFF, company)).isTrue();
        assertThat(SupportPermissions.readsDiagnosis(TestActors.clusterStaffOf(UUID.randomUUID()), ClusterAccess.PUBLIC, company)).isFalse();
    }

    @Test
    void theGuardLetsReadersThroughAndRefusesThePublicWithTheServicesWords() {
        assertThat(SupportPermissions.requireReads(ClusterAccess.MEMBER, "refus")).isEqualTo(ClusterAccess.MEMBER);
        assertThat(SupportPermissions.requireReads(ClusterAccess.STAFF, "refus")).isEqualTo(ClusterAccess.STAFF);
        assertThatThrownBy(() -> SupportPermissions.requireReads(ClusterAccess.PUBLIC, "Réservé aux adhérents."))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Réservé aux adhérents.");
    }

    @Test
    void theGuardLetsThoseWhoRunTheClusterManageAndRefusesMembers() {
        assertThat(SupportPermissions.requireManages(ClusterAccess.STAFF, "refus")).isEqualTo(ClusterAccess.STAFF);
        assertThat(SupportPermissions.requireManages(ClusterAccess.ADMINISTRATION, "refus")).isEqualTo(ClusterAccess.ADMINISTRATION);
        assertThatThrownBy(() -> SupportPermissions.requireManages(ClusterAccess.MEMBER, "Tenu par l'équipe."))
                .isInstanceOf(AccessDeniedException.class).hasMessage("Tenu par l'équipe.");
        assertThatThrownBy(() -> SupportPermissions.requireManages(ClusterAccess.PUBLIC, "Tenu par l'équipe."))
                .isInstanceOf(AccessDeniedException.class);
    }
}
