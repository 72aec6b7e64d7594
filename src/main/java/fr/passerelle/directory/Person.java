package fr.passerelle.directory;

import fr.passerelle.platform.Text;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person of the directory, with contact details, working for an organisation. Removed from the directory, a person
 * is kept (with the day of removal) but no longer listed nor offered: the meetings they attended and the surveys they
 * answered keep naming them.
 */
@Entity
@Table(name = "person")
class Person {

    @Id
    private UUID id;
    private String firstName;
    private String lastName;
    private String email;
    private String phone;
    private String jobTitle;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;
    private LocalDate removedOn;
    @Version
    private long version;

    protected Person() {
    }

    static Person of(Organisation organisation, PersonDetails details) {
        var person = new Person();
        person.id = UUID.randomUUID();
        person.organisation = organisation;
        person.firstName = details.firstName().strip();
        person.lastName = details.lastName().strip();
        person.email = Text.trimToNull(details.email());
        person.phone = Text.trimToNull(details.phone());
        person.jobTitle = Text.trimToNull(details.jobTitle());
        return person;
    }

    Contact contact() {
        return new Contact(id, firstName, lastName, jobTitle, email, phone, organisation.id(), organisation.summary().name());
    }

    /** Takes the person out of the directory on that day; their past (attendance, surveys) stays. */
    void remove(LocalDate day) {
        this.removedOn = day;
    }

    boolean isRemoved() {
        return removedOn != null;
    }

    UUID id() {
        return id;
    }

    Organisation organisation() {
        return organisation;
    }

}
