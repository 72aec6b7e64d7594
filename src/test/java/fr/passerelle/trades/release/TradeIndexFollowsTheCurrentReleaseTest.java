package fr.passerelle.trades.release;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.trades.JobTitleChoice;
import fr.passerelle.trades.TradeSheet;
import fr.passerelle.trades.Trades;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The trade pages and the job-title picker read the current release, and the search index follows it when another
 * release is made current (fixture 61: N4303 removed, I1603 added, job title 10826 renamed), and back. Release 61 is
 * deleted afterwards, for the other tests.
 */
@PasserelleIntegrationTest
class TradeIndexFollowsTheCurrentReleaseTest {

    @Autowired
    ReleaseImports imports;
    @Autowired
    ReleaseCatalog catalog;
    @Autowired
    Trades trades;

    @AfterEach
    void putRelease60BackInService() {
        catalog.byVersion(60).ifPresent(v60 -> imports.makeCurrent(TestActors.nationalAdmin(), v60.id()));
        catalog.byVersion(61).ifPresent(v61 -> imports.delete(TestActors.nationalAdmin(), v61.id()));
    }

    @Test
    void theSearchAndTheSheetsFollowTheReleaseInService() {
        TradeSheet removedLater = trades.sheet("N4303").orElseThrow();
        String removedTitle = removedLater.jobTitles().get(0).label();
        assertThat(trades.searchJobTitles(removedTitle, 50)).extracting(JobTitleChoice::tradeCode).contains("N4303");
        assertThat(trades.searchJobTitles("aide cuisine", 10)).extracting(JobTitleChoice::label).contains("Aide de cuisine");

        imports.importNow(TestActors.nationalAdmin(), ReleaseFiles.classpath("rome/v461"));

        assertThat(trades.currentReleaseVersion()).contains(61);
        assertThat(trades.sheet("N4303")).isEmpty();
        assertThat(trades.sheet("I1603")).isPresent();
        assertThat(trades.searchJobTitles(removedTitle, 50)).extracting(JobTitleChoice::tradeCode).doesNotContain("N4303");
        assertThat(trades.searchJobTitles("aide cuisine restauration", 10)).extracting(JobTitleChoice::label)
                .contains("Aide de cuisine en restauration");

        imports.makeCurrent(TestActors.nationalAdmin(), catalog.byVersion(60).orElseThrow().id());

        assertThat(trades.currentReleaseVersion()).contains(60);
        assertThat(trades.searchJobTitles(removedTitle, 50)).extracting(JobTitleChoice::tradeCode).contains("N4303");
        assertThat(trades.searchJobTitles("aide cuisine", 10)).extracting(JobTitleChoice::label)
                .contains("Aide de cuisine").doesNotContain("Aide de cuisine en restauration");
    }
}
