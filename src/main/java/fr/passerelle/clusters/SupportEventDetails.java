package fr.passerelle.clusters;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a cluster's staff say of a collective HR event: times are Europe/Paris wall-clock times; {@code place} may be
 * null when the event is online only; {@code charter} and {@code confidentialityRule} (the club's rule that what is
 * said stays in the room), when set, must be accepted by each participant on registering.
 */
public record SupportEventDetails(SupportEventKind kind, String title, String theme, String description, LocalDateTime startsAt,
                                  LocalDateTime endsAt, String place, boolean online, int capacity, String charter,
                                  String confidentialityRule, String speakers, List<Partner> partners) {

    public SupportEventDetails {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    /** An organisation of the directory partnering the event (Apec, the CTEF, the région…) and its role. */
    public record Partner(UUID organisationId, String role) {
    }
}
