package fr.passerelle.territory;

import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The national administrator loads commune centres (security restricts {@code /gestion/communes} to that role). */
@Controller
class MunicipalityCentresController {

    private final MunicipalityCentres centres;

    MunicipalityCentresController(MunicipalityCentres centres) {
        this.centres = centres;
    }

    @GetMapping("/gestion/communes")
    String form() {
        return "territory/centres";
    }

    @PostMapping("/gestion/communes")
    String upload(@RequestParam(name = "fichier", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Choisissez un fichier CSV à importer.");
            return "territory/centres";
        }
        model.addAttribute("result", centres.importCsv(file.getInputStream()));
        return "territory/centres";
    }
}
