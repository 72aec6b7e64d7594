package fr.passerelle.directory;

import java.time.LocalDate;

/** What is recorded about a partnership agreement besides its file. */
public record AgreementDetails(String title, LocalDate signedOn, LocalDate validFrom, LocalDate validUntil, String signatories) {
}
