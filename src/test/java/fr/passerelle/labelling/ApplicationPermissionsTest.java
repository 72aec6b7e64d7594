package fr.passerelle.labelling;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.Sector;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The acts each role may take on a dossier, at its step and in its scope; plain Java. */
class ApplicationPermissionsTest {

    static final UUID CAMPUS = UUID.randomUUID();

    static Actor actor(Role role, String region, String academy, UUID campus) {
        return new Actor(UUID.randomUUID(), role.name(), role.label(), role, region, academy, campus, null, null);
    }

    static ApplicationView dossier(ApplicationStatus status, ApplicationView.Kind kind, Set<UUID> team) {
        return new ApplicationView(UUID.randomUUID(), UUID.randomUUID(), "Appel", 2027, CAMPUS, kind, LabelCategory.STANDARD, "Campus", Sector.FOOD,
                "32", "Hauts-de-France", "09", "Lille", null, status, 1, "Référente", Instant.EPOCH, null, Instant.EPOCH, 0, team,
                List.of(), List.of(), List.of());
    }

    /** A dossier for a Hauts-de-France campus common to the académies of Lille (09, main) and Amiens (20). */
    static ApplicationView lilleAndAmiens(ApplicationStatus status) {
        return new ApplicationView(UUID.randomUUID(), UUID.randomUUID(), "Appel", 2027, CAMPUS, ApplicationView.Kind.EXISTING_CAMPUS,
                LabelCategory.STANDARD, "Tourisme et innovation", Sector.TOURISM, "32", "Hauts-de-France", "09", "Lille", null, status, 1,
                "Référente", Instant.EPOCH, null, Instant.EPOCH, 0, Set.of(), List.of(Sector.FOOD), List.of("20"), List.of("Amiens"));
    }

    static ApplicationView dossier(ApplicationStatus status) {
        return dossier(status, ApplicationView.Kind.EXISTING_CAMPUS, Set.of());
    }

    @Test
    void promotersOfTheTerritoryWriteAndSubmitADraft() {
        for (Actor promoter : new Actor[] {actor(Role.ACADEMY_REFERENT, null, "09", null), actor(Role.REGIONAL_COORDINATOR, "32", null, null),
                actor(Role.OPERATIONAL_DIRECTOR, null, null, CAMPUS)}) {
            assertThat(ApplicationPermissions.allowedActs(promoter, dossier(ApplicationStatus.DRAFT), false))
                    .contains(ApplicationAct.WRITE, ApplicationAct.SUBMIT, ApplicationAct.MANAGE_TEAM).doesNotContain(ApplicationAct.DECIDE);
        }
    }

    @Test
    void aReferentOfAnotherAcademyMayDoNothing() {
        assertThat(ApplicationPermissions.allowedActs(actor(Role.ACADEMY_REFERENT, null, "01", null), dossier(ApplicationStatus.DRAFT), false)).isEmpty();
    }

    @Test
    void theReferentOfEachAcademyOfAnInteracademicDossierReadsWritesAndIsToldAsForOneOfTheirOwn() {
        Actor lille = actor(Role.ACADEMY_REFERENT, null, "09", null);
        Actor amiens = actor(Role.ACADEMY_REFERENT, null, "20", null);
        Actor normandie = actor(Role.ACADEMY_REFERENT, null, "70", null);
        ApplicationView draft = lilleAndAmiens(ApplicationStatus.DRAFT);
        for (Actor referent : new Actor[] {lille, amiens}) {
            assertThat(ApplicationPermissions.canRead(referent, draft, false)).as(referent.academyCode()).isTrue();
            assertThat(ApplicationPermissions.canWrite(referent, draft)).as(referent.academyCode()).isTrue();
            assertThat(ApplicationPermissions.allowedActs(referent, draft, false)).as(referent.academyCode())
                    .contains(ApplicationAct.WRITE, ApplicationAct.SUBMIT, ApplicationAct.MANAGE_TEAM);
            // PromoterAccounts tells those whose territory covers the campus: the same rule, on the set of académies
            assertThat(ApplicationPermissions.coversTerritory(referent, "32", draft.academyCodes(), CAMPUS)).isTrue();
        }
        assertThat(ApplicationPermissions.canRead(normandie, draft, false)).isFalse();
        assertThat(ApplicationPermissions.canWrite(normandie, draft)).isFalse();
        assertThat(ApplicationPermissions.allowedActs(normandie, draft, false)).isEmpty();
        assertThat(ApplicationPermissions.coversTerritory(normandie, "32", draft.academyCodes(), CAMPUS)).isFalse();
    }

    @Test
    void anAccountAddedToTheTeamIsAPromoter() {
        Actor partner = actor(Role.PARTNER_MEMBER, null, null, null);
        assertThat(ApplicationPermissions.allowedActs(partner, dossier(ApplicationStatus.CHANGES_REQUESTED, ApplicationView.Kind.NEW_CAMPUS,
                Set.of(partner.accountId())), false)).containsExactlyInAnyOrder(ApplicationAct.WRITE, ApplicationAct.RESUBMIT, ApplicationAct.MANAGE_TEAM);
    }

