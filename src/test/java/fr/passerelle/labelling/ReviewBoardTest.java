package fr.passerelle.labelling;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.Sector;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.AuditTrail;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reviewers' tooling on real dossiers opened, written and moved through the services: the board and its scopes,
 * filters, columns and exports; tags and private notes kept from the promoters; the message thread; bulk actions; the
 * dossier's PDF; the statistics of a call.
 */
@PasserelleIntegrationTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewBoardTest {

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
    ApplicationQueries queries;
    @Autowired
    ExpertReviews reviews;
    @Autowired
    ApplicationFollowUp followUp;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    Actor admin;
    Actor coordination;
    Actor referent;
    Actor direction;
    Actor expert;
    Actor secondExpert;
    Actor otherReferent;
    String suffix;

    /** The shared call: dossiers at several steps, in région 32 and one elsewhere. */
    UUID call;
    UUID submitted;     // référent, SUBMITTED
    UUID reviewed;      // référent, EXPERT_REVIEW, both experts active
    UUID declined;      // direction, EXPERT_REVIEW, the demo expert declined it
    UUID draftExcellence; // référent, DRAFT, Excellence
    UUID elsewhere;     // another académie (Paris), SUBMITTED

    @BeforeAll
    void dossiers() {
        admin = actor("admin");
        coordination = actor("coordination");
        referent = actor("referent");
        direction = actor("direction");
        expert = actor("expert");
        suffix = UUID.randomUUID().toString().substring(0, 8);
        secondExpert = accounts.open(new NewAccount("experte-" + suffix, "experte-" + suffix + "@example.fr", "Experte Seconde " + suffix, "demo-demo-demo",
                Role.EXPERT, null, null, null, null));
        otherReferent = accounts.open(new NewAccount("ref-paris-" + suffix, "ref-paris-" + suffix + "@example.fr", "Référente Paris " + suffix,
                "demo-demo-demo", Role.ACADEMY_REFERENT, null, "01", null, null));
        call = newCall("Appel tableau " + suffix);
        submitted = submittedDossier(referent, call, "Projet Alpha " + suffix, LabelCategory.STANDARD);
        reviewed = submittedDossier(referent, call, "Projet Bêta " + suffix, LabelCategory.STANDARD);
        toExpertReview(reviewed);
        declined = submitted(direction, drafts.create(direction, new ApplicationDrafts.NewApplication(call, direction.campusId(), null, null, null,
                LabelCategory.STANDARD)).id());
        toExpertReview(declined);
        reviews.decline(expert, declined, "Lien avec un partenaire du projet");
        draftExcellence = drafts.create(referent, new ApplicationDrafts.NewApplication(call, null, "Projet Gamma " + suffix, Sector.FOOD, "09",
                LabelCategory.EXCELLENCE)).id();
        elsewhere = submittedDossier(otherReferent, call, "Projet Delta " + suffix, LabelCategory.STANDARD);
    }

    // --- the board and its scopes ----------------------------------------------------------------------------------

    @Test
    void eachRoleSeesOnTheBoardExactlyTheDossiersItMayRead() throws Exception {
        assertThat(boardOf("admin")).contains(name(submitted), name(reviewed), name(declined), name(draftExcellence), name(elsewhere));
        assertThat(boardOf("coordination")).contains(name(submitted), name(reviewed), name(declined), name(draftExcellence))
                .doesNotContain(name(elsewhere));
        assertThat(boardOf("referent")).contains(name(submitted), name(reviewed), name(draftExcellence)).doesNotContain(name(elsewhere));
        assertThat(boardOf("direction")).contains(name(declined)).doesNotContain(name(submitted), name(reviewed), name(elsewhere));
        // The expert sees the dossier assigned to them, not the one they declined nor those never assigned.
        assertThat(boardOf("expert")).contains(name(reviewed)).doesNotContain(name(declined), name(submitted), name(elsewhere));
        for (String outsider : List.of("partenaire", "recruteur")) {
            mvc.perform(get("/gestion/labellisation/tableau").with(as(users, outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/gestion/labellisation/tableau.csv").with(as(users, outsider))).andExpect(status().isForbidden());
        }
        // Promoters and the coordination are offered neither tags nor experts.
        assertThat(boardOf("referent")).doesNotContain("id=\"filter-tag\"", "id=\"filter-expert\"", "id=\"col-etiquettes\"");
        assertThat(boardOf("coordination")).doesNotContain("id=\"filter-tag\"", "id=\"col-etiquettes\"", "id=\"pick-");
    }

    @Test
    void filtersNarrowTheBoardAndStayInTheLinks() throws Exception {
        String bySubmitted = page("admin", "/gestion/labellisation/tableau?appel=" + call + "&etape=SUBMITTED");
        assertThat(bySubmitted).contains(name(submitted), name(elsewhere)).doesNotContain(name(reviewed), name(draftExcellence));
        // Counts per step ignore the step filter and keep the others.
        assertThat(bySubmitted).containsPattern("id=\"count-SUBMITTED\"[^>]*>Avis régionaux \\(2\\)")
                .containsPattern("id=\"count-EXPERT_REVIEW\"[^>]*>Expertise \\(2\\)");
        // The sort links keep the filters.
        assertThat(bySubmitted).contains("tri=projet").contains("appel=" + call + "&amp;etape=SUBMITTED");

        assertThat(page("admin", "/gestion/labellisation/tableau?appel=" + call + "&categorie=EXCELLENCE"))
                .contains(name(draftExcellence)).doesNotContain(name(submitted));
        assertThat(page("admin", "/gestion/labellisation/tableau?appel=" + call + "&q={q}", "beta " + suffix))
                .contains(name(reviewed)).doesNotContain(name(submitted));
        assertThat(page("admin", "/gestion/labellisation/tableau?appel=" + call + "&region=11"))
                .contains(name(elsewhere)).doesNotContain(name(submitted));
        assertThat(page("admin", "/gestion/labellisation/tableau?appel=" + call + "&expert=" + secondExpert.accountId()))
                .contains(name(reviewed), name(declined)).doesNotContain(name(submitted));
        // The expert filter is the administration's: an expert cannot widen their scope with it.
        assertThat(page("expert", "/gestion/labellisation/tableau?appel=" + call + "&expert=" + secondExpert.accountId()))
                .contains(name(reviewed)).doesNotContain(name(declined));

        String sorted = page("admin", "/gestion/labellisation/tableau?appel=" + call + "&tri=projet&ordre=desc");
        assertThat(sorted.indexOf(name(draftExcellence))).isLessThan(sorted.indexOf(name(reviewed)));
        assertThat(sorted.indexOf(name(reviewed))).isLessThan(sorted.indexOf(name(submitted)));
        assertThat(sorted).contains("aria-sort=\"descending\"");
    }

    @Test
    void chosenColumnsAreRememberedPerAccount() throws Exception {
        String back = "/gestion/labellisation/tableau?appel=" + call;
        mvc.perform(post("/gestion/labellisation/tableau/colonnes").with(as(users, "coordination")).with(csrf())
                        .param("colonnes", "campus", "etape", "academie", "etiquettes").param("retour", back))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", back));
        String board = page("coordination", back);
        assertThat(board).contains("id=\"sort-campus\"", "id=\"sort-etape\"", "id=\"sort-academie\"", "id=\"sort-projet\"")
                .doesNotContain("id=\"sort-region\"", "id=\"sort-appel\"")
                // Tags are not offered to the coordination: asking for them does not show them.
                .doesNotContain(">Étiquettes</th>");
        assertThat(jdbc.sql("select columns from board_preference where account_id = ?").param(coordination.accountId()).query(String.class).single())
                .isEqualTo("projet,campus,academie,etape");
        // Another account keeps its own columns; an open redirect is refused.
        assertThat(page("admin", back)).contains("id=\"sort-region\"");
        mvc.perform(post("/gestion/labellisation/tableau/colonnes").with(as(users, "coordination")).with(csrf())
                        .param("colonnes", "region").param("retour", "https://ailleurs.example/"))
                .andExpect(header().string("Location", "/gestion/labellisation/tableau"));
    }

    // --- tags and private notes --------------------------------------------------------------------------------------

    @Test
    void tagsAndPrivateNotesAreForReviewersOnly() throws Exception {
        String note = "Note secrète " + suffix + " : budget fragile";
        String tag = "à relancer " + suffix;
        mvc.perform(post("/gestion/labellisation/dossiers/" + reviewed + "/suivi/etiquettes").with(as(users, "admin")).with(csrf()).param("tag", tag))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/gestion/labellisation/dossiers/" + reviewed + "/suivi/notes").with(as(users, "expert")).with(csrf()).param("annotation", note))
                .andExpect(status().is3xxRedirection());
        // An empty note is refused on the page, with its message.
        mvc.perform(post("/gestion/labellisation/dossiers/" + reviewed + "/suivi/notes").with(as(users, "expert")).with(csrf()).param("annotation", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Écrivez la note.")));

        assertThat(page("admin", "/gestion/labellisation/dossiers/" + reviewed + "/suivi")).contains(note, tag, "Expert");
        assertThat(page("expert", "/gestion/labellisation/dossiers/" + reviewed + "/suivi")).contains(note, tag);
        assertThat(page("admin", "/gestion/labellisation/tableau?etiquette={tag}", tag)).contains(name(reviewed)).doesNotContain(name(submitted));

        // Promoters — the referent, the regional coordination, the campus director — cannot open the follow-up…
        for (String promoter : List.of("referent", "coordination")) {
            mvc.perform(get("/gestion/labellisation/dossiers/" + reviewed + "/suivi").with(as(users, promoter))).andExpect(status().isForbidden());
            mvc.perform(post("/gestion/labellisation/dossiers/" + reviewed + "/suivi/notes").with(as(users, promoter)).with(csrf()).param("annotation", "x"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/gestion/labellisation/dossiers/" + declined + "/suivi").with(as(users, "direction"))).andExpect(status().isForbidden());
        // …nor can the expert who declined, nor a partner, who may not even know the dossier.
        mvc.perform(get("/gestion/labellisation/dossiers/" + declined + "/suivi").with(as(users, "expert"))).andExpect(status().isNotFound());
        mvc.perform(get("/gestion/labellisation/dossiers/" + reviewed + "/suivi").with(as(users, "partenaire"))).andExpect(status().isNotFound());

        // …and no page, export or PDF they can open carries the tag or the note.
        List<String> promoterViews = new ArrayList<>();
        for (String promoter : List.of("referent", "coordination")) {
            promoterViews.add(page(promoter, "/gestion/labellisation/tableau"));
            promoterViews.add(page(promoter, "/gestion/labellisation/tableau?etiquette={tag}", tag));
            promoterViews.add(page(promoter, "/gestion/labellisation/dossiers/" + reviewed + "/messages"));
            promoterViews.add(new String(bytes(promoter, "/gestion/labellisation/tableau.csv"), StandardCharsets.UTF_8));
            promoterViews.add(pdfText(bytes(promoter, "/gestion/labellisation/dossiers/" + reviewed + "/dossier.pdf")));
        }
        assertThat(promoterViews).allSatisfy(view -> assertThat(view).doesNotContain(note).doesNotContain(tag).doesNotContain("Note secrète"));
        // The dossier's history (which promoters may be shown) records that notes and tags changed, never their words.
        assertThat(audit.history(Applications.AUDITED, reviewed)).extracting(e -> e.summary() + e.changes())
                .anySatisfy(e -> assertThat(e).contains("Note privée des évaluateurs"))
                .allSatisfy(e -> assertThat(e).doesNotContain(note).doesNotContain(tag));
    }

    // --- the message thread ----------------------------------------------------------------------------------------------

    @Test
    void promotersAndReviewersWriteToEachOtherWithAttachments() throws Exception {
        String url = "/gestion/labellisation/dossiers/" + submitted + "/messages";
        byte[] pdf = fr.passerelle.TestFiles.pdf("budget");
        mvc.perform(multipart(url).file(new MockMultipartFile("fichier", "budget.pdf", "application/pdf", pdf))
                        .param("body", "Voici le **budget** révisé.").with(as(users, "referent")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String adminView = page("admin", url);
        assertThat(adminView).contains("<strong>budget</strong>", "budget.pdf", "Porteurs du projet");
        mvc.perform(multipart(url).param("body", "Merci, bien reçu.").with(as(users, "admin")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(page("referent", url)).contains("Merci, bien reçu.", "Évaluateurs");
        assertThat(page("coordination", url)).contains("Merci, bien reçu.", "budget.pdf");

        UUID messageId = jdbc.sql("select id from dossier_message where application_id = ? and file_name = 'budget.pdf'").param(submitted)
                .query(UUID.class).single();
        mvc.perform(get(url + "/" + messageId + "/piece").with(as(users, "coordination")))
                .andExpect(status().isOk()).andExpect(content().bytes(pdf)).andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get(url + "/" + messageId + "/piece").with(as(users, "partenaire"))).andExpect(status().isNotFound());
        mvc.perform(get(url + "/" + messageId + "/piece").with(as(users, "expert"))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(as(users, "direction"))).andExpect(status().isNotFound());

        // A file of the wrong type, or too large, is refused with its reason; the text typed is kept.
        mvc.perform(multipart(url).file(new MockMultipartFile("fichier", "outil.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 1, 2}))
                        .param("body", "Texte à garder 1").with(as(users, "referent")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("n&#39;est pas d&#39;un type accepté")))
                .andExpect(content().string(containsString("Texte à garder 1")));
        byte[] large = new byte[15 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        mvc.perform(multipart(url).file(new MockMultipartFile("fichier", "gros.pdf", "application/pdf", large))
                        .param("body", "Texte à garder 2").with(as(users, "referent")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("15 Mo au plus")))
                .andExpect(content().string(containsString("Texte à garder 2")));
        assertThat(jdbc.sql("select count(*) from dossier_message where application_id = ?").param(submitted).query(Integer.class).single()).isEqualTo(2);
        assertThat(audit.history(Applications.AUDITED, submitted)).extracting(AuditTrail.Entry::action).contains("MESSAGE");
    }

    // --- bulk actions ------------------------------------------------------------------------------------------------------

    @Test
    void bulkAssignmentReportsEachDossierAndKeepsWhatSucceeded() throws Exception {
        UUID bulkCall = newCall("Appel groupé " + suffix);
        UUID ready = submittedDossier(referent, bulkCall, "Projet Prêt " + suffix, LabelCategory.STANDARD);
        UUID draft = drafts.create(referent, new ApplicationDrafts.NewApplication(bulkCall, null, "Projet Brouillon " + suffix, Sector.FOOD, "09",
                LabelCategory.STANDARD)).id();
        var result = mvc.perform(post("/gestion/labellisation/tableau/actions").with(as(users, "admin")).with(csrf())
                        .param("action", "experts").param("ids", ready.toString(), draft.toString())
                        .param("expertIds", expert.accountId().toString(), secondExpert.accountId().toString())
                        .param("retour", "/gestion/labellisation/tableau?appel=" + bulkCall))
                .andExpect(status().is3xxRedirection()).andReturn();
        var report = (BoardActions.Report) result.getFlashMap().get("report");
        assertThat(report.outcomes()).extracting(BoardActions.Outcome::projectName, BoardActions.Outcome::done)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Projet Prêt " + suffix, true),
                        org.assertj.core.groups.Tuple.tuple("Projet Brouillon " + suffix, false));
        assertThat(report.outcomes().get(1).message()).contains("entre le dépôt et la synthèse");
        assertThat(queries.assignments(ready)).hasSize(2);
        assertThat(queries.assignments(draft)).isEmpty();

        // The report is shown on the board after the redirect.
        String board = mvc.perform(get("/gestion/labellisation/tableau?appel=" + bulkCall).with(as(users, "admin")).flashAttr("report", report))
                .andReturn().getResponse().getContentAsString();
        assertThat(board).contains("1 dossier(s) traité(s), 1 refusé(s)", "Refusé : Les experts s");
        // Only the administration acts in bulk.
        mvc.perform(post("/gestion/labellisation/tableau/actions").with(as(users, "coordination")).with(csrf())
                .param("action", "avis").param("ids", ready.toString())).andExpect(status().isForbidden());
    }

    @Test
    void askingForRegionalOpinionsRemindsTheCoordinationOfTheDossiersWaitingForThem() throws Exception {
        UUID bulkCall = newCall("Appel relance " + suffix);
        UUID waiting = submittedDossier(referent, bulkCall, "Projet Attente " + suffix, LabelCategory.STANDARD);
        UUID draft = drafts.create(referent, new ApplicationDrafts.NewApplication(bulkCall, null, "Projet Pas Déposé " + suffix, Sector.FOOD, "09",
                LabelCategory.STANDARD)).id();
        var result = mvc.perform(post("/gestion/labellisation/tableau/actions").with(as(users, "admin")).with(csrf())
                        .param("action", "avis").param("ids", waiting.toString(), draft.toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        var report = (BoardActions.Report) result.getFlashMap().get("report");
        assertThat(report.doneCount()).isEqualTo(1);
        assertThat(report.outcomes().get(1).message()).contains("n’attend pas d’avis régional");
        assertThat(events.stream(OpinionRequested.class)).containsExactly(new OpinionRequested(waiting));
        assertThat(page("coordination", "/gestion/labellisation/dossiers/" + waiting + "/messages"))
                .contains("Message automatique", "attend l’avis CAEN et l’avis Crefop", coordination.displayName());
        assertThat(audit.history(Applications.AUDITED, waiting)).extracting(AuditTrail.Entry::action).contains("AVIS_DEMANDE");
    }

    // --- exports and PDF ------------------------------------------------------------------------------------------------------

    @Test
    void exportsPrintTheFiltersThenTheDossiers() throws Exception {
        String query = "?appel=" + call + "&etape=SUBMITTED";
        byte[] csv = bytes("admin", "/gestion/labellisation/tableau.csv" + query);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)).getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("Passerelle — tableau des dossiers de labellisation");
        assertThat(records.get(1).get(0)).isEqualTo("Exporté le");
        assertThat(records.get(3).get(0)).isEqualTo("Filtre — Appel à projets");
        assertThat(records.get(3).get(1)).startsWith("Appel tableau " + suffix);
        assertThat(records.get(4).values()).containsExactly("Filtre — Étape", "Avis régionaux");
        assertThat(records.get(5).values()).containsExactly("Dossiers", "2");
        int header = 7;
        assertThat(records.get(header).values()).contains("Projet", "Région", "Experts", "Note moyenne des experts", "Étiquettes");
        assertThat(records.subList(header + 1, records.size())).extracting(r -> r.get(0))
                .containsExactlyInAnyOrder(name(submitted), name(elsewhere));

        byte[] xlsx = bytes("admin", "/gestion/labellisation/tableau.xlsx" + query);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Passerelle — tableau des dossiers de labellisation");
            assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Avis régionaux");
            assertThat(sheet.getRow(header).getCell(0).getStringCellValue()).isEqualTo("Projet");
            List<String> names = new ArrayList<>();
            for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(names).containsExactlyInAnyOrder(name(submitted), name(elsewhere));
        }
        // The coordination's export keeps to its région and has no reviewers' columns.
        String coordinationCsv = new String(bytes("coordination", "/gestion/labellisation/tableau.csv" + query), StandardCharsets.UTF_8);
        assertThat(coordinationCsv).contains(name(submitted)).doesNotContain(name(elsewhere), "Étiquettes", "Note moyenne");
    }

    @Test
    void theWholeDossierPrintsAsAPdfWithScoresOnlyForTheAdministration() throws Exception {
        byte[] pdf = bytes("admin", "/gestion/labellisation/dossiers/" + reviewed + "/dossier.pdf");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = pdfText(pdf);
        assertThat(text).contains(name(reviewed), "Version 1", Criterion.DIAGNOSIS.number(), "Texte du critère", "CAEN", "Crefop",
                "Notes des experts");
        String promoterText = pdfText(bytes("referent", "/gestion/labellisation/dossiers/" + reviewed + "/dossier.pdf"));
        assertThat(promoterText).contains(name(reviewed), "Version 1").doesNotContain("Notes des experts");
        mvc.perform(get("/gestion/labellisation/dossiers/" + reviewed + "/dossier.pdf").with(as(users, "partenaire"))).andExpect(status().isNotFound());
        mvc.perform(get("/gestion/labellisation/dossiers/" + declined + "/dossier.pdf").with(as(users, "expert"))).andExpect(status().isNotFound());
    }

    // --- statistics ---------------------------------------------------------------------------------------------------------------

    @Test
    void statisticsOfACallCountStepsTimesAndAcceptance() throws Exception {
        UUID statsCall = newCall("Appel statistiques " + suffix);
        UUID a = drafts.create(referent, new ApplicationDrafts.NewApplication(statsCall, null, "Stat A " + suffix, Sector.FOOD, "09", LabelCategory.STANDARD)).id();
        UUID b = drafts.create(referent, new ApplicationDrafts.NewApplication(statsCall, null, "Stat B " + suffix, Sector.FOOD, "09", LabelCategory.STANDARD)).id();
        UUID c = drafts.create(referent, new ApplicationDrafts.NewApplication(statsCall, null, "Stat C " + suffix, Sector.FOOD, "09", LabelCategory.EXCELLENCE)).id();
        UUID d = drafts.create(otherReferent, new ApplicationDrafts.NewApplication(statsCall, null, "Stat D " + suffix, Sector.FOOD, "01",
                LabelCategory.STANDARD)).id();
        // A known timeline, in days from t0: A granted after draft 2 d, regional opinions 4 d, expertise 4 d;
        // B refused after 4 d, 4 d, 4 d; C granted after 6 d of draft and 2 d of opinions; D still in draft.
        Instant t0 = Instant.parse("2026-01-05T08:00:00Z");
        timeline(a, t0, "DRAFT", 0, "SUBMITTED", 2, "EXPERT_REVIEW", 6, "GRANTED", 10);
        timeline(b, t0, "DRAFT", 0, "SUBMITTED", 4, "EXPERT_REVIEW", 8, "REFUSED", 12);
        timeline(c, t0, "DRAFT", 0, "SUBMITTED", 6, "GRANTED", 8);

        String url = "/gestion/labellisation/appels/" + statsCall + "/statistiques";
        String page = page("admin", url);
        assertThat(page).contains("4 dossier(s) : tous les dossiers de l’appel.");
        assertThat(page).containsPattern("id=\"step-GRANTED\">\\s*<th scope=\"row\">Labellisé</th>\\s*<td class=\"count\">2</td>");
        assertThat(page).containsPattern("id=\"time-SUBMITTED\">\\s*<th scope=\"row\">Avis régionaux</th>\\s*<td class=\"passages\">3</td>\\s*"
                + "<td class=\"mean\">3,3 j</td>\\s*<td class=\"median\">4,0 j</td>");
        assertThat(page).containsPattern("id=\"time-EXPERT_REVIEW\">\\s*<th scope=\"row\">Expertise</th>\\s*<td class=\"passages\">2</td>\\s*"
                + "<td class=\"mean\">4,0 j</td>\\s*<td class=\"median\">4,0 j</td>");
        assertThat(page).containsPattern("id=\"acceptance-overall\">[\\s\\S]*?<td class=\"rate\">67 %</td>");
        assertThat(page).containsPattern("Catégorie Excellence</th>\\s*<td>1</td><td>1</td><td>1</td><td>0</td>\\s*<td class=\"rate\">100 %</td>");
        assertThat(page).containsPattern("Région Île-de-France</th>\\s*<td>1</td><td>0</td><td>0</td><td>0</td>\\s*<td class=\"rate\">—</td>");

        // The coordination sees its région's subset; experts and promoters other than the coordination do not see statistics.
        assertThat(page("coordination", url)).contains("3 dossier(s) : dossiers de la région Hauts-de-France.").doesNotContain("Région Île-de-France");
        mvc.perform(get(url).with(as(users, "expert"))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(as(users, "referent"))).andExpect(status().isForbidden());
    }

    @Test
    void theCurrentStepLastsUntilNowAndFinalStepsHaveNoDuration() {
        Instant t0 = Instant.parse("2026-03-01T00:00:00Z");
        UUID one = UUID.randomUUID();
        UUID two = UUID.randomUUID();
        var times = CallStatistics.timeInSteps(List.of(
                new CallStatistics.StepEntered(one, ApplicationStatus.DRAFT, t0),
                new CallStatistics.StepEntered(one, ApplicationStatus.SUBMITTED, t0.plus(Duration.ofDays(1))),
                new CallStatistics.StepEntered(two, ApplicationStatus.DRAFT, t0),
                new CallStatistics.StepEntered(two, ApplicationStatus.REFUSED, t0.plus(Duration.ofDays(3)))), t0.plus(Duration.ofDays(11)));
        assertThat(times).extracting(CallStatistics.StepTime::status, CallStatistics.StepTime::passages, CallStatistics.StepTime::meanDays,
                        CallStatistics.StepTime::medianDays)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ApplicationStatus.DRAFT, 2, 2.0, 2.0),
                        org.assertj.core.groups.Tuple.tuple(ApplicationStatus.SUBMITTED, 1, 10.0, 10.0));
        assertThat(CallStatistics.acceptance("x", List.of(ApplicationStatus.DRAFT)).rateText()).isEqualTo("—");
    }

    // --- fixtures ------------------------------------------------------------------------------------------------------------------------

    private Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow();
    }

    private String name(UUID id) {
        return queries.byId(id).orElseThrow().projectName();
    }

    private UUID newCall(String title) {
        LocalDate today = calls.today();
        var created = calls.create(fr.passerelle.TestActors.nationalAdmin(), new Calls.CallDetails(today.getYear(), title, today.minusDays(10), today.plusDays(30), null, true, true));
        calls.publish(fr.passerelle.TestActors.nationalAdmin(), created.id());
        return created.id();
    }

    private UUID submittedDossier(Actor promoter, UUID callId, String projectName, LabelCategory category) {
        String academy = promoter.academyCode();
        return submitted(promoter, drafts.create(promoter, new ApplicationDrafts.NewApplication(callId, null, projectName, Sector.FOOD, academy, category)).id());
    }

    private UUID submitted(Actor promoter, UUID id) {
        ApplicationView dossier = queries.byId(id).orElseThrow();
        for (Criterion criterion : dossier.criteria()) {
            drafts.saveSection(promoter, id, criterion, queries.section(id, criterion).revision(),
                    "Texte du critère " + criterion.number() + ". " + "Le campus réunit lycées, CFA, université et entreprises. ".repeat(5));
        }
        LabellingFixtures.directionCommitted(drafts, queries, promoter, id);
        applications.submit(promoter, id, queries.byId(id).orElseThrow().version(), null);
        return id;
    }

    private void toExpertReview(UUID id) {
        LocalDate today = calls.today();
        applications.recordOpinion(coordination, id, queries.byId(id).orElseThrow().version(), OpinionBody.CAEN, Verdict.FAVOURABLE, today,
                "Avis favorable du CAEN.", null, null);
        applications.recordOpinion(actor("conseil-regional"), id, queries.byId(id).orElseThrow().version(), OpinionBody.CREFOP, Verdict.RESERVED, today,
                "Avis du Crefop avec réserves.", null, null);
        applications.assignExperts(admin, id, List.of(expert.accountId(), secondExpert.accountId()));
    }

    /** Replaces the dossier's steps by these (status, day after t0) pairs and sets its status to the last one. */
    private void timeline(UUID id, Instant t0, Object... steps) {
        jdbc.sql("delete from application_step where application_id = ?").param(id).update();
        String last = null;
        for (int i = 0; i < steps.length; i += 2) {
            last = (String) steps[i];
            jdbc.sql("insert into application_step (application_id, status, entered_at, actor) values (?, ?, ?, 'test')")
                    .params(id, last, Timestamp.from(t0.plus(Duration.ofDays((Integer) steps[i + 1])))).update();
        }
        jdbc.sql("update application set status = ? where id = ?").params(last, id).update();
    }

    private String boardOf(String username) throws Exception {
        return page(username, "/gestion/labellisation/tableau?appel=" + call);
    }

    private String page(String username, String url, Object... variables) throws Exception {
        return mvc.perform(get(url, variables).with(as(users, username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private byte[] bytes(String username, String url) throws Exception {
        return mvc.perform(get(url).with(as(users, username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
