package fr.passerelle.clusters.network;

import fr.passerelle.clusters.ClusterBranch;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterDetails;
import fr.passerelle.clusters.ClusterProfile;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.territory.Municipality;
import fr.passerelle.territory.Territories;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public directory of clusters in JSON, read-only: the same words and filters as the page, published clusters only. */
@RestController
@RequestMapping("/api/v1/clusters")
@Tag(name = "Clusters", description = "Annuaire des pôles de compétitivité, grappes d'entreprises et clusters")
class ClusterApiController {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 100;

    private final ClusterQueries queries;
    private final Clusters clusters;
    private final Directory directory;
    private final Territories territories;

    ClusterApiController(ClusterQueries queries, Clusters clusters, Directory directory, Territories territories) {
        this.queries = queries;
        this.clusters = clusters;
        this.directory = directory;
        this.territories = territories;
    }

    @GetMapping
    @Operation(summary = "Rechercher des clusters", description = "Mots du nom, du sigle ou du territoire, filtres combinables ; réponse paginée, "
            + "triée par nom. Seuls les clusters publiés dans l'annuaire sont listés.")
    ClustersPage search(
            @Parameter(description = "mots du nom, du sigle ou du territoire, ex. naval") @RequestParam(name = "q", required = false) String q,
            @Parameter(description = "code INSEE de la région du siège, ex. 52") @RequestParam(name = "region", required = false) String region,
            @Parameter(description = "type : COMPETITIVENESS_CLUSTER, BUSINESS_CLUSTER, REGIONAL_CLUSTER, ECONOMIC_COOPERATION_HUB, ACCELERATOR, INCUBATOR")
            @RequestParam(name = "type", required = false) String type,
            @Parameter(description = "filière (codes de l'API des campus), ex. MOBILITY") @RequestParam(name = "filiere", required = false) String filiere,
            @Parameter(description = "page, à partir de 1") @RequestParam(name = "page", required = false) String page,
            @Parameter(description = "taille de page, 50 par défaut, 100 au plus") @RequestParam(name = "taille", required = false) String taille) {
        var filters = PublicClusterController.filters(q, region, type, filiere, territories);
        int size = taille == null || !taille.strip().matches("\\d{1,3}") ? DEFAULT_SIZE : Math.max(1, Math.min(MAX_SIZE, Integer.parseInt(taille.strip())));
        ClusterQueries.Page result = queries.published(filters, PublicClusterController.pageNumber(page), size);
        Map<String, Municipality> towns = territories.municipalities(result.items().stream().map(ClusterQueries.Listed::municipalityCode).toList());
        return new ClustersPage(result.items().stream().map(l -> ClusterSummary.of(l.card(), towns.get(l.municipalityCode()),
                territories.regionName(l.card().regionCode()))).toList(), result.page(), result.size(), result.total(), result.pages());
    }

    @GetMapping("/{slug}")
    @Operation(summary = "Un cluster publié, par son identifiant d'URL, avec ses sous-clusters")
    ResponseEntity<ClusterResource> cluster(@PathVariable String slug) {
        Optional<ClusterCard> card = clusters.bySlug(slug).filter(ClusterCard::published);
        if (card.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        ClusterDetails details = clusters.details(card.get().id()).orElseThrow();
        OrganisationSummary organisation = directory.organisation(card.get().id()).orElseThrow();
        Municipality seat = territories.municipality(organisation.municipalityCode()).orElse(null);
        ClusterProfile p = details.profile();
        return ResponseEntity.ok(new ClusterResource(ClusterSummary.of(card.get(), seat, territories.regionName(p.regionCode())), organisation.website(),
                p.figuresYear(), p.foundedYear(), clusters.branches(card.get().id()).stream().map(ClusterBranch::name).toList()));
    }

    record ClustersPage(List<ClusterSummary> items, int page, int size, long totalItems, int totalPages) {
    }

    /** A cluster of the directory: its seat's commune and coordinates (its centre), its sectors as codes. */
    record ClusterSummary(UUID id, String slug, String name, String acronym, String type, String typeLabel, String regionCode, String regionName,
                          String territory, List<String> sectors, String municipalityCode, String municipalityName, Double latitude,
                          Double longitude, int activeMembers, Integer jobsRepresented, String url) {

        static ClusterSummary of(ClusterCard c, Municipality seat, String regionName) {
            return new ClusterSummary(c.id(), c.slug(), c.name(), c.acronym(), c.kind().name(), c.kind().label(), c.regionCode(), regionName,
                    c.territory(), c.sectors().stream().map(Enum::name).toList(), seat == null ? null : seat.code(),
                    seat == null ? null : seat.name(), seat == null ? null : seat.latitude(), seat == null ? null : seat.longitude(),
                    c.activeMembers(), c.jobsRepresented(), c.publicPath());
        }
    }

    record ClusterResource(ClusterSummary cluster, String website, Integer figuresYear, Integer foundedYear, List<String> branches) {
    }
}
