package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.notifications.Notice;
import fr.passerelle.notifications.Notifications;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A person with notifications sees the bell, opens the list, follows one and chooses how to be e-mailed. */
class NotificationsBrowserTest extends BrowserTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Notifications notifications;

    @Test
    void aPersonFollowsANotificationAndChoosesTheDailyDigest() {
        String username = "notif-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = accounts.open(new NewAccount(username, username + "@example.fr", "Camille Navigatrice", "mot-de-passe-du-test",
                Role.EXPERT, null, null, null, null)).accountId();
        // E-mailed in the digest only: this test sends no e-mail.
        notifications.chooseDailyDigest(id, true);
        var category = new Notice.Category("AVIS_DEMANDE", "Avis demandé");
        notifications.send(Notice.to(id, category, "Avis demandé : Campus Mer", "Votre avis est attendu avant le 30 juin.", "/gestion"));
        notifications.send(Notice.to(id, category, "Avis demandé : Campus Montagne", "Votre avis est attendu.", null));

        Browser browser = browser();
        browser.login(username, "mot-de-passe-du-test");
        assertThat(browser.find("#notification-bell").getAttribute("aria-label")).isEqualTo("Notifications, 2 non lues");
        browser.find("#notification-bell").click();
        browser.waitForText("h1", "Notifications");
        assertThat(browser.find("#notification-summary").getText()).isEqualTo("2 notification(s), dont 2 non lue(s).");
        assertThat(browser.find("#daily-digest").isSelected()).isTrue();
        browser.assertAccessible();

        browser.find("a[href$='/gestion/notifications/" + firstWith(browser, "Campus Mer") + "']").click();
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/gestion"));
        assertThat(browser.find("#notification-bell").getAttribute("aria-label")).isEqualTo("Notifications, 1 non lue");

        browser.find("#notification-bell").click();
        browser.waitForText("#notification-summary", "dont 1 non lue(s)");
        browser.find("label[for='daily-digest']").click();
        browser.find("#save-preference").click();
        browser.waitForText(".fr-alert--success", "Préférence enregistrée : vous recevrez un e-mail à chaque notification.");
        assertThat(browser.find("#daily-digest").isSelected()).isFalse();
        assertThat(notifications.dailyDigest(id)).isFalse();

        browser.find("#mark-all-read").click();
        browser.waitForText(".fr-alert--success", "1 notification a été marquée comme lue.");
        assertThat(browser.find("#notification-bell").getAttribute("aria-label")).isEqualTo("Notifications, aucune non lue");
        browser.assertAccessible();
    }

    private static String firstWith(Browser browser, String text) {
        return browser.findAll("#notifications li").stream().filter(li -> li.getText().contains(text)).findFirst().orElseThrow()
                .getAttribute("data-id");
    }
}
