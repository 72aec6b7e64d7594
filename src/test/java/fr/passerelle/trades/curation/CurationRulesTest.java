package fr.passerelle.trades.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.BusinessRuleException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CurationRulesTest {

    static final UUID CLUSTER = UUID.randomUUID();
    static final UUID CAMPUS = UUID.randomUUID();

    static Actor actor(Role role, UUID organisation, UUID campus) {
        return new Actor(UUID.randomUUID(), "x", "X", role, "32", "09", campus, organisation, null, Set.of(CAMPUS));
    }

    @Test
    void theNationalAdministratorCuratesEveryCluster() {
        assertThat(CurationPermissions.canCurateCluster(actor(Role.NATIONAL_ADMIN, null, null), CLUSTER)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"PARTNER_MEMBER", "COMPANY_RECRUITER"})
    void peopleAttachedToTheClusterCurateIt(Role role) {
        assertThat(CurationPermissions.canCurateCluster(actor(role, CLUSTER, null), CLUSTER)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"PARTNER_MEMBER", "COMPANY_RECRUITER"})
    void peopleOfAnotherOrganisationDoNotCurateTheCluster(Role role) {
        assertThat(CurationPermissions.canCurateCluster(actor(role, UUID.randomUUID(), null), CLUSTER)).isFalse();
        assertThat(CurationPermissions.canCurateCluster(actor(role, null, null), CLUSTER)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"REGIONAL_COORDINATOR", "REGIONAL_COUNCIL", "ACADEMY_REFERENT", "OPERATIONAL_DIRECTOR",
            "EXPERT", "LABOUR_CORRESPONDENT"})
    void everyOtherRoleIsRefusedAClusterEvenWhenAttachedToIt(Role role) {
        assertThat(CurationPermissions.canCurateCluster(actor(role, CLUSTER, CAMPUS), CLUSTER)).isFalse();
        assertThat(CurationPermissions.canCurate(actor(role, CLUSTER, CAMPUS), Owner.cluster(CLUSTER), true)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void aCampusIsCuratedByThoseWhoRunItWhateverTheRole(Role role) {
        Actor actor = actor(role, CLUSTER, CAMPUS);
        assertThat(CurationPermissions.canCurate(actor, Owner.campus(CAMPUS), true)).isTrue();
        assertThat(CurationPermissions.canCurate(actor, Owner.campus(CAMPUS), false)).isFalse();
    }

    @Test
    void aSheetIsOverdueMoreThanAYearAfterItsLastReview() {
        LocalDate reviewed = LocalDate.of(2025, 3, 10);
        LocalDate added = LocalDate.of(2020, 1, 1);
        assertThat(ReviewSchedule.isOverdue(reviewed, added, LocalDate.of(2026, 3, 10))).isFalse();
        assertThat(ReviewSchedule.isOverdue(reviewed, added, LocalDate.of(2026, 3, 11))).isTrue();
        assertThat(ReviewSchedule.dueOn(reviewed, added)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void aSheetNeverReviewedCountsFromTheDayItWasAdded() {
        LocalDate added = LocalDate.of(2025, 6, 1);
        assertThat(ReviewSchedule.isOverdue(null, added, LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(ReviewSchedule.isOverdue(null, added, LocalDate.of(2026, 6, 2))).isTrue();
    }

    static SheetText french(String missions) {
        return new SheetText(missions, null, null, null, null, null, null);
    }

    @Test
    void frenchMissionsAreRequiredAndEveryProblemIsReportedAtOnce() {
        var content = new SheetContent(french("  "), SheetText.EMPTY, new Pay(2200, 1800, 3000, 2500), 9, List.of());
        assertThatThrownBy(content::check).isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.problems())
                .containsOnlyKeys("missionsFr", "requiredLevel", "payBeginnerMax")
                .containsEntry("requiredLevel", "Le niveau requis est un niveau du cadre national, de 3 (CAP) à 8 (doctorat)."));
    }

    @Test
    void anEnglishPartTooLongIsNamedOnItsField() {
        var english = new SheetText(null, null, null, null, null, null, "x".repeat(SheetText.MAX_LENGTH + 1));
        var content = new SheetContent(french("Préparer"), english, Pay.UNKNOWN, 3, List.of());
        assertThatThrownBy(content::check).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.problems()).containsOnlyKeys("prospectsEn"));
    }

    @Test
    void aSheetWithoutEnglishTextIsNotTranslated() {
        var content = new SheetContent(french("Préparer"), new SheetText(" ", "", null, null, null, null, null), Pay.UNKNOWN, null, List.of());
        assertThat(content.translated()).isFalse();
        assertThat(content.check()).isEqualTo(content);
        assertThat(new SheetContent(french("Préparer"), french("Prepare"), null, null, null).translated()).isTrue();
    }

    @Test
    void payRangesAreWrittenForPeople() {
        assertThat(Pay.range(1800, 2100, false)).isEqualTo("1\u00a0800 € – 2\u00a0100 €");
        assertThat(Pay.range(1800, null, true)).isEqualTo("from €1,800");
        assertThat(Pay.range(null, 2100, false)).isEqualTo("jusqu’à 2\u00a0100 €");
        assertThat(Pay.range(null, null, false)).isNull();
    }

    @Test
    void aSheetReviewedTodayCannotBeReviewedTwice() {
        var sheet = CuratedSheet.add(Owner.campus(CAMPUS), "G1601", 0, java.time.Instant.parse("2026-01-01T10:00:00Z"));
        LocalDate today = LocalDate.of(2026, 5, 4);
        sheet.review("Direction", today, java.time.Instant.parse("2026-05-04T10:00:00Z"));
        assertThat(sheet.reviewedOn()).isEqualTo(today);
        assertThat(sheet.reviewedBy()).isEqualTo("Direction");
        assertThatThrownBy(() -> sheet.review("Direction", today, java.time.Instant.parse("2026-05-04T11:00:00Z")))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void enrichingWithTheSameContentChangesNothing() {
        var sheet = CuratedSheet.add(Owner.campus(CAMPUS), "G1601", 0, java.time.Instant.parse("2026-01-01T10:00:00Z"));
        var content = new SheetContent(french("Diriger la brigade"), SheetText.EMPTY, new Pay(2000, 2400, null, null), 4, List.of(1, 2));
        assertThat(sheet.enrich(content, java.time.Instant.parse("2026-01-02T10:00:00Z"))).isTrue();
        assertThat(sheet.enrich(content, java.time.Instant.parse("2026-01-03T10:00:00Z"))).isFalse();
        assertThat(sheet.content()).isEqualTo(content);
    }
}