    @Test
    void onlyTheRegionalCoordinationOfTheRegionOrTheAdministrationRecordsTheRegionalOpinions() {
        assertThat(ApplicationPermissions.allowedActs(actor(Role.REGIONAL_COORDINATOR, "32", null, null), dossier(ApplicationStatus.SUBMITTED), false))
                .contains(ApplicationAct.RECORD_REGIONAL_OPINION);
        assertThat(ApplicationPermissions.allowedActs(actor(Role.REGIONAL_COORDINATOR, "11", null, null), dossier(ApplicationStatus.SUBMITTED), false))
                .doesNotContain(ApplicationAct.RECORD_REGIONAL_OPINION);
        assertThat(ApplicationPermissions.allowedActs(actor(Role.ACADEMY_REFERENT, null, "09", null), dossier(ApplicationStatus.SUBMITTED), false))
                .doesNotContain(ApplicationAct.RECORD_REGIONAL_OPINION);
    }

    @Test
    void aProgressReportSkipsTheRegionalOpinionsAndTheCnee() {
        Actor admin = actor(Role.NATIONAL_ADMIN, null, null, null);
        assertThat(ApplicationPermissions.allowedActs(admin, dossier(ApplicationStatus.SUBMITTED, ApplicationView.Kind.PROGRESS_REPORT, Set.of()), false))
                .doesNotContain(ApplicationAct.RECORD_REGIONAL_OPINION);
    }

    @Test
    void theAdministrationRunsTheChainStepByStep() {
        Actor admin = actor(Role.NATIONAL_ADMIN, null, null, null);
        assertThat(ApplicationPermissions.allowedActs(admin, dossier(ApplicationStatus.EXPERT_REVIEW), false))
                .contains(ApplicationAct.ASSIGN_EXPERTS, ApplicationAct.REQUEST_CHANGES, ApplicationAct.RECORD_SYNTHESIS)
                .doesNotContain(ApplicationAct.RECORD_CNEE_OPINION, ApplicationAct.DECIDE, ApplicationAct.SCORE, ApplicationAct.WRITE);
        assertThat(ApplicationPermissions.allowedActs(admin, dossier(ApplicationStatus.AWAITING_CNEE), false)).containsExactly(
                ApplicationAct.RECORD_CNEE_OPINION);
        assertThat(ApplicationPermissions.allowedActs(admin, dossier(ApplicationStatus.AWAITING_DECISION), false)).containsExactly(ApplicationAct.DECIDE);
        assertThat(ApplicationPermissions.allowedActs(admin, dossier(ApplicationStatus.GRANTED), false)).isEmpty();
    }

    @Test
    void anActiveExpertScoresDuringTheReviewOnly() {
        Actor expert = actor(Role.EXPERT, null, null, null);
        assertThat(ApplicationPermissions.allowedActs(expert, dossier(ApplicationStatus.EXPERT_REVIEW), true)).containsExactly(ApplicationAct.SCORE);
        assertThat(ApplicationPermissions.allowedActs(expert, dossier(ApplicationStatus.EXPERT_REVIEW), false)).isEmpty();
        assertThat(ApplicationPermissions.allowedActs(expert, dossier(ApplicationStatus.AWAITING_CNEE), true)).isEmpty();
    }

    @Test
    void theRectoratRecordsTheCaenOpinionAndTheConseilRegionalTheCrefopOpinionOfTheirRegionOnly() {
        ApplicationView submitted = dossier(ApplicationStatus.SUBMITTED);
        Actor coordination = actor(Role.REGIONAL_COORDINATOR, "32", null, null);
        Actor council = actor(Role.REGIONAL_COUNCIL, "32", null, null);
        assertThat(ApplicationPermissions.recordsOpinionOf(coordination, OpinionBody.CAEN, submitted)).isTrue();
        assertThat(ApplicationPermissions.recordsOpinionOf(coordination, OpinionBody.CREFOP, submitted)).isFalse();
        assertThat(ApplicationPermissions.recordsOpinionOf(council, OpinionBody.CREFOP, submitted)).isTrue();
        assertThat(ApplicationPermissions.recordsOpinionOf(council, OpinionBody.CAEN, submitted)).isFalse();
        assertThat(ApplicationPermissions.recordsOpinionOf(actor(Role.REGIONAL_COUNCIL, "84", null, null), OpinionBody.CREFOP, submitted)).isFalse();
        assertThat(ApplicationPermissions.recordsOpinionOf(council, OpinionBody.CNEE, submitted)).isFalse();
        Actor admin = actor(Role.NATIONAL_ADMIN, null, null, null);
        assertThat(ApplicationPermissions.recordsOpinionOf(admin, OpinionBody.CAEN, submitted)).isTrue();
        assertThat(ApplicationPermissions.recordsOpinionOf(admin, OpinionBody.CREFOP, submitted)).isTrue();
    }

