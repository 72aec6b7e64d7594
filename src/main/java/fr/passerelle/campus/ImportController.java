package fr.passerelle.campus;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Import of a registry CSV by the national administrator: upload, preview with the errors, import with progress. */
@Controller
class ImportController {

    private final CampusImport campusImport;
    private final ImportJobs jobs;
    private final CurrentActor currentActor;

    ImportController(CampusImport campusImport, ImportJobs jobs, CurrentActor currentActor) {
        this.campusImport = campusImport;
        this.jobs = jobs;
        this.currentActor = currentActor;
    }

    @GetMapping("/gestion/import")
    String form(Model model) {
        admin();
        model.addAttribute("columns", CampusImport.COLUMNS.values());
        model.addAttribute("sectors", Sector.values());
        return "gestion/import";
    }

    @PostMapping("/gestion/import")
    String upload(@RequestParam(name = "fichier", required = false) MultipartFile file, Model model, RedirectAttributes flash)
            throws IOException {
        Actor actor = admin();
        if (file == null || file.isEmpty()) {
            model.addAttribute("columns", CampusImport.COLUMNS.values());
            model.addAttribute("sectors", Sector.values());
            model.addAttribute("fileError", "Choisissez un fichier CSV à importer.");
            return "gestion/import";
        }
        String name = file.getOriginalFilename() == null ? "fichier.csv" : file.getOriginalFilename();
        var preview = campusImport.preview(file.getInputStream());
        var job = jobs.register(actor, name, preview);
        return "redirect:/gestion/import/" + job.id;
    }

    @GetMapping("/gestion/import/{id}")
    String job(@PathVariable UUID id, Model model) {
        model.addAttribute("job", job(id));
        return "gestion/import-job";
    }

    @GetMapping("/gestion/import/{id}/progression")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", job(id));
        return "gestion/import-job :: progress";
    }

    @PostMapping("/gestion/import/{id}/lancer")
    String start(@PathVariable UUID id) {
        Actor actor = admin();
        jobs.start(actor, job(id));
        return "redirect:/gestion/import/" + id;
    }

    private ImportJobs.Job job(UUID id) {
        return jobs.find(admin(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Cet import n'existe plus : les aperçus sont conservés une heure."));
    }

    private Actor admin() {
        Actor actor = currentActor.require();
        ImportJobs.requireImporter(actor);
        return actor;
    }
}
