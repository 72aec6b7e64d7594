package fr.passerelle.campus;

import fr.passerelle.platform.Spreadsheet;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Open data: the registry as CSV (UTF-8, {@code ;}, header row) and as GeoJSON (WGS84 points), with the same
 * filters as the search page. A campus's other sectors and other académies are listed beside its main ones (in one
 * cell, separated by « ; », in the CSV; as lists in the GeoJSON).
 */
@RestController
class OpenDataController {

    static final String[] CSV_HEADER = {"identifiant", "nom", "filiere", "code_region", "region", "code_academie",
            "academie", "code_commune", "commune", "latitude", "longitude", "categorie", "statut_label",
            "annee_premiere_labellisation", "fin_validite_label", "autres_filieres", "autres_codes_academies",
            "autres_academies", "site_web", "page", "distance_km"};

    private final CampusSearch search;
    private final CampusRegistry registry;

    OpenDataController(CampusSearch search, CampusRegistry registry) {
        this.search = search;
        this.registry = registry;
    }

    @GetMapping(value = "/open-data/campuses.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<byte[]> csv(@RequestParam MultiValueMap<String, String> params) throws IOException {
        return csv(everything(params), "campus-des-metiers.csv");
    }

    /** One campus, as its public page offers it. */
    @GetMapping(value = "/open-data/campuses/{slug}.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<byte[]> campusCsv(@PathVariable String slug) throws IOException {
        return csv(List.of(one(slug)), slug + ".csv");
    }

    @GetMapping(value = "/open-data/campuses/{slug}.geojson", produces = "application/geo+json")
    ResponseEntity<Map<String, Object>> campusGeojson(@PathVariable String slug) {
        return geojson(List.of(one(slug)));
    }

    private Row one(String slug) {
        return registry.bySlug(slug).map(c -> new Row(c, null)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ResponseEntity<byte[]> csv(List<Row> campuses, String fileName) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setRecordSeparator("\r\n")
                    .setHeader(CSV_HEADER).get().print(writer)) {
                for (Row row : campuses) {
                    CampusCard c = row.campus();
                    csv.printRecord(text(c.slug()), text(c.name()), text(c.sector().label()), text(c.regionCode()),
                            text(c.regionName()), text(c.academyCode()), text(c.academyName()), text(c.municipalityCode()),
                            text(c.municipalityName()), c.latitude(), c.longitude(), text(c.category().label()),
                            text(c.labelStatus().label()), c.firstLabelYear(), c.labelValidUntil(),
                            text(c.otherSectors().stream().map(Sector::label).collect(Collectors.joining("; "))),
                            text(String.join("; ", c.otherAcademyCodes())), text(String.join("; ", c.otherAcademyNames())), text(c.website()),
                            text("/campus/" + c.slug()), row.distanceKm());
                }
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toByteArray());
    }

    /** Text cells are neutralised against CSV injection; coordinates and years stay numbers. */
    private static String text(String value) {
        return Spreadsheet.csvCell(value);
    }

    @GetMapping(value = "/open-data/campuses.geojson", produces = "application/geo+json")
    ResponseEntity<Map<String, Object>> geojson(@RequestParam MultiValueMap<String, String> params) {
        return geojson(everything(params));
    }

    private ResponseEntity<Map<String, Object>> geojson(List<Row> rows) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (Row row : rows) {
            CampusCard c = row.campus();
            if (c.latitude() == null || c.longitude() == null) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("identifiant", c.slug());
            properties.put("nom", c.name());
            properties.put("filiere", c.sector().label());
            properties.put("autres_filieres", c.otherSectors().stream().map(Sector::label).toList());
            properties.put("region", c.regionName());
            properties.put("academie", c.academyName());
            properties.put("autres_academies", c.otherAcademyNames());
            properties.put("commune", c.municipalityName());
            properties.put("categorie", c.category().label());
            properties.put("statut_label", c.labelStatus().label());
            properties.put("page", "/campus/" + c.slug());
            if (row.distanceKm() != null) {
                properties.put("distance_km", row.distanceKm());
            }
            features.add(Map.of("type", "Feature",
                    "geometry", Map.of("type", "Point", "coordinates", List.of(c.longitude(), c.latitude())),
                    "properties", properties));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(Map.of("type", "FeatureCollection", "features", features));
    }

    /** A campus of the export, with its distance to the place searched (km, rounded to 0.1) when there is one. */
    record Row(CampusCard campus, Double distanceKm) {
    }

    private List<Row> everything(MultiValueMap<String, String> params) {
        List<String> errors = new ArrayList<>();
        var first = search.parse(params, CampusQuery.MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join(" ; ", errors));
        }
        List<Row> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            var query = first.atPage(page, CampusQuery.MAX_SIZE);
            SearchResults results = search.search(query);
            results.items().forEach(c -> {
                Double km = results.distanceTo(c);
                all.add(new Row(c, km == null ? null : Math.round(km * 10) / 10.0));
            });
            if (page >= results.totalPages()) {
                return all;
            }
        }
    }
}
