package fr.passerelle.labelling;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public side of labelling as JSON: the published calls for projects and the decisions taken. */
@RestController
@Tag(name = "Labellisation", description = "Appels à projets publiés et décisions de labellisation")
class LabellingApiController {

    private final Calls calls;
    private final ApplicationQueries applications;

    LabellingApiController(Calls calls, ApplicationQueries applications) {
        this.calls = calls;
        this.applications = applications;
    }

    record CallResource(UUID id, int year, String title, LocalDate opensOn, LocalDate closesOn, String state, boolean standardOpen,
                        boolean excellenceOpen, String expectations, List<DocumentResource> documents, List<CriterionResource> criteria) {
        static CallResource of(CallView call, LocalDate today) {
            return new CallResource(call.id(), call.year(), call.title(), call.opensOn(), call.closesOn(), call.state(today), call.standardOpen(),
                    call.excellenceOpen(), call.expectations(),
                    call.documents().stream().map(d -> new DocumentResource(d.label(), d.description(), d.mandatory())).toList(),
                    Criterion.forCategory(call.excellenceOpen()).stream()
                            .map(c -> new CriterionResource(c.name(), c.number(), c.label(), c.excellenceOnly(), call.guidanceOf(c))).toList());
        }
    }

    record DocumentResource(String label, String description, boolean mandatory) {
    }

    record CriterionResource(String code, String number, String label, boolean excellenceOnly, String guidance) {
    }

    record DecisionResource(String projectName, String regionName, int callYear, boolean granted, String category, LocalDate decidedOn,
                            LocalDate validUntil, String campusSlug) {
    }

    @GetMapping("/api/v1/calls")
    @Operation(summary = "Appels à projets publiés", description = "Du plus récent au plus ancien, avec leurs critères et les pièces demandées.")
    List<CallResource> calls() {
        LocalDate today = calls.today();
        return calls.published().stream().map(c -> CallResource.of(c, today)).toList();
    }

    @GetMapping("/api/v1/calls/{id}")
    @Operation(summary = "Un appel à projets publié")
    ResponseEntity<CallResource> call(@PathVariable UUID id) {
        return calls.byId(id).filter(CallView::published).map(c -> CallResource.of(c, calls.today())).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/api/v1/label-decisions")
    @Operation(summary = "Décisions de labellisation", description = "Labels accordés (catégorie, validité) et refus, du plus récent au plus ancien.")
    List<DecisionResource> decisions() {
        return applications.publicDecisions().stream().map(d -> new DecisionResource(d.projectName(), d.regionName(), d.callYear(), d.granted(),
                d.category() == null ? null : d.category().name(), d.decidedOn(), d.validUntil(), d.campusSlug())).toList();
    }
}
