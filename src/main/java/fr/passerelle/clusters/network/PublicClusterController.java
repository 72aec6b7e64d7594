package fr.passerelle.clusters.network;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.PartnerPagePanel;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterDetails;
import fr.passerelle.clusters.ClusterKind;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.clusters.MembersPage;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.platform.JsonViews;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.PasserelleProperties;
import fr.passerelle.territory.Municipality;
import fr.passerelle.territory.Territories;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public directory of clusters: the search with its map, and one page per published cluster. No login. */
@Controller
class PublicClusterController {

    static final int PAGE_SIZE = 12;
    static final int MEMBERS_PAGE_SIZE = 24;

    private final ClusterQueries queries;
    private final Clusters clusters;
    private final Directory directory;
    private final CampusRegistry campuses;
    private final Territories territories;
    private final PasserelleProperties properties;
    private final JsonViews json;
    private final ObjectProvider<PartnerPagePanel> panels;

    PublicClusterController(ClusterQueries queries, Clusters clusters, Directory directory, CampusRegistry campuses, Territories territories,
                            PasserelleProperties properties, JsonViews json, ObjectProvider<PartnerPagePanel> panels) {
        this.queries = queries;
        this.clusters = clusters;
        this.directory = directory;
        this.campuses = campuses;
        this.territories = territories;
        this.properties = properties;
        this.json = json;
        this.panels = panels;
    }

    /** A cluster in the list, with its seat's commune and its région's name. */
    record Item(ClusterCard card, String town, String regionName) {
    }

    @GetMapping("/clusters")
    String search(@RequestParam(name = "q", required = false) String q, @RequestParam(name = "region", required = false) String region,
                  @RequestParam(name = "type", required = false) String kind, @RequestParam(name = "filiere", required = false) String sector,
                  @RequestParam(name = "page", required = false) String page,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        ClusterQueries.Filters filters = filters(q, region, kind, sector, territories);
        ClusterQueries.Page result = queries.published(filters, pageNumber(page), PAGE_SIZE);
        Map<String, Municipality> towns = territories.municipalities(result.items().stream().map(ClusterQueries.Listed::municipalityCode).toList());
        model.addAttribute("items", result.items().stream().map(l -> new Item(l.card(),
                Optional.ofNullable(towns.get(l.municipalityCode())).map(Municipality::name).orElse(null),
                territories.regionName(l.card().regionCode()))).toList());
        model.addAttribute("result", result);
        model.addAttribute("filters", filters);
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("pageUrls", pageLinks("/clusters", filters, result.page(), result.pages()));
        model.addAttribute("apiUrl", url("/api/v1/clusters", filters, 1));
        model.addAttribute("kindOptions", Arrays.stream(ClusterKind.values()).map(k -> new Option(k.name(), k.label())).toList());
        model.addAttribute("regionOptions", territories.regions().stream().map(r -> new Option(r.code(), r.name())).toList());
        model.addAttribute("sectorOptions", Arrays.stream(Sector.values()).map(s -> new Option(s.name(), s.label())).toList());
        // the seats of the whole search (every page), in the results so that the map follows an htmx update
        List<ClusterQueries.Seat> seats = queries.publishedSeats(filters);
        Map<String, Municipality> seatTowns = territories.municipalities(seats.stream().map(ClusterQueries.Seat::municipalityCode).toList());
        List<Map<String, Object>> points = new ArrayList<>();
        for (ClusterQueries.Seat seat : seats) {
            Municipality town = seatTowns.get(seat.municipalityCode());
            if (town != null && town.latitude() != null && town.longitude() != null) {
                points.add(Map.of("name", seat.name(), "sector", seat.kindLabel(), "town", town.name(), "lat", town.latitude(), "lon", town.longitude(),
                        "url", "/clusters/" + seat.slug()));
            }
        }
        model.addAttribute("mapJson", json.write(points));
        if (htmx != null) {
            return "clusters/network/directory :: results";
        }
        model.addAttribute("tileUrl", properties.map().tileUrl());
        model.addAttribute("tileAttribution", properties.map().attribution());
        return "clusters/network/directory";
    }

