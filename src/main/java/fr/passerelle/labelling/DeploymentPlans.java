package fr.passerelle.labelling;

import fr.passerelle.campus.Sector;
import fr.passerelle.identity.Actor;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The regional deployment plans, for other modules (the demo data). Pages stay inside labelling
 * ({@code labelling.deployment}); every act checks the actor's role and scope and is audited, as from the pages.
 * A broken rule is a {@code BusinessRuleException} with a French message.
 */
public interface DeploymentPlans {

    /** Opens the plan of the région for the year, as a draft; returns its id. */
    UUID open(Actor actor, String regionCode, int year);

    /** Adds a priority sector to the plan, with its rationale. */
    void prioritise(Actor actor, UUID planId, Sector sector, String rationale);

    /** Records that the plan was adopted on that day. */
    void adopt(Actor actor, UUID planId, LocalDate adoptedOn);

    /** Adds a project to the plan; returns its id. */
    UUID addProject(Actor actor, UUID planId, PreparedProject project);

    /** Adds a milestone to a project's support calendar; returns its id. */
    UUID addMilestone(Actor actor, UUID projectId, SupportMilestone milestone);
}
