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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Open data: the registry as CSV (UTF-8, {@code ;}, header row) and as GeoJSON (WGS84 points), with the same
 * filters as the search page.
 */
@RestController
class OpenDataController {

    static final String[] CSV_HEADER = {"identifiant", "nom", "filiere", "code_region", "region", "code_academie",
            "academie", "code_commune", "commune", "latitude", "longitude", "categorie", "statut_label",
            "annee_premiere_labellisation", "fin_validite_label", "site_web", "page"};

    private final CampusSearch search;

    OpenDataController(CampusSearch search) {
        this.search = search;
    }

    @GetMapping(value = "/open-data/campuses.csv", produces = "text/csv;charset=UTF-8")
    ResponseEntity<byte[]> csv(@RequestParam MultiValueMap<String, String> params) throws IOException {
        List<CampusCard> campuses = everything(params);
        var out = new java.io.ByteArrayOutputStream();
        {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setRecordSeparator("\r\n")
                    .setHeader(CSV_HEADER).get().print(writer)) {
                for (CampusCard c : campuses) {
                    csv.printRecord(text(c.slug()), text(c.name()), text(c.sector().label()), text(c.regionCode()),
                            text(c.regionName()), text(c.academyCode()), text(c.academyName()), text(c.municipalityCode()),
                            text(c.municipalityName()), c.latitude(), c.longitude(), text(c.category().label()),
                            text(c.labelStatus().label()), c.firstLabelYear(), c.labelValidUntil(), text(c.website()),
                            text("/campus/" + c.slug()));
                }
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"campus-des-metiers.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out.toByteArray());
    }

    /** Text cells are neutralised against CSV injection; coordinates and years stay numbers. */
    private static String text(String value) {
        return Spreadsheet.csvCell(value);
    }

    @GetMapping(value = "/open-data/campuses.geojson", produces = "application/geo+json")
    ResponseEntity<Map<String, Object>> geojson(@RequestParam MultiValueMap<String, String> params) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (CampusCard c : everything(params)) {
            if (c.latitude() == null || c.longitude() == null) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("identifiant", c.slug());
            properties.put("nom", c.name());
            properties.put("filiere", c.sector().label());
            properties.put("region", c.regionName());
            properties.put("academie", c.academyName());
            properties.put("commune", c.municipalityName());
            properties.put("categorie", c.category().label());
            properties.put("statut_label", c.labelStatus().label());
            properties.put("page", "/campus/" + c.slug());
            features.add(Map.of("type", "Feature",
                    "geometry", Map.of("type", "Point", "coordinates", List.of(c.longitude(), c.latitude())),
                    "properties", properties));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .body(Map.of("type", "FeatureCollection", "features", features));
    }

    private List<CampusCard> everything(MultiValueMap<String, String> params) {
        List<String> errors = new ArrayList<>();
        var first = CampusQueryParameters.parse(params, CampusQuery.MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join(" ; ", errors));
        }
        List<CampusCard> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            var query = new CampusQuery(first.text(), first.regions(), first.academies(), first.sectors(), first.categories(),
                    first.statuses(), page, CampusQuery.MAX_SIZE);
            SearchResults results = search.search(query);
            all.addAll(results.items());
            if (page >= results.totalPages()) {
                return all;
            }
        }
    }
}
