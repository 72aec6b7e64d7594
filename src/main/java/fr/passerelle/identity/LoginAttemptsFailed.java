package fr.passerelle.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Password logins to an existing account failed several times in a row, so that its logins are now refused for a
 * while; published once per burst of failures, inside the transaction that counted the last one, for the owner to be
 * told.
 *
 * @param accountId     the account whose name was typed
 * @param username      its login name
 * @param failures      how many attempts failed in this burst
 * @param address       the client address of the last failed attempt
 * @param lastAttemptAt when the last attempt failed
 */
public record LoginAttemptsFailed(UUID accountId, String username, int failures, String address, Instant lastAttemptAt) {
}
