package fr.passerelle.directory;

import fr.passerelle.platform.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "membership")
class Membership {

    @Id
    private UUID id;
    private UUID campusId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;
    @Enumerated(EnumType.STRING)
    private MembershipRole role;
    private LocalDate since;
    private LocalDate until;
    private Instant createdAt;

    protected Membership() {
    }

    static Membership join(UUID campusId, Organisation organisation, MembershipRole role, LocalDate since, LocalDate until,
                           Instant now) {
        if (since != null && until != null && until.isBefore(since)) {
            throw new BusinessRuleException("until", "La date de fin précède la date de début.");
        }
        var membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.campusId = campusId;
        membership.organisation = organisation;
        membership.role = role;
        membership.since = since;
        membership.until = until;
        membership.createdAt = now;
        return membership;
    }

    static Membership contact(UUID campusId, Person person, Instant now) {
        var membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.campusId = campusId;
        membership.person = person;
        membership.role = MembershipRole.CONTACT;
        membership.createdAt = now;
        return membership;
    }

    Person person() {
        return person;
    }

    Partner partner() {
        return new Partner(id, campusId, organisation.summary(), role, since, until);
    }

    UUID id() {
        return id;
    }

    UUID campusId() {
        return campusId;
    }

    Organisation organisation() {
        return organisation;
    }

    MembershipRole role() {
        return role;
    }
}