    @Test
    void theConseilRegionalReadsTheDossiersOfItsRegionButWritesNone() {
        Actor council = actor(Role.REGIONAL_COUNCIL, "32", null, null);
        assertThat(ApplicationPermissions.canRead(council, dossier(ApplicationStatus.DRAFT), false)).isTrue();
        assertThat(ApplicationPermissions.canWrite(council, dossier(ApplicationStatus.DRAFT))).isFalse();
        assertThat(ApplicationPermissions.allowedActs(council, dossier(ApplicationStatus.DRAFT), false)).isEmpty();
        assertThat(ApplicationPermissions.canRead(actor(Role.REGIONAL_COUNCIL, "84", null, null), dossier(ApplicationStatus.DRAFT), false)).isFalse();
    }

    @Test
    void aDreetsCorrespondentReadsTheDossiersOfTheCampusesTheyFollowOnly() {
        Actor following = new Actor(UUID.randomUUID(), "dreets", "DREETS", Role.LABOUR_CORRESPONDENT, "32", null, null, null, null, Set.of(CAMPUS));
        Actor notFollowing = new Actor(UUID.randomUUID(), "dreets-2", "DREETS", Role.LABOUR_CORRESPONDENT, "32", null, null, null, null,
                Set.of(UUID.randomUUID()));
        assertThat(ApplicationPermissions.canRead(following, dossier(ApplicationStatus.EXPERT_REVIEW), false)).isTrue();
        assertThat(ApplicationPermissions.allowedActs(following, dossier(ApplicationStatus.SUBMITTED), false)).isEmpty();
        assertThat(ApplicationPermissions.canRead(notFollowing, dossier(ApplicationStatus.EXPERT_REVIEW), false)).isFalse();
    }

    @Test
    void theReferentOfAnAcademyTheCoordinationOfTheRegionAndTheAdministrationFollowALabelAndAskForStageReports() {
        ApplicationView granted = lilleAndAmiens(ApplicationStatus.GRANTED);
        assertThat(ApplicationPermissions.followsLabel(actor(Role.ACADEMY_REFERENT, null, "09", null), granted)).isTrue();
        assertThat(ApplicationPermissions.followsLabel(actor(Role.ACADEMY_REFERENT, null, "20", null), granted)).isTrue();
        assertThat(ApplicationPermissions.followsLabel(actor(Role.REGIONAL_COORDINATOR, "32", null, null), granted)).isTrue();
        assertThat(ApplicationPermissions.followsLabel(actor(Role.NATIONAL_ADMIN, null, null, null), granted)).isTrue();
    }

    @Test
    void theCampusItselfOtherTerritoriesAndTheRegionalCouncilDoNotAskForStageReports() {
        ApplicationView granted = lilleAndAmiens(ApplicationStatus.GRANTED);
        assertThat(ApplicationPermissions.followsLabel(actor(Role.OPERATIONAL_DIRECTOR, null, null, CAMPUS), granted)).isFalse();
        assertThat(ApplicationPermissions.followsLabel(actor(Role.ACADEMY_REFERENT, null, "10", null), granted)).isFalse();
        assertThat(ApplicationPermissions.followsLabel(actor(Role.REGIONAL_COORDINATOR, "84", null, null), granted)).isFalse();
        assertThat(ApplicationPermissions.followsLabel(actor(Role.REGIONAL_COUNCIL, "32", null, null), granted)).isFalse();
        assertThat(ApplicationPermissions.followsLabel(actor(Role.EXPERT, null, null, null), granted)).isFalse();
    }

    @Test
    void theAuthorsOfAReportRefreshItsAnnexWhileItIsADraftOnly() {
        ApplicationView draft = dossier(ApplicationStatus.DRAFT, ApplicationView.Kind.PROGRESS_REPORT, Set.of());
        Actor referent = actor(Role.ACADEMY_REFERENT, null, "09", null);
        assertThat(ApplicationPermissions.allowedActs(referent, draft, false)).contains(ApplicationAct.REFRESH_ANNEX);
        assertThat(ApplicationPermissions.allowedActs(actor(Role.REGIONAL_COUNCIL, "32", null, null), draft, false)).doesNotContain(ApplicationAct.REFRESH_ANNEX);
        for (ApplicationStatus status : List.of(ApplicationStatus.EXPERT_REVIEW, ApplicationStatus.CHANGES_REQUESTED, ApplicationStatus.REVIEWED)) {
            assertThat(ApplicationPermissions.allowedActs(referent, dossier(status, ApplicationView.Kind.PROGRESS_REPORT, Set.of()), false))
                    .doesNotContain(ApplicationAct.REFRESH_ANNEX);
        }
        assertThat(ApplicationPermissions.allowedActs(referent, dossier(ApplicationStatus.DRAFT), false)).doesNotContain(ApplicationAct.REFRESH_ANNEX);
    }
}
