package fr.passerelle.jobs.offers;

import fr.passerelle.platform.JsonViews;
import fr.passerelle.platform.PasserelleProperties;
import fr.passerelle.territory.Territories;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public job board, without login: the search with its facets and map (htmx updates the results and the address,
 * which can be shared; without JavaScript the form works as an ordinary form), one page per public offer with its
 * schema.org {@code JobPosting}, and the Atom feed of any search.
 */
@Controller
class JobBoardController {

    static final int PAGE_SIZE = 20;
    static final int FEED_SIZE = 50;

    private final JobBoard board;
    private final JobPostings postings;
    private final Territories territories;
    private final JsonViews json;
    private final PasserelleProperties properties;

    JobBoardController(JobBoard board, JobPostings postings, Territories territories, JsonViews json, PasserelleProperties properties) {
        this.board = board;
        this.postings = postings;
        this.territories = territories;
        this.json = json;
        this.properties = properties;
    }

    @GetMapping("/offres")
    String search(@RequestParam MultiValueMap<String, String> params, @RequestHeader(name = "HX-Request", required = false) String htmx,
                  Model model) {
        List<String> errors = new ArrayList<>();
        BoardQuery query = BoardQuery.parse(params, PAGE_SIZE, errors, place -> territories.locate(place, 6));
        BoardResults results = board.search(query);
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        model.addAttribute("errors", errors);
        model.addAttribute("pageUrls", pageLinks(query, results));
        model.addAttribute("apiUrl", query.url("/api/v1/job-offers", 1));
        model.addAttribute("feedUrl", query.url("/offres/flux.atom", 1));
        model.addAttribute("alertUrl", query.url("/candidat/alertes/nouvelle", 1));
        model.addAttribute("radii", BoardQuery.RADII);
        List<Map<String, Object>> points = new ArrayList<>();
        for (OfferView o : results.items()) {
            if (o.latitude() != null && o.longitude() != null) {
                points.add(Map.of("name", o.title(), "sector", o.companyName(), "town", o.municipalityName(), "lat", o.latitude(),
                        "lon", o.longitude(), "url", o.publicPath(), "approximate", true));
            }
        }
        model.addAttribute("mapJson", json.write(points));
        model.addAttribute("tileUrl", properties.map().tileUrl());
        model.addAttribute("tileAttribution", properties.map().attribution());
        return htmx != null ? "jobs/offers/board :: area" : "jobs/offers/board";
    }

    private static List<PageLink> pageLinks(BoardQuery query, BoardResults results) {
        List<PageLink> links = new ArrayList<>();
        int last = results.pages();
        for (int p = 1; p <= last && last > 1; p++) {
            if (p == 1 || p == last || Math.abs(p - query.page()) <= 2) {
                links.add(new PageLink(p, query.url("/offres", p), p == query.page()));
            }
        }
        return links;
    }

    record PageLink(int number, String url, boolean current) {
    }

    @GetMapping(value = "/offres/flux.atom")
    ResponseEntity<String> feed(@RequestParam MultiValueMap<String, String> params) {
        BoardQuery parsed = BoardQuery.parse(params, FEED_SIZE, new ArrayList<>(), place -> territories.locate(place, 6));
        BoardQuery query = new BoardQuery(parsed.text(), parsed.tradeCode(), parsed.jobTitleOgr(), parsed.contracts(), parsed.domains(),
                parsed.regions(), parsed.levels(), parsed.clusters(), parsed.near(), parsed.placeTyped(), 1, FEED_SIZE);
        BoardResults results = board.search(query);
        String base = properties.publicBaseUrl();
        String body = postings.atom(results.items(), "Offres d’emploi — Passerelle", base + query.url("/offres/flux.atom", 1),
                base + query.url("/offres", 1), base, board.today());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8")).body(body);
    }

    @GetMapping("/offres/{id}")
    String offer(@PathVariable String id, Model model) {
        UUID offerId;
        try {
            offerId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        OfferView offer = board.publicOffer(offerId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("offer", offer);
        model.addAttribute("regionName", offer.regionCode() == null ? null : territories.regionName(offer.regionCode()));
        model.addAttribute("jsonLd", json.write(postings.jobPosting(offer, properties.publicBaseUrl())));
        List<Map<String, Object>> points = offer.latitude() == null || offer.longitude() == null ? List.of()
                : List.of(Map.of("name", offer.title(), "town", offer.municipalityName(), "lat", offer.latitude(), "lon", offer.longitude(),
                "url", offer.publicPath(), "approximate", true));
        model.addAttribute("mapJson", json.write(points));
        model.addAttribute("tileUrl", properties.map().tileUrl());
        model.addAttribute("tileAttribution", properties.map().attribution());
        return "jobs/offers/public-offer";
    }
}
