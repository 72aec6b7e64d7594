package fr.passerelle.training.catalogue;

import fr.passerelle.identity.Actor;
import fr.passerelle.identity.CurrentActor;
import fr.passerelle.platform.BusinessRuleException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

/** The national administrator imports the training catalogue: upload of the CSV files or a zip, then the import's progress and rejected rows. */
@Controller
class CatalogueAdminController {

    private final CatalogueImports imports;
    private final CurrentActor currentActor;

    CatalogueAdminController(CatalogueImports imports, CurrentActor currentActor) {
        this.imports = imports;
        this.currentActor = currentActor;
    }

    @GetMapping("/gestion/catalogue-formations")
    String page(Model model) {
        return page(model, admin(), null);
    }

    private String page(Model model, Actor actor, String error) {
        model.addAttribute("imports", imports.recent(actor, 10));
        model.addAttribute("files", CatalogueImporter.FILES.stream().map(f -> f.prefix() + "….csv (" + (f.encoding().name().equals("UTF-8") ? "UTF-8" : "Windows-1252") + ")").toList());
        model.addAttribute("fileError", error);
        return "training/catalogue/admin";
    }

    @PostMapping("/gestion/catalogue-formations")
    String upload(@RequestParam(name = "fichiers", required = false) List<MultipartFile> files, Model model) throws IOException {
        Actor actor = admin();
        List<CatalogueImports.UploadedPart> parts = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (!file.isEmpty()) {
                    parts.add(new CatalogueImports.UploadedPart(file.getOriginalFilename(), file.getBytes()));
                }
            }
        }
        try {
            UUID id = imports.startUpload(actor, parts);
            return "redirect:/gestion/catalogue-formations/" + id;
        } catch (BusinessRuleException e) {
            return page(model, actor, e.getMessage());
        }
    }

    @GetMapping("/gestion/catalogue-formations/{id}")
    String job(@PathVariable UUID id, Model model) {
        fill(id, model);
        return "training/catalogue/admin-import";
    }

    @GetMapping("/gestion/catalogue-formations/{id}/progression")
    String progress(@PathVariable UUID id, Model model) {
        fill(id, model);
        return "training/catalogue/admin-import :: progress";
    }

    private void fill(UUID id, Model model) {
        Actor actor = admin();
        model.addAttribute("job", imports.find(actor, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        model.addAttribute("rejections", imports.rejections(actor, id, 500));
    }

    private Actor admin() {
        Actor actor = currentActor.require();
        CatalogueImports.requireImporter(actor);
        return actor;
    }
}
