package fr.passerelle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.ClusterMatrix;
import fr.passerelle.clusters.ClusterSection;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Neopolia's demo matrix: its lists and an entry for each member company, one of them « à mettre à jour ». Uses the
 * demo's Neopolia when the demo has one, else registers a Neopolia with three fictitious members.
 */
@PasserelleIntegrationTest
class DemoMatrixTest {

    @Autowired
    DemoMatrix demoMatrix;
    @Autowired
    ClusterMatrix matrix;
    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    List<ClusterSection> sections;
    @Autowired
    Clock clock;

    @Test
    void neopoliasMatrixHasItsListsAndEntriesOneOfThemToBeUpdated() {
        ClusterCard neopolia = clusters.bySlug("neopolia").orElseGet(() -> {
            var organisation = directory.register(TestActors.nationalAdmin(), new OrganisationDetails(OrganisationKind.CLUSTER,
                    "Neopolia " + java.util.UUID.randomUUID(), "Neopolia", null, null, null, null, null, null, null, null, null));
            ClusterCard created = clusters.register(TestActors.nationalAdmin(), organisation.id(), ClusterFixtures.profile("52", Sector.MOBILITY));
            LocalDate since = LocalDate.now(clock).minusYears(3);
            for (String name : List.of("Alpha Usinage (fictive)", "Beta Chaudronnerie (fictive)", "Gamma Études (fictive)")) {
                ClusterFixtures.memberCompany(directory, clusters, created.id(), name, since);
            }
            return created;
        });
        assertThat(neopolia.slug()).isEqualTo("neopolia");

        demoMatrix.load();
        demoMatrix.load();

        assertThat(matrix.hasLists(neopolia.id())).isTrue();
        String summary = sections.stream().map(s -> s.section(TestActors.nationalAdmin(), neopolia, ClusterAccess.ADMINISTRATION))
                .flatMap(java.util.Optional::stream).filter(s -> s.title().equals("Matrice de compétences")).findFirst().orElseThrow().summary();
        Matcher figures = Pattern.compile("(\\d+) entreprises? renseignées?, (\\d+) à mettre à jour").matcher(summary);
        assertThat(figures.matches()).as(summary).isTrue();
        assertThat(Integer.parseInt(figures.group(1))).isGreaterThanOrEqualTo(3);
        assertThat(Integer.parseInt(figures.group(2))).isEqualTo(1);
    }
}
