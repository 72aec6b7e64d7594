package fr.passerelle.jobs.candidates;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestFiles;
import fr.passerelle.TestSmtp;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.trades.SkillSummary;
import fr.passerelle.trades.Trades;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A candidate's own space: the profile keeps what was typed when it is refused and refuses a stale version; the CV, the
 * consents and the export are the candidate's own and no one else's; erasing the account leaves no personal data in any
 * table; the daily job reminds before a lapse (once), warns after two years without activity and erases thirty days
 * later, and the erasures survive only as anonymous counts.
 */
@PasserelleIntegrationTest
class CandidateSpaceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SMTP);

    static final int BOILERMAKER = 11971; // Chaudronnier / Chaudronnière

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    Trades trades;
    @Autowired
    CandidateLifecycle lifecycle;
    @Autowired
    Clock clock;

    /** A confirmed candidate's account, with a name and an e-mail address no other test uses. */
    Actor candidate(String name) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        return accounts.open(new NewAccount("candidat-" + key, name.toLowerCase().replace(' ', '.') + "." + key + "@example.fr",
                name + " " + key, "une phrase de passe assez longue", Role.CANDIDATE, null, null, null, null));
    }

    RequestPostProcessor as(Actor actor) {
        return fr.passerelle.TestActors.as(users, actor.username());
    }

    long version(Actor actor) {
        return jdbc.sql("select version from candidate where account_id = ?").param(actor.accountId()).query(Long.class).single();
    }

    UUID profileId(Actor actor) {
        return jdbc.sql("select id from candidate where account_id = ?").param(actor.accountId()).query(UUID.class).single();
    }

    @Test
    void theProfileIsSavedWithRomeCodesAndARefusedFormKeepsWhatWasTyped() throws Exception {
        Actor camille = candidate("Camille Profil");
        mvc.perform(get("/candidat").with(as(camille))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Profil actif")))
                .andExpect(content().string(containsString("Votre profil reste actif jusqu’au")));
        mvc.perform(get("/candidat/profil").with(as(camille))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ajouter un métier (appellation du ROME)")));
        SkillSummary skill = trades.searchSkills("soudage", 1).get(0);
        long version = version(camille);

        mvc.perform(post("/candidat/profil").with(as(camille)).with(csrf()).param("version", String.valueOf(version))
                        .param("addJobTitle", String.valueOf(BOILERMAKER)).param("addSkill", String.valueOf(skill.ogr()))
                        .param("commune", "Commune-qui-n-existe-pas").param("radiusKm", "30").param("availableFrom", "31/02/2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune commune ne correspond à « Commune-qui-n-existe-pas »")))
                .andExpect(content().string(containsString("value=\"Commune-qui-n-existe-pas\"")))
                .andExpect(content().string(containsString("value=\"30\"")))
                .andExpect(content().string(containsString("value=\"31/02/2027\"")))
                .andExpect(content().string(containsString("id=\"addJobTitle-" + BOILERMAKER + "\"")));
        mvc.perform(post("/candidat/profil").with(as(camille)).with(csrf()).param("version", String.valueOf(version))
                        .param("addJobTitle", String.valueOf(BOILERMAKER)).param("commune", "Saint-Nazaire").param("radiusKm", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Plusieurs communes correspondent à « Saint-Nazaire »")));
        mvc.perform(post("/candidat/profil").with(as(camille)).with(csrf()).param("version", String.valueOf(version))
                        .param("addJobTitle", String.valueOf(BOILERMAKER)).param("commune", "44184").param("radiusKm", "1001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La distance : entre 0 et 1000, pas « 1001 »")));

        mvc.perform(post("/candidat/profil").with(as(camille)).with(csrf()).param("version", String.valueOf(version))
                        .param("addJobTitle", String.valueOf(BOILERMAKER)).param("addSkill", String.valueOf(skill.ogr()))
                        .param("commune", "44184").param("radiusKm", "40").param("availableFrom", "01/09/2027"))
                .andExpect(redirectedUrl("/candidat"));
        var row = jdbc.sql("select job_titles[1] as j, skills[1] as s, mobility_municipality, mobility_radius_km, available_from from candidate where account_id = ?")
                .param(camille.accountId()).query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getDate(5).toLocalDate()))
                .single();
        assertThat(row).containsExactly(BOILERMAKER, skill.ogr(), "44184", 40, LocalDate.of(2027, 9, 1));
        mvc.perform(get("/candidat").with(as(camille))).andExpect(content().string(containsString("Chaudronnier")))
                .andExpect(content().string(containsString("Saint-Nazaire (44), jusqu’à 40 km")));
        mvc.perform(get("/candidat/profil").with(as(camille))).andExpect(content().string(containsString("name=\"knowledge\"")));

        // The same version again: someone saved in between (another tab); the form is shown again with what was typed.
        mvc.perform(post("/candidat/profil").with(as(camille)).with(csrf()).param("version", String.valueOf(version))
                        .param("jobTitles", String.valueOf(BOILERMAKER)).param("commune", "Nantes (44)").param("radiusKm", "25"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre profil a été modifié entre-temps")))
                .andExpect(content().string(containsString("value=\"Nantes (44)\"")));
        assertThat(jdbc.sql("select mobility_radius_km from candidate where account_id = ?").param(camille.accountId()).query(Integer.class).single())
                .isEqualTo(40);
    }

    @Test
    void experiencesAreAddedWithTheirDatesCheckedAndRemoved() throws Exception {
        Actor dominique = candidate("Dominique Experience");
        mvc.perform(get("/candidat").with(as(dominique))).andExpect(status().isOk());
        mvc.perform(post("/candidat/profil/experiences").with(as(dominique)).with(csrf()).param("version", String.valueOf(version(dominique)))
                        .param("employer", "Chantiers de l'Atlantique").param("job", "Soudeur").param("startedOn", "01/09/2020").param("endedOn", "01/01/2019"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La date de fin précède la date de début.")))
                .andExpect(content().string(containsString("value=\"Chantiers de l&#39;Atlantique\"")));
        mvc.perform(post("/candidat/profil/experiences").with(as(dominique)).with(csrf()).param("version", String.valueOf(version(dominique)))
                        .param("employer", "Chantiers de l'Atlantique").param("job", "Soudeur").param("startedOn", "01/09/2020"))
                .andExpect(redirectedUrl("/candidat#experiences"));
        mvc.perform(get("/candidat").with(as(dominique))).andExpect(content().string(containsString("Soudeur chez Chantiers de l&#39;Atlantique")));
        mvc.perform(post("/candidat/profil/experiences/0/retrait").with(as(dominique)).with(csrf()).param("version", String.valueOf(version(dominique))))
                .andExpect(flash().attribute("success", "Expérience retirée."));
        assertThat(jdbc.sql("select count(*) from candidate_experience where candidate_id = ?").param(profileId(dominique)).query(Integer.class).single()).isZero();
    }

    @Test
    void theCvIsAPdfDownloadableByItsOwnerOnly() throws Exception {
        Actor owner = candidate("Alex Cv");
        Actor other = candidate("Sam Autre");
        mvc.perform(get("/candidat").with(as(owner)));
        mvc.perform(multipart("/candidat/cv").file(new MockMultipartFile("file", "cv.docx", "application/pdf", "pas un pdf".getBytes()))
                .with(as(owner)).with(csrf())).andExpect(flash().attribute("error", containsString("n'est pas un PDF")));
        mvc.perform(multipart("/candidat/cv").file(new MockMultipartFile("file", "cv-alex.pdf", "application/pdf", TestFiles.pdf("Alex CV")))
                .with(as(owner)).with(csrf())).andExpect(flash().attribute("success", "Votre CV est déposé."));
        mvc.perform(get("/candidat/cv").with(as(owner))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(TestFiles.pdf("Alex CV")));
        mvc.perform(get("/candidat/cv").with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/candidat/cv").with(fr.passerelle.TestActors.as(users, "recruteur"))).andExpect(status().isForbidden());
        mvc.perform(get("/candidat/cv")).andExpect(status().is3xxRedirection());
        String otherExport = mvc.perform(get("/candidat/export.json").with(as(other))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(otherExport).contains(other.email()).doesNotContain(owner.email()).doesNotContain("cv-alex.pdf");
    }

    @Test
    void aConsentIsGivenAndWithdrawnInOneClickWithItsWordingVersionAndHistory() throws Exception {
        Actor lou = candidate("Lou Consent");
        mvc.perform(get("/candidat").with(as(lou))).andExpect(content().string(containsString("Donner mon consentement")));
        mvc.perform(post("/candidat/consentements/banque-cv").param("given", "true").with(as(lou)).with(csrf()))
                .andExpect(redirectedUrl("/candidat#consentements"))
                .andExpect(flash().attribute("success", "Consentement donné : « Banque de CV »."));
        mvc.perform(post("/candidat/consentements/banque-cv").param("given", "false").with(as(lou)).with(csrf()))
                .andExpect(flash().attribute("success", "Consentement retiré : « Banque de CV »."));
        mvc.perform(post("/candidat/consentements/banque-cv").param("given", "false").with(as(lou)).with(csrf()))
                .andExpect(flash().attribute("error", containsString("Vous n'avez pas donné votre consentement")));
        mvc.perform(post("/candidat/consentements/inconnu").param("given", "true").with(as(lou)).with(csrf())).andExpect(status().isNotFound());
        List<String> history = jdbc.sql("select purpose || ':' || given || ':v' || wording_version from candidate_consent where candidate_id = ? order by id")
                .param(profileId(lou)).query(String.class).list();
        assertThat(history).containsExactly("CV_BANK:true:v1", "CV_BANK:false:v1");
        mvc.perform(get("/candidat").with(as(lou))).andExpect(content().string(containsString("Historique de mes consentements")))
                .andExpect(content().string(containsString("Banque de CV : retiré")));
    }

    @Test
    void theExportHoldsEverythingHeldOnTheCandidateInJsonAndPdf() throws Exception {
        Actor eden = candidate("Eden Export");
        mvc.perform(get("/candidat").with(as(eden)));
        mvc.perform(post("/candidat/profil").with(as(eden)).with(csrf()).param("version", String.valueOf(version(eden)))
                .param("addJobTitle", String.valueOf(BOILERMAKER)).param("commune", "44184").param("radiusKm", "20")).andExpect(redirectedUrl("/candidat"));
        mvc.perform(post("/candidat/profil/experiences").with(as(eden)).with(csrf()).param("version", String.valueOf(version(eden)))
                .param("employer", "Atelier Export").param("job", "Chaudronnier").param("startedOn", "01/03/2021"));
        mvc.perform(post("/candidat/consentements/alertes").param("given", "true").with(as(eden)).with(csrf()));
        mvc.perform(multipart("/candidat/cv").file(new MockMultipartFile("file", "cv-eden.pdf", "application/pdf", TestFiles.pdf("Eden")))
                .with(as(eden)).with(csrf()));

        String json = mvc.perform(get("/candidat/export.json").with(as(eden))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/json")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains(eden.email(), eden.displayName(), eden.username(), "Chaudronnier", "\"ogr\" : " + BOILERMAKER,
                "Saint-Nazaire (44)", "\"rayonKm\" : 20", "Atelier Export", "cv-eden.pdf", "contenuBase64", "Alertes", "\"versionDuTexte\" : 1",
                "historiqueDesConsentements", "Profil mis à jour", "actifJusquAu");
        byte[] pdf = mvc.perform(get("/candidat/export.pdf").with(as(eden))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void erasingOneselfLeavesNoPersonalDataInAnyTableAndCountsTheErasureAnonymously() throws Exception {
        Actor gone = candidate("Zoe Effacement");
        String employer = "Employeur-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(get("/candidat").with(as(gone)));
        mvc.perform(post("/candidat/profil/experiences").with(as(gone)).with(csrf()).param("version", String.valueOf(version(gone)))
                .param("employer", employer).param("job", "Soudeuse").param("startedOn", "01/03/2021"));
        mvc.perform(post("/candidat/consentements/salons").param("given", "true").with(as(gone)).with(csrf()));
        mvc.perform(post("/candidat/consentements/alertes").param("given", "true").with(as(gone)).with(csrf()));
        mvc.perform(post("/candidat/alertes").param("name", "Alerte " + employer).param("search", "q=" + employer).with(as(gone)).with(csrf()))
                .andExpect(redirectedUrl("/candidat/alertes"));
        mvc.perform(multipart("/candidat/cv").file(new MockMultipartFile("file", "cv-zoe.pdf", "application/pdf", TestFiles.pdf(employer)))
                .with(as(gone)).with(csrf()));
        int before = erasures("REQUEST");

        mvc.perform(get("/candidat/effacement").with(as(gone))).andExpect(content().string(containsString("L’effacement est immédiat et définitif")));
        mvc.perform(post("/candidat/effacement").param("confirm", "non").with(as(gone)).with(csrf()))
                .andExpect(redirectedUrl("/candidat/effacement"));
        assertThat(accounts.byId(gone.accountId())).as("not erased without the confirmation").isPresent();
        mvc.perform(post("/candidat/effacement").param("confirm", "EFFACER").with(as(gone)).with(csrf()))
                .andExpect(redirectedUrl("/candidats/compte-efface"));
        mvc.perform(get("/candidats/compte-efface")).andExpect(content().string(containsString("Votre compte est effacé")));

        assertThat(accounts.byId(gone.accountId())).isEmpty();
        assertThat(tablesHolding(gone.email(), gone.displayName(), employer))
                .as("no table holds the e-mail, the name or the employer (in a profile, a CV or an alert's name and search)").isEmpty();
        assertThat(erasures("REQUEST")).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'EFFACEMENT' and entity_type = 'candidate' and summary like '%à sa demande%'")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void theDailyJobRemindsOnceBeforeALapseWarnsAfterTwoYearsWithoutActivityThenErases() throws Exception {
        Actor sleepy = candidate("Noa Sommeil");
        mvc.perform(get("/candidat").with(as(sleepy)));
        Instant now = clock.instant();
        // Updated six months less three days ago: the profile lapses in three days.
        jdbc.sql("update candidate set updated_at = ?, last_activity_at = ? where account_id = ?")
                .params(java.sql.Timestamp.from(now.atZone(fr.passerelle.platform.Times.current().zone()).minusMonths(6).plusDays(3).toInstant()),
                        java.sql.Timestamp.from(now), sleepy.accountId()).update();
        int mailsBefore = smtp.getReceivedMessages().length;
        assertThat(lifecycle.run(now).lapseReminders()).isGreaterThanOrEqualTo(1);
        MimeMessage reminder = mailsTo(sleepy.email(), mailsBefore + 1).get(0);
        assertThat(reminder.getSubject()).isEqualTo("[Passerelle] Votre profil de candidat·e va expirer");
        assertThat(text(reminder)).contains("restera actif jusqu'au", "/candidat/profil");
        assertThat(lifecycle.run(now).lapseReminders()).as("once per lapse").isZero();

        // Two years and a day later, nothing happened since.
        Instant later = now.atZone(fr.passerelle.platform.Times.current().zone()).plusYears(2).plusDays(1).toInstant();
        assertThat(lifecycle.run(later).inactivityWarnings()).isGreaterThanOrEqualTo(1);
        MimeMessage warning = mailsTo(sleepy.email(), mailsBefore + 2).stream()
                .filter(m -> subject(m).contains("effacées")).findFirst().orElseThrow();
        assertThat(text(warning)).contains("seront effacées le", "dans\n30 jours", "/candidat");
        assertThat(lifecycle.run(later.plus(Duration.ofDays(29))).erasedForInactivity()).as("not before thirty days").isZero();
        assertThat(accounts.byId(sleepy.accountId())).isPresent();
        int before = erasures("INACTIVITY");

        lifecycle.run(later.plus(Duration.ofDays(30)));
        assertThat(accounts.byId(sleepy.accountId())).isEmpty();
        assertThat(tablesHolding(sleepy.email(), sleepy.displayName())).isEmpty();
        assertThat(erasures("INACTIVITY")).isGreaterThanOrEqualTo(before + 1);
    }

    @Test
    void aVisitWithinTheThirtyDaysKeepsTheData() throws Exception {
        Actor back = candidate("Ines Retour");
        mvc.perform(get("/candidat").with(as(back)));
        Instant now = clock.instant();
        Instant longAgo = now.atZone(fr.passerelle.platform.Times.current().zone()).minusYears(2).minusDays(1).toInstant();
        jdbc.sql("update candidate set updated_at = ?, last_activity_at = ? where account_id = ?")
                .params(java.sql.Timestamp.from(longAgo), java.sql.Timestamp.from(longAgo), back.accountId()).update();
        lifecycle.run(now);
        assertThat(jdbc.sql("select inactivity_warned_at is not null from candidate where account_id = ?").param(back.accountId())
                .query(Boolean.class).single()).isTrue();
        mvc.perform(get("/candidat").with(as(back))).andExpect(content().string(containsString("Profil inactif")));
        lifecycle.run(now.plus(Duration.ofDays(31)));
        assertThat(accounts.byId(back.accountId())).as("the visit voided the warning").isPresent();
    }

    @Test
    void aRegistrationNeverConfirmedIsErasedAfterAWeek() throws Exception {
        int before = erasures("UNCONFIRMED");
        String key = UUID.randomUUID().toString().substring(0, 8);
        String email = "jamais." + key + "@example.fr";
        mvc.perform(post("/candidats/inscription").param("email", email).param("displayName", "Sans Retour " + key)
                .param("password", "une phrase de passe assez longue").param("confirmation", "une phrase de passe assez longue")
                .with(csrf()).with(r -> {
                    r.setRemoteAddr("203.0.113.90");
                    return r;
                })).andExpect(redirectedUrl("/candidats/inscription"));
        lifecycle.run(clock.instant().plus(Duration.ofDays(6)));
        assertThat(jdbc.sql("select count(*) from account where email = ?").param(email).query(Integer.class).single()).isOne();
        lifecycle.run(clock.instant().plus(Duration.ofDays(8)));
        assertThat(tablesHolding(email, "Sans Retour " + key)).isEmpty();
        assertThat(erasures("UNCONFIRMED")).isGreaterThanOrEqualTo(before + 1);
    }

    int erasures(String reason) {
        return jdbc.sql("select coalesce(sum(erased), 0) from candidate_erasure_count where reason = ?").param(reason).query(Integer.class).single();
    }

    /** The tables (and columns) of the public schema where any of these texts appears, in any text, JSON or binary column. */
    List<String> tablesHolding(String... needles) {
        List<String[]> columns = jdbc.sql("""
                        select c.table_name, c.column_name, c.data_type from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
                        where c.table_schema = 'public' and c.data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'bytea', 'uuid', 'ARRAY')""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        List<String> found = new java.util.ArrayList<>();
        for (String[] column : columns) {
            for (String needle : needles) {
                String sql = "bytea".equals(column[2])
                        ? "select exists (select 1 from \"" + column[0] + "\" where position(convert_to(?, 'UTF8') in \"" + column[1] + "\") > 0)"
                        : "select exists (select 1 from \"" + column[0] + "\" where \"" + column[1] + "\"::text ilike '%' || ? || '%')";
                if (Boolean.TRUE.equals(jdbc.sql(sql).param(needle).query(Boolean.class).single())) {
                    found.add(column[0] + "." + column[1] + " holds " + needle);
                }
            }
        }
        return found;
    }

    List<MimeMessage> mailsTo(String email, int expectedInAll) {
        assertThat(smtp.waitForIncomingEmail(30_000, expectedInAll)).as("%d e-mails arrive", expectedInAll).isTrue();
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(email);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }
}
