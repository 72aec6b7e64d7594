package fr.passerelle.jobs.offers;

import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.jobs.JobOfferContract;
import fr.passerelle.jobs.JobOfferLevel;
import fr.passerelle.jobs.JobOfferSearches;
import fr.passerelle.territory.Territories;
import fr.passerelle.trades.Trades;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.query.SearchResult;
import org.springframework.stereotype.Service;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Board searches kept as their query string, described in words, and the offers they find published in a span of days. */
@Service
class SavedSearches implements JobOfferSearches {

    private final JobBoard board;
    private final Territories territories;
    private final Clusters clusters;
    private final Trades trades;

    SavedSearches(JobBoard board, Territories territories, Clusters clusters, Trades trades) {
        this.board = board;
        this.territories = territories;
        this.clusters = clusters;
        this.trades = trades;
    }

    @Override
    public JobOfferSearch search(Map<String, List<String>> parameters) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        parameters.forEach((name, values) -> {
            if (!"page".equals(name)) {
                params.put(name, new ArrayList<>(values));
            }
        });
        List<String> warnings = new ArrayList<>();
        BoardQuery query = parse(params, warnings);
        String url = query.url("", 1);
        return new JobOfferSearch(url.startsWith("?") ? url.substring(1) : url, describe(query), List.copyOf(warnings));
    }

    @Override
    public JobOfferSearch search(String queryString) {
        return search(decode(queryString));
    }

    @Override
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public JobOfferMatches publishedBetween(String queryString, LocalDate after, LocalDate through, int limit) {
        BoardQuery query = parse(new LinkedMultiValueMap<>(decode(queryString)), new ArrayList<>());
        SearchResult<JobOffer> found = board.publishedBetween(query, after, through, limit);
        return new JobOfferMatches(found.hits().stream().map(o -> new JobOfferSummary(o.id(), o.title(), o.companyName(), o.municipalityName(),
                OfferView.of(o).contractText(), o.publishedOn())).toList(), found.total().hitCount());
    }

    private BoardQuery parse(MultiValueMap<String, String> params, List<String> warnings) {
        return BoardQuery.parse(params, 20, warnings, place -> territories.locate(place, 6));
    }

    static Map<String, List<String>> decode(String queryString) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        if (queryString != null) {
            for (String pair : queryString.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.add(name, value);
            }
        }
        return params;
    }

    /** « “soudeur” ; métier H2913 ; CDI ; à moins de 30 km de Saint-Nazaire (44) », or « toutes les offres ». */
    private String describe(BoardQuery q) {
        List<String> parts = new ArrayList<>();
        if (!q.text().isEmpty()) {
            parts.add("« " + q.text() + " »");
        }
        if (q.tradeCode() != null) {
            parts.add("métier " + q.tradeCode());
        }
        if (q.jobTitleOgr() != null) {
            parts.add(trades.jobTitle(q.jobTitleOgr()).map(t -> t.label()).orElse("appellation " + q.jobTitleOgr()));
        }
        if (!q.contracts().isEmpty()) {
            parts.add(String.join(" ou ", q.contracts().stream().map(JobOfferContract::label).toList()));
        }
        if (!q.domains().isEmpty()) {
            parts.add(String.join(" ou ", q.domains().stream().map(RomeDomains::label).toList()));
        }
        if (!q.regions().isEmpty()) {
            parts.add(String.join(" ou ", q.regions().stream().map(territories::regionName).toList()));
        }
        if (!q.levels().isEmpty()) {
            parts.add(String.join(" ou ", q.levels().stream().map(JobOfferLevel::label).toList()));
        }
        if (!q.clusters().isEmpty()) {
            parts.add(String.join(" ou ", q.clusters().stream()
                    .map(id -> clusters.cluster(id).map(ClusterCard::displayName).orElse("un cluster")).toList()));
        }
        if (q.near() != null) {
            parts.add("à moins de " + q.near().kilometres() + " km de " + q.near().label());
        }
        return parts.isEmpty() ? "toutes les offres" : String.join(" ; ", parts);
    }
}
