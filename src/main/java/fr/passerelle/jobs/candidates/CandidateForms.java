package fr.passerelle.jobs.candidates;

import fr.passerelle.platform.FrenchInput;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.validation.BindingResult;

/** The forms of a candidate's space, as typed. */
final class CandidateForms {

    /** The password policy of identity, quoted (12 to 200 characters). */
    static final String PASSWORD_PATTERN = "^$|.{12,200}";

    private CandidateForms() {
    }

    /** Self-registration: who they are, a password typed twice, and the consents they give now (none is required). */
    record RegistrationForm(
            @NotBlank(message = "Indiquez votre adresse e-mail.")
            @Email(message = "Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.")
            @Size(max = 255, message = "L'adresse e-mail ne peut dépasser 255 caractères.") String email,
            @NotBlank(message = "Indiquez vos prénom et nom.")
            @Size(max = 150, message = "Vos prénom et nom ne peuvent dépasser 150 caractères.") String displayName,
            @NotBlank(message = "Choisissez un mot de passe.")
            @Pattern(regexp = PASSWORD_PATTERN, message = "Le mot de passe compte au moins 12 caractères (200 au plus).") String password,
            @NotBlank(message = "Saisissez une seconde fois le mot de passe.") String confirmation,
            List<String> consents) {

        RegistrationForm {
            consents = consents == null ? List.of() : List.copyOf(consents.stream().filter(Objects::nonNull).toList());
        }

        static RegistrationForm empty() {
            return new RegistrationForm("", "", "", "", List.of());
        }

        /** The same form without the passwords, never sent back to the browser. */
        RegistrationForm withoutPasswords() {
            return new RegistrationForm(email, displayName, "", "", consents);
        }

        void checkConfirmation(BindingResult errors) {
            if (password != null && !password.isEmpty() && confirmation != null && !confirmation.isEmpty() && !password.equals(confirmation)) {
                errors.rejectValue("confirmation", "confirmation", "Les deux mots de passe saisis ne sont pas identiques.");
            }
        }

        Set<ConsentPurpose> purposes() {
            Set<ConsentPurpose> chosen = EnumSet.noneOf(ConsentPurpose.class);
            consents.forEach(value -> ConsentPurpose.ofSlug(value).ifPresent(chosen::add));
            return chosen;
        }

        public boolean consents(String slug) {
            return consents.contains(slug);
        }
    }

    /**
     * The profile: the job titles, skills, savoirs and diplomas kept (ticked) and one more of each chosen in its picker;
     * the mobility area as a commune (name, postcode or INSEE code) and a distance; the availability date; the
     * {@code version} the form was opened with.
     */
    record ProfileForm(List<Integer> jobTitles, Integer addJobTitle, String addJobTitleQuery,
                       List<Integer> skills, Integer addSkill, @Size(max = 200, message = "La recherche de compétence ne peut dépasser 200 caractères.") String skillQuery,
                       List<Integer> knowledge,
                       List<String> diplomas, String addDiploma, @Size(max = 200, message = "La recherche de diplôme ne peut dépasser 200 caractères.") String diplomaQuery,
                       @Size(max = 100, message = "La commune ne peut dépasser 100 caractères.") String commune,
                       @Pattern(regexp = "^$|\\s*\\d{1,4}\\s*", message = "Indiquez une distance en kilomètres, de 0 à 1000.") String radiusKm,
                       @Size(max = 20, message = "Saisissez une date au format jj/mm/aaaa.") String availableFrom,
                       Long version) {

        ProfileForm {
            jobTitles = clean(jobTitles);
            skills = clean(skills);
            knowledge = clean(knowledge);
            diplomas = clean(diplomas);
        }

        private static <T> List<T> clean(List<T> values) {
            return values == null ? List.of() : List.copyOf(values.stream().filter(Objects::nonNull).toList());
        }

        List<Integer> allJobTitles() {
            return with(jobTitles, addJobTitle);
        }

        List<Integer> allSkills() {
            return with(skills, addSkill);
        }

        List<String> allDiplomas() {
            return with(diplomas, addDiploma == null || addDiploma.isBlank() ? null : addDiploma.strip());
        }

        private static <T> List<T> with(List<T> kept, T added) {
            Set<T> all = new LinkedHashSet<>(kept);
            if (added != null) {
                all.add(added);
            }
            return List.copyOf(all);
        }

        Integer radius() {
            return radiusKm == null || radiusKm.isBlank() ? null : FrenchInput.wholeNumber("radiusKm", radiusKm, 0, 1000, "La distance");
        }

        LocalDate availability() {
            return availableFrom == null || availableFrom.isBlank() ? null : FrenchInput.date("availableFrom", availableFrom);
        }
    }

    /** A job held. */
    record ExperienceForm(
            @NotBlank(message = "Indiquez l'employeur.") @Size(max = 200, message = "L'employeur ne peut dépasser 200 caractères.") String employer,
            @NotBlank(message = "Indiquez l'emploi occupé.") @Size(max = 200, message = "L'emploi ne peut dépasser 200 caractères.") String job,
            @NotBlank(message = "Indiquez la date de début.") @Size(max = 20, message = "Saisissez une date au format jj/mm/aaaa.") String startedOn,
            @Size(max = 20, message = "Saisissez une date au format jj/mm/aaaa.") String endedOn,
            Long version) {

        static ExperienceForm empty(long version) {
            return new ExperienceForm("", "", "", "", version);
        }

        Candidate.Experience toExperience() {
            LocalDate start = FrenchInput.date("startedOn", startedOn);
            LocalDate end = endedOn == null || endedOn.isBlank() ? null : FrenchInput.date("endedOn", endedOn);
            return new Candidate.Experience(employer.strip(), job.strip(), start, end);
        }
    }
}
