package fr.passerelle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.browser.pages.ReviewBoardPage;
import fr.passerelle.labelling.LabellingFixtures;
import java.time.Clock;
import java.time.Year;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The national administration works its board of dossiers in a real browser: filters, columns, a tag and a private note. */
class ReviewBoardBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    @Test
    void adminFiltersTheBoardChoosesColumnsTagsAndAnnotatesADossier() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID dossier = LabellingFixtures.submittedDossier(context, "Appel navigateur " + suffix, "Campus Navigateur " + suffix);

        logInAs("admin");
        var board = ReviewBoardPage.open(browser());
        board.assertAccessible();

        board.filter("Appel navigateur " + suffix + " (" + Year.now(clock).getValue() + ")", "SUBMITTED", "navigateur");
        board.expectCaption("Dossiers : 1");
        assertThat(board.path()).contains("etape=SUBMITTED").contains("q=navigateur");
        assertThat(board.dossiers()).contains("Campus Navigateur " + suffix);
        assertThat(board.filtersUsed()).contains("Étape : Avis régionaux");
        board.assertAccessible();

        var statistics = board.openStatistics();
        statistics.expectHeading("Statistiques");
        assertThat(statistics.countAt("SUBMITTED")).isEqualTo("1");
        statistics.assertAccessible();
        board = statistics.back();
        board.expectCaption("Dossiers : 1");

        board.toggleColumns("academie", "region");
        board.expectSuccess("Colonnes enregistrées");
        assertThat(board.path()).contains("etape=SUBMITTED");
        assertThat(board.sortLinks("academie")).isEqualTo(1);
        assertThat(board.sortLinks("region")).isZero();

        var followUp = board.followDossier(dossier);
        followUp.expectHeading("Campus Navigateur " + suffix);
        followUp.assertAccessible();
        followUp.tag("dossier solide");
        followUp.expectSuccess("L’étiquette « dossier solide » est ajoutée.");
        assertThat(followUp.tags()).contains("dossier solide");
        followUp.annotate("Gouvernance régionale à vérifier avec le rectorat.");
        followUp.expectSuccess("Votre note est enregistrée");
        assertThat(followUp.annotations()).contains("Gouvernance régionale à vérifier avec le rectorat.");
        followUp.assertAccessible();

        var messages = followUp.openMessages();
        messages.expectHeading("Messages");
        messages.assertAccessible();

        var tagged = ReviewBoardPage.openTagged(browser(), "dossier solide");
        assertThat(tagged.dossiers()).contains("Campus Navigateur " + suffix).contains("dossier solide");
    }
}
