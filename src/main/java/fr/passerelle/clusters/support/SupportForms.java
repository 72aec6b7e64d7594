package fr.passerelle.clusters.support;

import fr.passerelle.clusters.SupportEventDetails;
import fr.passerelle.clusters.SupportEventKind;
import fr.passerelle.clusters.support.SupportViews.EventSummary;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.FrenchInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The forms of the HR support pages, as typed: parsed here, checked by the services. */
final class SupportForms {

    private SupportForms() {
    }

    /** An event planned or changed by the staff; {@code version} is the one the form was opened with. */
    record EventForm(@NotBlank(message = "Choisissez le type d'événement.") String kind,
                     @NotBlank(message = "Indiquez le titre de l'événement.") @Size(max = 200, message = "Le titre tient en 200 caractères.") String title,
                     @Size(max = 300, message = "Le thème tient en 300 caractères.") String theme,
                     @Size(max = 5000, message = "La présentation tient en 5 000 caractères.") String description,
                     @NotBlank(message = "Indiquez la date et l'heure de début.") String startsAt,
                     @NotBlank(message = "Indiquez la date et l'heure de fin.") String endsAt,
                     @Size(max = 300, message = "Le lieu tient en 300 caractères.") String place,
                     Boolean online,
                     @NotBlank(message = "Indiquez le nombre de places.") String capacity,
                     @Size(max = 5000, message = "La charte tient en 5 000 caractères.") String charter,
                     @Size(max = 5000, message = "La règle de confidentialité tient en 5 000 caractères.") String confidentialityRule,
                     @Size(max = 1000, message = "Les intervenants tiennent en 1 000 caractères.") String speakers,
                     long version) {

        static EventForm empty() {
            return new EventForm("", "", "", "", "", "", "", false, "", "", "", "", 0);
        }

        static EventForm of(EventSummary event) {
            return new EventForm(event.kind().name(), event.title(), orEmpty(event.theme()), orEmpty(event.description()),
                    event.startsAt().toString(), event.endsAt().toString(), orEmpty(event.place()), event.online(),
                    Integer.toString(event.capacity()), orEmpty(event.charter()), orEmpty(event.confidentialityRule()),
                    orEmpty(event.speakers()), event.version());
        }

        /** The details typed, every problem of parsing reported at once. */
        SupportEventDetails details() {
            Map<String, String> problems = new LinkedHashMap<>();
            SupportEventKind parsedKind = parse(problems, () -> FrenchInput.choice("kind", kind, SupportEventKind.class, "Choisissez le type d'événement."));
            var start = parse(problems, () -> FrenchInput.dateTime("startsAt", startsAt));
            var end = parse(problems, () -> FrenchInput.dateTime("endsAt", endsAt));
            Integer places = parse(problems, () -> FrenchInput.wholeNumber("capacity", capacity, 1, 2000, "Le nombre de places"));
            if (!problems.isEmpty()) {
                throw new BusinessRuleException(problems);
            }
            return new SupportEventDetails(parsedKind, title, theme, description, start, end, place, Boolean.TRUE.equals(online), places == null ? 0 : places,
                    charter, confidentialityRule, speakers, List.of());
        }

        private static <T> T parse(Map<String, String> problems, java.util.function.Supplier<T> parsing) {
            try {
                return parsing.get();
            } catch (BusinessRuleException e) {
                e.problems().forEach(problems::putIfAbsent);
                return null;
            }
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text;
        }
    }

    /** A registration: the organisation (chosen by the staff; a member's person registers their own), the person, the charter. */
    record RegistrationForm(String organisationId,
                            @NotBlank(message = "Indiquez le nom de la personne inscrite.") @Size(max = 200, message = "Le nom tient en 200 caractères.") String fullName,
                            @NotBlank(message = "Indiquez l'adresse e-mail de la personne inscrite.") @Size(max = 254, message = "L'adresse tient en 254 caractères.") String email,
                            Boolean charterAccepted) {

        boolean accepted() {
            return Boolean.TRUE.equals(charterAccepted);
        }

        UUID organisation() {
            return FrenchInput.id("organisationId", organisationId, "Choisissez l'entreprise adhérente de la personne inscrite.");
        }
    }

    /** An attendee's answer: a score from 1 to 5 and a comment. */
    record AnswerForm(String score, @Size(max = 2000, message = "Le commentaire tient en 2 000 caractères.") String comment) {

        int toScore() {
            Integer value = FrenchInput.wholeNumber("score", score, 1, 5, "La note");
            if (value == null) {
                throw new BusinessRuleException("score", "Choisissez une note de 1 à 5.");
            }
            return value;
        }
    }

    /** A partner of an event, picked in the directory, with its role. */
    record PartnerForm(String partnerId, String partnerIdQuery,
                       @NotBlank(message = "Indiquez le rôle du partenaire.") @Size(max = 150, message = "Le rôle tient en 150 caractères.") String partnerRole) {

        UUID partner() {
            UUID id = FrenchInput.id("partnerId", partnerId, "Choisissez l'organisation partenaire dans l'annuaire.");
            if (id == null) {
                throw new BusinessRuleException("partnerId", "Choisissez l'organisation partenaire dans l'annuaire.");
            }
            return id;
        }
    }
}
