package fr.passerelle.training.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.TestActors;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LabelPermissionsTest {

    private final UUID cluster = UUID.randomUUID();

    @Test
    void theNationalAdministratorLabelsForAnyCluster() {
        assertThat(LabelPermissions.canLabelFor(TestActors.nationalAdmin(), cluster)).isTrue();
    }

    @Test
    void thePeopleOfTheClusterLabelForItAndForNoOtherCluster() {
        assertThat(LabelPermissions.canLabelFor(TestActors.memberOf(cluster), cluster)).isTrue();
        assertThat(LabelPermissions.canLabelFor(TestActors.memberOf(UUID.randomUUID()), cluster)).isFalse();
    }

    @Test
    void campusStaffDoNotLabelForAClusterWhateverTheirScope() {
        assertThat(LabelPermissions.canLabelFor(TestActors.coordinatorOf("32"), cluster)).isFalse();
        assertThat(LabelPermissions.canLabelFor(TestActors.directorOf(UUID.randomUUID()), cluster)).isFalse();
        assertThat(LabelPermissions.canLabelFor(null, cluster)).isFalse();
    }
}
