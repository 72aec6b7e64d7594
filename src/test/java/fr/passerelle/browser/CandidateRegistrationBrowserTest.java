package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.TestSmtp;
import fr.passerelle.browser.pages.AccountConfirmationPage;
import fr.passerelle.browser.pages.CandidateRegistrationPage;
import fr.passerelle.browser.pages.CandidateSpacePage;
import fr.passerelle.browser.pages.LoginPage;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A candidate registers, confirms their address from the e-mail, logs in, fills their profile and withdraws a consent. */
class CandidateRegistrationBrowserTest extends BrowserTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

    static final String PASSWORD = "une phrase que je retiendrai";

    @Test
    void aCandidateRegistersConfirmsTheirAddressAndFillsTheirProfile() throws Exception {
        String email = "candidate-" + UUID.randomUUID().toString().substring(0, 8) + "@example.fr";

        var registration = CandidateRegistrationPage.open(browser());
        registration.expectHeading("Créer mon compte de candidat·e");
        registration.assertAccessible();
        registration.fill("Morgan Navire", email, "court", "autre", "banque-cv").submitWithErrors();
        registration.expectFieldError("password", "au moins 12 caractères");
        registration.expectFieldError("confirmation", "ne sont pas identiques");
        assertThat(registration.valueOf("email")).isEqualTo(email);
        registration.assertAccessible();
        assertThat(registration.fill("Morgan Navire", email, PASSWORD, PASSWORD).submit()).contains("confirmer votre adresse");

        assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(email)).findFirst().orElseThrow();
        Matcher link = Pattern.compile("https?://[^/\\s]+(/connexion/confirmation/[A-Za-z0-9_-]{43})\\s").matcher((String) mail.getContent());
        assertThat(link.find()).as("the e-mail holds the link").isTrue();

        LoginPage.open(browser()).attemptLogIn(email, PASSWORD).expectError("Identifiant ou mot de passe incorrect");
        var confirmation = AccountConfirmationPage.open(browser(), link.group(1));
        confirmation.expectHeading("Confirmer votre adresse e-mail");
        confirmation.assertAccessible();
        var login = confirmation.confirm();
        login.expectSuccess("Votre adresse e-mail est confirmée");
        login.attemptLogIn(email, PASSWORD);

        var space = CandidateSpacePage.expect(browser());
        space.expectHeading("Mon espace de candidat·e — Morgan Navire");
        assertThat(space.profileState()).containsIgnoringCase("Profil actif").contains("reste actif jusqu’au");
        space.assertAccessible();

        var profile = space.editProfile();
        profile.expectHeading("Mon profil");
        profile.assertAccessible();
        profile.addJobTitle("chaudron", "Chaudronnier").addSkill("soudage", "oudage").mobility("Ville-imaginaire", "30").saveWithErrors();
        profile.expectFieldError("commune", "Aucune commune ne correspond");
        assertThat(profile.valueOf("radiusKm")).isEqualTo("30");
        profile.assertAccessible();
        space = profile.mobility("Saint-Nazaire (44)", "30").availableFrom("01/09/2027").save();
        space.expectSuccess("Votre profil est enregistré");
        space.expectText("Chaudronnier");
        space.expectText("Saint-Nazaire (44), jusqu’à 30 km");
        space.assertAccessible();

        assertThat(space.consent("banque-cv")).contains("Donné le");
        assertThat(space.toggleConsent("banque-cv").consent("banque-cv")).contains("Retiré le");
        space.assertAccessible();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
