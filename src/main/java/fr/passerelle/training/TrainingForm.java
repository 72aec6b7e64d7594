package fr.passerelle.training;

import fr.passerelle.platform.FrenchInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The form to add a training, as typed: the diploma picked in the search results, the establishment that delivers
 * it, the route and, optionally, the year it opened. {@link #diplomaQuery()} is only what was typed to find the diploma.
 */
record TrainingForm(
        @NotBlank(message = "Choisissez un diplôme dans la liste.") String diplomaCode,
        @Size(max = 200, message = "La recherche de diplôme ne peut dépasser 200 caractères.") String diplomaQuery,
        @NotBlank(message = "Choisissez l’établissement qui délivre la formation.") String organisationId,
        @NotBlank(message = "Choisissez la voie de formation.") String route,
        @Pattern(regexp = "\\s*(\\d{1,4})?\\s*", message = "L’année d’ouverture s’écrit en chiffres, par exemple 2019.") String sinceYear) {

    static TrainingForm empty() {
        return new TrainingForm("", "", "", TrainingRoute.SCHOOL.name(), "");
    }

    static TrainingForm searching(String query) {
        return new TrainingForm("", query, "", TrainingRoute.SCHOOL.name(), "");
    }

    /** The training once the form is valid; whether the establishment partners the campus is the service's rule. */
    TrainingDetails toDetails() {
        return new TrainingDetails(diplomaCode,
                FrenchInput.id("organisationId", organisationId, "Cet établissement n’est pas partenaire du campus."),
                FrenchInput.choice("route", route, TrainingRoute.class, "Choisissez la voie de formation."),
                FrenchInput.wholeNumber("sinceYear", sinceYear, 0, 9999, "L’année d’ouverture"));
    }
}
