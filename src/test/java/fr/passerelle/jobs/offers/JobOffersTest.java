package fr.passerelle.jobs.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.TestSmtp;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.ClusterMember;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.ConcurrentEditException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who posts offers (the recruiters of active members and their cluster's staff, nobody else), and an offer's life:
 * published, reminded a week and a day before it expires (notification and e-mail, each once), expired by the daily
 * job, extended, closed with how it was filled; stale forms refused; every act audited.
 */
@PasserelleIntegrationTest
class JobOffersTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

    @Autowired
    JobOfferService service;
    @Autowired
    JobOfferRepository offers;
    @Autowired
    OfferExpiry expiry;
    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail audit;

    String key;
    ClusterCard cluster;
    ClusterCard other;
    UUID member;
    UUID exMember;
    UUID stranger;
    LocalDate today;

    @BeforeEach
    void setUp() {
        key = UUID.randomUUID().toString().substring(0, 8);
        today = service.today();
        cluster = ClusterFixtures.cluster(directory, clusters, "52", "Cluster naval " + key, Sector.MOBILITY);
        other = ClusterFixtures.cluster(directory, clusters, "52", "Autre cluster " + key, Sector.MOBILITY);
        member = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Chantiers " + key, today.minusYears(1));
        exMember = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Ancien membre " + key, today.minusYears(1));
        ClusterMember membership = clusters.members(TestActors.nationalAdmin(), cluster.id(), null, false, 1, 50).members().stream()
                .filter(m -> m.organisationId().equals(exMember)).findFirst().orElseThrow();
        clusters.endMembership(TestActors.nationalAdmin(), cluster.id(), membership.membershipId(), today.minusDays(1));
        stranger = ClusterFixtures.company(directory, "Hors réseau " + key);
    }

    private static int status(Runnable act) {
        try {
            act.run();
            return 200;
        } catch (ResponseStatusException e) {
            return e.getStatusCode().value();
        }
    }

    @Test
    void aRecruiterOfAnActiveMemberPostsAndPublishesAnOffer() {
        Actor recruiter = TestActors.recruiterOf(member);
        UUID id = service.draft(recruiter, member, null, JobOfferFixtures.welder("Soudeur TIG " + key));
        service.publish(recruiter, id);
        JobOffer offer = offers.findById(id).orElseThrow();
        assertThat(offer.status()).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(offer.clusterId()).isEqualTo(cluster.id());
        assertThat(offer.companyName()).startsWith("Chantiers " + key);
        assertThat(offer.municipalityName()).isEqualTo("Saint-Nazaire");
        assertThat(offer.regionCode()).isEqualTo("52");
        assertThat(offer.tradeCode()).isEqualTo("H2913");
        assertThat(offer.expiresOn()).isEqualTo(today.plusDays(60));
        assertThat(audit.history(JobOfferService.AUDITED, id)).extracting(AuditTrail.Entry::summary)
                .anyMatch(s -> s.startsWith("Offre « Soudeur TIG " + key + " » publiée jusqu’au"))
                .anyMatch(s -> s.contains("rédigée pour Chantiers " + key));
    }

    @Test
    void theStaffOfTheClusterPostForAMemberButNotForACompanyOutsideIt() {
        Actor staff = TestActors.clusterStaffOf(cluster.id());
        UUID id = service.draft(staff, member, cluster.id(), JobOfferFixtures.welder("Chaudronnier " + key));
        assertThat(offers.findById(id)).isPresent();
        assertThat(status(() -> service.draft(staff, stranger, cluster.id(), JobOfferFixtures.welder("x")))).isEqualTo(403);
        assertThat(status(() -> service.draft(staff, exMember, cluster.id(), JobOfferFixtures.welder("x")))).isEqualTo(403);
    }

    @Test
    void nonMembersExMembersAnotherClustersStaffAndOthersAreRefused() {
        assertThat(status(() -> service.draft(TestActors.recruiterOf(stranger), stranger, cluster.id(), JobOfferFixtures.welder("x")))).isEqualTo(403);
        assertThat(status(() -> service.draft(TestActors.recruiterOf(exMember), exMember, cluster.id(), JobOfferFixtures.welder("x")))).isEqualTo(403);
        assertThat(status(() -> service.draft(TestActors.clusterStaffOf(other.id()), member, cluster.id(), JobOfferFixtures.welder("x"))))
                .isEqualTo(403);
        assertThat(status(() -> service.draft(TestActors.clusterStaffOf(other.id()), member, other.id(), JobOfferFixtures.welder("x"))))
                .isEqualTo(403);
        assertThat(status(() -> service.draft(TestActors.memberOf(member), member, cluster.id(), JobOfferFixtures.welder("x")))).isEqualTo(403);
        assertThat(status(() -> service.draft(null, member, cluster.id(), JobOfferFixtures.welder("x")))).isEqualTo(403);
        assertThat(service.countOf(stranger)).isZero();
        assertThat(service.countOf(exMember)).isZero();
    }

    @Test
    void anOfferIsNoLongerManagedByItsCompanyOnceItsMembershipHasEnded() {
        Actor staff = TestActors.clusterStaffOf(cluster.id());
        UUID company = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Sortante " + key, today.minusYears(1));
        UUID id = service.draft(TestActors.recruiterOf(company), company, cluster.id(), JobOfferFixtures.welder("Offre " + key));
        ClusterMember membership = clusters.members(TestActors.nationalAdmin(), cluster.id(), null, false, 1, 50).members().stream()
                .filter(m -> m.organisationId().equals(company)).findFirst().orElseThrow();
        clusters.endMembership(TestActors.nationalAdmin(), cluster.id(), membership.membershipId(), today.minusDays(1));
        assertThat(status(() -> service.managed(TestActors.recruiterOf(company), id))).isEqualTo(403);
        assertThat(status(() -> service.managed(staff, id))).isEqualTo(403);
        assertThat(status(() -> service.managed(TestActors.recruiterOf(member), id))).isEqualTo(403);
    }

    List<String> subjectsTo(String email, String containing) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email)) && m.getSubject().contains(containing);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(JobOffersTest::subject).toList();
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theRecruiterIsRemindedAWeekAndADayBeforeExpiryOnceEachThenTheOfferExpires() {
        Actor recruiter = JobOfferFixtures.account(accounts, Role.COMPANY_RECRUITER, member);
        String title = "Soudeur à relancer " + key;
        UUID id = service.draft(recruiter, member, null, JobOfferFixtures.welder(title));
        service.publish(recruiter, id);
        LocalDate expires = today.plusDays(60);

        expiry.runFor(expires.minusDays(8));
        assertThat(subjectsTo(recruiter.email(), title)).isEmpty();
        expiry.runFor(expires.minusDays(7));
        expiry.runFor(expires.minusDays(7));
        expiry.runFor(expires.minusDays(6));
        assertThat(subjectsTo(recruiter.email(), title)).containsExactly("[Passerelle] Votre offre « " + title + " » expire dans 7 jours");
        expiry.runFor(expires.minusDays(1));
        expiry.runFor(expires);
        assertThat(subjectsTo(recruiter.email(), title)).hasSize(2).contains("[Passerelle] Votre offre « " + title + " » expire demain");
        assertThat(offers.findById(id).orElseThrow().status()).isEqualTo(OfferStatus.PUBLISHED);

        expiry.runFor(expires.plusDays(1));
        assertThat(offers.findById(id).orElseThrow().status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(audit.history(JobOfferService.AUDITED, id)).extracting(AuditTrail.Entry::action).contains("OFFRE_EXPIREE");
        assertThat(subjectsTo(recruiter.email(), title)).hasSize(2);
    }

    @Test
    void theRecruiterExtendsThenClosesTheOfferSayingHowItWasFilledAndStaleFormsAreRefused() {
        Actor recruiter = TestActors.recruiterOf(member);
        UUID id = service.draft(recruiter, member, null, JobOfferFixtures.welder("Soudeur à prolonger " + key));
        service.publish(recruiter, id);
        long version = offers.findById(id).orElseThrow().version();
        service.extend(recruiter, id, version, 15);
        assertThat(offers.findById(id).orElseThrow().expiresOn()).isEqualTo(today.plusDays(75));
        assertThatThrownBy(() -> service.close(recruiter, id, version, Filled.PLATFORM)).isInstanceOf(ConcurrentEditException.class);
        service.close(recruiter, id, offers.findById(id).orElseThrow().version(), Filled.PLATFORM);
        JobOffer closed = offers.findById(id).orElseThrow();
        assertThat(closed.status()).isEqualTo(OfferStatus.CLOSED);
        assertThat(closed.filled()).isEqualTo(Filled.PLATFORM);
        assertThat(closed.closedOn()).isEqualTo(today);
        assertThat(audit.history(JobOfferService.AUDITED, id)).extracting(AuditTrail.Entry::action)
                .contains("OFFRE_PROLONGEE", "OFFRE_CLOTUREE");
    }

    @Test
    void theSkillsAskedForComeFromRomeWithRequiredCertificationsMarked() {
        Actor recruiter = TestActors.recruiterOf(member);
        UUID id = service.draft(recruiter, member, null, JobOfferFixtures.welder("Soudeur qualifié " + key));
        var sheet = service.trades().sheet("H2913").orElseThrow();
        int skill = sheet.skills().get(0).macroSkills().get(0).skills().get(0).ogr();
        var knowledgeLine = sheet.knowledge().stream().flatMap(g -> g.items().stream()).findFirst().orElseThrow();
        service.askFor(recruiter, id, offers.findById(id).orElseThrow().version(), List.of(skill), List.of(knowledgeLine.ogr()),
                List.of(knowledgeLine.ogr()));
        JobOffer offer = offers.findById(id).orElseThrow();
        assertThat(offer.skills()).extracting(JobOffer.Skill::ogr).containsExactlyInAnyOrder(skill, knowledgeLine.ogr());
        assertThat(offer.skills()).filteredOn(JobOffer.Skill::required).extracting(JobOffer.Skill::ogr).containsExactly(knowledgeLine.ogr());
    }
}
