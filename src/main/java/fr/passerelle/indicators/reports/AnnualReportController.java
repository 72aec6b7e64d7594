package fr.passerelle.indicators.reports;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.indicators.ConsolidatedIndicators.Scope;
import fr.passerelle.indicators.Theme;
import fr.passerelle.platform.Downloads;
import fr.passerelle.platform.Spreadsheet;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The annual report of a campus as a PDF ({@code /gestion/campus/{id}/indicateurs/rapport/{year}.pdf}) or an XLSX
 * workbook ({@code .xlsx}), on the five themes or one ({@code ?theme=GOVERNANCE}); and that of the nation, a région or
 * an académie under its dashboard ({@code /gestion/tableaux-de-bord[/regions/{code}|/academies/{code}]/rapport/{year}.pdf}).
 */
@Controller
class AnnualReportController {

    static final int FIRST_YEAR = 2013;

    private final CampusAnnualReport reports;
    private final ScopeAnnualReport scopeReports;
    private final CurrentActor currentActor;

    AnnualReportController(CampusAnnualReport reports, ScopeAnnualReport scopeReports, CurrentActor currentActor) {
        this.reports = reports;
        this.scopeReports = scopeReports;
        this.currentActor = currentActor;
    }

    @GetMapping("/gestion/campus/{id}/indicateurs/rapport/{year}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable int year, @RequestParam(name = "theme", required = false) String theme) {
        Actor actor = currentActor.require();
        String name = fileName(actor, id, year, theme) + ".pdf";
        return Downloads.attachment(name, "application/pdf", ReportPdf.render(report(actor, id, year, theme)));
    }

    @GetMapping("/gestion/campus/{id}/indicateurs/rapport/{year}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable UUID id, @PathVariable int year, @RequestParam(name = "theme", required = false) String theme) {
        Actor actor = currentActor.require();
        String name = fileName(actor, id, year, theme) + ".xlsx";
        return Downloads.attachment(name, Spreadsheet.XLSX_MEDIA_TYPE, ReportXlsx.render(report(actor, id, year, theme)));
    }

    @GetMapping("/gestion/tableaux-de-bord/rapport/{year}.{format}")
    ResponseEntity<byte[]> nation(@PathVariable int year, @PathVariable String format, @RequestParam(name = "theme", required = false) String theme) {
        return scopeReport(Scope.nation(), year, format, theme);
    }

    @GetMapping("/gestion/tableaux-de-bord/regions/{code}/rapport/{year}.{format}")
    ResponseEntity<byte[]> region(@PathVariable String code, @PathVariable int year, @PathVariable String format,
                                  @RequestParam(name = "theme", required = false) String theme) {
        return scopeReport(Scope.region(code), year, format, theme);
    }

    @GetMapping("/gestion/tableaux-de-bord/academies/{code}/rapport/{year}.{format}")
    ResponseEntity<byte[]> academy(@PathVariable String code, @PathVariable int year, @PathVariable String format,
                                   @RequestParam(name = "theme", required = false) String theme) {
        return scopeReport(Scope.academy(code), year, format, theme);
    }

    /** The annual report of a région, an académie or the nation, in PDF or XLSX. */
    private ResponseEntity<byte[]> scopeReport(Scope scope, int year, String format, String theme) {
        if (year < FIRST_YEAR || year > 2100 || !(format.equals("pdf") || format.equals("xlsx"))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Theme chosen = theme == null || theme.isBlank() ? null : theme(theme);
        Report report;
        try {
            report = scopeReports.build(currentActor.require(), scope, year, chosen);
        } catch (NoSuchElementException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String name = ScopeAnnualReport.fileStem(scope, year, chosen) + "." + format;
        return format.equals("pdf") ? Downloads.attachment(name, "application/pdf", ReportPdf.render(report))
                : Downloads.attachment(name, Spreadsheet.XLSX_MEDIA_TYPE, ReportXlsx.render(report));
    }

    private String fileName(Actor actor, UUID id, int year, String theme) {
        try {
            var campus = reports.requireReader(actor, id);
            return "rapport-annuel-" + year + "-" + campus.slug() + (theme == null || theme.isBlank() ? "" : "-" + theme(theme).name().toLowerCase());
        } catch (NoSuchElementException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private Report report(Actor actor, UUID id, int year, String theme) {
        if (year < FIRST_YEAR || year > 2100) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            return reports.build(actor, id, year, theme == null || theme.isBlank() ? null : theme(theme));
        } catch (NoSuchElementException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static Theme theme(String code) {
        try {
            return Theme.valueOf(code);
        } catch (IllegalArgumentException unknown) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Thème inconnu : " + code);
        }
    }
}
