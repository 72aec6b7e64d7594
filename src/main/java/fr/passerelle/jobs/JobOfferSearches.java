package fr.passerelle.jobs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Searches of the public job board kept for later (the candidates' alerts): a search as the board's address writes it,
 * checked and described in words, and the public offers it finds that were published in a span of days.
 */
public interface JobOfferSearches {

    /**
     * A board search: its query string as the board writes it ({@code q=soudeur&contrat=CDI&commune=Saint-Nazaire&rayon=30},
     * without page; empty for every offer), what it looks for in words, and the values ignored as unknown.
     */
    record JobOfferSearch(String queryString, String description, List<String> warnings) {

        /** The board's address for this search. */
        public String boardPath() {
            return queryString.isEmpty() ? "/offres" : "/offres?" + queryString;
        }
    }

    /** A public offer as an alert lists it. */
    record JobOfferSummary(UUID id, String title, String companyName, String municipalityName, String contract, LocalDate publishedOn) {

        public String path() {
            return "/offres/" + id;
        }
    }

    /** The first offers found, newest first, and how many there are in all. */
    record JobOfferMatches(List<JobOfferSummary> offers, long total) {
    }

    /** The board search of these parameters (those of {@code /offres}), its unknown values left out. */
    JobOfferSearch search(Map<String, List<String>> parameters);

    /** The board search of a query string {@link JobOfferSearch#queryString()} gave. */
    JobOfferSearch search(String queryString);

    /**
     * The public offers today of this search published after the day {@code after} and up to {@code through} (both in
     * Europe/Paris), newest first, {@code limit} at most, with their total.
     */
    JobOfferMatches publishedBetween(String queryString, LocalDate after, LocalDate through, int limit);
}
