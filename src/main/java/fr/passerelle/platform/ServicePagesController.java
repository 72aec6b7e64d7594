package fr.passerelle.platform;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages every public service of the State carries, linked from the footer of every page: legal notice, personal
 * data, cookies, site map and accessibility statement with its audit grid; and the page about the API and open data.
 */
@Controller
class ServicePagesController {

    @GetMapping("/mentions-legales")
    String legalNotice() {
        return "service/legal-notice";
    }

    @GetMapping("/donnees-personnelles")
    String personalData() {
        return "service/personal-data";
    }

    @GetMapping("/gestion-des-cookies")
    String cookies() {
        return "service/cookies";
    }

    @GetMapping("/plan-du-site")
    String siteMap() {
        return "service/site-map";
    }

    @GetMapping("/accessibilite")
    String accessibility(org.springframework.ui.Model model) {
        model.addAttribute("criteriaCount", AccessibilityAuditGrid.criteria().size());
        model.addAttribute("sample", AccessibilityAuditGrid.SAMPLE);
        return "service/accessibility";
    }

    @GetMapping("/accessibilite/grille-audit.xlsx")
    ResponseEntity<byte[]> auditGrid() {
        return Downloads.attachment("passerelle-grille-audit-rgaa-4.1.xlsx", Spreadsheet.XLSX_MEDIA_TYPE, AccessibilityAuditGrid.xlsx());
    }

    @GetMapping("/api-et-donnees-ouvertes")
    String api() {
        return "service/api";
    }
}
