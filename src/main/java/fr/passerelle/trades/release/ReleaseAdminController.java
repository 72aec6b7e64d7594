package fr.passerelle.trades.release;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Outcomes;
import fr.passerelle.trades.RomeItemKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The national administrator's page of ROME releases: the list, an import (the ZIP France Travail publishes, or a
 * folder under the import root) with its progress, the release in service, deletion, and the comparison of two.
 */
@Controller
@RequestMapping("/gestion/referentiels/rome")
class ReleaseAdminController {

    private static final Logger log = LoggerFactory.getLogger(ReleaseAdminController.class);
    private static final String PAGE = "/gestion/referentiels/rome";
    /** An archive of a release is about 4 MB; unpacked, 20 MB. More than this is not a release. */
    private static final long MAX_UNPACKED = 500L << 20;

    private final ReleaseImports imports;
    private final ReleaseCatalog catalog;
    private final ReleaseComparison comparison;
    private final RomeProperties properties;
    private final CurrentActor currentActor;

    ReleaseAdminController(ReleaseImports imports, ReleaseCatalog catalog, ReleaseComparison comparison, RomeProperties properties,
                           CurrentActor currentActor) {
        this.imports = imports;
        this.catalog = catalog;
        this.comparison = comparison;
        this.properties = properties;
        this.currentActor = currentActor;
    }

    @GetMapping
    String releases(Model model) {
        admin();
        return list(model);
    }

    private String list(Model model) {
        List<ReleaseView> releases = catalog.all();
        model.addAttribute("releases", releases);
        model.addAttribute("folders", folders());
        model.addAttribute("importRoot", properties.importRoot());
        model.addAttribute("imported", releases.stream().filter(ReleaseView::imported).toList());
        return "trades/release/releases";
    }

    @PostMapping("/archive")
    String upload(@RequestParam(name = "archive", required = false) MultipartFile archive, Model model, RedirectAttributes flash) throws IOException {
        Actor actor = admin();
        if (archive == null || archive.isEmpty()) {
            model.addAttribute("archiveError", "Choisissez l’archive ZIP de la version du ROME à importer.");
            return list(model);
        }
        String name = archive.getOriginalFilename() == null || archive.getOriginalFilename().isBlank() ? "archive.zip" : archive.getOriginalFilename();
        Path folder = Files.createTempDirectory("rome-release-");
        try {
            try (InputStream in = archive.getInputStream()) {
                ReleaseFiles.unzip(in, folder, MAX_UNPACKED);
            }
            var started = imports.importInBackground(actor, ReleaseFiles.folder(folder, "archive " + name), () -> deleteQuietly(folder));
            flash.addFlashAttribute("success", started.message());
            return "redirect:" + PAGE + "/" + started.releaseId();
        } catch (BusinessRuleException e) {
            deleteQuietly(folder);
            model.addAttribute("archiveError", e.getMessage());
            return list(model);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(folder);
            throw e;
        }
    }

    @PostMapping("/dossier")
    String fromFolder(@RequestParam(name = "dossier", required = false) String name, Model model, RedirectAttributes flash) {
        Actor actor = admin();
        Path folder = folders().stream().filter(f -> f.getFileName().toString().equals(name)).findFirst().orElse(null);
        if (folder == null) {
            model.addAttribute("folderError", "Choisissez l’un des dossiers proposés.");
            return list(model);
        }
        try {
            var started = imports.importInBackground(actor, ReleaseFiles.folder(folder), () -> { });
            flash.addFlashAttribute("success", started.message());
            return "redirect:" + PAGE + "/" + started.releaseId();
        } catch (BusinessRuleException e) {
            model.addAttribute("folderError", e.getMessage());
            return list(model);
        }
    }

    @GetMapping("/{id}")
    String release(@PathVariable UUID id, Model model) {
        admin();
        model.addAttribute("release", release(id));
        return "trades/release/release";
    }

    @GetMapping("/{id}/progression")
    String progress(@PathVariable UUID id, Model model) {
        admin();
        model.addAttribute("release", release(id));
        return "trades/release/release :: progress";
    }

    @PostMapping("/{id}/en-service")
    String makeCurrent(@PathVariable UUID id, RedirectAttributes flash) {
        Actor actor = admin();
        ReleaseView release = release(id);
        return Outcomes.redirect(flash, PAGE, () -> imports.makeCurrent(actor, id),
                "La version " + release.version() + " du ROME est en service.");
    }

    @PostMapping("/{id}/suppression")
    String delete(@PathVariable UUID id, RedirectAttributes flash) {
        Actor actor = admin();
        ReleaseView release = release(id);
        return Outcomes.redirect(flash, PAGE, () -> imports.delete(actor, id), "La version " + release.version() + " du ROME est supprimée.");
    }

    @GetMapping("/comparaison")
    String compare(@RequestParam(name = "de", required = false) Integer from, @RequestParam(name = "a", required = false) Integer to,
                   @RequestParam(name = "type", defaultValue = "TRADE") RomeItemKind kind,
                   @RequestParam(name = "changement", defaultValue = "ADDED") ReleaseComparison.Change change,
                   @RequestParam(name = "page", defaultValue = "1") int page, Model model, RedirectAttributes flash) {
        admin();
        var older = from == null ? null : catalog.byVersion(from).filter(ReleaseView::imported).orElse(null);
        var newer = to == null ? null : catalog.byVersion(to).filter(ReleaseView::imported).orElse(null);
        if (older == null || newer == null || older.version() == newer.version()) {
            flash.addFlashAttribute("error", "Choisissez deux versions importées différentes à comparer.");
            return "redirect:" + PAGE;
        }
        model.addAttribute("older", older);
        model.addAttribute("newer", newer);
        model.addAttribute("counts", comparison.counts(older.id(), newer.id()));
        model.addAttribute("items", comparison.items(older.id(), newer.id(), kind, change, page));
        model.addAttribute("references", comparison.referencesToRemoved(older.id(), newer.id()));
        model.addAttribute("kinds", RomeItemKind.values());
        model.addAttribute("changes", ReleaseComparison.Change.values());
        return "trades/release/comparison";
    }

    /** The sub-folders of the import root that hold a release (a version.txt), by name. */
    private List<Path> folders() {
        Path root = properties.importRoot();
        if (root == null || !Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).filter(d -> Files.isRegularFile(d.resolve("version.txt")))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            log.warn("Cannot list the ROME import root {}: {}", root, e.getMessage());
            return List.of();
        }
    }

    private ReleaseView release(UUID id) {
        return catalog.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Cette version du ROME n’existe pas ou plus."));
    }

    private Actor admin() {
        Actor actor = currentActor.require();
        ReleaseImports.allowed(actor);
        return actor;
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Cannot delete {}: {}", folder, e.getMessage());
        }
    }
}
