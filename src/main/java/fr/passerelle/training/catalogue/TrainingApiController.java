package fr.passerelle.training.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** The training catalogue's JSON API, read-only and public: the same search and facets as the search page, and one training. */
@RestController
@RequestMapping("/api/v1/trainings")
@Tag(name = "Formations", description = "Catalogue national des formations (BCN, RNCP, ONISEP) avec leurs voies, niveaux et débouchés")
class TrainingApiController {

    static final int DEFAULT_SIZE = 50;

    private final TrainingSearch search;
    private final CatalogueQueries queries;

    TrainingApiController(TrainingSearch search, CatalogueQueries queries) {
        this.search = search;
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Rechercher des formations",
            description = "Recherche plein texte (accents et casse ignorés) et filtres combinables ; plusieurs valeurs d'un même filtre se "
                    + "combinent en OU. Réponse paginée avec le décompte des facettes.")
    ResponseEntity<?> search(
            @Parameter(description = "texte libre, ex. maintenance navale, ou un code (CFD, RNCP)") @RequestParam(name = "q", required = false) String q,
            @Parameter(description = "domaine NSF (2 chiffres), ex. 25") @RequestParam(name = "secteur", required = false) List<String> secteur,
            @Parameter(description = "niveau du cadre national, 3 à 8") @RequestParam(name = "niveau", required = false) List<String> niveau,
            @Parameter(description = "voie : SCHOOL, APPRENTICESHIP, CONTINUING, VAE") @RequestParam(name = "voie", required = false) List<String> voie,
            @Parameter(description = "code INSEE de la région des établissements, ex. 32") @RequestParam(name = "region", required = false) List<String> region,
            @Parameter(description = "page, à partir de 1") @RequestParam(name = "page", required = false) String page,
            @Parameter(description = "taille de page, 50 par défaut, 200 au plus") @RequestParam(name = "taille", required = false) String taille,
            @RequestParam MultiValueMap<String, String> all) {
        List<String> errors = new ArrayList<>();
        TrainingQuery query = TrainingQuery.parse(all, DEFAULT_SIZE, errors);
        if (!errors.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join(" ; ", errors));
            problem.setTitle("Paramètres invalides");
            return ResponseEntity.badRequest().body(problem);
        }
        TrainingSearch.Results results = search.search(query);
        return ResponseEntity.ok(new TrainingPage(results.items().stream().map(TrainingResource::of).toList(), results.page(), results.size(),
                results.total(), results.totalPages(), results.facets().stream().map(f -> new FacetResource(f.parameter(), f.title(),
                f.values().stream().map(v -> new FacetValueResource(v.value(), v.label(), v.count())).toList())).toList()));
    }

    @GetMapping("/{idOrCode}")
    @Operation(summary = "Une formation, par son identifiant ou son code (CFD, RNCP…, FOR.…), avec ses certifications, ses métiers et ses établissements")
    ResponseEntity<TrainingDetail> training(@PathVariable String idOrCode) {
        return queries.find(idOrCode).map(t -> ResponseEntity.ok(new TrainingDetail(TrainingResource.of(t),
                        queries.certifications(t.id()).stream().map(c -> new CertificationResource(c.code(), c.label(), c.nationalLevel(), c.active())).toList(),
                        queries.trades(t.id()).stream().map(tr -> new TradeResource(tr.code(), tr.label(), tr.romeV3Code())).toList(),
                        queries.establishments(t.cfd()).stream().map(e -> new EstablishmentResource(e.uai(), e.name(), e.town(), e.regionCode(),
                                e.routes().stream().map(Enum::name).toList())).toList())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    record TrainingPage(List<TrainingResource> items, int page, int size, long totalItems, int totalPages, List<FacetResource> facets) {
    }

    record TrainingResource(UUID id, String code, String kind, String label, String type, Integer level, String cfd, String rncp, List<String> routes,
                            String duration, String onisepUrl, String url) {
        static TrainingResource of(CatalogueQueries.TrainingRow t) {
            return new TrainingResource(t.id(), t.code(), t.kind(), t.label(), t.typeLabel(), t.nationalLevel(), t.cfd(), t.rncpCode(),
                    t.routes().stream().map(Enum::name).toList(), t.duration(), t.onisepUrl(), "/formations/" + t.code());
        }
    }

    record TrainingDetail(TrainingResource training, List<CertificationResource> certifications, List<TradeResource> trades,
                          List<EstablishmentResource> establishments) {
    }

    record CertificationResource(String code, String label, Integer level, boolean active) {
    }

    record TradeResource(String code, String label, String romeV3Code) {
    }

    record EstablishmentResource(String uai, String name, String town, String regionCode, List<String> routes) {
    }

    record FacetResource(String parameter, String title, List<FacetValueResource> values) {
    }

    record FacetValueResource(String value, String label, long count) {
    }
}
