package fr.passerelle.jobs.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.jobs.JobOfferContract;
import fr.passerelle.jobs.JobOfferLevel;
import fr.passerelle.jobs.JobOfferWorkingTime;
import fr.passerelle.platform.BusinessRuleException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobOfferTest {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    static OfferContent content(JobOfferContract contract, Integer duration, Integer min, Integer max, String email) {
        return new OfferContent("Soudeur TIG", "Chantier naval", 404475, "Soudeur / Soudeuse", "H2913", "H", contract, duration,
                JobOfferWorkingTime.FULL_TIME, 35, "44184", "Saint-Nazaire", "52", 47.27, -2.24, JobOfferLevel.LEVEL_3, min, max, null, 2,
                email, null, null);
    }

    static JobOffer draft() {
        return JobOffer.draft(UUID.randomUUID(), "Chantiers (fictive)", UUID.randomUUID(), "Cluster", content(JobOfferContract.CDI, null, 26000,
                32000, "rh@example.fr"), new JobOffer.Poster(UUID.randomUUID(), "Recruteuse"), NOW);
    }

    @Test
    void aSalaryRangeWhoseMinimumExceedsItsMaximumIsRefused() {
        assertThatThrownBy(() -> JobOffer.draft(UUID.randomUUID(), "A", UUID.randomUUID(), "C", content(JobOfferContract.CDI, null, 40000, 30000,
                "rh@example.fr"), new JobOffer.Poster(UUID.randomUUID(), "R"), NOW))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("salaire maximum");
    }

    @Test
    void aFixedTermContractNeedsItsDurationAndEveryOfferAWayToApply() {
        assertThatThrownBy(() -> draft().revise(content(JobOfferContract.CDD, null, null, null, "rh@example.fr"), NOW))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("durée");
        assertThatThrownBy(() -> draft().revise(content(JobOfferContract.CDI, null, null, null, " "), NOW))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("comment postuler");
    }

    @Test
    void aPublishedOfferIsPublicForSixtyDaysThenExpires() {
        JobOffer offer = draft();
        assertThat(offer.isPublicOn(DAY)).isFalse();
        offer.publish(DAY, NOW);
        assertThat(offer.expiresOn()).isEqualTo(DAY.plusDays(60));
        assertThat(offer.isPublicOn(DAY.plusDays(60))).isTrue();
        assertThat(offer.expireIfDue(DAY.plusDays(60), NOW)).isFalse();
        assertThat(offer.expireIfDue(DAY.plusDays(61), NOW)).isTrue();
        assertThat(offer.status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(offer.isPublicOn(DAY.plusDays(61))).isFalse();
        assertThatThrownBy(() -> offer.publish(DAY, NOW)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void theRecruiterIsRemindedAWeekThenADayBeforeExpiryEachOnce() {
        JobOffer offer = draft();
        offer.publish(DAY, NOW);
        LocalDate expiry = offer.expiresOn();
        assertThat(offer.reminderDue(expiry.minusDays(8))).isEmpty();
        assertThat(offer.reminderDue(expiry.minusDays(7))).contains(7);
        offer.reminded(7);
        assertThat(offer.reminderDue(expiry.minusDays(6))).isEmpty();
        assertThat(offer.reminderDue(expiry.minusDays(1))).contains(1);
        offer.reminded(1);
        assertThat(offer.reminderDue(expiry)).isEmpty();
    }

    @Test
    void anExtensionMovesTheExpiryAndTheRemindersComeAgainBeforeTheNewDate() {
        JobOffer offer = draft();
        offer.publish(DAY, NOW);
        LocalDate expiry = offer.expiresOn();
        offer.reminded(7);
        offer.extend(30, expiry.minusDays(5), NOW);
        assertThat(offer.expiresOn()).isEqualTo(expiry.plusDays(30));
        assertThat(offer.reminderDue(offer.expiresOn().minusDays(7))).contains(7);
    }

    @Test
    void anExpiredOfferExtendedIsPublishedAgainFromToday() {
        JobOffer offer = draft();
        offer.publish(DAY, NOW);
        LocalDate later = DAY.plusDays(70);
        offer.expireIfDue(later, NOW);
        offer.extend(15, later, NOW);
        assertThat(offer.status()).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(offer.expiresOn()).isEqualTo(later.plusDays(15));
    }

    @Test
    void anExtensionIsBoundedAndADraftIsNotExtended() {
        JobOffer offer = draft();
        assertThatThrownBy(() -> offer.extend(30, DAY, NOW)).isInstanceOf(BusinessRuleException.class);
        offer.publish(DAY, NOW);
        assertThatThrownBy(() -> offer.extend(0, DAY, NOW)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> offer.extend(60, DAY, NOW)).isInstanceOf(BusinessRuleException.class).hasMessageContaining("90 jours");
    }

    @Test
    void aClosedOfferSaysHowItWasFilledLeavesTheBoardAndIsNoLongerChanged() {
        JobOffer offer = draft();
        offer.publish(DAY, NOW);
        assertThatThrownBy(() -> offer.close(null, DAY, NOW)).isInstanceOf(BusinessRuleException.class);
        offer.close(Filled.PLATFORM, DAY.plusDays(10), NOW);
        assertThat(offer.status()).isEqualTo(OfferStatus.CLOSED);
        assertThat(offer.filled()).isEqualTo(Filled.PLATFORM);
        assertThat(offer.isPublicOn(DAY.plusDays(10))).isFalse();
        assertThat(offer.reminderDue(offer.expiresOn().minusDays(1))).isEmpty();
        assertThatThrownBy(() -> offer.revise(content(JobOfferContract.CDI, null, null, null, "a@b.fr"), NOW)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> offer.extend(10, DAY, NOW)).isInstanceOf(BusinessRuleException.class);
    }
}
