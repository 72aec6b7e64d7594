package fr.passerelle.indicators.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpenDataPermissionsTest {

    static Actor actor(Role role) {
        return new Actor(UUID.randomUUID(), "x", "X", role, "32", "09", UUID.randomUUID(), UUID.randomUUID(), null);
    }

    @Test
    void onlyTheNationalAdministrationPublishesTheOpenDataOnDemand() {
        for (Role role : Role.values()) {
            assertThat(OpenDataPermissions.canPublish(actor(role))).as(role.name()).isEqualTo(role == Role.NATIONAL_ADMIN);
        }
        assertThat(OpenDataPermissions.canPublish(null)).isFalse();
    }
}
