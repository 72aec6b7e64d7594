package fr.passerelle.clusters;

import fr.passerelle.campus.Sector;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The results of clusters' surveys that others may quote, e.g. a campus in the shared diagnosis (criterion 1) of its
 * labelling dossier: only campaigns their cluster marked « citable », closed, and only the figures of trades drawn from
 * enough answers (never a masked figure).
 */
public interface SurveyResults {

    /**
     * The quotations of clusters of the région or sharing one of the sectors, newest first.
     *
     * @param regionCode a région's code, or null
     * @param sectors    sectors, possibly empty
     */
    List<Quotation> quotableResults(String regionCode, Collection<Sector> sectors);

    /** One of {@link #quotableResults} by its key, or nothing when it is not (or no longer) quotable there. */
    Optional<Quotation> quotation(String regionCode, Collection<Sector> sectors, String key);

    /**
     * A campaign's published figures as a text block to insert.
     *
     * @param key     what identifies it (the campaign)
     * @param link    the cluster's public page, or null when it has none
     * @param text    the quotation, in French: cluster, campaign, period, figures per trade, source
     */
    record Quotation(String key, String clusterName, String campaignTitle, String period, String link, String text) {
    }
}
