package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.BackOfficeHomePage;
import fr.passerelle.browser.pages.LoginPage;
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

        var home = LoginPage.open(browser()).logIn(username, "mot-de-passe-du-test");
        assertThat(home.header().notificationBell()).isEqualTo("Notifications, 2 non lues");
        var list = home.header().openNotifications();
        assertThat(list.summary()).isEqualTo("2 notification(s), dont 2 non lue(s).");
        assertThat(list.dailyDigestChosen()).isTrue();
        list.assertAccessible();

        list.follow("Campus Mer");
        home = BackOfficeHomePage.expectReached(browser());
        assertThat(home.header().notificationBell()).isEqualTo("Notifications, 1 non lue");

        list = home.header().openNotifications();
        list.expectSummary("dont 1 non lue(s)");
        list.toggleDailyDigest();
        list.expectSuccess("Préférence enregistrée : vous recevrez un e-mail à chaque notification.");
        assertThat(list.dailyDigestChosen()).isFalse();
        assertThat(notifications.dailyDigest(id)).isFalse();

        list.markAllRead();
        list.expectSuccess("1 notification a été marquée comme lue.");
        assertThat(list.header().notificationBell()).isEqualTo("Notifications, aucune non lue");
        list.assertAccessible();
    }
}
