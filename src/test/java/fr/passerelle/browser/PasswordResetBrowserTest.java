package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.TestSmtp;
import fr.passerelle.browser.pages.LoginPage;
import fr.passerelle.browser.pages.NewPasswordPage;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** "Mot de passe oublié" from the login page to the new password, reading the e-mail as the person would. */
class PasswordResetBrowserTest extends BrowserTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

    static final String NEW_PASSWORD = "une phrase que je retiendrai";

    @Autowired
    Accounts accounts;

    @Test
    void someoneWhoForgotTheirPasswordGetsALinkByEmailAndLogsInWithTheNewOne() throws Exception {
        String key = UUID.randomUUID().toString().substring(0, 8);
        Actor account = accounts.open(new NewAccount("oublieuse-" + key, "oublieuse-" + key + "@example.fr", "Claude " + key,
                "un mot de passe oublié depuis", Role.EXPERT, null, null, null, null));

        var login = LoginPage.open(browser());
        login.assertAccessible();
        var request = login.forgotPassword();
        request.expectHeading("Mot de passe oublié");
        request.assertAccessible();
        request.ask(account.email());
        assertThat(request.answer()).contains("Si un compte Passerelle avec mot de passe correspond", "valable une heure");
        request.assertAccessible();

        assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(account.email());
        Matcher link = Pattern.compile("https?://[^/\\s]+(/mot-de-passe-oublie/[A-Za-z0-9_-]{43})\\s").matcher((String) mail.getContent());
        assertThat(link.find()).as("the e-mail holds the link").isTrue();

        var page = NewPasswordPage.open(browser(), link.group(1));
        page.expectHeading("Choisir un nouveau mot de passe");
        page.assertAccessible();
        page.chooseWithErrors("trop court", "autre chose");
        page.expectFieldError("password", "au moins 12 caractères");
        page.expectFieldError("confirmation", "ne sont pas identiques");
        page.assertAccessible();

        var back = page.choose(NEW_PASSWORD);
        back.expectSuccess("Votre mot de passe est changé");
        back.assertAccessible();
        back.logIn(account.username(), NEW_PASSWORD);
        assertThat(browser().currentPath()).startsWith("/gestion");

        NewPasswordPage.open(browser(), link.group(1)).expectLinkProblem("Ce lien a déjà servi");
    }
}
