package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Forms in a real browser: a refused submit shows every error at once and takes the focus; nothing is destroyed by one click. */
class FormsBrowserTest extends BrowserTest {

    @Test
    void anInvalidSubmitPutsTheFocusOnTheSummaryOfEveryErrorEachLinkedToItsField() {
        var budget = logInAs("direction").openPartners().tabs().budget().ofYear(2035);
        budget.openBudget();
        budget.expectSuccess("est ouvert");

        budget.addLineWithOnly("douze");

        budget.expectLineError("Le formulaire contient 3 erreurs");
        assertThat(budget.focusedId()).isEqualTo("form-error-summary");
        assertThat(budget.errorSummaryLinks()).containsExactlyInAnyOrder(
                "#category → field : Choisissez la catégorie ou le financeur.",
                "#label → field : Le libellé de la ligne est obligatoire.",
                "#planned → field : Montant invalide : « douze ». Exemple : 12 500,00.");
        budget.expectFieldError("label", "Le libellé de la ligne est obligatoire.");
        assertThat(budget.valueOf("planned")).isEqualTo("douze");
        budget.assertAccessible();
    }

    @Test
    void removingABudgetLineAsksForConfirmationInAModal() {
        var budget = logInAs("direction").openPartners().tabs().budget().ofYear(2036);
        budget.openBudget();
        budget.expectSuccess("est ouvert");
        budget.addPlannedResource("REGION", "Subvention régionale", "20 000");
        budget.expectSuccess("est ajoutée");

        budget.askToRemoveLine("Subvention régionale");
        assertThat(budget.confirmationQuestion()).isEqualTo("Retirer la ligne Subvention régionale du budget 2036 ?");
        budget.assertAccessible();
        budget.cancelConfirmation();
        assertThat(budget.lineLabels()).containsExactly("Subvention régionale");

        budget.askToRemoveLine("Subvention régionale").confirm();
        budget.expectSuccess("La ligne est retirée.");
        assertThat(budget.lineLabels()).isEmpty();
        assertThat(budget.confirmationOpen()).isFalse();
        budget.assertAccessible();
    }
}
