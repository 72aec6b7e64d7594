package fr.passerelle.directory;

import java.time.LocalDate;
import java.util.UUID;

/** An organisation's membership of a campus. */
public record Partner(UUID membershipId, UUID campusId, OrganisationSummary organisation, MembershipRole role,
                      LocalDate since, LocalDate until) {
}
