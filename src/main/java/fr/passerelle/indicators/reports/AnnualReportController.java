package fr.passerelle.indicators.reports;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
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
 * workbook ({@code .xlsx}), on the five themes or one ({@code ?theme=GOVERNANCE}).
 */
@Controller
class AnnualReportController {

    static final int FIRST_YEAR = 2013;

    private final CampusAnnualReport reports;
    private final CurrentActor currentActor;

    AnnualReportController(CampusAnnualReport reports, CurrentActor currentActor) {
        this.reports = reports;
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
