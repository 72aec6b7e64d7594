package fr.passerelle.clusters.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.TestActors;
import fr.passerelle.clusters.ClusterAccess;
import fr.passerelle.identity.Actor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MatrixRulesTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final UUID COMPANY = UUID.randomUUID();

    static Instant on(LocalDate day) {
        return day.atTime(10, 0).atZone(PARIS).toInstant();
    }

    @Test
    void membersStaffAndAdministrationReadTheMatrixAndNobodyElse() {
        assertThat(MatrixRules.canRead(ClusterAccess.MEMBER)).isTrue();
        assertThat(MatrixRules.canRead(ClusterAccess.STAFF)).isTrue();
        assertThat(MatrixRules.canRead(ClusterAccess.ADMINISTRATION)).isTrue();
        assertThat(MatrixRules.canRead(ClusterAccess.PUBLIC)).isFalse();
        assertThat(MatrixRules.canRead(null)).isFalse();
    }

    @Test
    void onlyThoseWhoRunTheClusterKeepTheMatrixExportAndMessage() {
        assertThat(MatrixRules.canRun(ClusterAccess.STAFF)).isTrue();
        assertThat(MatrixRules.canRun(ClusterAccess.ADMINISTRATION)).isTrue();
        assertThat(MatrixRules.canRun(ClusterAccess.MEMBER)).isFalse();
        assertThat(MatrixRules.canRun(ClusterAccess.PUBLIC)).isFalse();
    }

    @Test
    void onlyTheCompanysOwnPeopleWhileItIsAMemberAnswerForItsEntry() {
        Actor recruiter = TestActors.recruiterOf(COMPANY);
        assertThat(MatrixRules.canAnswerFor(recruiter, ClusterAccess.MEMBER, COMPANY)).isTrue();
        assertThat(MatrixRules.canAnswerFor(TestActors.memberOf(COMPANY), ClusterAccess.MEMBER, COMPANY)).isTrue();
        assertThat(MatrixRules.canAnswerFor(recruiter, ClusterAccess.MEMBER, UUID.randomUUID())).as("another member company").isFalse();
        assertThat(MatrixRules.canAnswerFor(recruiter, ClusterAccess.PUBLIC, COMPANY)).as("an ex-member").isFalse();
        assertThat(MatrixRules.canAnswerFor(TestActors.clusterStaffOf(UUID.randomUUID()), ClusterAccess.STAFF, COMPANY))
                .as("the staff fill in, the company validates").isFalse();
        assertThat(MatrixRules.canAnswerFor(TestActors.nationalAdmin(), ClusterAccess.ADMINISTRATION, COMPANY)).isFalse();
    }

    @Test
    void anEntryValidatedBeforeTheRefreshPeriodIsStale() {
        assertThat(MatrixRules.stale(on(TODAY.minusMonths(12).minusDays(1)), TODAY, 12, PARIS)).isTrue();
        assertThat(MatrixRules.stale(on(TODAY.minusMonths(12)), TODAY, 12, PARIS)).isFalse();
        assertThat(MatrixRules.stale(on(TODAY.minusMonths(5)), TODAY, 6, PARIS)).isFalse();
        assertThat(MatrixRules.stale(on(TODAY.minusMonths(7)), TODAY, 6, PARIS)).isTrue();
        assertThat(MatrixRules.stale(null, TODAY, 12, PARIS)).as("never validated: to validate, not stale").isFalse();
    }

    @Test
    void theStateSaysWhatIsAwaitedFromWhom() {
        Instant filled = on(TODAY.minusMonths(2));
        assertThat(MatrixRules.state(null, null, null, TODAY, 12, PARIS)).isEqualTo(MatrixState.NOT_FILLED);
        assertThat(MatrixRules.state(filled, null, null, TODAY, 12, PARIS)).isEqualTo(MatrixState.TO_VALIDATE);
        assertThat(MatrixRules.state(filled, on(TODAY.minusMonths(1)), null, TODAY, 12, PARIS)).isEqualTo(MatrixState.UP_TO_DATE);
        assertThat(MatrixRules.state(filled, on(TODAY.minusMonths(3)), null, TODAY, 12, PARIS))
                .as("changed by the staff since the company validated").isEqualTo(MatrixState.TO_VALIDATE);
        assertThat(MatrixRules.state(on(TODAY.minusMonths(15)), on(TODAY.minusMonths(14)), null, TODAY, 12, PARIS)).isEqualTo(MatrixState.STALE);
        assertThat(MatrixRules.state(filled, on(TODAY.minusMonths(1)), on(TODAY), TODAY, 12, PARIS)).isEqualTo(MatrixState.CORRECTION_REQUESTED);
    }

    @Test
    void searchWordsAreFoldedAndMatchTheBeginningOfAWord() {
        assertThat(MatrixSearch.words("un bureau d'études … génie électrique … secteur naval"))
                .containsExactly("bureau", "etudes", "genie", "electrique", "naval");
        assertThat(MatrixSearch.matches("Poser des circuits et équipements électriques", "electrique")).isTrue();
        assertThat(MatrixSearch.matches("Construction navale", "naval")).isTrue();
        assertThat(MatrixSearch.matches("Aéronautique", "nautique")).isFalse();
    }
}
