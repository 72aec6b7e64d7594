package fr.passerelle.labelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.Sector;
import fr.passerelle.platform.BusinessRuleException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dossier's acts guard their own step, dates and content, and say what happened; no Spring, no database. */
class ApplicationTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-15T09:00:00Z"), ZoneId.of("Europe/Paris"));
    static final LocalDate TODAY = LocalDate.now(CLOCK);
    static final Application.CallTerms OPEN_CALL = new Application.CallTerms("Appel 2027", true, TODAY.minusDays(30), TODAY.plusDays(30), true, false);
    static final Application.ExpertProgress TWO_EXPERTS_DONE = new Application.ExpertProgress(2, List.of());
    static final ApplicationParts.Direction COMMITTED = new ApplicationParts.Direction(
            OperationalDirection.commitment(TODAY.plusMonths(3), "Le recteur de Lille et la présidente de région"), null, null, 1, null, null);
    static final OperationalDirection NAMED = OperationalDirection.named("Claire Martin", "claire.martin@ac-lille.fr", null, "Rectorat de Lille",
            TODAY.plusMonths(1));

    static Application draft(LabelCategory category) {
        return Application.open(UUID.randomUUID(), OPEN_CALL, new Application.Origin(null, ApplicationView.Kind.NEW_CAMPUS, category, "Campus de l'hydrogène", Sector.ENERGY_TRANSITION, "32", "09", null),
                "Référente de Lille", CLOCK);
    }

    static Application submitted() {
        Application application = draft(LabelCategory.STANDARD);
        application.submit(0, OPEN_CALL, List.of(), COMMITTED, null, CLOCK);
        return application;
    }

    static Application inExpertReview() {
        Application application = submitted();
        application.recordOpinion(0, OpinionBody.CAEN, Verdict.FAVOURABLE, TODAY, "Favorable.", Set.of(), TWO_EXPERTS_DONE, CLOCK);
        application.recordOpinion(0, OpinionBody.CREFOP, Verdict.FAVOURABLE, TODAY, "Favorable.", Set.of(OpinionBody.CAEN), TWO_EXPERTS_DONE, CLOCK);
        return application;
    }

    static Application awaitingDecision() {
        Application application = inExpertReview();
        application.recordOpinion(0, OpinionBody.EXPERT_GROUP, Verdict.FAVOURABLE, TODAY, "Solide.", Set.of(), TWO_EXPERTS_DONE, CLOCK);
        application.recordOpinion(0, OpinionBody.CNEE, Verdict.FAVOURABLE, TODAY, "Favorable.", Set.of(OpinionBody.EXPERT_GROUP), TWO_EXPERTS_DONE, CLOCK);
        return application;
    }

    static List<Object> events(Application application) {
        return application.recordedEvents();
    }

    @Test
    void openingAfterTheCallClosedIsRefused() {
        var closed = new Application.CallTerms("Appel 2026", true, TODAY.minusDays(60), TODAY.minusDays(1), true, true);
        assertThatThrownBy(() -> Application.open(UUID.randomUUID(), closed, new Application.Origin(null, ApplicationView.Kind.NEW_CAMPUS,
                LabelCategory.STANDARD, "Projet", Sector.FOOD, "32", "09", null), "Référente", CLOCK))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("est clos depuis le");
    }

    @Test
    void openingInACategoryTheCallDoesNotOfferIsRefusedOnTheCategory() {
        assertThatThrownBy(() -> Application.open(UUID.randomUUID(), OPEN_CALL, new Application.Origin(null, ApplicationView.Kind.NEW_CAMPUS,
                LabelCategory.EXCELLENCE, "Projet", Sector.FOOD, "32", "09", null), "Référente", CLOCK))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("category"));
    }

    @Test
    void submittingAnIncompleteDossierIsRefusedAndLeavesItInDraft() {
        Application application = draft(LabelCategory.STANDARD);
        assertThatThrownBy(() -> application.submit(0, OPEN_CALL, List.of("Critère 1 manquant."), COMMITTED, null, CLOCK))
                .hasMessageContaining("incomplet : 1 élément(s)");
        assertThat(application.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(events(application)).isEmpty();
    }

    @Test
    void submittingWithoutADirectorOrACommitmentIsRefusedNamingTheDirection() {
        Application application = draft(LabelCategory.STANDARD);
        assertThatThrownBy(() -> application.submit(0, OPEN_CALL, List.of(), ApplicationParts.Direction.none(), null, CLOCK))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("direction");
                    assertThat(e.getMessage()).contains("nommez le directeur ou la directrice opérationnel·le, ou enregistrez l'engagement à en recruter");
                });
        assertThat(application.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(events(application)).isEmpty();
    }

    @Test
    void submittingWithANamedDirectorWithoutTheSignedMissionLetterIsRefusedNamingTheLetter() {
        Application application = draft(LabelCategory.STANDARD);
        var withoutLetter = new ApplicationParts.Direction(NAMED, null, null, 1, null, null);
        assertThatThrownBy(() -> application.submit(0, OPEN_CALL, List.of("Critère 2 manquant."), withoutLetter, null, CLOCK))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getMessage())
                        .contains("joignez la lettre de mission de Claire Martin, signée par le recteur d'académie")
                        .contains("Il manque aussi 1 autre(s) élément(s)"));
        assertThat(application.status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void submittingWithANamedDirectorAndTheirMissionLetterIsAccepted() {
        Application application = draft(LabelCategory.STANDARD);
        var withLetter = new ApplicationParts.Direction(NAMED, UUID.randomUUID(), "lettre-de-mission.pdf", 2, null, null);
        assertThat(application.submit(0, OPEN_CALL, List.of(), withLetter, null, CLOCK)).isEqualTo(1);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void submittingWithACommitmentToRecruitADirectorIsAccepted() {
        Application application = draft(LabelCategory.STANDARD);
        assertThat(application.submit(0, OPEN_CALL, List.of(), COMMITTED, null, CLOCK)).isEqualTo(1);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(events(application)).contains(new ApplicationSubmitted(application.id()));
    }

    @Test
    void aDirectionIsCheckedFieldByField() {
        assertThatThrownBy(() -> OperationalDirection.named("Claire Martin", "pas-une-adresse", null, "Rectorat", TODAY).check())
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("directorEmail"));
        assertThatThrownBy(() -> OperationalDirection.named("Claire Martin", "c@ac-lille.fr", null, "Rectorat", null).check())
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("startsOn"));
        assertThatThrownBy(() -> OperationalDirection.commitment(TODAY, " ").check())
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("committedBy"));
        assertThatThrownBy(() -> new OperationalDirection(null, null, null, null, null, null, null, null).check())
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThat(OperationalDirection.named(" Claire Martin ", "c@ac-lille.fr", " ", "Rectorat", TODAY).check())
                .isEqualTo(OperationalDirection.named("Claire Martin", "c@ac-lille.fr", null, "Rectorat", TODAY));
    }

    @Test
    void submittingAfterTheCallClosedIsRefused() {
        var closed = new Application.CallTerms("Appel 2027", true, TODAY.minusDays(60), TODAY.minusDays(1), true, false);
        assertThatThrownBy(() -> draft(LabelCategory.STANDARD).submit(0, closed, List.of(), COMMITTED, null, CLOCK))
                .hasMessageContaining("le dépôt n'est plus possible");
    }

    @Test
    void submittingFromAnOlderPageIsAConflict() {
        assertThatThrownBy(() -> draft(LabelCategory.STANDARD).submit(3, OPEN_CALL, List.of(), COMMITTED, null, CLOCK)).hasMessage(Application.CONFLICT);
    }

    @Test
    void submittingACompleteDossierAwaitsTheRegionalOpinionsAndSaysSo() {
        Application application = submitted();
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.round()).isEqualTo(1);
        assertThat(events(application)).containsExactly(new ApplicationSubmitted(application.id()));
    }

    @Test
    void aSubmittedDossierNoLongerChanges() {
        assertThatThrownBy(() -> submitted().checkWritable()).hasMessageContaining("il ne se modifie plus");
    }

    @Test
    void theSecondRegionalOpinionSendsTheDossierToTheExperts() {
        Application application = submitted();
        application.recordOpinion(0, OpinionBody.CAEN, Verdict.FAVOURABLE, TODAY, "Favorable.", Set.of(), TWO_EXPERTS_DONE, CLOCK);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        application.recordOpinion(0, OpinionBody.CREFOP, Verdict.RESERVED, TODAY, "Réserves.", Set.of(OpinionBody.CAEN), TWO_EXPERTS_DONE, CLOCK);
        assertThat(application.status()).isEqualTo(ApplicationStatus.EXPERT_REVIEW);
        assertThat(events(application)).contains(new RegionalOpinionsRecorded(application.id()));
    }

    @Test
    void anOpinionAlreadyRecordedIsRefusedOnItsBody() {
        assertThatThrownBy(() -> submitted().recordOpinion(0, OpinionBody.CAEN, Verdict.FAVOURABLE, TODAY, "Encore.", Set.of(OpinionBody.CAEN),
                TWO_EXPERTS_DONE, CLOCK)).hasMessageContaining("déjà enregistré");
    }

    @Test
    void anOpinionDatedInTheFutureIsRefusedOnItsDate() {
        assertThatThrownBy(() -> submitted().recordOpinion(0, OpinionBody.CAEN, Verdict.FAVOURABLE, TODAY.plusDays(1), "Favorable.", Set.of(),
                TWO_EXPERTS_DONE, CLOCK)).isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("givenOn"));
    }

    @Test
    void theCneeOpinionBeforeTheSynthesisIsRefusedSayingTheStep() {
        assertThatThrownBy(() -> inExpertReview().recordOpinion(0, OpinionBody.CNEE, Verdict.FAVOURABLE, TODAY, "Favorable.", Set.of(),
                TWO_EXPERTS_DONE, CLOCK)).hasMessageContaining("après la synthèse").hasMessageContaining("« Expertise »");
    }

    @Test
    void theSynthesisWaitsForEveryActiveExpertsReview() {
        assertThatThrownBy(() -> inExpertReview().recordOpinion(0, OpinionBody.EXPERT_GROUP, Verdict.FAVOURABLE, TODAY, "Solide.", Set.of(),
                new Application.ExpertProgress(2, List.of("Expert B")), CLOCK)).hasMessageContaining("Expertises attendues avant la synthèse : Expert B");
    }

    @Test
    void assigningFewerThanTwoExpertsIsRefused() {
        UUID expert = UUID.randomUUID();
        assertThatThrownBy(() -> submitted().assignExperts(List.of(expert), Set.of(), 0)).hasMessageContaining("au moins deux experts");
    }

    @Test
    void assigningExpertsAddsOnlyTheNewOnesAndSaysWhoWasAsked() {
        Application application = submitted();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        assertThat(application.assignExperts(List.of(first, second), Set.of(first), 1)).containsExactly(second);
        assertThat(events(application)).contains(new ExpertsAssigned(application.id(), List.of(first, second)));
    }

    @Test
    void requestingChangesNeedsTheRequestsAndGivesTheDossierBack() {
        Application application = inExpertReview();
        assertThatThrownBy(() -> application.requestChanges(0, " ", CLOCK))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("request"));
        application.requestChanges(0, "Chiffrez les effectifs.", CLOCK);
        assertThat(application.status()).isEqualTo(ApplicationStatus.CHANGES_REQUESTED);
        assertThat(events(application)).contains(new ChangesRequested(application.id(), 1));
    }

    @Test
    void resubmittingNeedsAnAnswerToTheExpertsThenStartsTheNextRound() {
        Application application = inExpertReview();
        application.requestChanges(0, "Chiffrez les effectifs.", CLOCK);
        assertThatThrownBy(() -> application.submit(0, OPEN_CALL, List.of(), COMMITTED, "", CLOCK))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("answer"));
        assertThat(application.submit(0, OPEN_CALL, List.of(), COMMITTED, "Effectifs chiffrés.", CLOCK)).isEqualTo(2);
        assertThat(application.status()).isEqualTo(ApplicationStatus.EXPERT_REVIEW);
        assertThat(events(application)).contains(new ApplicationResubmitted(application.id(), 2));
    }

    @Test
    void decidingBeforeTheCneeOpinionIsRefused() {
        assertThatThrownBy(() -> inExpertReview().decide(0, true, null, TODAY, null, null, CLOCK)).hasMessageContaining("après l'avis du CNEE");
    }

    @Test
    void aRefusalNeedsItsReasons() {
        assertThatThrownBy(() -> awaitingDecision().decide(0, false, null, TODAY, null, " ", CLOCK))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("reasons"));
    }

    @Test
    void excellenceIsGrantedOnlyToADossierThatAskedForIt() {
        assertThatThrownBy(() -> awaitingDecision().decide(0, true, LabelCategory.EXCELLENCE, TODAY, null, null, CLOCK))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("category"));
    }

    @Test
    void aDecisionDatedInTheFutureIsRefused() {
        assertThatThrownBy(() -> awaitingDecision().decide(0, true, null, TODAY.plusDays(1), null, null, CLOCK)).hasMessageContaining("dans le futur");
    }

    @Test
    void grantingLabelsForFourYearsFromTheDecision() {
        Application application = awaitingDecision();
        Application.Decision decision = application.decide(0, true, null, TODAY.minusDays(3), " CMQ-2026-007 ", null, CLOCK);
        assertThat(decision.category()).isEqualTo(LabelCategory.STANDARD);
        assertThat(decision.reference()).isEqualTo("CMQ-2026-007");
        assertThat(decision.validUntil()).isEqualTo(TODAY.minusDays(3).plusYears(4));
        assertThat(application.status()).isEqualTo(ApplicationStatus.GRANTED);
        assertThat(events(application)).contains(new LabelGranted(application.id()));
        assertThatThrownBy(application::checkTeamOpen).hasMessage("Le dossier est clos : son équipe ne change plus.");
    }

    @Test
    void refusingClosesTheDossierWithItsReasons() {
        Application application = awaitingDecision();
        assertThat(application.decide(0, false, null, TODAY, null, " Périmètre déjà couvert. ", CLOCK).reasons()).isEqualTo("Périmètre déjà couvert.");
        assertThat(application.status()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(events(application)).contains(new LabelRefused(application.id()));
    }
}
