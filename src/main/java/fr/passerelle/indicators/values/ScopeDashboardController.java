package fr.passerelle.indicators.values;

import fr.passerelle.identity.CurrentActor;
import fr.passerelle.indicators.ConsolidatedIndicators.Scope;
import fr.passerelle.indicators.Theme;
import fr.passerelle.platform.Outcomes;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consolidated dashboards: the nation ({@code /gestion/tableaux-de-bord}), a région
 * ({@code /gestion/tableaux-de-bord/regions/{code}}) and an académie ({@code /gestion/tableaux-de-bord/academies/{code}}),
 * each with {@code ?annee=Y&theme=T}, and under each the campuses of the scope with their value of an indicator
 * ({@code …/indicateurs/{code}/{year}?tri=…&page=N}); the national administration recomputes the consolidated figures
 * now with a POST to {@value ScopeDashboards#REFRESH_PATH}.
 */
@Controller
class ScopeDashboardController {

    private final ScopeDashboards dashboards;
    private final IndicatorFacts facts;
    private final CurrentActor currentActor;

    ScopeDashboardController(ScopeDashboards dashboards, IndicatorFacts facts, CurrentActor currentActor) {
        this.dashboards = dashboards;
        this.facts = facts;
        this.currentActor = currentActor;
    }

    /** The national administration recomputes every consolidated figure now (nothing is destroyed: no confirmation). */
    @PostMapping(ScopeDashboards.REFRESH_PATH)
    String refresh(RedirectAttributes flash) {
        return Outcomes.redirect(flash, "/gestion/tableaux-de-bord", () -> facts.refreshNow(currentActor.require()),
                r -> "Chiffres consolidés recalculés pour " + r.from() + "–" + r.to() + " : " + String.format(java.util.Locale.FRENCH, "%,d", r.facts())
                        + " valeurs de campus, dont " + String.format(java.util.Locale.FRENCH, "%,d", r.written()) + " nouvelles ou modifiées.");
    }

    @GetMapping("/gestion/tableaux-de-bord")
    String nation(@RequestParam(name = "annee", required = false) Integer year, @RequestParam(name = "theme", required = false) String theme,
                  Model model) {
        return page(Scope.nation(), year, theme, model);
    }

    @GetMapping("/gestion/tableaux-de-bord/regions/{code}")
    String region(@PathVariable String code, @RequestParam(name = "annee", required = false) Integer year,
                  @RequestParam(name = "theme", required = false) String theme, Model model) {
        return page(Scope.region(code), year, theme, model);
    }

    @GetMapping("/gestion/tableaux-de-bord/academies/{code}")
    String academy(@PathVariable String code, @RequestParam(name = "annee", required = false) Integer year,
                   @RequestParam(name = "theme", required = false) String theme, Model model) {
        return page(Scope.academy(code), year, theme, model);
    }

    @GetMapping("/gestion/tableaux-de-bord/indicateurs/{indicator}/{year}")
    String nationCampuses(@PathVariable String indicator, @PathVariable int year, @RequestParam(name = "tri", required = false) String order,
                          @RequestParam(name = "page", required = false) Integer page, Model model) {
        return campuses(Scope.nation(), indicator, year, order, page, model);
    }

    @GetMapping("/gestion/tableaux-de-bord/regions/{code}/indicateurs/{indicator}/{year}")
    String regionCampuses(@PathVariable String code, @PathVariable String indicator, @PathVariable int year,
                          @RequestParam(name = "tri", required = false) String order, @RequestParam(name = "page", required = false) Integer page,
                          Model model) {
        return campuses(Scope.region(code), indicator, year, order, page, model);
    }

    @GetMapping("/gestion/tableaux-de-bord/academies/{code}/indicateurs/{indicator}/{year}")
    String academyCampuses(@PathVariable String code, @PathVariable String indicator, @PathVariable int year,
                           @RequestParam(name = "tri", required = false) String order, @RequestParam(name = "page", required = false) Integer page,
                           Model model) {
        return campuses(Scope.academy(code), indicator, year, order, page, model);
    }

    private String page(Scope scope, Integer year, String theme, Model model) {
        int shown = year == null ? dashboards.defaultYear() : checked(year);
        Theme chosen = null;
        if (theme != null && !theme.isBlank()) {
            try {
                chosen = Theme.valueOf(theme);
            } catch (IllegalArgumentException unknown) {
                chosen = null;
            }
        }
        try {
            model.addAttribute("dashboard", dashboards.page(currentActor.require(), scope, shown, chosen));
            return "indicators/scope-dashboard";
        } catch (NoSuchElementException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String campuses(Scope scope, String indicator, int year, String order, Integer page, Model model) {
        try {
            model.addAttribute("list", dashboards.campuses(currentActor.require(), scope, indicator, checked(year), ScopeDashboards.order(order),
                    page == null ? 1 : page));
            return "indicators/scope-campuses";
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
