package fr.passerelle.governance;

import java.util.UUID;

/** One action of a campus's action plan as other modules name and link it: its year, title and where it stands. */
public record ActionSummary(UUID id, UUID campusId, int year, String title, ActionCodes.Status status) {
}
