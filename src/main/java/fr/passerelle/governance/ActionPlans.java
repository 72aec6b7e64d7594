package fr.passerelle.governance;

import java.util.UUID;

/** The action plans of campuses, for other modules (the demo data). Pages and exports stay inside governance. */
public interface ActionPlans {

    /**
     * Adds an action to a campus's action plan, audited on the campus.
     *
     * @throws IllegalArgumentException when the action breaks a rule (the message is in French)
     */
    UUID add(UUID campusId, ActionDetails details);
}
