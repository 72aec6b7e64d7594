package fr.passerelle.trades;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ROME 4.0's JSON API, read-only and public: the trade search with its filters, a trade sheet, the job-title picker. */
@RestController
@RequestMapping("/api/v1/trades")
@Tag(name = "Métiers", description = "Fiches métiers du ROME 4.0 (France Travail), version courante")
class TradesApiController {

    static final int DEFAULT_SIZE = 50;

    private final TradeSearch search;
    private final Trades trades;

    TradesApiController(TradeSearch search, Trades trades) {
        this.search = search;
        this.trades = trades;
    }

    @GetMapping
    @Operation(summary = "Rechercher des fiches métiers",
            description = "Recherche plein texte dans l'intitulé des fiches et de leurs appellations (accents et casse ignorés, "
                    + "le début d'un mot suffit) et filtres combinables ; plusieurs valeurs d'un même filtre se combinent en OU. "
                    + "Réponse paginée avec le décompte des facettes.")
    ResponseEntity<?> search(
            @Parameter(description = "texte libre, ex. soudeuse") @RequestParam(name = "q", required = false) String q,
            @Parameter(description = "code de grand domaine, ex. H") @RequestParam(name = "grand-domaine", required = false) List<String> grandDomain,
            @Parameter(description = "code de domaine professionnel, ex. H29") @RequestParam(name = "domaine", required = false) List<String> domain,
            @Parameter(description = "code de secteur d'activité du ROME, ex. 16") @RequestParam(name = "secteur", required = false) List<String> sector,
            @Parameter(description = "transition écologique : GREEN (emploi vert), BROWN (brun), STRATEGIC (stratégique), WHITE (blanc)")
            @RequestParam(name = "transition", required = false) List<String> transition,
            @Parameter(description = "caractéristique : DIGITAL, DEMOGRAPHIC, REGULATED (métier réglementé), EXECUTIVE (cadre)")
            @RequestParam(name = "tag", required = false) List<String> tag,
            @Parameter(description = "page, à partir de 1") @RequestParam(name = "page", required = false) String page,
            @Parameter(description = "taille de page, 50 par défaut, 200 au plus") @RequestParam(name = "taille", required = false) String taille,
            @RequestParam MultiValueMap<String, String> all) {
        List<String> errors = new ArrayList<>();
        TradeQuery query = TradeQueryParameters.parse(all, DEFAULT_SIZE, errors);
        if (!errors.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join(" ; ", errors));
            problem.setTitle("Paramètres invalides");
            return ResponseEntity.badRequest().body(problem);
        }
        TradeResults results = search.search(query);
        return ResponseEntity.ok(new TradePageResponse(
                results.items().stream().map(c -> new TradeResource(c.code(), c.label(), c.domainCode(), c.domainLabel(), c.tags(),
                        "/metiers/" + c.code())).toList(),
                results.page(), results.size(), results.total(), results.totalPages(),
                results.facets().stream().map(f -> new FacetResource(f.parameter(), f.title(),
                        f.values().stream().map(v -> new FacetValueResource(v.value(), v.label(), v.count())).toList())).toList()));
    }

    @GetMapping("/job-titles")
    @Operation(summary = "Chercher une appellation (sélecteur d'appellations)",
            description = "Les appellations du ROME dont les mots commencent par ce qui est tapé (accents et casse ignorés), "
                    + "les meilleures d'abord ; au moins deux lettres. Le code OGR est ce que les autres modules enregistrent.")
    List<JobTitleChoice> jobTitles(
            @Parameter(description = "ce qui est tapé, ex. cuisin") @RequestParam(name = "q", required = false) String q,
            @Parameter(description = "nombre de réponses, 10 par défaut, 50 au plus") @RequestParam(name = "limite", required = false) Integer limit) {
        int wanted = limit == null ? 10 : Math.max(1, Math.min(Trades.MAX_JOB_TITLES, limit));
        return trades.searchJobTitles(q == null ? "" : q, wanted);
    }

    @GetMapping("/{code}")
    @Operation(summary = "Une fiche métier, par son code ROME (ex. H2913)",
            description = "Tout ce que dit le ROME de la fiche dans sa version courante : définition, accès, appellations, "
                    + "savoir-faire groupés par macro-compétence, savoir-être, savoirs, contextes de travail, mobilités, secteurs.")
    ResponseEntity<TradeSheet> trade(@PathVariable String code) {
        return trades.sheet(code).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    record TradePageResponse(List<TradeResource> items, int page, int size, long totalItems, int totalPages,
                             List<FacetResource> facets) {
    }

    /** A fiche in a list: its code, label, professional domain, tags, and the address of its sheet. */
    record TradeResource(String code, String label, String domainCode, String domainLabel, List<String> tags, String url) {
    }

    record FacetResource(String parameter, String title, List<FacetValueResource> values) {
    }

    record FacetValueResource(String value, String label, long count) {
    }
}
