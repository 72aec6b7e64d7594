package fr.passerelle.labelling;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import fr.passerelle.TestSmtp;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The people each step concerns are told, by e-mail (real SMTP) and in their notification list. */
@PasserelleIntegrationTest
class LabellingNoticesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

    static final byte[] PDF = fr.passerelle.TestFiles.pdf();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    Calls calls;
    @Autowired
    Applications applications;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    java.time.Clock clock;
    @Autowired
    ApplicationQueries queries;

    Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow();
    }

    List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> GreenMailUtil.getHeaders(m).contains(address)).toList();
    }

    @Test
    void theRegionTheExpertsAndThePromotersAreToldOfTheStepsThatConcernThem() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        CallView call = calls.create(fr.passerelle.TestActors.nationalAdmin(), new Calls.CallDetails(LocalDate.now(clock).getYear(), "Appel notifié " + tag, LocalDate.now(clock).minusDays(1),
                LocalDate.now(clock).plusDays(30), null, true, false));
        calls.publish(fr.passerelle.TestActors.nationalAdmin(), call.id());
        ApplicationView dossier = drafts.create(actor("referent"), new ApplicationDrafts.NewApplication(call.id(), null, "Projet notifié " + tag,
                fr.passerelle.campus.Sector.ENERGY_TRANSITION, "09", LabelCategory.STANDARD));
        for (Criterion criterion : dossier.criteria()) {
            drafts.saveSection(actor("referent"), dossier.id(), criterion, 0, LabellingChainTest.TEXT);
        }
        LabellingFixtures.directionCommitted(drafts, queries, actor("referent"), dossier.id());
        applications.submit(actor("referent"), dossier.id(), queries.byId(dossier.id()).orElseThrow().version(), null);

        List<MimeMessage> toRegion = mailTo("coordination@demo.passerelle.test");
        assertThat(toRegion).hasSize(1);
        assertThat(toRegion.get(0).getSubject()).isEqualTo("[Passerelle] Dossier déposé : Projet notifié " + tag);
        assertThat(GreenMailUtil.getBody(toRegion.get(0)).replace("=\r\n", "")).contains("avis du CAEN, le Conseil r");
        // The Conseil régional, which records the Crefop's opinion, is told too.
        assertThat(mailTo("conseil-regional@demo.passerelle.test")).extracting(MimeMessage::getSubject)
                .contains("[Passerelle] Dossier déposé : Projet notifié " + tag);
        assertThat(mailTo("referent@demo.passerelle.test")).extracting(MimeMessage::getSubject).contains("[Passerelle] Votre dossier est déposé : Projet notifié " + tag);
        mvc.perform(get("/gestion/notifications").with(as(users, "coordination")))
                .andExpect(content().string(containsString("Dossier déposé : Projet notifié " + tag)));

        for (String body : new String[] {"CAEN", "CREFOP"}) {
            applications.recordOpinion(actor(body.equals("CAEN") ? "coordination" : "conseil-regional"), dossier.id(),
                    queries.byId(dossier.id()).orElseThrow().version(), OpinionBody.valueOf(body), Verdict.FAVOURABLE, LocalDate.now(clock), "Favorable.",
                    null, null);
        }
        assertThat(mailTo("admin@demo.passerelle.test")).extracting(MimeMessage::getSubject).contains("[Passerelle] Dossier en expertise : Projet notifié " + tag);

        Actor second = accounts.byUsername("expert-notifie").orElseGet(() -> accounts.open(new NewAccount("expert-notifie",
                "expert-notifie@demo.passerelle.test", "Expert notifié", "demo", Role.EXPERT, null, null, null, null)));
        applications.assignExperts(actor("admin"), dossier.id(), List.of(actor("expert").accountId(), second.accountId()));
        assertThat(mailTo("expert-notifie@demo.passerelle.test")).extracting(MimeMessage::getSubject)
                .containsExactly("[Passerelle] Dossier à expertiser : Projet notifié " + tag);

        applications.requestChanges(actor("admin"), dossier.id(), queries.byId(dossier.id()).orElseThrow().version(), "Précisez le budget.");
        assertThat(mailTo("referent@demo.passerelle.test")).extracting(MimeMessage::getSubject).contains("[Passerelle] Compléments demandés : Projet notifié " + tag);
        // The campus's director of another campus, the partners and the recruiters are never told.
        assertThat(mailTo("partenaire@demo.passerelle.test")).isEmpty();
        assertThat(mailTo("recruteur@demo.passerelle.test")).isEmpty();
    }
}
