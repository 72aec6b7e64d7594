package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.ActionPlanPage;
import fr.passerelle.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The operational director records an action of the action plan, with the learners it reached, in a real browser. */
class ActionPlanBrowserTest extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Test
    void directorRecordsAnActionWithLearnersReachedAndSeesTheTotals() {
        var campus = accounts.byUsername("direction").orElseThrow().campusId();
        logInAs("direction");
        var plan = ActionPlanPage.open(browser(), campus, 2034);
        plan.expectSubheading("Plan d’actions 2034");
        assertThat(plan.totalLearners()).isEqualTo("0");
        plan.assertAccessible();

        var form = plan.newAction();
        form.assertAccessible();
        form.describe("SCHOOL_TALK", "Interventions dans les collèges", "DONE")
                .runsFrom("2034-03-12", "2034-03-10")
                .visibleTo("PUBLIC")
                .involveFirstPartner()
                .reached("COLLEGE", "48", "52", "3")
                .teachers("6")
                .costs("750", "financeur:REGION")
                .save();

        form.expectFormError("précède la date de début");
        assertThat(form.valueOf("title")).isEqualTo("Interventions dans les collèges");
        assertThat(form.learnersReached("COLLEGE", "boys")).isEqualTo("52");
        form.assertAccessible();
        form.endsOn("2034-03-14").save();
        form.expectSuccess("est enregistrée");
        var action = form.saved();
        assertThat(action.learnersTotal()).isEqualTo("103");
        assertThat(action.funding()).isEqualTo("Région");
        action.assertAccessible();

        plan = action.backToPlan(2034);
        plan.expectSubheading("Plan d’actions 2034");
        assertThat(plan.totalActions()).isEqualTo("1");
        assertThat(plan.totalLearners()).isEqualTo("103");
        assertThat(plan.totalTeachers()).isEqualTo("6");
        assertThat(plan.totalCost()).contains("750").contains("€");
        plan.assertAccessible();
    }
}
