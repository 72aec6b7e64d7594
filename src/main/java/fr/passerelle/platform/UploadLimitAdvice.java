package fr.passerelle.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** A file larger than the server accepts gets a page in French rather than a bare error. */
@ControllerAdvice
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        response.setStatus(413);
        model.addAttribute("status", 413);
        model.addAttribute("message", "Le fichier envoyé dépasse la taille maximale acceptée (20 Mo). Revenez à la page précédente "
                + "et choisissez un fichier plus léger : ce que vous aviez saisi dans les autres champs y est toujours.");
        return "error";
    }
}
