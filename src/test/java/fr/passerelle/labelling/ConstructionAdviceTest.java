package fr.passerelle.labelling;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestSmtp;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.Sector;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The expert group's support while a project is written: the national administration attaches an expert to a draft,
 * who reads it without writing it and exchanges advice with its promoters; an expert not attached sees nothing; the
 * advice stays out of the review and its scores, and is closed to new messages (still readable) once the dossier is
 * submitted.
 */
@PasserelleIntegrationTest
class ConstructionAdviceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

    static final String ADVICE = "Chiffrez les besoins de recrutement des entreprises partenaires, par métier.";
    static final String ANSWER = "Les chiffres de l'observatoire régional sont ajoutés au critère 1.";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    ApplicationDrafts drafts;
    @Autowired
    Applications applications;
    @Autowired
    ApplicationQueries queries;
    @Autowired
    ExpertReviews reviews;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationContext context;
    @Autowired
    LabellingTasks tasks;

    LabellingFixtures fixtures() {
        return new LabellingFixtures(context.getBean(Calls.class), applications, drafts, queries, reviews, accounts);
    }

    Actor expert(String username) {
        return accounts.byUsername(username).orElseGet(() -> accounts.open(new NewAccount(username, username + "@demo.passerelle.test",
                "Expert " + username, "demo", Role.EXPERT, null, null, null, null)));
    }

    List<MimeMessage> mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> GreenMailUtil.getHeaders(m).contains(address)).toList();
    }

    @Test
    void anAttachedExpertReadsTheDraftAndAdvisesItsPromotersApartFromTheReview() throws Exception {
        var fixtures = fixtures();
        String name = "Projet accompagné " + UUID.randomUUID().toString().substring(0, 6);
        ApplicationView dossier = drafts.create(fixtures.actor("referent"), new ApplicationDrafts.NewApplication(fixtures.openCall().id(), null, name,
                Sector.FOOD, "09", LabelCategory.STANDARD));
        fixtures.write(dossier, "referent");
        String page = "/gestion/labellisation/dossiers/" + dossier.id();
        Actor advisor = expert("conseil-a");
        Actor other = expert("conseil-b");
        fixtures.expert("expert-b");

        // Only the national administration attaches advisors.
        mvc.perform(post(page + "/appui/experts").param("advisorIds", advisor.accountId().toString()).with(as(users, "referent")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/appui/experts").param("advisorIds", fixtures.actor("referent").accountId().toString()).with(as(users, "admin")).with(csrf()))
                .andExpect(flash().attribute("error", "Choisissez des comptes d'experts."));
        mvc.perform(post(page + "/appui/experts").param("advisorIds", advisor.accountId().toString()).with(as(users, "admin")).with(csrf()))
                .andExpect(flash().attribute("success", containsString("attachés au dossier en appui")));
        assertThat(queries.advisors(dossier.id())).extracting(ApplicationParts.Advisor::expertId).containsExactly(advisor.accountId());
        assertThat(mailTo("conseil-a@demo.passerelle.test")).extracting(MimeMessage::getSubject)
                .containsExactly("[Passerelle] Appui à la construction : " + name);
        mvc.perform(get("/gestion/notifications").with(as(users, "conseil-a")))
                .andExpect(content().string(containsString("Appui à la construction : " + name)));

        // The advisor reads the draft, its criteria and the advice tab, and writes none of the dossier.
        mvc.perform(get(page).with(as(users, "conseil-a"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"advisor-notice\"")))
                .andExpect(content().string(not(containsString("id=\"submit-dossier\""))))
                .andExpect(content().string(not(containsString("id=\"direction-form\""))))
                .andExpect(content().string(not(containsString("id=\"messages-link\""))));
        mvc.perform(get(page + "/criteres/DIAGNOSIS").with(as(users, "conseil-a"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<textarea"))));
        mvc.perform(post(page + "/criteres/DIAGNOSIS").param("revision", "1").param("text", "Réécrit par l'expert.")
                .with(as(users, "conseil-a")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(page + "/messages").with(as(users, "conseil-a"))).andExpect(status().isNotFound());
        mvc.perform(get(page + "/expertise").with(as(users, "conseil-a"))).andExpect(status().isNotFound());
        assertThat(queries.visibleTo(advisor)).extracting(ApplicationView::id).contains(dossier.id());
        assertThat(tasks.toAdvise(advisor).items()).extracting(LabellingTasks.Item::name).contains(name);
        assertThat(tasks.toAdvise(other).items()).extracting(LabellingTasks.Item::name).doesNotContain(name);

        // An expert not attached sees nothing of the draft.
        for (String path : new String[] {page, page + "/appui", page + "/criteres/DIAGNOSIS", page + "/dossier.pdf"}) {
            mvc.perform(get(path).with(as(users, "conseil-b"))).andExpect(status().isNotFound());
        }
        mvc.perform(post(page + "/appui").param("body", "Intrusion.").with(as(users, "conseil-b")).with(csrf())).andExpect(status().isNotFound());
        assertThat(queries.visibleTo(other)).extracting(ApplicationView::id).doesNotContain(dossier.id());

        // Advisor and promoters exchange advice; each side is told.
        mvc.perform(post(page + "/appui").param("body", " ").with(as(users, "conseil-a")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Écrivez votre message.")));
        mvc.perform(post(page + "/appui").param("body", ADVICE).with(as(users, "conseil-a")).with(csrf()))
                .andExpect(flash().attribute("success", "Votre message est envoyé."));
        assertThat(mailTo("referent@demo.passerelle.test")).extracting(MimeMessage::getSubject).contains("[Passerelle] Nouveau message d’appui : " + name);
        mvc.perform(post(page + "/appui").param("body", ANSWER).with(as(users, "referent")).with(csrf()))
                .andExpect(flash().attribute("success", "Votre message est envoyé."));
        assertThat(mailTo("conseil-a@demo.passerelle.test")).extracting(MimeMessage::getSubject).contains("[Passerelle] Nouveau message d’appui : " + name);
        assertThat(queries.advice(dossier.id())).extracting(ApplicationParts.Advice::body, ApplicationParts.Advice::fromAdvisor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ADVICE, true), org.assertj.core.groups.Tuple.tuple(ANSWER, false));
        assertThat(audit.history(Applications.AUDITED, dossier.id())).extracting(AuditTrail.Entry::action)
                .contains("APPUI_EXPERTS", "APPUI_MESSAGE");

        // Submitted, the dossier goes to its formal review: the advisor loses sight of it, the thread is closed but readable.
        LabellingFixtures.directionCommitted(drafts, queries, fixtures.actor("referent"), dossier.id());
        applications.submit(fixtures.actor("referent"), dossier.id(), fixtures.version(dossier.id()), null);
        mvc.perform(get(page).with(as(users, "conseil-a"))).andExpect(status().isNotFound());
        mvc.perform(get(page + "/appui").with(as(users, "referent"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"advice-closed\"")))
                .andExpect(content().string(containsString("Chiffrez les besoins de recrutement")))
                .andExpect(content().string(not(containsString("id=\"advice-form\""))));
        mvc.perform(post(page + "/appui").param("body", "Encore un conseil.").with(as(users, "referent")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("l’appui à la construction est clos")));

        // The advice is in no review: neither among the experts assigned, nor in the review form, nor in the scores.
        fixtures.regionalOpinions(dossier.id());
        fixtures.reviewed(dossier.id());
        assertThat(queries.assignments(dossier.id())).extracting(ApplicationParts.Assignment::expertId).doesNotContain(advisor.accountId());
        List<ApplicationParts.Review> handedIn = queries.reviews(dossier.id(), 1);
        assertThat(handedIn).extracting(ApplicationParts.Review::expertId).doesNotContain(advisor.accountId());
        assertThat(handedIn).allSatisfy(r -> {
            assertThat(r.mean()).isEqualTo(3.0);
            assertThat(r.scores().values()).extracting(ApplicationParts.Score::comment).doesNotContain(ADVICE);
        });
        mvc.perform(get(page + "/expertise").with(as(users, "expert"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Chiffrez les besoins de recrutement"))))
                .andExpect(content().string(containsString("Engagement à recruter la direction opérationnelle, pris par Le recteur")));
    }

    @Test
    void theAdministrationDetachesAnAdvisorWhoThenSeesNothingOfTheDraft() throws Exception {
        var fixtures = fixtures();
        ApplicationView dossier = drafts.create(fixtures.actor("referent"), new ApplicationDrafts.NewApplication(fixtures.openCall().id(), null,
                "Projet détaché " + UUID.randomUUID().toString().substring(0, 6), Sector.FOOD, "09", LabelCategory.STANDARD));
        String page = "/gestion/labellisation/dossiers/" + dossier.id();
        Actor advisor = expert("conseil-c");
        mvc.perform(post(page + "/appui/experts").param("advisorIds", advisor.accountId().toString()).with(as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page + "/appui").with(as(users, "conseil-c"))).andExpect(status().isOk());
        mvc.perform(post(page + "/appui/experts/" + advisor.accountId() + "/retrait").with(as(users, "admin")).with(csrf()))
                .andExpect(flash().attribute("success", "L'expert n'est plus en appui sur ce dossier."));
        mvc.perform(get(page + "/appui").with(as(users, "conseil-c"))).andExpect(status().isNotFound());
        assertThat(audit.history(Applications.AUDITED, dossier.id())).extracting(AuditTrail.Entry::action).contains("APPUI_RETIRE");
    }
}
