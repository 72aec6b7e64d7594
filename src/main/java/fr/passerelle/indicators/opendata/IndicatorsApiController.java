package fr.passerelle.indicators.opendata;

import fr.passerelle.indicators.IndicatorCatalogue;
import fr.passerelle.indicators.IndicatorDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The public indicators in the JSON API, read-only and open: the public catalogue, and the values published in the
 * open-data snapshot (never masked nor blank), paginated in SQL and stating when they were published.
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicateurs", description = "Indicateurs publics des Campus des métiers et des qualifications et leurs valeurs annuelles")
class IndicatorsApiController {

    static final int DEFAULT_SIZE = 100;

    private final IndicatorCatalogue catalogue;
    private final OpenValueQueries queries;
    private final OpenIndicators publications;

    IndicatorsApiController(IndicatorCatalogue catalogue, OpenValueQueries queries, OpenIndicators publications) {
        this.catalogue = catalogue;
        this.queries = queries;
        this.publications = publications;
    }

    @GetMapping
    @Operation(summary = "Catalogue des indicateurs publics",
            description = "Les indicateurs publics suivis (non retirés), dans l'ordre du catalogue : thème, définition, formule, unité, "
                    + "source, période et seuil sous lequel une valeur est masquée.")
    List<IndicatorResource> catalogue() {
        return catalogue.all().stream().filter(d -> d.isPublic() && !d.retired()).map(IndicatorResource::of).toList();
    }

    @GetMapping("/values")
    @Operation(summary = "Valeurs annuelles des indicateurs publics, par campus",
            description = "Valeurs publiées chaque jour (date de publication dans publishedAt et l'en-tête Last-Modified) pour les "
                    + "dernières années closes ; les valeurs masquées (comptées sur trop peu de réponses) et vides n'y figurent pas. "
                    + "Triées par année, campus, puis ordre du catalogue.")
    ResponseEntity<ValuePageResponse> values(
            @Parameter(description = "année, ex. 2024 (année civile, ou année scolaire commençant en septembre)")
            @RequestParam(name = "year", required = false) String year,
            @Parameter(description = "identifiant d'URL du campus, ex. campus-numerique-lille") @RequestParam(name = "campus", required = false) String campus,
            @Parameter(description = "code INSEE de région, ex. 32") @RequestParam(name = "region", required = false) String region,
            @Parameter(description = "code d'académie (académie principale du campus), ex. 09") @RequestParam(name = "academy", required = false) String academy,
            @Parameter(description = "code d'indicateur, ex. NEW_PARTNERS") @RequestParam(name = "indicator", required = false) String indicator,
            @Parameter(description = "page, à partir de 1") @RequestParam(name = "page", required = false) String page,
            @Parameter(description = "taille de page, 100 par défaut, 1000 au plus") @RequestParam(name = "size", required = false) String size,
            WebRequest request) {
        var filter = new OpenValueQueries.Filter(year(year), OpenDataCsvController.blankToNull(campus), OpenDataCsvController.blankToNull(region),
                OpenDataCsvController.blankToNull(academy), OpenDataCsvController.blankToNull(indicator));
        int p = positive(page, 1, Integer.MAX_VALUE / OpenValueQueries.MAX_SIZE, "page");
        int s = positive(size, DEFAULT_SIZE, OpenValueQueries.MAX_SIZE, "size");
        Instant published = publications.latest().map(OpenIndicators.Publication::publishedAt).orElse(null);
        if (published != null && request.checkNotModified(published.toEpochMilli())) {
            return null;
        }
        var result = queries.page(filter, p, s);
        var body = new ValuePageResponse(published, result.items().stream().map(ValueResource::of).toList(), result.page(), result.size(),
                result.total(), (int) ((result.total() + s - 1) / s));
        var response = ResponseEntity.ok();
        if (published != null) {
            response.lastModified(published);
        }
        return response.body(body);
    }

    static Integer year(String text) {
        String year = OpenDataCsvController.blankToNull(text);
        if (year == null) {
            return null;
        }
        try {
            int y = Integer.parseInt(year);
            if (y < 2000 || y > 2100) {
                throw OpenDataCsvController.badRequest("Année hors limites : " + year);
            }
            return y;
        } catch (NumberFormatException e) {
            throw OpenDataCsvController.badRequest("Année invalide : " + year);
        }
    }

    private static int positive(String text, int byDefault, int max, String name) {
        String value = OpenDataCsvController.blankToNull(text);
        if (value == null) {
            return byDefault;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < 1 || n > max) {
                throw OpenDataCsvController.badRequest("Paramètre " + name + " hors limites (1 à " + max + ") : " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw OpenDataCsvController.badRequest("Paramètre " + name + " invalide : " + value);
        }
    }

    /** An indicator of the public catalogue. {@code breakdown} is null when its values are not detailed. */
    record IndicatorResource(String code, String name, String theme, String themeLabel, String definition, String formula, String unit,
                             String unitLabel, String source, String sourceLabel, String period, String periodLabel, int maskBelow,
                             String breakdown, boolean optional) {

        static IndicatorResource of(IndicatorDefinition d) {
            return new IndicatorResource(d.code(), d.name(), d.theme().name(), d.theme().label(), d.definition(), d.formula(), d.unit().name(),
                    d.unit().label(), d.source().name(), d.source().label(), d.period().name(), d.period().label(), d.maskBelow(),
                    d.breakdown() == null ? null : d.breakdown().name(), d.optional());
        }
    }

    /** @param publishedAt when the values were published (null before the first publication) */
    record ValuePageResponse(Instant publishedAt, List<ValueResource> items, int page, int size, long totalItems, int totalPages) {
    }

    /** One value: {@code periodText} is the year as written (« 2024 », or « 2024-2025 » for a school year). */
    record ValueResource(String indicator, String indicatorName, String theme, String unit, int year, String periodText, BigDecimal value,
                         UUID campusId, String campusSlug, String campusName, String regionCode, String regionName, String academyCode,
                         String academyName) {

        static ValueResource of(OpenValueQueries.OpenValue v) {
            return new ValueResource(v.indicatorCode(), v.indicatorName(), v.theme().name(), v.unit().name(), v.year(),
                    v.period().yearText(v.year()), v.value(), v.campusId(), v.campusSlug(), v.campusName(), v.regionCode(), v.regionName(),
                    v.academyCode(), v.academyName());
        }
    }
}
