package fr.passerelle.indicators.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CataloguePermissionsTest {

    static Actor actor(Role role) {
        return new Actor(UUID.randomUUID(), role.name(), role.label(), role, "32", "09", UUID.randomUUID(), UUID.randomUUID(), null);
    }

    @Test
    void everyoneWhoFollowsCampusesReadsTheCatalogue() {
        for (Role role : new Role[] {Role.NATIONAL_ADMIN, Role.REGIONAL_COORDINATOR, Role.REGIONAL_COUNCIL, Role.ACADEMY_REFERENT,
                Role.LABOUR_CORRESPONDENT, Role.OPERATIONAL_DIRECTOR}) {
            assertThat(CataloguePermissions.canRead(actor(role))).as(role.name()).isTrue();
        }
    }

    @Test
    void expertsPartnerMembersAndRecruitersDoNotReadTheCatalogue() {
        for (Role role : new Role[] {Role.EXPERT, Role.PARTNER_MEMBER, Role.COMPANY_RECRUITER}) {
            assertThat(CataloguePermissions.canRead(actor(role))).as(role.name()).isFalse();
        }
    }

    @Test
    void onlyTheNationalAdministrationManagesTheCatalogue() {
        for (Role role : Role.values()) {
            assertThat(CataloguePermissions.canManage(actor(role))).as(role.name()).isEqualTo(role == Role.NATIONAL_ADMIN);
        }
    }

    @Test
    void theReferentOfAnAcademyChoosesItsOptionalIndicatorsAndNotAnotherAcademys() {
        Actor lille = actor(Role.ACADEMY_REFERENT);
        assertThat(CataloguePermissions.canChooseFor(lille, "09")).isTrue();
        assertThat(CataloguePermissions.canChooseFor(lille, "20")).isFalse();
        Actor noAcademy = new Actor(UUID.randomUUID(), "r", "r", Role.ACADEMY_REFERENT, null, null, null, null, null);
        assertThat(CataloguePermissions.canChooseFor(noAcademy, null)).isFalse();
    }

    @Test
    void theNationalAdministrationChoosesForEveryAcademyAndNoOtherRoleDoes() {
        assertThat(CataloguePermissions.canChooseFor(actor(Role.NATIONAL_ADMIN), "20")).isTrue();
        for (Role role : new Role[] {Role.REGIONAL_COORDINATOR, Role.REGIONAL_COUNCIL, Role.LABOUR_CORRESPONDENT, Role.OPERATIONAL_DIRECTOR,
                Role.EXPERT, Role.PARTNER_MEMBER, Role.COMPANY_RECRUITER}) {
            assertThat(CataloguePermissions.canChooseFor(actor(role), "09")).as(role.name()).isFalse();
        }
    }
}
