package fr.passerelle.labelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.Sector;
import fr.passerelle.identity.Accounts;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The operational direction of a dossier on the real database: saved with its revision and audited, its mission letter
 * checked and kept among the attachments, listed among what is missing, printed in the dossier's PDF, and, when the
 * label is granted, the director named becomes the campus's when it has none.
 */
@PasserelleIntegrationTest
class OperationalDirectionTest {

    static final byte[] PDF = fr.passerelle.TestFiles.pdf();

    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    Applications applications;
    @Autowired
    ApplicationQueries queries;
    @Autowired
    CampusRegistry registry;
    @Autowired
    AuditTrail audit;
    @Autowired
    Accounts accounts;
    @Autowired
    ApplicationContext context;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    LabellingFixtures fixtures() {
        return new LabellingFixtures(context.getBean(Calls.class), applications, drafts, queries, context.getBean(ExpertReviews.class), accounts);
    }

    @Test
    void theCompletenessListNamesTheDirectionThenTheMissionLetterUntilBothAreThere() {
        var fixtures = fixtures();
        var referent = fixtures.actor("referent");
        ApplicationView dossier = drafts.create(referent, new ApplicationDrafts.NewApplication(fixtures.openCall().id(), null,
                "Projet dirigé " + UUID.randomUUID().toString().substring(0, 6), Sector.FOOD, "09", LabelCategory.STANDARD));
        fixtures.write(dossier, "referent");
        UUID id = dossier.id();
        assertThat(queries.missing(dossier)).containsExactly("Direction opérationnelle : nommez le directeur ou la directrice opérationnel·le, "
                + "ou enregistrez l'engagement à en recruter un·e (le groupe d'expertise ne rend pas d'avis favorable sans cet engagement).");

        OperationalDirection named = OperationalDirection.named("Claire Martin", "claire.martin@ac-lille.fr", "03 20 00 00 00", "Rectorat de Lille",
                LocalDate.of(2027, 9, 1));
        assertThat(drafts.saveDirection(referent, id, 0, named)).isEqualTo(1);
        assertThatThrownBy(() -> drafts.saveDirection(referent, id, 0, named.check()))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("pendant votre saisie");
        assertThat(queries.missing(dossier)).containsExactly("Direction opérationnelle : joignez la lettre de mission de Claire Martin, "
                + "signée par le recteur d'académie.");
        assertThatThrownBy(() -> applications.submit(referent, id, fixtures.version(id), null))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("joignez la lettre de mission de Claire Martin");

        assertThatThrownBy(() -> drafts.attachMissionLetter(referent, id, 1, "lettre.pdf", java.util.Arrays.copyOf(PDF, 15 * 1024 * 1024 + 1)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("15 Mo au plus");
        assertThat(drafts.attachMissionLetter(referent, id, 1, "lettre-de-mission.pdf", PDF)).isEqualTo(2);
        var direction = queries.direction(id);
        assertThat(direction.missionLetterName()).isEqualTo("lettre-de-mission.pdf");
        assertThat(queries.attachments(id)).extracting(ApplicationParts.Attachment::fileName).containsExactly("lettre-de-mission.pdf");
        assertThat(queries.missing(dossier)).isEmpty();
        assertThat(audit.history(Applications.AUDITED, id)).extracting(AuditTrail.Entry::action).contains("DIRECTION_OPERATIONNELLE", "LETTRE_DE_MISSION");
        assertThat(ApplicationPdf.directionLines(direction)).contains("Directeur ou directrice nommé·e : Claire Martin — Rectorat de Lille",
                "Lettre de mission signée par le recteur d'académie : lettre-de-mission.pdf");

        // Removing the letter from the attachments makes it missing again.
        drafts.removeAttachment(referent, id, direction.missionLetterId());
        assertThat(queries.missing(dossier)).hasSize(1);
    }

    @Test
    void theDirectorNamedBecomesTheDirectorOfTheCampusCreatedByTheLabel() throws Exception {
        var fixtures = fixtures();
        var referent = fixtures.actor("referent");
        var admin = fixtures.actor("admin");
        String name = "Campus dirigé " + UUID.randomUUID().toString().substring(0, 6);
        ApplicationView dossier = drafts.create(referent, new ApplicationDrafts.NewApplication(fixtures.openCall().id(), null, name,
                Sector.FOOD, "09", LabelCategory.STANDARD));
        UUID id = dossier.id();
        fixtures.write(dossier, "referent");
        int revision = drafts.saveDirection(referent, id, 0, OperationalDirection.named("Samir Exemple", "samir.exemple@ac-lille.fr", null,
                "Proviseur adjoint du lycée support", LocalDate.of(2027, 1, 4)));
        drafts.attachMissionLetter(referent, id, revision, "mission.pdf", PDF);
        applications.submit(referent, id, fixtures.version(id), null);
        fixtures.regionalOpinions(id);
        fixtures.reviewed(id);
        LocalDate today = context.getBean(Calls.class).today();
        applications.recordOpinion(admin, id, fixtures.version(id), OpinionBody.EXPERT_GROUP, Verdict.FAVOURABLE, today, "Solide.", null, null);
        applications.recordOpinion(admin, id, fixtures.version(id), OpinionBody.CNEE, Verdict.FAVOURABLE, today, "Favorable.", null, null);
        applications.decide(admin, id, fixtures.version(id), true, LabelCategory.STANDARD, today, null, null);

        UUID campus = queries.byId(id).orElseThrow().campusId();
        assertThat(audit.history("campus", campus)).filteredOn(e -> e.action().equals("DIRECTION_NOMMEE")).singleElement()
                .satisfies(e -> assertThat(e.changes()).contains(new AuditTrail.Change("Direction opérationnelle", null, "Samir Exemple")));
        // Its public page shows its director.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/campus/" + registry.byId(campus).orElseThrow().slug()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("samir.exemple@ac-lille.fr")));
        assertThat(audit.history(Applications.AUDITED, id)).extracting(AuditTrail.Entry::action).contains("DIRECTION_DU_CAMPUS");
        // A campus that already has its director keeps them.
        assertThat(registry.appointDirectorIfNone(campus, "Autre Personne", "autre@ac-lille.fr", null, "essai")).isFalse();
    }
}
