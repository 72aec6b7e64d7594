package fr.passerelle.directory;

import java.util.UUID;

/** A person and how to reach them, with the organisation they work for. */
public record Contact(UUID id, String firstName, String lastName, String jobTitle, String email, String phone,
                      UUID organisationId, String organisationName) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
