package fr.passerelle.labelling;

import fr.passerelle.platform.BusinessRuleException;
import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.LabelStatus;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A dossier goes from the call to the label, each step taken by its role, and every refusal is proved. */
@PasserelleIntegrationTest
class LabellingChainTest {

    static final byte[] PDF = fr.passerelle.TestFiles.pdf("Lettre de soutien");
    static final String TEXT = "Le campus s'appuie sur un diagnostic partagé avec la région, les branches professionnelles et les "
            + "établissements : besoins en compétences, métiers en tension, évolution des effectifs et des formations sur le territoire.";

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
    @Autowired
    ExpertReviews reviews;
    @Autowired
    CampusRegistry registry;
    @Autowired
    AuditTrail audit;
    @Autowired
    fr.passerelle.directory.Directory directory;
    @Autowired
    fr.passerelle.training.Trainings trainings;

    Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow();
    }

    Actor expert(String username) {
        return accounts.byUsername(username).orElseGet(() -> accounts.open(new NewAccount(username, username + "@demo.passerelle.test",
                "Expert " + username, "demo", Role.EXPERT, null, null, null, null)));
    }

    CallView openCall(String title) {
        CallView call = calls.create(fr.passerelle.TestActors.nationalAdmin(), new Calls.CallDetails(LocalDate.now(clock).getYear(), title, LocalDate.now(clock).minusDays(10),
                LocalDate.now(clock).plusDays(20), "Attentes de l'appel", true, true));
        calls.addDocument(fr.passerelle.TestActors.nationalAdmin(), call.id(), "Lettre d'engagement de la région", null, true);
        calls.publish(fr.passerelle.TestActors.nationalAdmin(), call.id());
        return calls.require(call.id());
    }

    /** A dossier for a new campus of académie 09, opened by the academic referent. */
    ApplicationView newDossier(CallView call, String name) {
        return drafts.create(actor("referent"), new ApplicationDrafts.NewApplication(call.id(), null, name,
                fr.passerelle.campus.Sector.DIGITAL, "09", LabelCategory.STANDARD));
    }

    void complete(ApplicationView dossier) {
        for (Criterion criterion : dossier.criteria()) {
            drafts.saveSection(actor("referent"), dossier.id(), criterion, queries.section(dossier.id(), criterion).revision(), TEXT);
        }
        UUID letter = calls.require(dossier.callId()).documents().get(0).id();
        drafts.attach(actor("referent"), dossier.id(), letter, "engagement.pdf", PDF);
        LabellingFixtures.directionCommitted(drafts, queries, actor("referent"), dossier.id());
    }

    long version(UUID id) {
        return queries.byId(id).orElseThrow().version();
    }

    Map<Criterion, ApplicationParts.Score> scores(ApplicationView dossier, int score) {
        Map<Criterion, ApplicationParts.Score> scores = new EnumMap<>(Criterion.class);
        dossier.criteria().forEach(c -> scores.put(c, new ApplicationParts.Score(score, "Argumenté.")));
        return scores;
    }

    /** A dossier goes from the call to the label with each role in turn: one step per act, in order, on one dossier. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class FromTheCallToTheLabel {

        String tag;
        CallView call;
        UUID letter;
        UUID campus;
        ApplicationView dossier;
        String page;
        Actor first;
        Actor second;
        Actor third;

        @Test
        @Order(1)
        void theAdministratorWritesAndPublishesTheCall() throws Exception {
            tag = UUID.randomUUID().toString().substring(0, 6);
            // The administrator writes and publishes the call; it becomes public.
            mvc.perform(post("/gestion/labellisation/appels").param("year", "2027").param("title", "Appel " + tag)
                            .param("opensOn", LocalDate.now(clock).minusDays(1).toString()).param("closesOn", LocalDate.now(clock).plusMonths(2).toString())
                            .param("expectations", "Des projets **ambitieux**.").param("standardOpen", "true").with(as(users, "admin")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            call = calls.all().stream().filter(c -> c.title().equals("Appel " + tag)).findFirst().orElseThrow();
            mvc.perform(get("/appels-a-projets/" + call.id())).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/calls/" + call.id())).andExpect(status().isNotFound());
            mvc.perform(post("/gestion/labellisation/appels/" + call.id() + "/pieces").param("label", "Lettre d'engagement de la région")
                    .param("mandatory", "true").with(as(users, "admin")).with(csrf())).andExpect(status().is3xxRedirection());
            mvc.perform(post("/gestion/labellisation/appels/" + call.id() + "/publication").with(as(users, "admin")).with(csrf()))
                    .andExpect(flash().attribute("success", containsString("L'appel est publié")));
            mvc.perform(get("/appels-a-projets/" + call.id())).andExpect(status().isOk())
                    .andExpect(content().string(containsString("<strong>ambitieux</strong>")))
                    .andExpect(content().string(containsString("Lettre d&#39;engagement de la région")));

            letter = calls.require(call.id()).documents().get(0).id();
        }

        @Test
        @Order(2)
        void theDirectorOpensTheRenewalOfTheirCampus() throws Exception {
            // The operational director opens the renewal of their campus.
            campus = actor("direction").campusId();
            mvc.perform(post("/gestion/labellisation/dossiers").param("callId", call.id().toString()).param("campusId", campus.toString())
                            .param("category", "STANDARD").with(as(users, "direction")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            dossier = queries.visibleTo(actor("direction")).stream().filter(d -> d.callId().equals(call.id())).findFirst().orElseThrow();
            assertThat(dossier.kind()).isEqualTo(ApplicationView.Kind.RENEWAL);
            page = "/gestion/labellisation/dossiers/" + dossier.id();
        }

        @Test
        @Order(3)
        void itsLiveDataIsQuotedUnderTheCriteriaItAnswers() throws Exception {
            // Its live data is quoted under the criteria it answers: partners, and the trainings its partner establishments deliver.
            UUID establishment = directory.partnersOf(campus).get(0).organisation().id();
            trainings.add(fr.passerelle.TestActors.nationalAdmin(), campus, new fr.passerelle.training.TrainingDetails("32031408", establishment, fr.passerelle.training.TrainingRoute.APPRENTICESHIP, 2021));
            mvc.perform(get(page + "/criteres/PERIMETER").with(as(users, "direction"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Données du campus")));
            mvc.perform(get(page + "/criteres/PATHWAYS").with(as(users, "direction")))
                    .andExpect(content().string(containsString("(32031408)")));
        }

        @Test
        @Order(4)
        void anIncompleteDossierIsNotSubmittedAndThePageSaysWhatIsMissing() throws Exception {
            // Incomplete, it cannot be submitted, and the page says what is missing.
            mvc.perform(post(page + "/depot").param("version", Long.toString(version(dossier.id()))).with(as(users, "direction")).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Le dossier ne peut pas être déposé. Direction opérationnelle : nommez le directeur ou la directrice")))
                    .andExpect(content().string(containsString("Pièce obligatoire manquante : Lettre d&#39;engagement de la région.")));
        }

        @Test
        @Order(5)
        void aWrongFileIsRefusedThenTheCompleteDossierIsSubmitted() throws Exception {
            // A wrong file is refused with its reason; the right one is kept.
            mvc.perform(multipart(page + "/pieces").file(new MockMultipartFile("fichier", "lettre.pdf", "application/pdf", new byte[] {1, 2, 0, 3}))
                            .param("requiredDocumentId", letter.toString()).with(as(users, "direction")).with(csrf()))
                    .andExpect(flash().attribute("error", containsString("« lettre.pdf » n'est pas d'un type accepté")));
            mvc.perform(multipart(page + "/pieces").file(new MockMultipartFile("fichier", "lettre.pdf", "application/pdf",
                                    java.util.Arrays.copyOf(PDF, 15 * 1024 * 1024 + 1)))
                            .param("requiredDocumentId", letter.toString()).with(as(users, "direction")).with(csrf()))
                    .andExpect(flash().attribute("error", containsString("15 Mo au plus")));
            for (Criterion criterion : dossier.criteria()) {
                mvc.perform(post(page + "/criteres/" + criterion.name()).param("revision", "0").param("text", TEXT)
                        .with(as(users, "direction")).with(csrf())).andExpect(status().is3xxRedirection());
            }
            mvc.perform(multipart(page + "/pieces").file(new MockMultipartFile("fichier", "lettre.pdf", "application/pdf", PDF))
                            .param("requiredDocumentId", letter.toString()).with(as(users, "direction")).with(csrf()))
                    .andExpect(flash().attribute("success", "La pièce « lettre.pdf » est jointe au dossier."));
            // The director is named; the form keeps what was typed when a field is wrong.
            mvc.perform(post(page + "/direction").param("revision", "0").param("kind", "NAMED").param("directorName", "Claire Martin")
                            .param("directorEmail", "pas-une-adresse").param("directorEmployer", "Rectorat de Lille").param("startsOn", "2027-09-01")
                            .with(as(users, "direction")).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("L&#39;adresse e-mail de la direction opérationnelle n&#39;est pas valide.")))
                    .andExpect(content().string(containsString("value=\"Claire Martin\"")));
            mvc.perform(post(page + "/direction").param("revision", "0").param("kind", "NAMED").param("directorName", "Claire Martin")
                            .param("directorEmail", "claire.martin@ac-lille.fr").param("directorEmployer", "Rectorat de Lille").param("startsOn", "2027-09-01")
                            .with(as(users, "direction")).with(csrf()))
                    .andExpect(flash().attribute("success", "La direction opérationnelle est enregistrée."));
            // Without the mission letter signed by the recteur, the dossier is not submitted, and the message says so.
            mvc.perform(post(page + "/depot").param("version", Long.toString(version(dossier.id()))).with(as(users, "direction")).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("joignez la lettre de mission de Claire Martin, signée par le recteur d&#39;académie")));
            mvc.perform(multipart(page + "/direction/lettre").file(new MockMultipartFile("fichier", "mission.txt", "text/plain",
                                    "Lettre de mission".getBytes(StandardCharsets.UTF_8)))
                            .param("revision", "1").with(as(users, "direction")).with(csrf()))
                    .andExpect(flash().attribute("error", containsString("« mission.txt » n'est pas d'un type accepté")));
            mvc.perform(multipart(page + "/direction/lettre").file(new MockMultipartFile("fichier", "lettre-de-mission.pdf", "application/pdf", PDF))
                            .param("revision", "0").with(as(users, "direction")).with(csrf()))
                    .andExpect(flash().attribute("error", containsString("rechargez la page")));
            mvc.perform(multipart(page + "/direction/lettre").file(new MockMultipartFile("fichier", "lettre-de-mission.pdf", "application/pdf", PDF))
                            .param("revision", "1").with(as(users, "direction")).with(csrf()))
                    .andExpect(flash().attribute("success", "La lettre de mission est jointe au dossier."));
            mvc.perform(post(page + "/depot").param("version", Long.toString(version(dossier.id()))).with(as(users, "direction")).with(csrf()))
                    .andExpect(flash().attribute("success", containsString("Le dossier est déposé")));
            assertThat(queries.byId(dossier.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);
            assertThat(queries.direction(dossier.id()).missionLetterName()).isEqualTo("lettre-de-mission.pdf");
        }

        @Test
        @Order(6)
        void othersDoNotSeeTheDossierAtAll() throws Exception {
            // Others do not see it at all.
            for (String username : new String[] {"partenaire", "recruteur", "expert"}) {
                mvc.perform(get(page).with(as(users, username))).andExpect(status().isNotFound());
            }
        }

        @Test
        @Order(7)
        void theTwoCoPilotsRecordTheRegionalOpinionsAndTheReferentMayNot() throws Exception {
            // The rectorat's coordination records the CAEN opinion, the Conseil régional the Crefop's (ADR 0009); the referent may not.
            mvc.perform(post(page + "/avis").param("version", Long.toString(version(dossier.id()))).param("body", "CAEN").param("verdict", "FAVOURABLE")
                            .param("givenOn", LocalDate.now(clock).toString()).param("reasons", "Projet cohérent").with(as(users, "referent")).with(csrf()))
                    .andExpect(status().isForbidden());
            for (String body : new String[] {"CAEN", "CREFOP"}) {
                mvc.perform(post(page + "/avis").param("version", Long.toString(version(dossier.id()))).param("body", body).param("verdict", "FAVOURABLE")
                                .param("givenOn", LocalDate.now(clock).toString()).param("reasons", "Projet cohérent avec la carte des formations.")
                                .with(as(users, body.equals("CAEN") ? "coordination" : "conseil-regional")).with(csrf()))
                        .andExpect(status().is3xxRedirection());
            }
            assertThat(queries.byId(dossier.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.EXPERT_REVIEW);
        }

        @Test
        @Order(8)
        void twoExpertsAtLeastAreAssignedAndOneWhoDeclinesLosesSightOfIt() throws Exception {
            // Two experts at least; one declines for a conflict of interest and loses sight of the dossier.
            first = expert("expert");
            second = expert("expert-b");
            third = expert("expert-c");
            mvc.perform(post(page + "/experts").param("expertIds", first.accountId().toString()).with(as(users, "admin")).with(csrf()))
                    .andExpect(flash().attribute("error", containsString("au moins deux experts")));
            mvc.perform(post(page + "/experts").param("expertIds", first.accountId().toString(), second.accountId().toString(), third.accountId().toString())
                    .with(as(users, "admin")).with(csrf())).andExpect(flash().attribute("success", "Les experts sont affectés au dossier."));
            mvc.perform(get(page).with(as(users, "expert-c"))).andExpect(status().isOk());
            mvc.perform(post(page + "/deport").param("reason", "Ancien salarié d'un partenaire").with(as(users, "expert-c")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(get(page).with(as(users, "expert-c"))).andExpect(status().isNotFound());
            mvc.perform(get(page + "/expertise").with(as(users, "expert-c"))).andExpect(status().isNotFound());
        }

        @Test
        @Order(9)
        void twoExpertsScoringAtOnceNeverLoseTheOthersWork() throws Exception {
            // Two experts score at the same time: neither loses the other's work; a stale form of the same expert is refused.
            ApplicationView inReview = queries.byId(dossier.id()).orElseThrow();
            long firstVersion = reviews.openReview(first, dossier.id()).version();
            long secondVersion = reviews.openReview(second, dossier.id()).version();
            reviews.score(first, dossier.id(), firstVersion, scores(inReview, 3), false);
            reviews.score(second, dossier.id(), secondVersion, scores(inReview, 2), false);
            assertThatThrownBy(() -> reviews.score(first, dossier.id(), firstVersion, scores(inReview, 1), false))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("depuis un autre onglet");
            assertThat(queries.reviews(dossier.id(), 1)).extracting(ApplicationParts.Review::mean).containsExactlyInAnyOrder(3.0, 2.0);
        }

        @Test
        @Order(10)
        void noSynthesisBeforeEveryActiveExpertHandedInTheirReview() throws Exception {
            // No synthesis before every active expert has handed in their review.
            mvc.perform(post(page + "/avis").param("version", Long.toString(version(dossier.id()))).param("body", "EXPERT_GROUP").param("verdict", "FAVOURABLE")
                            .param("givenOn", LocalDate.now(clock).toString()).param("reasons", "Synthèse").with(as(users, "admin")).with(csrf()))
                    .andExpect(content().string(containsString("Expertises attendues avant la synthèse")));
        }

        @Test
        @Order(11)
        void aNavetteGoesBackToThePromotersWhoAnswerWithANewVersion() throws Exception {
            // A navette: the promoters revise and answer; the new version shows what changed.
            mvc.perform(post(page + "/navette").param("version", Long.toString(version(dossier.id())))
                            .param("request", "Précisez la gouvernance régionale.").with(as(users, "admin")).with(csrf()))
                    .andExpect(flash().attribute("success", containsString("repart vers les porteurs")));
            int revision = queries.section(dossier.id(), Criterion.REGIONAL_GOVERNANCE).revision();
            mvc.perform(post(page + "/criteres/REGIONAL_GOVERNANCE").param("revision", Integer.toString(revision))
                    .param("text", TEXT + "\nUn comité régional stratégique se réunit deux fois par an.").with(as(users, "direction")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(post(page + "/depot").param("version", Long.toString(version(dossier.id()))).with(as(users, "direction")).with(csrf()))
                    .andExpect(content().string(containsString("Répondez aux demandes des experts")));
            mvc.perform(post(page + "/depot").param("version", Long.toString(version(dossier.id()))).param("answer", "Gouvernance précisée.")
                    .with(as(users, "direction")).with(csrf())).andExpect(flash().attribute("success", containsString("La version 2 est déposée")));
            mvc.perform(get(page + "/versions/2").with(as(users, "admin"))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("1 critère(s) modifié(s) par rapport à la version 1")))
                    .andExpect(content().string(containsString("<ins style=\"display:block; text-decoration: underline\">Un comité régional stratégique")));

            ApplicationView round2 = queries.byId(dossier.id()).orElseThrow();
            for (Actor expert : List.of(first, second)) {
                reviews.score(expert, dossier.id(), reviews.openReview(expert, dossier.id()).version(), scores(round2, 3), true);
            }
            for (String body : new String[] {"EXPERT_GROUP", "CNEE"}) {
                mvc.perform(post(page + "/avis").param("version", Long.toString(version(dossier.id()))).param("body", body).param("verdict", "FAVOURABLE")
                                .param("givenOn", LocalDate.now(clock).toString()).param("reasons", "Avis favorable.").with(as(users, "admin")).with(csrf()))
                        .andExpect(status().is3xxRedirection());
            }
            assertThat(queries.byId(dossier.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
        }

        @Test
        @Order(12)
        void theDecisionLabelsTheCampusForFourYearsWithItsCertificate() throws Exception {
            // The decision labels the campus for four years and produces the certificate.
            mvc.perform(post(page + "/decision").param("version", Long.toString(version(dossier.id()))).param("outcome", "GRANTED")
                            .param("category", "STANDARD").param("decidedOn", LocalDate.now(clock).toString()).with(as(users, "coordination")).with(csrf()))
                    .andExpect(status().isForbidden());
            // An invalid decision shows the form again with the reference as typed.
            mvc.perform(post(page + "/decision").param("version", Long.toString(version(dossier.id()))).param("outcome", "")
                            .param("category", "STANDARD").param("decidedOn", LocalDate.now(clock).toString()).param("reference", "CMQ-2026-042 bis")
                            .with(as(users, "admin")).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Choisissez la décision : label accordé ou refusé.")))
                    .andExpect(content().string(containsString("value=\"CMQ-2026-042 bis\"")));
            mvc.perform(post(page + "/decision").param("version", Long.toString(version(dossier.id()))).param("outcome", "GRANTED")
                            .param("category", "STANDARD").param("decidedOn", LocalDate.now(clock).toString()).param("reference", "x".repeat(61))
                            .with(as(users, "admin")).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("La référence de la décision ne peut dépasser 60 caractères.")));
            mvc.perform(post(page + "/decision").param("version", Long.toString(version(dossier.id()))).param("outcome", "GRANTED")
                            .param("category", "STANDARD").param("decidedOn", LocalDate.now(clock).toString()).param("reference", " CMQ-2026-042 ")
                            .with(as(users, "admin")).with(csrf()))
                    .andExpect(flash().attribute("success", containsString("Le label est accordé")));
            mvc.perform(get(page).with(as(users, "admin"))).andExpect(content().string(containsString("Décision n° CMQ-2026-042")));
            var card = registry.byId(campus).orElseThrow();
            assertThat(card.labelStatus()).isEqualTo(LabelStatus.LABELLED);
            assertThat(card.labelValidUntil()).isEqualTo(LocalDate.now(clock).plusYears(4));
            byte[] certificate = mvc.perform(get(page + "/attestation.pdf").with(as(users, "direction"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(certificate, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            String text = pdfText(certificate);
            String today = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRENCH).format(LocalDate.now(clock));
            String until = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRENCH)
                    .format(LocalDate.now(clock).plusYears(4));
            ApplicationView decided = queries.byId(dossier.id()).orElseThrow();
            assertThat(text).as("the State's block").contains("RÉPUBLIQUE", "FRANÇAISE", "Liberté", "Égalité", "Fraternité",
                    "Ministère de l’Éducation nationale");
            assertThat(text).as("the decision's references").contains("Attestation de labellisation", card.name(),
                    "décision interministérielle du " + today, "CMQ-2026-042", "n° " + decided.number(), "« " + call.title() + " »",
                    "du " + today + " au " + until);
            assertThat(decided.number()).matches("CMQ-" + call.year() + "-[0-9A-F]{8}");
            assertThat(text).as("the signature block").contains("Fait à Paris, le " + today, "Pour le ministre et par délégation,",
                    "la directrice générale de l'enseignement scolaire");
            mvc.perform(get("/labellisation/decisions")).andExpect(content().string(containsString(card.name())));
            mvc.perform(get("/api/v1/label-decisions")).andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                            "$[?(@.campusSlug == '" + card.slug() + "')].validUntil").value(LocalDate.now(clock).plusYears(4).toString()));
            mvc.perform(get("/api/v1/calls/" + call.id())).andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.documents[0].label")
                            .value("Lettre d'engagement de la région"))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.criteria.length()").value(11));
            mvc.perform(get("/campus/" + card.slug())).andExpect(content().string(containsString("Valide jusqu’au")));
        }

        @Test
        @Order(13)
        void theAdministratorReadsTheJournalAndThePromotersTheSteps() throws Exception {
            // The administrator reads the dossier's journal; the promoters see its steps, not the journal.
            mvc.perform(get(page).with(as(users, "admin"))).andExpect(content().string(containsString("Journal des modifications")))
                    .andExpect(content().string(containsString("Experts affectés")));
            mvc.perform(get(page).with(as(users, "direction"))).andExpect(content().string(not(containsString("Journal des modifications"))));
            assertThat(queries.steps(dossier.id())).extracting(ApplicationParts.Step::status).containsExactly(ApplicationStatus.DRAFT,
                    ApplicationStatus.SUBMITTED, ApplicationStatus.EXPERT_REVIEW, ApplicationStatus.CHANGES_REQUESTED, ApplicationStatus.EXPERT_REVIEW,
                    ApplicationStatus.AWAITING_CNEE, ApplicationStatus.AWAITING_DECISION, ApplicationStatus.GRANTED);
            assertThat(audit.history(Applications.AUDITED, dossier.id())).extracting(AuditTrail.Entry::action).contains("DOSSIER_OUVERT",
                    "DOSSIER_DEPOSE", "AVIS_CAEN", "AVIS_CREFOP", "EXPERTS_AFFECTES", "EXPERT_DEPORT", "EXPERTISE_REMISE", "NAVETTE",
                    "NOUVELLE_VERSION", "AVIS_EXPERT_GROUP", "AVIS_CNEE", "LABEL_ACCORDE");
        }

    }

    @Test
    void aNewCampusIsCreatedInTheRegistryWhenItsLabelIsGrantedAndARefusalNeedsReasons() {
        CallView call = openCall("Appel création " + UUID.randomUUID().toString().substring(0, 6));
        String name = "Campus du numérique de demain " + UUID.randomUUID().toString().substring(0, 6);
        ApplicationView dossier = newDossier(call, name);
        complete(dossier);
        Actor admin = actor("admin");
        applications.submit(actor("referent"), dossier.id(), version(dossier.id()), null);
        for (OpinionBody body : new OpinionBody[] {OpinionBody.CAEN, OpinionBody.CREFOP}) {
            applications.recordOpinion(actor(body == OpinionBody.CAEN ? "coordination" : "conseil-regional"), dossier.id(), version(dossier.id()), body,
                    Verdict.RESERVED, LocalDate.now(clock), "Réserves sur le financement.", null, null);
        }
        applications.assignExperts(admin, dossier.id(), List.of(expert("expert").accountId(), expert("expert-b").accountId()));
        ApplicationView inReview = queries.byId(dossier.id()).orElseThrow();
        for (String username : new String[] {"expert", "expert-b"}) {
            Actor expert = expert(username);
            reviews.score(expert, dossier.id(), reviews.openReview(expert, dossier.id()).version(), scores(inReview, 4), true);
        }
        applications.recordOpinion(admin, dossier.id(), version(dossier.id()), OpinionBody.EXPERT_GROUP, Verdict.FAVOURABLE, LocalDate.now(clock), "Solide.", null, null);
        applications.recordOpinion(admin, dossier.id(), version(dossier.id()), OpinionBody.CNEE, Verdict.FAVOURABLE, LocalDate.now(clock), "Favorable.", null, null);

        assertThatThrownBy(() -> applications.decide(admin, dossier.id(), version(dossier.id()), false, null, LocalDate.now(clock), null, " "))
                .hasMessage("Motivez le refus : les porteurs en reçoivent les raisons.");
        assertThatThrownBy(() -> applications.decide(admin, dossier.id(), version(dossier.id()), true, LabelCategory.EXCELLENCE, LocalDate.now(clock), null, null))
                .hasMessage("La catégorie Excellence ne s'accorde qu'à un dossier qui y candidatait.");
        applications.decide(admin, dossier.id(), version(dossier.id()), true, LabelCategory.STANDARD, LocalDate.now(clock).minusDays(3), null, null);

        var campus = registry.byId(queries.byId(dossier.id()).orElseThrow().campusId()).orElseThrow();
        assertThat(campus.name()).isEqualTo(name);
        assertThat(campus.labelStatus()).isEqualTo(LabelStatus.LABELLED);
        assertThat(campus.labelValidUntil()).isEqualTo(LocalDate.now(clock).minusDays(3).plusYears(4));
        assertThat(campus.academyCode()).isEqualTo("09");
    }

    @Test
    void submissionIsRefusedAfterTheClosingDateAndTheDraftIsKept() {
        CallView call = openCall("Appel clos " + UUID.randomUUID().toString().substring(0, 6));
        ApplicationView dossier = newDossier(call, "Projet en retard " + UUID.randomUUID().toString().substring(0, 6));
        complete(dossier);
        calls.update(fr.passerelle.TestActors.nationalAdmin(), call.id(), call.version(), new Calls.CallDetails(call.year(), call.title(), LocalDate.now(clock).minusDays(30),
                LocalDate.now(clock).minusDays(1), call.expectations(), true, true));
        assertThatThrownBy(() -> applications.submit(actor("referent"), dossier.id(), version(dossier.id()), null))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageStartingWith("L'appel à projets est clos depuis le ").hasMessageEndingWith("Le dossier reste enregistré en brouillon.");
        assertThat(queries.byId(dossier.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(queries.sections(dossier.id())).hasSize(dossier.criteria().size());
        assertThatThrownBy(() -> newDossier(call, "Trop tard")).hasMessageContaining("il n'accepte plus de dossier");
    }

    @Test
    void twoPromotersEditingTheSameCriterionNeverOverwriteEachOther() throws Exception {
        CallView call = openCall("Appel concurrence " + UUID.randomUUID().toString().substring(0, 6));
        ApplicationView dossier = newDossier(call, "Projet partagé " + UUID.randomUUID().toString().substring(0, 6));
        String page = "/gestion/labellisation/dossiers/" + dossier.id() + "/criteres/DIAGNOSIS";
        // The autosave answers the new revision; a second writer still on revision 0 is refused and keeps their text.
        mvc.perform(post(page + "/brouillon").param("revision", "0").param("text", "Texte de la référente").with(as(users, "referent")).with(csrf()))
                .andExpect(content().string(containsString("Brouillon enregistré à")))
                .andExpect(content().string(containsString("value=\"1\"")));
        mvc.perform(post(page).param("revision", "0").param("text", "Texte de la coordination").with(as(users, "coordination")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a été modifié par")))
                .andExpect(content().string(containsString("Texte de la coordination")));
        assertThat(queries.section(dossier.id(), Criterion.DIAGNOSIS).text()).isEqualTo("Texte de la référente");
    }

    @Test
    void onlyPromotersOfTheTerritoryOpenADossierAndTheCallsAreTheAdministratorsOwn() throws Exception {
        CallView call = openCall("Appel périmètre " + UUID.randomUUID().toString().substring(0, 6));
        assertThatThrownBy(() -> drafts.create(actor("partenaire"), new ApplicationDrafts.NewApplication(call.id(), null, "Projet",
                fr.passerelle.campus.Sector.DIGITAL, "09", LabelCategory.STANDARD))).isInstanceOf(AccessDeniedException.class);
        // The academic referent of Lille may not open a dossier for another académie.
        assertThatThrownBy(() -> drafts.create(actor("referent"), new ApplicationDrafts.NewApplication(call.id(), null, "Projet",
                fr.passerelle.campus.Sector.DIGITAL, "01", LabelCategory.STANDARD))).isInstanceOf(AccessDeniedException.class);
        for (String username : new String[] {"coordination", "referent", "direction", "expert"}) {
            mvc.perform(get("/gestion/labellisation/appels/nouveau").with(as(users, username))).andExpect(status().isForbidden());
            mvc.perform(post("/gestion/labellisation/appels/" + call.id() + "/publication").with(as(users, username)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/gestion/labellisation").with(as(users, "referent"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(call.title())));
        mvc.perform(get("/appels-a-projets")).andExpect(status().isOk()).andExpect(content().string(containsString(call.title())))
                .andExpect(content().string(not(containsString("Brouillon"))));
    }

    @Test
    void aPromoterOutsideTheCampusTerritoryIsNotToldWhetherItAlreadyHasADossier() throws Exception {
        CallView call = openCall("Appel discrétion " + UUID.randomUUID().toString().substring(0, 6));
        UUID withDossier = actor("direction").campusId();
        UUID withoutDossier = registry.all().stream().filter(c -> c.regionCode().equals("32") && !c.id().equals(withDossier))
                .findFirst().orElseThrow().id();
        drafts.create(actor("direction"), new ApplicationDrafts.NewApplication(call.id(), withDossier, null, null, null, LabelCategory.STANDARD));
        String username = "coord" + UUID.randomUUID().toString().substring(0, 6);
        Actor outsider = accounts.open(new NewAccount(username, username + "@demo.passerelle.test", "Coordination Auvergne-Rhône-Alpes", "demo",
                Role.REGIONAL_COORDINATOR, "84", null, null, null));

        // The same refusal for the campus that has a dossier as for the one that has none.
        Throwable onExisting = org.assertj.core.api.Assertions.catchThrowable(() -> drafts.create(outsider,
                new ApplicationDrafts.NewApplication(call.id(), withDossier, null, null, null, LabelCategory.STANDARD)));
        Throwable onNone = org.assertj.core.api.Assertions.catchThrowable(() -> drafts.create(outsider,
                new ApplicationDrafts.NewApplication(call.id(), withoutDossier, null, null, null, LabelCategory.STANDARD)));
        assertThat(onExisting).isInstanceOf(AccessDeniedException.class);
        assertThat(onNone).isInstanceOf(AccessDeniedException.class);
        assertThat(onExisting.getMessage()).isEqualTo(onNone.getMessage()).doesNotContain("déjà");
        for (UUID campus : new UUID[] {withDossier, withoutDossier}) {
            mvc.perform(post("/gestion/labellisation/dossiers").param("callId", call.id().toString()).param("campusId", campus.toString())
                            .param("category", "STANDARD").with(as(users, username)).with(csrf()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString("déjà un dossier"))));
        }
        // Promoters of the territory are still told, so that they open the existing one.
        assertThatThrownBy(() -> drafts.create(actor("coordination"), new ApplicationDrafts.NewApplication(call.id(), withDossier, null, null,
                null, LabelCategory.STANDARD))).isInstanceOf(BusinessRuleException.class).hasMessage("Ce campus a déjà un dossier pour cet appel.");
    }

    @Test
    void theFutureDirectorOfANewCampusJoinsTheTeamAndWritesTheDossier() throws Exception {
        CallView call = openCall("Appel équipe " + UUID.randomUUID().toString().substring(0, 6));
        ApplicationView dossier = newDossier(call, "Projet avec future direction " + UUID.randomUUID().toString().substring(0, 6));
        // The future director works at the support establishment, a partner of the project.
        String username = "future-direction-" + UUID.randomUUID().toString().substring(0, 6);
        Actor future = accounts.open(new NewAccount(username, username + "@demo.passerelle.test", "Future direction", "demo",
                Role.PARTNER_MEMBER, null, null, null, actor("partenaire").organisationId()));
        String page = "/gestion/labellisation/dossiers/" + dossier.id();
        mvc.perform(get(page).with(as(users, username))).andExpect(status().isNotFound());
        // Only promoters compose the team, and only with operational directors' accounts.
        mvc.perform(post(page + "/equipe").param("accountId", future.accountId().toString()).with(as(users, "partenaire")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(page + "/equipe").param("accountId", actor("expert").accountId().toString()).with(as(users, "referent")).with(csrf()))
                .andExpect(flash().attribute("error", "Choisissez le compte d'une direction opérationnelle ou d'un membre partenaire."));
        mvc.perform(post(page + "/equipe").param("accountId", future.accountId().toString()).with(as(users, "referent")).with(csrf()))
                .andExpect(flash().attribute("success", "L'équipe projet est complétée."));

        mvc.perform(get("/gestion/labellisation").with(as(users, username))).andExpect(content().string(containsString(dossier.projectName())));
        mvc.perform(post(page + "/criteres/DIAGNOSIS").param("revision", "0").param("text", TEXT).with(as(users, username)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.section(dossier.id(), Criterion.DIAGNOSIS).updatedBy()).isEqualTo("Future direction");

        mvc.perform(post(page + "/equipe/" + future.accountId() + "/retrait").with(as(users, "referent")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(as(users, username))).andExpect(status().isNotFound());
        assertThat(audit.history(Applications.AUDITED, dossier.id())).extracting(AuditTrail.Entry::action).contains("EQUIPE_AJOUT", "EQUIPE_RETRAIT");
    }

    /** The text of every page of a PDF, as a reader would copy it. */
    static String pdfText(byte[] pdf) throws java.io.IOException {
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int number = 1; number <= reader.getNumberOfPages(); number++) {
            text.append(extractor.getTextFromPage(number)).append('\n');
        }
        return text.toString();
    }
}
