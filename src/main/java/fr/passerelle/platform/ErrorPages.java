package fr.passerelle.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The pages the server answers when a request fails before or outside a controller: a page in French for browsers,
 * a problem in French (RFC 9457) for the others. It replaces Spring Boot's error controller so that nothing of an
 * exception reaches the reader, and so that {@code /error} opened directly is a page that does not exist (404), not
 * a server error.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = status(request);
        response.setStatus(status);
        model.addAttribute("status", status);
        if (status == 413 && !model.containsAttribute("message")) {
            // Refused by the server before the application: the file, or the header naming it, is too large.
            model.addAttribute("message", "La demande dépasse ce que le serveur accepte : un fichier de plus de 20 Mo, ou un nom de "
                    + "fichier de plusieurs milliers de caractères. Revenez à la page précédente, choisissez un fichier plus léger ou "
                    + "renommez-le : ce que vous aviez saisi dans les autres champs y est toujours.");
        }
        return switch (status) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            default -> "error";
        };
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        int status = status(request);
        ProblemDetail problem = problem(status, detail(status));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && !path.isBlank()) {
            problem.setInstance(URI.create(path.replaceAll("[^A-Za-z0-9/._~%-]", "")));
        }
        return ResponseEntity.status(status).body(problem);
    }

    static final String TOO_LARGE = "Le fichier envoyé dépasse la taille maximale acceptée (20 Mo). Revenez à la page précédente et "
            + "choisissez un fichier plus léger : ce que vous aviez saisi dans les autres champs y est toujours.";

    /** A problem in French for the JSON API. */
    static ProblemDetail problem(int status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setTitle(title(status));
        return problem;
    }

    /** The status the failed request was given; none when {@code /error} is opened directly, which is then not found. */
    private static int status(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (status instanceof Integer code && HttpStatus.resolve(code) != null) {
            return code;
        }
        return HttpStatus.NOT_FOUND.value();
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Requête invalide";
            case 401 -> "Connexion requise";
            case 403 -> "Accès refusé";
            case 404 -> "Introuvable";
            case 405 -> "Méthode non acceptée";
            case 406 -> "Format de réponse non disponible";
            case 409 -> "Conflit";
            case 413 -> "Requête trop volumineuse";
            case 415 -> "Format de requête non accepté";
            default -> status >= 500 ? "Erreur du service" : "Requête refusée";
        };
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "La requête est incorrecte : un paramètre n'a pas le format attendu.";
            case 401 -> "Connectez-vous pour accéder à cette ressource.";
            case 403 -> "Votre rôle ou votre périmètre ne permet pas d'accéder à cette ressource.";
            case 404 -> "Aucune ressource ne se trouve à cette adresse.";
            case 405 -> "Cette adresse ne s'utilise pas avec cette méthode HTTP.";
            case 413 -> "La requête dépasse la taille maximale acceptée (20 Mo).";
            default -> status >= 500 ? "Le service rencontre un problème ; nous travaillons à le résoudre." : "La requête ne peut aboutir.";
        };
    }
}
