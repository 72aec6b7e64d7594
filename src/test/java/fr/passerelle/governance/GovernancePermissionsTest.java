package fr.passerelle.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who sees what of a campus's life, without Spring. */
class GovernancePermissionsTest {

    final UUID campus = UUID.randomUUID();
    final UUID body = UUID.randomUUID();
    final UUID otherBody = UUID.randomUUID();

    CampusAudience team() {
        return new CampusAudience(campus, true, false, Set.of());
    }

    CampusAudience partner() {
        return new CampusAudience(campus, false, true, Set.of());
    }

    CampusAudience memberOf(UUID bodyId) {
        return new CampusAudience(campus, false, false, Set.of(bodyId));
    }

    @Test
    void theTeamSeesEveryItemWhateverItsVisibility() {
        for (Visibility visibility : Visibility.values()) {
            assertThat(GovernancePermissions.sees(team(), visibility, body)).isTrue();
        }
    }

    @Test
    void partnersSeePublicAndPartnerItemsButNotThoseKeptToABody() {
        assertThat(GovernancePermissions.sees(partner(), Visibility.PUBLIC, null)).isTrue();
        assertThat(GovernancePermissions.sees(partner(), Visibility.PARTNERS, null)).isTrue();
        assertThat(GovernancePermissions.sees(partner(), Visibility.BODY, body)).isFalse();
    }

    @Test
    void aBodyMemberSeesTheItemsOfTheirBodyAndNotThoseOfAnother() {
        assertThat(GovernancePermissions.sees(memberOf(body), Visibility.BODY, body)).isTrue();
        assertThat(GovernancePermissions.sees(memberOf(body), Visibility.BODY, otherBody)).isFalse();
        assertThat(GovernancePermissions.sees(memberOf(body), Visibility.PARTNERS, null)).isTrue();
    }

    @Test
    void theAnonymousPublicSeesPublicItemsOnly() {
        var anyone = CampusAudience.publicOnly(campus);
        assertThat(GovernancePermissions.sees(anyone, Visibility.PUBLIC, null)).isTrue();
        assertThat(GovernancePermissions.sees(anyone, Visibility.PARTNERS, null)).isFalse();
        assertThat(GovernancePermissions.sees(anyone, Visibility.BODY, body)).isFalse();
    }

    @Test
    void theLibraryOpensToBackOfficeReadersAndToBodyMembersOnly() {
        assertThat(GovernancePermissions.readsLibrary(true, partner())).isTrue();
        assertThat(GovernancePermissions.readsLibrary(false, memberOf(body))).isTrue();
        assertThat(GovernancePermissions.readsLibrary(false, CampusAudience.publicOnly(campus))).isFalse();
    }

    @Test
    void thoseWhoRunTheCampusSeeEveryFolderAndTheOthersOnlyFoldersWithSomethingForThem() {
        assertThat(GovernancePermissions.listsFolder(true, 0)).isTrue();
        assertThat(GovernancePermissions.listsFolder(false, 2)).isTrue();
        assertThat(GovernancePermissions.listsFolder(false, 0)).isFalse();
    }
}
