package fr.passerelle.directory;

import static fr.passerelle.TestActors.coordinatorOf;
import static fr.passerelle.TestActors.directorOf;
import static fr.passerelle.TestActors.nationalAdmin;
import static fr.passerelle.TestActors.referentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.identity.Accounts;
import fr.passerelle.platform.BusinessRuleException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The directory checks role and scope itself, whoever calls it: a page, another module or a loader. These tests call
 * the service directly, as a controller that forgot to check would.
 */
@PasserelleIntegrationTest
class DirectoryServiceScopeTest {

    @Autowired
    Directory directory;
    @Autowired
    Accounts accounts;

    UUID hautsDeFranceCampus() {
        return accounts.byUsername("direction").orElseThrow().campusId();
    }

    @Test
    void theServiceRefusesToChangeThePartnersOfACampusOutsideTheActorsScope() {
        UUID campus = hautsDeFranceCampus();
        OrganisationSummary school = directory.register(nationalAdmin(), DirectoryFixtures.school("Lycée de portée"));

        assertThatThrownBy(() -> directory.addPartner(coordinatorOf("84"), campus, school.id(), MembershipRole.PARTNER, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.addPartner(directorOf(UUID.randomUUID()), campus, school.id(), MembershipRole.PARTNER, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.addPartner(referentOf("09"), campus, school.id(), MembershipRole.PARTNER, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(directory.partnersOf(campus)).noneMatch(p -> p.organisation().id().equals(school.id()));

        Partner added = directory.addPartner(coordinatorOf("32"), campus, school.id(), MembershipRole.PARTNER, null, null);
        assertThatThrownBy(() -> directory.removePartner(coordinatorOf("84"), campus, added.membershipId()))
                .isInstanceOf(AccessDeniedException.class);
        directory.removePartner(directorOf(campus), campus, added.membershipId());
        assertThat(directory.partnersOf(campus)).noneMatch(p -> p.organisation().id().equals(school.id()));
    }

    @Test
    void theServiceRefusesToRegisterOrEditOrganisationsOutsideTheActorsScope() {
        assertThatThrownBy(() -> directory.register(fr.passerelle.TestActors.memberOf(UUID.randomUUID()),
                DirectoryFixtures.organisation(OrganisationKind.OTHER, "Association refusée")))
                .isInstanceOf(AccessDeniedException.class);
        OrganisationSummary inLyon = directory.register(nationalAdmin(),
                DirectoryFixtures.locatedIn(DirectoryFixtures.LYON, OrganisationKind.OTHER, "Association lyonnaise"));
        assertThatThrownBy(() -> directory.addPerson(coordinatorOf("32"), inLyon.id(), new PersonDetails("Paul", "Hors-champ", null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(directory.peopleOf(inLyon.id())).isEmpty();
        directory.addPerson(coordinatorOf("84"), inLyon.id(), new PersonDetails("Lucie", "Lyonnaise", null, null, null));
        assertThat(directory.peopleOf(inLyon.id())).extracting(Contact::lastName).containsExactly("Lyonnaise");

        OrganisationSummary inLille = directory.register(coordinatorOf("32"),
                DirectoryFixtures.locatedIn(DirectoryFixtures.LILLE, OrganisationKind.OTHER, "Association lilloise"));
        OrganisationDetails moved = directory.details(inLille.id()).orElseThrow();
        OrganisationDetails toLyon = new OrganisationDetails(moved.kind(), moved.name(), null, null, null, null, null, DirectoryFixtures.LYON,
                null, null, null, null);
        long version = directory.editable(coordinatorOf("32"), inLille.id()).version();
        assertThatThrownBy(() -> directory.update(coordinatorOf("32"), inLille.id(), version, toLyon))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("hors de votre périmètre");
        assertThat(directory.details(inLille.id()).orElseThrow().municipalityCode()).isEqualTo(DirectoryFixtures.LILLE);
    }
}
