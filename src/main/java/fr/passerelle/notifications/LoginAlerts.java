package fr.passerelle.notifications;

import fr.passerelle.platform.Times;
import fr.passerelle.identity.LoginAttemptsFailed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the owner of an account that logins to it failed several times and are now refused for a while. */
@Component
class LoginAlerts {

    static final Notice.Category FAILED_LOGINS = new Notice.Category("CONNEXIONS_ECHOUEES", "Tentatives de connexion échouées");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE);

    private final Notifications notifications;

    LoginAlerts(Notifications notifications) {
        this.notifications = notifications;
    }

    /** In the transaction that counted the failure: the e-mail leaves once it has committed. */
    @EventListener
    void on(LoginAttemptsFailed event) {
        notifications.send(Notice.to(event.accountId(), FAILED_LOGINS,
                "Plusieurs tentatives de connexion ont échoué sur votre compte",
                "Plusieurs tentatives de connexion ont échoué sur votre compte « " + event.username() + " » : "
                        + event.failures() + " mots de passe erronés, le dernier le " + Times.current().format(event.lastAttemptAt(), WHEN)
                        + " (heure de Paris) depuis l'adresse " + event.address() + ". Les connexions à ce compte sont suspendues "
                        + "quelques minutes, et plus longtemps si les échecs continuent.\n\n"
                        + "Si c'était vous, patientez quelques minutes avant de réessayer.\n\n"
                        + "Si ce n'était pas vous, personne n'est entré sur votre compte : ces tentatives ont été refusées. Si vous "
                        + "pensez que votre mot de passe est connu de quelqu'un d'autre, signalez-le à l'administration nationale "
                        + "de Passerelle.",
                null));
    }
}
