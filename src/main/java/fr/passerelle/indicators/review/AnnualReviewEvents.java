package fr.passerelle.indicators.review;

import java.util.UUID;

/** What happened to an annual review, for the notices telling the next actor. */
final class AnnualReviewEvents {

    private AnnualReviewEvents() {
    }

    record Submitted(UUID annualReviewId, boolean again) {
    }

    record SentBack(UUID annualReviewId, String reason) {
    }

    record Acknowledged(UUID annualReviewId, String comment) {
    }
}
