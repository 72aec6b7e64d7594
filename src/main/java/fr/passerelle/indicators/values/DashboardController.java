package fr.passerelle.indicators.values;

import fr.passerelle.identity.CurrentActor;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A campus's indicators dashboard ({@code /gestion/campus/{id}/indicateurs?annee=Y}) and the drill-down of each computed
 * or imported value to the rows it counts ({@code /gestion/campus/{id}/indicateurs/{code}/{year}}).
 */
@Controller
class DashboardController {

    private final CampusDashboard dashboards;
    private final CurrentActor currentActor;

    DashboardController(CampusDashboard dashboards, CurrentActor currentActor) {
        this.dashboards = dashboards;
        this.currentActor = currentActor;
    }

    @GetMapping("/gestion/campus/{id}/indicateurs")
    String dashboard(@PathVariable UUID id, @RequestParam(name = "annee", required = false) Integer year, Model model) {
        int shown = year == null ? dashboards.defaultYear() : checked(year);
        try {
            var dashboard = dashboards.dashboard(currentActor.require(), id, shown);
            model.addAttribute("dashboard", dashboard);
            model.addAttribute("campus", dashboard.campus());
            return "indicators/dashboard";
        } catch (NoSuchElementException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping("/gestion/campus/{id}/indicateurs/{code}/{year}")
    String drillDown(@PathVariable UUID id, @PathVariable String code, @PathVariable int year,
                     @RequestParam(name = "page", required = false) Integer page,
                     @RequestParam(name = "page2", required = false) Integer page2, Model model) {
        List<Integer> pages = new ArrayList<>();
        pages.add(page);
        pages.add(page2);
        try {
            var drill = dashboards.drillDown(currentActor.require(), id, code, checked(year), pages);
            model.addAttribute("drill", drill);
            model.addAttribute("campus", drill.campus());
            return "indicators/drill-down";
        } catch (NoSuchElementException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static int checked(int year) {
        if (year < CampusDashboard.FIRST_YEAR || year > 2100) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return year;
    }
}
