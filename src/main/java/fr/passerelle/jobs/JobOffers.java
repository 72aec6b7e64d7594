package fr.passerelle.jobs;

import fr.passerelle.identity.Actor;
import java.util.UUID;

/**
 * Job offers for the rest of the platform (the demo data): a recruiter of an active member company, or the staff of
 * its cluster, drafts an offer and publishes it; each act checks the actor and is audited.
 */
public interface JobOffers {

    /** A new draft offer of the company, posted through one of the clusters it is an active member of. */
    UUID draft(Actor actor, UUID companyId, UUID clusterId, JobOfferDetails details);

    /** Publishes a draft: public on the board for 60 days from today. */
    void publish(Actor actor, UUID offerId);

    /** How many offers the company has, whatever their state. */
    long countOf(UUID companyId);
}
