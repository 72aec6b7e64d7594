package fr.passerelle.governance;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The action plans of campuses, for other modules (the demo data, the self-evaluation that plans actions of the plan).
 * Pages and exports stay inside governance. The reading methods take no actor: the caller shows them only to those
 * who read everything of the campus.
 */
public interface ActionPlans {

    /**
     * Adds an action to a campus's action plan, audited on the campus.
     *
     * @throws IllegalArgumentException when the action breaks a rule (the message is in French)
     */
    UUID add(UUID campusId, ActionDetails details);

    /** The actions of the campus's plan from year {@code fromYear} to {@code toYear}, by year, then date and title. */
    List<ActionSummary> actionsOf(UUID campusId, int fromYear, int toYear);

    /** Those of the given actions that belong to the campus's plan (unknown or other campuses' ids are left out). */
    List<ActionSummary> actions(UUID campusId, Collection<UUID> ids);
}
