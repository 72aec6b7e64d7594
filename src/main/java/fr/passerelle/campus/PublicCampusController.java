package fr.passerelle.campus;

import fr.passerelle.platform.JsonViews;
import fr.passerelle.platform.PasserelleProperties;
import fr.passerelle.territory.Territories;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public face: the home page with its map, the search page and one page per campus. No login. */
@Controller
class PublicCampusController {

    static final int PAGE_SIZE = 12;

    private final CampusRegistry registry;
    private final CampusSearch search;
    private final Territories territories;
    private final PasserelleProperties properties;
    private final JsonViews json;
    private final ObjectProvider<CampusPagePanel> panels;

    PublicCampusController(CampusRegistry registry, CampusSearch search, Territories territories, PasserelleProperties properties,
                           JsonViews json, ObjectProvider<CampusPagePanel> panels) {
        this.json = json;
        this.panels = panels;
        this.registry = registry;
        this.search = search;
        this.territories = territories;
        this.properties = properties;
    }

    @GetMapping("/")
    String home(Model model) {
        List<CampusCard> campuses = registry.all();
        Map<String, List<CampusCard>> byRegion = campuses.stream().collect(Collectors.groupingBy(CampusCard::regionName,
                () -> new TreeMap<>(java.text.Collator.getInstance(java.util.Locale.FRENCH)), Collectors.toList()));
        model.addAttribute("figures", registry.keyFigures());
        model.addAttribute("campusesByRegion", byRegion);
        model.addAttribute("mapJson", json.write(campuses.stream().filter(c -> c.latitude() != null)
                .map(c -> Map.of("name", c.name(), "slug", c.slug(), "region", c.regionName(), "sector", c.sector().label(),
                        "town", c.municipalityName() == null ? "" : c.municipalityName(), "lat", c.latitude(), "lon", c.longitude()))
                .toList()));
        model.addAttribute("tileUrl", properties.map().tileUrl());
        model.addAttribute("tileAttribution", properties.map().attribution());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("regions", territories.regions());
        return "campus/home";
    }

    @GetMapping("/campus")
    String search(@RequestParam MultiValueMap<String, String> params,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        List<String> errors = new ArrayList<>();
        CampusQuery query = search.parse(params, PAGE_SIZE, errors);
        SearchResults results = search.search(query);
        model.addAttribute("query", query);
        model.addAttribute("placeTyped", params.getFirst(CampusQueryParameters.PLACE) == null ? ""
                : params.getFirst(CampusQueryParameters.PLACE).strip());
        model.addAttribute("distance", query.near() != null ? query.near().kilometres() : Near.DEFAULT_KILOMETRES);
        model.addAttribute("distanceChoices", Near.CHOICES);
        model.addAttribute("results", results);
        model.addAttribute("errors", errors);
        model.addAttribute("pageUrls", pageUrls(query, results));
        model.addAttribute("csvUrl", CampusQueryParameters.url("/open-data/campuses.csv", query, 1));
        model.addAttribute("apiUrl", CampusQueryParameters.url("/api/v1/campuses", query, 1));
        model.addAttribute("geojsonUrl", CampusQueryParameters.url("/open-data/campuses.geojson", query, 1));
        return htmx != null ? "campus/search :: area" : "campus/search";
    }

    @GetMapping("/campus/{slug}")
    String campus(@PathVariable String slug, Model model) {
        CampusPage page = registry.page(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", page);
        model.addAttribute("campus", page.card());
        model.addAttribute("panels", panels.stream().sorted(Comparator.comparingInt(CampusPagePanel::order))
                .flatMap(p -> p.panel(page.card()).stream()).toList());
        return "campus/campus";
    }

    private static List<PageLink> pageUrls(CampusQuery query, SearchResults results) {
        List<PageLink> links = new ArrayList<>();
        for (int p = 1; p <= results.totalPages(); p++) {
            links.add(new PageLink(p, CampusQueryParameters.url("/campus", query, p), p == query.page()));
        }
        return links;
    }

    record PageLink(int number, String url, boolean current) {
    }
}
