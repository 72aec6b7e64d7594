package fr.passerelle.training.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.FormErrors;
import fr.passerelle.platform.Outcomes;
import fr.passerelle.platform.PasserelleProperties;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public pages of the catalogue: the search ({@code /formations}, shareable URLs, htmx updates of the results),
 * a training's sheet ({@code /formations/{code}}), a campus's offer in LHÉO; and, in the back office, the labels a
 * cluster gives to a training.
 */
@Controller
class TrainingSheetController {

    static final int PAGE_SIZE = 20;

    private final TrainingSearch search;
    private final CatalogueQueries queries;
    private final TrainingLabels labels;
    private final LheoExport lheo;
    private final CampusRegistry campuses;
    private final Directory directory;
    private final CurrentActor currentActor;
    private final PasserelleProperties properties;
    private final ObjectMapper json = new ObjectMapper();

    TrainingSheetController(TrainingSearch search, CatalogueQueries queries, TrainingLabels labels, LheoExport lheo, CampusRegistry campuses,
                            Directory directory, CurrentActor currentActor, PasserelleProperties properties) {
        this.search = search;
        this.queries = queries;
        this.labels = labels;
        this.lheo = lheo;
        this.campuses = campuses;
        this.directory = directory;
        this.currentActor = currentActor;
        this.properties = properties;
    }

    @GetMapping("/formations")
    String search(@RequestParam MultiValueMap<String, String> params, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        List<String> errors = new ArrayList<>();
        TrainingQuery query = TrainingQuery.parse(params, PAGE_SIZE, errors);
        TrainingSearch.Results results = search.search(query);
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        model.addAttribute("errors", errors);
        model.addAttribute("pages", pages(query, results));
        model.addAttribute("apiUrl", query.url("/api/v1/trainings", 1));
        return htmx != null ? "training/catalogue/search :: area" : "training/catalogue/search";
    }

    record PageLink(String label, String url, boolean current, String title) {
    }

    /** First, previous, a window around the current page, next and last. */
    static List<PageLink> pages(TrainingQuery query, TrainingSearch.Results results) {
        List<PageLink> links = new ArrayList<>();
        int total = results.totalPages();
        int current = Math.min(query.page(), total);
        if (total <= 1) {
            return links;
        }
        if (current > 1) {
            links.add(new PageLink("Précédente", query.url("/formations", current - 1), false, "Page précédente"));
        }
        int from = Math.max(1, current - 2);
        int to = Math.min(total, current + 2);
        if (from > 1) {
            links.add(new PageLink("1", query.url("/formations", 1), false, "Page 1"));
        }
        for (int p = from; p <= to; p++) {
            links.add(new PageLink(String.valueOf(p), query.url("/formations", p), p == current, "Page " + p));
        }
        if (to < total) {
            links.add(new PageLink(String.valueOf(total), query.url("/formations", total), false, "Page " + total + ", la dernière"));
        }
        if (current < total) {
            links.add(new PageLink("Suivante", query.url("/formations", current + 1), false, "Page suivante"));
        }
        return links;
    }

    @GetMapping("/formations/{code}")
    String sheet(@PathVariable String code, Model model) {
        CatalogueQueries.TrainingRow training = queries.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return sheet(model, training, LabelForm.empty(), FormErrors.NONE);
    }

    private String sheet(Model model, CatalogueQueries.TrainingRow training, LabelForm form, FormErrors errors) {
        Actor actor = currentActor.get().orElse(null);
        var establishments = queries.establishments(training.cfd());
        model.addAttribute("training", training);
        model.addAttribute("certifications", queries.certifications(training.id()));
        model.addAttribute("trades", queries.trades(training.id()));
        model.addAttribute("establishments", establishments);
        model.addAttribute("outcomes", queries.outcomes(establishments.stream().map(CatalogueQueries.Establishment::uai).toList()));
        model.addAttribute("labels", labels.of(actor, training.id()));
        model.addAttribute("clusters", labels.clustersFor(actor));
        model.addAttribute("form", form);
        model.addAttribute("formErrors", errors);
        model.addAttribute("natures", LabelNature.values());
        model.addAttribute("statuses", LabelStatus.values());
        model.addAttribute("contacts", contacts(establishments));
        model.addAttribute("mapJson", mapJson(establishments));
        model.addAttribute("tileUrl", properties.map().tileUrl());
        model.addAttribute("tileAttribution", properties.map().attribution());
        return "training/catalogue/sheet";
    }

    /** Whom to ask: the contacts of the campus that records the training, else the establishment's own address. */
    record ContactLine(String who, String organisation, String email, String phone) {
    }

    private List<ContactLine> contacts(List<CatalogueQueries.Establishment> establishments) {
        Map<String, ContactLine> lines = new LinkedHashMap<>();
        for (CatalogueQueries.Establishment e : establishments) {
            if (e.campusId() != null) {
                CampusCard campus = campuses.byId(e.campusId()).orElse(null);
                for (Directory.CampusContact c : directory.contactsOf(e.campusId())) {
                    var contact = c.contact();
                    lines.putIfAbsent(contact.id().toString(), new ContactLine(contact.fullName() + (contact.jobTitle() == null ? "" : ", " + contact.jobTitle()),
                            campus == null ? contact.organisationName() : campus.name(), contact.email(), contact.phone()));
                }
            }
            if (e.email() != null || e.phone() != null) {
                lines.putIfAbsent(e.organisationId().toString(), new ContactLine("Accueil de l’établissement", e.name(), e.email(), e.phone()));
            }
        }
        return List.copyOf(lines.values());
    }

    private String mapJson(List<CatalogueQueries.Establishment> establishments) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (CatalogueQueries.Establishment e : establishments) {
            if (e.latitude() != null && e.longitude() != null) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("name", e.name());
                p.put("town", e.town());
                p.put("lat", e.latitude());
                p.put("lon", e.longitude());
                p.put("url", "/partenaires/" + e.organisationId());
                p.put("approximate", e.coordinatesOfTown());
                points.add(p);
            }
        }
        try {
            return json.writeValueAsString(points).replace("</", "<\\/");
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @PostMapping("/gestion/formations/{code}/labels")
    String label(@PathVariable String code, @Valid @ModelAttribute("form") LabelForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        Actor actor = currentActor.require();
        CatalogueQueries.TrainingRow training = queries.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Outcomes.submit(errors, () -> {
            if (form.labelId() != null && !form.labelId().isBlank()) {
                labels.change(actor, training, fr.passerelle.platform.FrenchInput.id("labelId", form.labelId(), "Ce label n’existe plus."),
                        form.version() == null ? -1 : form.version(), form.toDetails());
                flash.addFlashAttribute("success", "Le label est modifié.");
            } else {
                labels.label(actor, training, fr.passerelle.platform.FrenchInput.id("clusterId", form.clusterId(), "Choisissez le cluster qui labellise."),
                        form.toDetails());
                flash.addFlashAttribute("success", "La formation est labellisée.");
            }
            return "redirect:/formations/" + training.code() + "#labels";
        }, () -> sheet(model, training, form, FormErrors.of(errors)));
    }

    /** A campus's training offer in LHÉO 2.3: public, as the offer itself is. */
    @GetMapping(value = "/formations/offre/{slug}.xml")
    ResponseEntity<byte[]> offer(@PathVariable String slug) {
        CampusCard campus = campuses.bySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("offre-lheo-" + slug + ".xml").build().toString())
                .body(lheo.offerOf(campus));
    }
}
