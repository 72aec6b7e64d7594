package fr.passerelle.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The landing page's labelling tasks, on the demo data: each actor counts and lists only the dossiers of their scope
 * that wait for them, and the list is limited while the count is not.
 */
@PasserelleIntegrationTest
class LabellingTasksTest {

    @Autowired
    LabellingTasks tasks;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anExpertCountsOnlyTheDossiersAssignedToThemThatTheyHaveNotHandedIn() {
        Actor expert = accounts.byUsername("expert").orElseThrow();
        var toScore = tasks.toScore(expert);

        long expected = jdbc.sql("""
                        select count(*) from application a join expert_assignment e on e.application_id = a.id
                         where e.expert_id = ? and e.declined_at is null and a.status = 'EXPERT_REVIEW'
                           and not exists (select 1 from expert_review r where r.application_id = a.id and r.expert_id = e.expert_id
                                            and r.round = greatest(a.round, 1) and r.submitted_at is not null)""")
                .param(expert.accountId()).query(Long.class).single();
        assertThat(toScore.count()).isPositive().isEqualTo(expected);
        assertThat(toScore.items()).allSatisfy(item -> assertThat(assignedTo(dossierOf(item.path()))).contains(expert.accountId()));
        assertThat(toScore.items()).allSatisfy(item -> assertThat(item.path()).endsWith("/expertise"));

        Actor unassigned = new Actor(UUID.randomUUID(), "expert-sans-dossier", "Expert sans dossier", Role.EXPERT, null, null, null, null, null);
        assertThat(inExpertReview()).isPositive();
        assertThat(tasks.toScore(unassigned).count()).isZero();
        assertThat(tasks.toScore(unassigned).items()).isEmpty();
    }

    @Test
    void aDirectorCountsOnlyTheDossiersOfTheirCampusInThePromotersHands() {
        Actor director = accounts.byUsername("direction").orElseThrow();
        var inHands = tasks.inPromotersHands(director);

        assertThat(inHands.items()).allSatisfy(item -> assertThat(campusOf(dossierOf(item.path()))).isEqualTo(director.campusId()));
        long everywhere = jdbc.sql("select count(*) from application where status in ('DRAFT', 'CHANGES_REQUESTED')").query(Long.class).single();
        long ofTheCampus = jdbc.sql("select count(*) from application where status in ('DRAFT', 'CHANGES_REQUESTED') and campus_id = ?")
                .param(director.campusId()).query(Long.class).single();
        assertThat(everywhere).isGreaterThan(ofTheCampus);
        assertThat(inHands.count()).isEqualTo(ofTheCampus);
        assertThat(tasks.of(director)).extracting(LabellingTasks.Task::key).containsExactly("in-hands", "labels-ending")
                .doesNotContain("regional-opinions", "to-score", "cnee");
    }

    @Test
    void aRegionalCoordinatorCountsTheOpinionsToRecordInTheirRegionOnly() {
        Actor coordination = accounts.byUsername("coordination").orElseThrow();
        var opinions = tasks.regionalOpinions(coordination, OpinionBody.CAEN);
        assertThat(opinions.count()).isPositive();
        assertThat(opinions.items()).allSatisfy(item -> assertThat(regionOf(dossierOf(item.path()))).isEqualTo(coordination.regionCode()));

        Actor elsewhere = new Actor(UUID.randomUUID(), "coordination-84", "Coordination", Role.REGIONAL_COORDINATOR, "84", null, null, null, null);
        assertThat(tasks.regionalOpinions(elsewhere, OpinionBody.CAEN).count()).isZero();
    }

    @Test
    void eachCoPilotIsGivenTheOpinionOfItsOwnBodyToRecord() {
        Actor coordination = accounts.byUsername("coordination").orElseThrow();
        Actor council = accounts.byUsername("conseil-regional").orElseThrow();
        assertThat(tasks.of(coordination)).filteredOn(t -> t.key().equals("regional-opinions")).singleElement()
                .satisfies(t -> assertThat(t.title()).isEqualTo("Avis du CAEN à saisir"));
        assertThat(tasks.of(council)).filteredOn(t -> t.key().equals("regional-opinions")).singleElement()
                .satisfies(t -> assertThat(t.title()).isEqualTo("Avis du Crefop à saisir"));
        // The Conseil régional writes no dossier: nothing is in its hands.
        assertThat(tasks.of(council)).extracting(LabellingTasks.Task::key).doesNotContain("in-hands");
        long waitingForCrefop = jdbc.sql("""
                select count(*) from application a where a.region_code = ? and a.status = 'SUBMITTED' and a.kind <> 'PROGRESS_REPORT'
                   and not exists (select 1 from application_opinion o where o.application_id = a.id and o.body = 'CREFOP')""")
                .param(council.regionCode()).query(Long.class).single();
        assertThat(tasks.regionalOpinions(council, OpinionBody.CREFOP).count()).isEqualTo(waitingForCrefop);
    }

    @Test
    void theAdministrationSeesEachStepOfTheChainAndTheListIsLimitedNotTheCount() {
        Actor admin = accounts.byUsername("admin").orElseThrow();
        var chain = tasks.chain();
        assertThat(chain).extracting(LabellingTasks.Task::key).containsExactly("assign-experts", "synthesis", "cnee", "decision");
        long awaitingCnee = jdbc.sql("select count(*) from application where status = 'AWAITING_CNEE'").query(Long.class).single();
        assertThat(chain.get(2).count()).isEqualTo(awaitingCnee).isPositive();
        assertThat(chain).allSatisfy(task -> assertThat(task.items()).hasSizeLessThanOrEqualTo(LabellingTasks.LISTED)
                .hasSize((int) Math.min(task.count(), LabellingTasks.LISTED)));
        assertThat(tasks.of(admin)).extracting(LabellingTasks.Task::key).contains("labels-ending");
    }

    @Test
    void partnersAndRecruitersHaveNoChainTask() {
        Actor recruiter = accounts.byUsername("recruteur").orElseThrow();
        assertThat(tasks.of(recruiter)).isEmpty();
        Actor partner = accounts.byUsername("partenaire").orElseThrow();
        assertThat(tasks.of(partner)).extracting(LabellingTasks.Task::key).containsExactly("in-hands");
        assertThat(tasks.of(partner).get(0).count()).isZero();
    }

    private long inExpertReview() {
        return jdbc.sql("select count(*) from application where status = 'EXPERT_REVIEW'").query(Long.class).single();
    }

    private static UUID dossierOf(String path) {
        String rest = path.substring("/gestion/labellisation/dossiers/".length());
        return UUID.fromString(rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest);
    }

    private List<UUID> assignedTo(UUID dossier) {
        return jdbc.sql("select expert_id from expert_assignment where application_id = ? and declined_at is null").param(dossier)
                .query(UUID.class).list();
    }

    private UUID campusOf(UUID dossier) {
        return jdbc.sql("select campus_id from application where id = ?").param(dossier).query(UUID.class).single();
    }

    private String regionOf(UUID dossier) {
        return jdbc.sql("select region_code from application where id = ?").param(dossier).query(String.class).single();
    }
}
