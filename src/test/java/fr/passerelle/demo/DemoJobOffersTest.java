package fr.passerelle.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Accounts;
import fr.passerelle.jobs.JobOffers;
import fr.passerelle.territory.Territories;
import fr.passerelle.trades.Trades;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo offers are written on job titles and communes that exist, and loading them twice posts each once. */
@PasserelleIntegrationTest
class DemoJobOffersTest {

    @Autowired
    JobOffers offers;
    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    Accounts accounts;
    @Autowired
    Trades trades;
    @Autowired
    Territories territories;
    @Autowired
    Clock clock;

    @Test
    void everyDemoOfferNamesAJobTitleOfRomeAndACommuneWithItsCentre() {
        assertThat(DemoJobOffers.SPECS).hasSizeGreaterThanOrEqualTo(12);
        for (DemoJobOffers.Spec spec : DemoJobOffers.SPECS) {
            assertThat(trades.jobTitle(spec.jobTitle())).as(spec.title()).isPresent();
            assertThat(territories.municipality(spec.commune())).as(spec.title()).hasValueSatisfying(m -> assertThat(m.latitude()).isNotNull());
            assertThat(spec.company()).endsWith("(fictive)");
            assertThat(DemoJobOffers.details(spec).contract().limited()).as(spec.title()).isEqualTo(spec.months() != null);
        }
    }

    @Test
    void loadingTheDemoOffersTwicePostsEachCompanysOffersOnce() {
        DemoJobOffers demo = new DemoJobOffers(offers, clusters, directory, accounts, clock);
        demo.load();
        demo.load();
        for (DemoJobOffers.Spec spec : DemoJobOffers.SPECS) {
            UUID company = directory.findByName(spec.company()).map(OrganisationSummary::id).orElse(null);
            if (company != null && clusters.bySlug(spec.cluster()).isPresent()) {
                assertThat(offers.countOf(company)).as(spec.company()).isLessThanOrEqualTo(1);
            }
        }
    }
}
