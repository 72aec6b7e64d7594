package fr.passerelle.clusters;

import fr.passerelle.identity.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Surveys of a cluster for other modules (the demo data): opening a campaign of the whole panel, answering it for a
 * company, letting campuses quote it. Each act is checked against the actor and audited as the survey pages do.
 */
public interface SurveyCampaigns {

    /** Kinds: {@code BAROMETER}, {@code HR_SURVEY}, {@code OBSERVATORY}, {@code PANEL}; trades are ROME job titles (OGR codes). */
    record NewCampaign(String kind, String title, LocalDate opensOn, LocalDate closesOn, int minAnswers, List<Integer> jobTitleOgrs) {
    }

    /** One trade's figures in a company's answer; any may be null; {@code skillOgrs} the most sought ROME skills (5 at most). */
    record TradeFigures(int jobTitleOgr, Integer hiringNeeds, Integer difficulty, Integer unfilled, Integer forecast, List<Integer> skillOgrs) {
    }

    /** Opens a campaign asking every active member about the trades; its id. */
    UUID open(Actor actor, UUID clusterId, NewCampaign campaign);

    /** The company's answer (the actor is one of its people), or its change. */
    void answer(Actor actor, UUID clusterId, UUID campaignId, List<TradeFigures> figures);

    void markCitable(Actor actor, UUID clusterId, UUID campaignId, boolean citable);
}
