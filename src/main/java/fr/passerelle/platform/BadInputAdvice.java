package fr.passerelle.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The safety net for bad input that a form or a service did not catch itself: a parameter of the wrong type, a
 * missing one, a body that cannot be read, a value the database refuses (too long, too large, malformed). The reader
 * gets a 400 in French — a page, or a problem (RFC 9457) from the JSON API — and never the text of the exception.
 * Forms check their own fields first, so that they come back with what was typed; this is for what slips through.
 */
final class BadInputAdvice {

    private static final Logger log = LoggerFactory.getLogger(BadInputAdvice.class);

    private BadInputAdvice() {
    }

    /** What the reader is told: a status and a French sentence. */
    record Refusal(int status, String message) {
    }

    static Refusal of(Exception exception) {
        if (exception instanceof MethodArgumentTypeMismatchException e) {
            return e.getParameter().hasParameterAnnotation(PathVariable.class)
                    ? new Refusal(404, "Aucune page ne se trouve à cette adresse : l'identifiant qu'elle contient n'est pas valide.")
                    : new Refusal(400, "La valeur du paramètre « " + e.getName() + " » n'a pas le format attendu.");
        }
        if (exception instanceof MissingServletRequestParameterException e) {
            return new Refusal(400, "Le paramètre « " + e.getParameterName() + " » manque à la demande.");
        }
        if (exception instanceof MissingServletRequestPartException e) {
            return new Refusal(400, "L'élément « " + e.getRequestPartName() + " » manque au formulaire envoyé.");
        }
        if (exception instanceof BindException) {
            return new Refusal(400, "Le formulaire envoyé est incomplet ou mal formé : revenez à la page précédente, "
                    + "rechargez-la et recommencez.");
        }
        if (exception instanceof DataIntegrityViolationException e) {
            return refusedByDatabase(e);
        }
        return new Refusal(400, "Le contenu envoyé ne peut être lu.");
    }

    private static Refusal refusedByDatabase(DataIntegrityViolationException e) {
        String state = sqlState(e);
        log.warn("Value refused by the database (SQL state {}) — a form should have checked it", state, e);
        if ("22001".equals(state)) {
            return new Refusal(400, "Un texte saisi est trop long pour être enregistré. Revenez à la page précédente et raccourcissez-le.");
        }
        if ("22003".equals(state)) {
            return new Refusal(400, "Un nombre saisi est trop grand pour être enregistré. Revenez à la page précédente et corrigez-le.");
        }
        if (state != null && state.startsWith("23")) {
            return new Refusal(409, "Cet enregistrement contredit les données existantes (doublon, élément retiré entre-temps ou "
                    + "valeur hors des bornes). Rechargez la page pour voir l'état actuel, puis recommencez.");
        }
        return new Refusal(400, "Une valeur saisie ne peut être enregistrée telle quelle. Revenez à la page précédente et corrigez-la.");
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** Pages: the error page with the French message. */
    @ControllerAdvice
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class Pages {

        @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
                MissingServletRequestPartException.class, BindException.class, HttpMessageNotReadableException.class,
                DataIntegrityViolationException.class})
        String refuse(Exception exception, HttpServletResponse response, Model model) {
            Refusal refusal = of(exception);
            response.setStatus(refusal.status());
            model.addAttribute("status", refusal.status());
            model.addAttribute("message", refusal.message());
            return refusal.status() == 404 ? "error/404" : "error";
        }
    }

    /** The JSON API and open data: a problem in French. */
    @RestControllerAdvice(annotations = RestController.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    static class Api {

        @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
                MissingServletRequestPartException.class, BindException.class, HttpMessageNotReadableException.class,
                DataIntegrityViolationException.class})
        ResponseEntity<ProblemDetail> refuse(Exception exception) {
            Refusal refusal = of(exception);
            return ResponseEntity.status(refusal.status()).body(ErrorPages.problem(refusal.status(), refusal.message()));
        }

        /** A refusal the API wrote itself: its reason is French, and says what to change. */
        @ExceptionHandler(ResponseStatusException.class)
        ResponseEntity<ProblemDetail> refuse(ResponseStatusException exception) {
            int status = exception.getStatusCode().value();
            String detail = exception.getReason() != null ? exception.getReason() : ErrorPages.detail(status);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ErrorPages.problem(status, detail));
        }
    }
}
