package fr.passerelle.jobs.offers;

import fr.passerelle.territory.Territories;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public job board in JSON, read-only: the same words and filters as the page, published and unexpired offers only. */
@RestController
@RequestMapping("/api/v1/job-offers")
@Tag(name = "Offres d'emploi", description = "Offres d'emploi publiées par les entreprises membres des clusters")
class JobOfferApiController {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private final JobBoard board;
    private final Territories territories;

    JobOfferApiController(JobBoard board, Territories territories) {
        this.board = board;
        this.territories = territories;
    }

    /** An offer in the API. Salaries are gross yearly euros. */
    record JobOfferResource(UUID id, String title, String description, String company, UUID clusterId, String cluster, int jobTitleOgr,
                            String jobTitle, String tradeCode, String contract, String contractLabel, Integer durationMonths,
                            String workingTime, Integer hoursPerWeek, String municipalityCode, String municipality, String regionCode,
                            Double latitude, Double longitude, String level, Integer salaryMin, Integer salaryMax, LocalDate startsOn,
                            int positions, String applyEmail, String applyUrl, String applyInstructions, LocalDate publishedOn,
                            LocalDate expiresOn, List<Skill> skills, String url) {

        record Skill(String kind, int ogr, String label, boolean required) {
        }

        static JobOfferResource of(OfferView o) {
            return new JobOfferResource(o.id(), o.title(), o.description(), o.companyName(), o.clusterId(), o.clusterName(), o.jobTitleOgr(),
                    o.jobTitleLabel(), o.tradeCode(), o.contract().name(), o.contract().label(), o.durationMonths(), o.workingTime(),
                    o.hoursPerWeek(), o.municipalityCode(), o.municipalityName(), o.regionCode(), o.latitude(), o.longitude(), o.levelLabel(),
                    o.salaryMin(), o.salaryMax(), o.startsOn(), o.positions(), o.applyEmail(), o.applyUrl(), o.applyInstructions(),
                    o.publishedOn(), o.expiresOn(), o.skills().stream().map(s -> new Skill(s.kind(), s.ogr(), s.label(), s.required())).toList(),
                    o.publicPath());
        }
    }

    record Facet(String parameter, String title, List<BoardResults.FacetValue> values) {
    }

    record JobOffersPage(List<JobOfferResource> items, int page, int size, long total, int pages, List<Facet> facets, List<String> warnings) {
    }

    @GetMapping
    @Operation(summary = "Rechercher des offres d'emploi", description = "Mots de l'intitulé, du métier, de la description, de l'entreprise "
            + "ou de la commune ; filtres combinables, chacun répétable ; réponse paginée avec les facettes et leurs nombres. Seules les offres "
            + "publiées et non expirées sont listées, les plus récentes d'abord (les plus proches d'abord avec une commune).")
    JobOffersPage search(
            @Parameter(description = "mots, ex. soudeur naval") @RequestParam(name = "q", required = false) String q,
            @Parameter(description = "code d'une fiche du ROME, ex. H2913") @RequestParam(name = "metier", required = false) String metier,
            @Parameter(description = "code OGR d'une appellation du ROME") @RequestParam(name = "appellation", required = false) String appellation,
            @Parameter(description = "CDI, CDD, INTERIM, APPRENTICESHIP, PROFESSIONALISATION, INTERNSHIP, SEASONAL")
            @RequestParam(name = "contrat", required = false) List<String> contrat,
            @Parameter(description = "lettre d'un grand domaine du ROME, ex. H") @RequestParam(name = "domaine", required = false) List<String> domaine,
            @Parameter(description = "code INSEE de la région, ex. 52") @RequestParam(name = "region", required = false) List<String> region,
            @Parameter(description = "NONE, LEVEL_3 … LEVEL_8") @RequestParam(name = "niveau", required = false) List<String> niveau,
            @Parameter(description = "identifiant d'un cluster") @RequestParam(name = "cluster", required = false) List<String> cluster,
            @Parameter(description = "commune : nom, code postal ou code INSEE") @RequestParam(name = "commune", required = false) String commune,
            @Parameter(description = "rayon autour de la commune en km, 30 par défaut") @RequestParam(name = "rayon", required = false) String rayon,
            @Parameter(description = "page, à partir de 1") @RequestParam(name = "page", required = false) String page,
            @Parameter(description = "taille de page, 20 par défaut, 100 au plus") @RequestParam(name = "taille", required = false) String taille) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        put(params, "q", q);
        put(params, "metier", metier);
        put(params, "appellation", appellation);
        putAll(params, "contrat", contrat);
        putAll(params, "domaine", domaine);
        putAll(params, "region", region);
        putAll(params, "niveau", niveau);
        putAll(params, "cluster", cluster);
        put(params, "commune", commune);
        put(params, "rayon", rayon);
        put(params, "page", page);
        int size = taille == null || !taille.strip().matches("\\d{1,3}") ? DEFAULT_SIZE : Math.max(1, Math.min(MAX_SIZE, Integer.parseInt(taille.strip())));
        List<String> warnings = new ArrayList<>();
        BoardQuery query = BoardQuery.parse(params, size, warnings, place -> territories.locate(place, 6));
        BoardResults results = board.search(query);
        return new JobOffersPage(results.items().stream().map(JobOfferResource::of).toList(), results.page(), results.size(), results.total(),
                results.pages(), results.facets().stream().map(f -> new Facet(f.parameter(), f.title(), f.values())).toList(), warnings);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Une offre publiée et non expirée")
    ResponseEntity<JobOfferResource> offer(@PathVariable UUID id) {
        return board.publicOffer(id).map(JobOfferResource::of).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static void put(MultiValueMap<String, String> params, String name, String value) {
        if (value != null) {
            params.add(name, value);
        }
    }

    private static void putAll(MultiValueMap<String, String> params, String name, List<String> values) {
        if (values != null) {
            values.forEach(v -> params.add(name, v));
        }
    }
}
