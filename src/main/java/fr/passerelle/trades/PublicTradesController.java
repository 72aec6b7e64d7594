package fr.passerelle.trades;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public face of ROME: the trade search, one sheet per fiche, and the job-title suggestions the picker shows as
 * one types. No login.
 */
@Controller
class PublicTradesController {

    static final int PAGE_SIZE = 20;
    /** How many job titles the picker suggests. */
    static final int SUGGESTIONS = 12;
    /** The name of the radio buttons of the picker on the search page, and of the field a page may pass. */
    static final String PICKER_FIELD = "appellation";
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");

    private final TradeSearch search;
    private final Trades trades;
    private final ObjectProvider<TradeSheetPanel> panels;

    PublicTradesController(TradeSearch search, Trades trades, ObjectProvider<TradeSheetPanel> panels) {
        this.search = search;
        this.trades = trades;
        this.panels = panels;
    }

    @GetMapping("/metiers")
    String search(@RequestParam MultiValueMap<String, String> params,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        List<String> errors = new ArrayList<>();
        TradeQuery query = TradeQueryParameters.parse(params, PAGE_SIZE, errors);
        TradeResults results = search.search(query);
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        model.addAttribute("errors", errors);
        model.addAttribute("pageUrls", pageUrls(query, results));
        model.addAttribute("apiUrl", TradeQueryParameters.url("/api/v1/trades", query, 1));
        model.addAttribute("releaseVersion", trades.currentReleaseVersion().orElse(null));
        pickerModel(model, PICKER_FIELD, "", List.of());
        return htmx != null ? "trades/search :: area" : "trades/search";
    }

    @GetMapping("/metiers/{code}")
    String sheet(@PathVariable String code, Model model) {
        TradeSheet sheet = trades.sheet(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!sheet.code().equals(code)) {
            return "redirect:/metiers/" + sheet.code();
        }
        model.addAttribute("sheet", sheet);
        model.addAttribute("panels", panels.stream().sorted(Comparator.comparingInt(TradeSheetPanel::order))
                .flatMap(p -> p.panel(sheet.summary()).stream()).toList());
        return "trades/sheet";
    }

    /**
     * The job titles matching what is typed: with htmx, the picker's suggestions (radio buttons named after
     * {@code champ}, "appellation" by default); without, the page of the picker, from which a chosen job title leads to
     * the sheet of its fiche. The text is {@code q}, or the picker's own field ({@code <champ>Query}).
     */
    @GetMapping("/metiers/appellations")
    String jobTitles(@RequestParam MultiValueMap<String, String> params,
                     @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String champ = params.getFirst("champ");
        String field = champ != null && FIELD_NAME.matcher(champ).matches() ? champ : PICKER_FIELD;
        String typed = params.getFirst("q") != null ? params.getFirst("q") : params.getFirst(field + "Query");
        typed = typed == null ? "" : fr.passerelle.platform.Text.withoutControlCharacters(typed).strip();
        if (typed.length() > 200) {
            typed = typed.substring(0, 200);
        }
        if (htmx == null && params.getFirst(field) != null && params.getFirst(field).strip().matches("\\d{1,9}")) {
            JobTitleChoice chosen = trades.jobTitle(Integer.parseInt(params.getFirst(field).strip())).orElse(null);
            if (chosen != null) {
                return "redirect:/metiers/" + chosen.tradeCode();
            }
        }
        pickerModel(model, field, typed, trades.searchJobTitles(typed, SUGGESTIONS));
        return htmx != null ? "trades/job-title-picker :: results" : "trades/job-titles";
    }

    private static void pickerModel(Model model, String field, String typed, List<JobTitleChoice> choices) {
        model.addAttribute("pickerField", field);
        model.addAttribute("jobTitleQuery", typed);
        model.addAttribute("jobTitleChoices", choices);
        model.addAttribute("jobTitleSelected", null);
    }

    private static List<PageLink> pageUrls(TradeQuery query, TradeResults results) {
        List<PageLink> links = new ArrayList<>();
        int last = results.totalPages();
        for (int p = 1; p <= last; p++) {
            if (p == 1 || p == last || Math.abs(p - query.page()) <= 2) {
                links.add(new PageLink(p, TradeQueryParameters.url("/metiers", query, p), p == query.page()));
            }
        }
        return links;
    }

    record PageLink(int number, String url, boolean current) {
    }
}
