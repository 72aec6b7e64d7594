package fr.passerelle.directory;

/** A person's name, function and contact details. */
public record PersonDetails(String firstName, String lastName, String jobTitle, String email, String phone) {
}
