package fr.passerelle.trades.curation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public trade sheets of a campus ({@code /campus/{slug}/metiers}) or a cluster ({@code /partenaires/{id}/metiers},
 * beside its public page): the selection, each enriched sheet with what ROME says of the trade, and the booklet. French
 * at the plain address, English under {@code /en}: {@code /campus/{slug}/metiers/G1601/en}. A sheet not translated
 * says so on its English page and shows its French text, marked as French.
 */
@Controller
class PublicCurationController {

    private static final String CODE = "{code:[A-Za-z]\\d{4}}";

    private final TradeCuration curation;
    private final fr.passerelle.trades.Trades trades;

    private final org.springframework.beans.factory.ObjectProvider<fr.passerelle.trades.TradeSheetPanel> panels;

    PublicCurationController(TradeCuration curation, fr.passerelle.trades.Trades trades,
                             org.springframework.beans.factory.ObjectProvider<fr.passerelle.trades.TradeSheetPanel> panels) {
        this.curation = curation;
        this.trades = trades;
        this.panels = panels;
    }

    @GetMapping({"/campus/{slug}/metiers", "/campus/{slug}/metiers/{lang:en}"})
    String campusSelection(@PathVariable String slug, @PathVariable(required = false) String lang, Model model) {
        return selection(campus(slug), Language.of(lang), model);
    }

    @GetMapping({"/partenaires/{id}/metiers", "/partenaires/{id}/metiers/{lang:en}"})
    String clusterSelection(@PathVariable UUID id, @PathVariable(required = false) String lang, Model model) {
        return selection(curation.owner(Owner.cluster(id)), Language.of(lang), model);
    }

    @GetMapping({"/campus/{slug}/metiers/" + CODE, "/campus/{slug}/metiers/" + CODE + "/{lang:en}"})
    String campusSheet(@PathVariable String slug, @PathVariable String code, @PathVariable(required = false) String lang, Model model) {
        return sheet(campus(slug), code, Language.of(lang), model);
    }

    @GetMapping({"/partenaires/{id}/metiers/" + CODE, "/partenaires/{id}/metiers/" + CODE + "/{lang:en}"})
    String clusterSheet(@PathVariable UUID id, @PathVariable String code, @PathVariable(required = false) String lang, Model model) {
        return sheet(curation.owner(Owner.cluster(id)), code, Language.of(lang), model);
    }

    @GetMapping("/campus/{slug}/metiers/livret-{lang:fr|en}.pdf")
    ResponseEntity<byte[]> campusBooklet(@PathVariable String slug, @PathVariable String lang) {
        return booklet(campus(slug), Language.of(lang));
    }

    @GetMapping("/partenaires/{id}/metiers/livret-{lang:fr|en}.pdf")
    ResponseEntity<byte[]> clusterBooklet(@PathVariable UUID id, @PathVariable String lang) {
        return booklet(curation.owner(Owner.cluster(id)), Language.of(lang));
    }

    private String selection(TradeCuration.OwnerCard owner, Language language, Model model) {
        model.addAttribute("owner", owner);
        model.addAttribute("language", language);
        model.addAttribute("entries", curation.selection(owner.owner()));
        return "trades/curation/public-selection";
    }

    private String sheet(TradeCuration.OwnerCard owner, String code, Language language, Model model) {
        var sheet = curation.sheet(owner.owner(), code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("owner", owner);
        model.addAttribute("language", language);
        model.addAttribute("sheet", sheet);
        model.addAttribute("text", sheet.text(language));
        var rome = trades.sheet(sheet.code()).orElse(null);
        model.addAttribute("rome", rome);
        model.addAttribute("panels", rome == null || owner.owner().kind() != Owner.Kind.CAMPUS ? java.util.List.of()
                : panels.stream().sorted(java.util.Comparator.comparingInt(fr.passerelle.trades.TradeSheetPanel::order))
                        .flatMap(p -> p.campusPanel(owner.owner().id(), rome.summary()).stream()).toList());
        return "trades/curation/public-sheet";
    }

    private ResponseEntity<byte[]> booklet(TradeCuration.OwnerCard owner, Language language) {
        byte[] pdf = curation.booklet(owner.owner(), language);
        String name = (language == Language.EN ? "careers-booklet-" : "livret-des-metiers-") + owner.owner().id() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    private TradeCuration.OwnerCard campus(String slug) {
        return curation.campusBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
