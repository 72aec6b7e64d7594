package fr.passerelle.jobs.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A saved search of the board under a name, e-mailed daily while it is active. */
record Alert(UUID id, UUID candidateId, String name, String search, String description, boolean active, LocalDate coveredThrough,
             Instant lastSentAt, String unsubscribeToken, Instant createdAt, long version) {

    public String boardPath() {
        return search.isEmpty() ? "/offres" : "/offres?" + search;
    }
}
