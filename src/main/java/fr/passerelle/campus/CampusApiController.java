package fr.passerelle.campus;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The registry's JSON API, read-only and public: the same search and filters as the search page. */
@RestController
@RequestMapping("/api/v1/campuses")
@Tag(name = "Campus", description = "Registre national des Campus des métiers et des qualifications")
class CampusApiController {

    static final int DEFAULT_SIZE = 50;

    private final CampusSearch search;
    private final CampusRegistry registry;

    CampusApiController(CampusSearch search, CampusRegistry registry) {
        this.search = search;
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "Rechercher des campus",
            description = "Recherche plein texte (accents et casse ignorés) et filtres combinables ; plusieurs valeurs d'un "
                    + "même filtre se combinent en OU. Réponse paginée avec le décompte des facettes.")
    ResponseEntity<?> search(
            @Parameter(description = "texte libre, ex. numerique") @RequestParam(name = "q", required = false) String q,
            @Parameter(description = "code INSEE de région, ex. 32") @RequestParam(name = "region", required = false) List<String> region,
            @Parameter(description = "code d'académie, ex. 09") @RequestParam(name = "academie", required = false) List<String> academie,
            @Parameter(description = "filière : FOOD, CHEMISTRY_BIOTECH, CREATIVE, CONSTRUCTION, MATERIALS, MOBILITY, DIGITAL, "
                    + "PERSONAL_SERVICES, BUSINESS_SERVICES_LOGISTICS, MECHATRONICS, TOURISM, ENERGY_TRANSITION")
            @RequestParam(name = "filiere", required = false) List<String> filiere,
            @Parameter(description = "STANDARD ou EXCELLENCE") @RequestParam(name = "categorie", required = false) List<String> categorie,
            @Parameter(description = "LABELLED, APPLICANT, EXPIRED, WITHDRAWN") @RequestParam(name = "statut", required = false) List<String> statut,
            @Parameter(description = "commune d'où mesurer la distance : nom (ex. Lille, Saint-Denis (93)) ou code postal (ex. 59000) ; "
                    + "les campus sont alors triés du plus proche au plus lointain")
            @RequestParam(name = "lieu", required = false) String lieu,
            @Parameter(description = "distance maximale au lieu, en kilomètres (1 à 1000, 30 par défaut)")
            @RequestParam(name = "distance", required = false) String distance,
            @Parameter(description = "page, à partir de 1") @RequestParam(name = "page", required = false) String page,
            @Parameter(description = "taille de page, 50 par défaut, 200 au plus") @RequestParam(name = "taille", required = false) String taille,
            @RequestParam MultiValueMap<String, String> all) {
        List<String> errors = new ArrayList<>();
        CampusQuery query = search.parse(all, DEFAULT_SIZE, errors);
        if (!errors.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join(" ; ", errors));
            problem.setTitle("Paramètres invalides");
            return ResponseEntity.badRequest().body(problem);
        }
        SearchResults results = search.search(query);
        return ResponseEntity.ok(new CampusPageResponse(results.items().stream().map(c -> CampusResource.of(c, results.distanceTo(c))).toList(),
                results.page(), results.size(), results.total(), results.totalPages(),
                results.facets().stream().map(f -> new FacetResource(f.parameter(), f.title(),
                        f.values().stream().map(v -> new FacetValueResource(v.value(), v.label(), v.count())).toList())).toList()));
    }

    @GetMapping("/{slug}")
    @Operation(summary = "Un campus, par son identifiant d'URL")
    ResponseEntity<CampusResource> campus(@PathVariable String slug) {
        return registry.bySlug(slug).map(CampusResource::of).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    record CampusPageResponse(List<CampusResource> items, int page, int size, long totalItems, int totalPages,
                              List<FacetResource> facets) {
    }

    record FacetResource(String parameter, String title, List<FacetValueResource> values) {
    }

    record FacetValueResource(String value, String label, long count) {
    }

    /** A campus in the API and open data: its main sector and académie, and the others (empty lists when none). */
    record CampusResource(UUID id, String slug, String name, String sector, String sectorLabel, List<SectorResource> otherSectors,
                          String regionCode, String regionName, String academyCode, String academyName,
                          List<AcademyResource> otherAcademies, String municipalityCode,
                          String municipalityName, Double latitude, Double longitude, String category,
                          String labelStatus, Integer firstLabelYear, LocalDate labelValidUntil, String website, String url,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Double distanceKm) {

        static CampusResource of(CampusCard c) {
            return of(c, null);
        }

        /** With the distance to the place searched, in kilometres rounded to 0.1 (absent without a place). */
        static CampusResource of(CampusCard c, Double distanceKm) {
            List<AcademyResource> otherAcademies = new ArrayList<>();
            for (int i = 0; i < c.otherAcademyCodes().size(); i++) {
                otherAcademies.add(new AcademyResource(c.otherAcademyCodes().get(i), c.otherAcademyNames().get(i)));
            }
            return new CampusResource(c.id(), c.slug(), c.name(), c.sector().name(), c.sector().label(),
                    c.otherSectors().stream().map(s -> new SectorResource(s.name(), s.label())).toList(), c.regionCode(),
                    c.regionName(), c.academyCode(), c.academyName(), otherAcademies, c.municipalityCode(), c.municipalityName(),
                    c.latitude(), c.longitude(), c.category().name(), c.labelStatus().name(), c.firstLabelYear(),
                    c.labelValidUntil(), c.website(), "/campus/" + c.slug(),
                    distanceKm == null ? null : Math.round(distanceKm * 10) / 10.0);
        }
    }

    /** A sector: its code (as the {@code filiere} filter takes it) and its label. */
    record SectorResource(String code, String label) {
    }

    /** An académie: its code (as the {@code academie} filter takes it) and its name. */
    record AcademyResource(String code, String name) {
    }
}
