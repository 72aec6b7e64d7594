package fr.passerelle.directory;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person was taken out of the directory on {@code removedOn}. Published inside the transaction of the removal,
 * for the modules that hold what the person took part in (the seats on governing bodies end on that day, with a
 * line in each campus's history); their past — attendance, survey answers — is kept.
 */
public record PersonRemoved(UUID personId, String fullName, String organisationName, LocalDate removedOn) {
}
