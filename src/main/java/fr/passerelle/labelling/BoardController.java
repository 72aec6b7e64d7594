package fr.passerelle.labelling;

import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.Option;
import fr.passerelle.platform.Spreadsheet;
import fr.passerelle.territory.Territories;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The board of dossiers: filters in the URL, chosen columns, exports and the administration's bulk actions. */
@Controller
class BoardController {

    private final ReviewBoard board;
    private final BoardActions actions;
    private final Calls calls;
    private final Territories territories;
    private final Accounts accounts;
    private final CurrentActor currentActor;
    private final fr.passerelle.labelling.deployment.DeploymentLinks deploymentLinks;

    BoardController(ReviewBoard board, BoardActions actions, Calls calls, Territories territories, Accounts accounts, CurrentActor currentActor,
                    fr.passerelle.labelling.deployment.DeploymentLinks deploymentLinks) {
        this.deploymentLinks = deploymentLinks;
        this.board = board;
        this.actions = actions;
        this.calls = calls;
        this.territories = territories;
        this.accounts = accounts;
        this.currentActor = currentActor;
    }

    @GetMapping(ReviewBoard.PATH)
    String board(@RequestParam(name = "appel", required = false) String call, @RequestParam(name = "region", required = false) String region,
                 @RequestParam(name = "etape", required = false) String step, @RequestParam(name = "categorie", required = false) String category,
                 @RequestParam(name = "expert", required = false) String expert, @RequestParam(name = "etiquette", required = false) String tag,
                 @RequestParam(name = "q", required = false) String q, @RequestParam(name = "tri", required = false) String sort,
                 @RequestParam(name = "ordre", required = false) String order, @RequestParam(name = "page", defaultValue = "1") String page,
                 Model model) {
        Actor actor = currentActor.require();
        var filters = new ReviewBoard.Filters(call, region, step, category, expert, tag, q, sort, order, parsePage(page)).forActor(actor);
        var result = board.board(actor, filters);
        model.addAttribute("filters", filters);
        model.addAttribute("board", result);
        model.addAttribute("filtersUsed", board.describe(filters));
        model.addAttribute("admin", actor.isNationalAdmin());
        model.addAttribute("seesTags", ApplicationFollowUp.seesTags(actor));
        model.addAttribute("canSeeStatistics", CallStatistics.seesStatistics(actor));
        model.addAttribute("deploymentPath", deploymentLinks.plansOf(actor, filters.region()).orElse(null));
        model.addAttribute("steps", ApplicationStatus.values());
        model.addAttribute("callOptions", (actor.isNationalAdmin() ? calls.all() : calls.published()).stream()
                .map(c -> new Option(c.id().toString(), c.title() + " (" + c.year() + ")")).toList());
        model.addAttribute("regionOptions", territories.regions().stream()
                .filter(r -> actor.role() != Role.REGIONAL_COORDINATOR && actor.role() != Role.REGIONAL_COUNCIL || r.code().equals(actor.regionCode()))
                .map(r -> new Option(r.code(), r.name())).toList());
        model.addAttribute("stepOptions", Arrays.stream(ApplicationStatus.values()).map(s -> new Option(s.name(), s.label())).toList());
        model.addAttribute("categoryOptions", Arrays.stream(LabelCategory.values()).map(c -> new Option(c.name(), c.label())).toList());
        model.addAttribute("expertOptions", actor.isNationalAdmin()
                ? accounts.withRole(Role.EXPERT).stream().map(e -> new Option(e.accountId().toString(), e.displayName())).toList() : List.of());
        model.addAttribute("tagOptions", ApplicationFollowUp.seesTags(actor) ? board.tagsInUse(actor) : List.of());
        return "labelling/board";
    }

    @PostMapping(ReviewBoard.PATH + "/colonnes")
    String chooseColumns(@RequestParam(name = "colonnes", required = false) List<String> columns,
                         @RequestParam(name = "retour", required = false) String back, RedirectAttributes flash) {
        var chosen = board.choose(currentActor.require(), columns);
        flash.addFlashAttribute("success", "Colonnes enregistrées pour votre compte : " + chosen.size() + " colonne(s) affichée(s).");
        return "redirect:" + safeBack(back);
    }

    @GetMapping(ReviewBoard.PATH + ".csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = "appel", required = false) String call, @RequestParam(name = "region", required = false) String region,
                               @RequestParam(name = "etape", required = false) String step, @RequestParam(name = "categorie", required = false) String category,
                               @RequestParam(name = "expert", required = false) String expert, @RequestParam(name = "etiquette", required = false) String tag,
                               @RequestParam(name = "q", required = false) String q, @RequestParam(name = "tri", required = false) String sort,
                               @RequestParam(name = "ordre", required = false) String order) {
        var filters = new ReviewBoard.Filters(call, region, step, category, expert, tag, q, sort, order, 1);
        Actor actor = currentActor.require();
        return file(Spreadsheet.csv(board.export(actor, filters.forActor(actor))), Spreadsheet.CSV_MEDIA_TYPE, board.fileName("csv"));
    }

    @GetMapping(ReviewBoard.PATH + ".xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(name = "appel", required = false) String call, @RequestParam(name = "region", required = false) String region,
                                @RequestParam(name = "etape", required = false) String step, @RequestParam(name = "categorie", required = false) String category,
                                @RequestParam(name = "expert", required = false) String expert, @RequestParam(name = "etiquette", required = false) String tag,
                                @RequestParam(name = "q", required = false) String q, @RequestParam(name = "tri", required = false) String sort,
                                @RequestParam(name = "ordre", required = false) String order) {
        var filters = new ReviewBoard.Filters(call, region, step, category, expert, tag, q, sort, order, 1);
        Actor actor = currentActor.require();
        return file(Spreadsheet.xlsx(board.export(actor, filters.forActor(actor))), Spreadsheet.XLSX_MEDIA_TYPE, board.fileName("xlsx"));
    }

    /** Bulk actions of the national administration on the dossiers ticked. */
    @PostMapping(ReviewBoard.PATH + "/actions")
    String bulk(@RequestParam(name = "action", required = false) String action, @RequestParam(name = "ids", required = false) List<UUID> ids,
                @RequestParam(name = "expertIds", required = false) List<UUID> expertIds, @RequestParam(name = "retour", required = false) String back,
                RedirectAttributes flash) {
        Actor actor = currentActor.require();
        BoardActions.Report report = switch (action == null ? "" : action) {
            case "experts" -> actions.assignExperts(actor, ids, expertIds);
            case "avis" -> actions.requestOpinions(actor, ids);
            default -> null;
        };
        if (report == null) {
            flash.addFlashAttribute("error", "Choisissez l’action à appliquer aux dossiers cochés.");
        } else {
            flash.addFlashAttribute("report", report);
        }
        return "redirect:" + safeBack(back);
    }

    private static String safeBack(String back) {
        return back != null && back.startsWith(ReviewBoard.PATH) && !back.startsWith(ReviewBoard.PATH + "/") && !back.contains("//")
                ? back : ReviewBoard.PATH;
    }

    private static int parsePage(String page) {
        // A page out of reach (or not a number) shows the first one rather than an error: the board is browsed, not typed in.
        return page.strip().matches("\\d{1,6}") ? Integer.parseInt(page.strip()) : 1;
    }

    private static ResponseEntity<byte[]> file(byte[] content, String mediaType, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
