package fr.passerelle.platform;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** A file larger than the server accepts, or a form whose file cannot be read, gets a page in French rather than a bare error. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        response.setStatus(413);
        model.addAttribute("status", 413);
        model.addAttribute("message", ErrorPages.TOO_LARGE);
        return "error";
    }

    @ExceptionHandler(MultipartException.class)
    String unreadable(HttpServletResponse response, Model model) {
        response.setStatus(400);
        model.addAttribute("status", 400);
        model.addAttribute("message", "Le formulaire et son fichier n'ont pu être reçus. Revenez à la page précédente, vérifiez le "
                + "fichier choisi (son nom ne doit pas dépasser 200 caractères) et envoyez-le à nouveau.");
        return "error";
    }
}