    @GetMapping("/clusters/{slug}")
    String cluster(@PathVariable String slug, @RequestParam(name = "page", required = false) String page, Model model) {
        ClusterCard card = clusters.bySlug(slug).filter(ClusterCard::published).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ClusterDetails details = clusters.details(card.id()).orElseThrow();
        OrganisationSummary organisation = directory.organisation(card.id()).orElseThrow();
        MembersPage members = clusters.listedMembers(card.id(), pageNumber(page), MEMBERS_PAGE_SIZE);
        UUID chair = details.profile().chairOrganisationId();
        model.addAttribute("cluster", card);
        model.addAttribute("profile", details.profile());
        model.addAttribute("organisation", organisation);
        model.addAttribute("description", directory.details(card.id()).map(OrganisationDetails::description).orElse(null));
        model.addAttribute("seat", territories.municipality(organisation.municipalityCode()).orElse(null));
        model.addAttribute("regionName", territories.regionName(card.regionCode()));
        model.addAttribute("chairName", chair == null ? null : directory.organisation(chair).map(OrganisationSummary::displayName).orElse(null));
        model.addAttribute("branches", clusters.branches(card.id()));
        model.addAttribute("members", members);
        model.addAttribute("memberPages", memberPages(card, members));
        model.addAttribute("campuses", directory.campusesOf(card.id()).stream().distinct().map(campuses::byId).flatMap(Optional::stream)
                .sorted(Comparator.comparing(CampusCard::name)).toList());
        model.addAttribute("panels", panels.stream().filter(p -> !(p instanceof ClusterPartnerLink))
                .sorted(Comparator.comparingInt(PartnerPagePanel::order))
                .flatMap(p -> p.panel(organisation).stream()).toList());
        return "clusters/network/public-cluster";
    }

    private static List<PageLink> memberPages(ClusterCard card, MembersPage members) {
        List<PageLink> links = new ArrayList<>();
        for (int p = 1; p <= members.pages() && members.total() > members.size(); p++) {
            links.add(new PageLink(p, card.publicPath() + (p == 1 ? "" : "?page=" + p) + "#membres", p == members.page()));
        }
        return links;
    }

    // --- shared with the back-office list and the API

    /** The filters as typed in the address; an unknown value is ignored (the list is then not filtered by it). */
    static ClusterQueries.Filters filters(String q, String region, String kind, String sector, Territories territories) {
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 100) {
            text = text.substring(0, 100);
        }
        String regionCode = region == null || region.isBlank() || territories.region(region.strip()).isEmpty() ? null : region.strip();
        ClusterKind clusterKind = Arrays.stream(ClusterKind.values()).filter(k -> k.name().equals(kind == null ? null : kind.strip()))
                .findFirst().orElse(null);
        Sector clusterSector = Arrays.stream(Sector.values()).filter(s -> s.name().equals(sector == null ? null : sector.strip()))
                .findFirst().orElse(null);
        return new ClusterQueries.Filters(text, regionCode, clusterKind, clusterSector);
    }

    static int pageNumber(String page) {
        if (page == null || !page.strip().matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(page.strip()));
    }

    /** The shareable address of a list with its filters, at a page. */
    static String url(String path, ClusterQueries.Filters filters, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        if (filters.text() != null) {
            params.put("q", filters.text());
        }
        if (filters.regionCode() != null) {
            params.put("region", filters.regionCode());
        }
        if (filters.kind() != null) {
            params.put("type", filters.kind().name());
        }
        if (filters.sector() != null) {
            params.put("filiere", filters.sector().name());
        }
        if (page > 1) {
            params.put("page", String.valueOf(page));
        }
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (var p : params.entrySet()) {
            url.append(separator).append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }

    static List<PageLink> pageLinks(String path, ClusterQueries.Filters filters, int current, int pages) {
        List<PageLink> links = new ArrayList<>();
        for (int p = 1; p <= pages && pages > 1; p++) {
            links.add(new PageLink(p, url(path, filters, p), p == current));
        }
        return links;
    }

    record PageLink(int number, String url, boolean current) {
    }
}
