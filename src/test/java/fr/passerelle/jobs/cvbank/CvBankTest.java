package fr.passerelle.jobs.cvbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestAccounts;
import fr.passerelle.TestActors;
import fr.passerelle.TestFiles;
import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterFixtures;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.jobs.Candidates;
import fr.passerelle.trades.Trades;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The CV bank on the real database: an active member's recruiter finds and reads consenting candidates with an active
 * profile, by trade, skill, place and level; a candidate who withdraws the consent, or whose profile lapsed, is gone at
 * once; each view is recorded and shown to the candidate, erased with them; an export is audited.
 */
@PasserelleIntegrationTest
class CvBankTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    Clusters clusters;
    @Autowired
    Directory directory;
    @Autowired
    Candidates candidates;
    @Autowired
    Trades trades;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    CvBank bank;

    String key;
    UUID company;
    String recruiter;
    int welder;
    int pastry;
    int skill;

    @BeforeEach
    void setUp() {
        key = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = bank.today();
        ClusterCard cluster = ClusterFixtures.cluster(directory, clusters, "52", "Cluster CV " + key, Sector.MOBILITY);
        company = ClusterFixtures.memberCompany(directory, clusters, cluster.id(), "Chantiers " + key, today.minusYears(1));
        recruiter = TestAccounts.open(accounts, "cvtheque-rh", Role.COMPANY_RECRUITER, company);
        welder = trades.searchJobTitles("soudeur", 1).get(0).ogr();
        pastry = trades.jobTitle(12199).orElseThrow().ogr(); // Chef de partie pâtissier, a job title the demo uses nowhere
        skill = trades.searchSkills("soudage", 1).get(0).ogr();
    }

    RequestPostProcessor asRecruiter() {
        return TestActors.as(users, recruiter);
    }

    RequestPostProcessor as(Actor actor) {
        return TestActors.as(users, actor.username());
    }

    String search(String query) throws Exception {
        return mvc.perform(get("/gestion/cvtheque?" + query).with(asRecruiter())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aMemberRecruiterFindsAndReadsAConsentingActiveCandidateButNotOneWithoutConsent() throws Exception {
        Actor consenting = CvBankFixtures.candidate(candidates, "Alice Soudeuse", List.of(pastry), List.of(), "44109", 20, true);
        Actor refusing = CvBankFixtures.candidate(candidates, "Bruno Discret", List.of(pastry), List.of(), "44109", 20, false);
        UUID shown = CvBankFixtures.profileId(jdbc, consenting);
        UUID hidden = CvBankFixtures.profileId(jdbc, refusing);

        String page = search("jobTitle=" + pastry);
        assertThat(page).contains("candidate-" + shown).doesNotContain("candidate-" + hidden);

        mvc.perform(get("/gestion/cvtheque/" + shown).with(asRecruiter())).andExpect(status().isOk())
                .andExpect(content().string(containsString(consenting.displayName())))
                .andExpect(content().string(containsString(consenting.email())));
        mvc.perform(get("/gestion/cvtheque/" + hidden).with(asRecruiter())).andExpect(status().isNotFound());
        mvc.perform(get("/gestion/cvtheque/" + UUID.randomUUID()).with(asRecruiter())).andExpect(status().isNotFound());
    }

    @Test
    void withdrawingTheConsentHidesTheProfileAtOnce() throws Exception {
        Actor candidate = CvBankFixtures.candidate(candidates, "Chloé Retrait", List.of(pastry), List.of(), "44109", 20, true);
        UUID id = CvBankFixtures.profileId(jdbc, candidate);
        mvc.perform(get("/gestion/cvtheque/" + id).with(asRecruiter())).andExpect(status().isOk());

        mvc.perform(post("/candidat/consentements/banque-cv").param("given", "false").with(as(candidate)).with(csrf()));

        mvc.perform(get("/gestion/cvtheque/" + id).with(asRecruiter())).andExpect(status().isNotFound());
        mvc.perform(get("/gestion/cvtheque/" + id + "/cv").with(asRecruiter())).andExpect(status().isNotFound());
        assertThat(search("jobTitle=" + pastry)).doesNotContain("candidate-" + id);
    }

    @Test
    void aLapsedProfileIsNeitherListedNorReadable() throws Exception {
        Actor candidate = CvBankFixtures.candidate(candidates, "Denis Ancien", List.of(pastry), List.of(), "44109", 20, true);
        UUID id = CvBankFixtures.profileId(jdbc, candidate);
        jdbc.sql("update candidate set updated_at = ? where id = ?")
                .params(Timestamp.from(clock.instant().minus(Duration.ofDays(200))), id).update();

        assertThat(search("jobTitle=" + pastry)).doesNotContain("candidate-" + id);
        mvc.perform(get("/gestion/cvtheque/" + id).with(asRecruiter())).andExpect(status().isNotFound());
    }

    @Test
    void theSearchFiltersByTradeSkillPlaceAndLevel() throws Exception {
        Actor nantes = CvBankFixtures.candidate(candidates, "Emma Nantes", List.of(welder), List.of(skill), "44109", 10, true);
        Actor nazaire = CvBankFixtures.candidate(candidates, "Félix Nazaire", List.of(welder), List.of(), "44184", 80, true);
        UUID a = CvBankFixtures.profileId(jdbc, nantes);
        UUID b = CvBankFixtures.profileId(jdbc, nazaire);
        String fiche = trades.jobTitle(welder).orElseThrow().tradeCode();
        String diploma = jdbc.sql("select code from diploma where national_level = 5 order by code limit 1").query(String.class).single();
        jdbc.sql("update candidate set diplomas = array[?]::varchar[] where id = ?").params(diploma, a).update();

        // By trade (the job title, or its whole fiche) and skill.
        assertThat(search("jobTitle=" + welder + "&place=44184&km=1")).contains("candidate-" + b).doesNotContain("candidate-" + a);
        assertThat(search("trade=" + fiche + "&place=44109&km=1")).contains("candidate-" + a).doesNotContain("candidate-" + b);
        assertThat(search("skill=" + skill + "&jobTitle=" + welder + "&place=44109")).contains("candidate-" + a).doesNotContain("candidate-" + b);
        // By place: whose mobility area covers the commune (Nantes is some 50 km from Saint-Nazaire), or within a distance.
        assertThat(search("jobTitle=" + welder + "&place=44109")).contains("candidate-" + a, "candidate-" + b);
        assertThat(search("jobTitle=" + welder + "&place=44184")).contains("candidate-" + b).doesNotContain("candidate-" + a);
        assertThat(search("jobTitle=" + welder + "&place=44184&km=70")).contains("candidate-" + a, "candidate-" + b);
        assertThat(search("jobTitle=" + welder + "&place=44109&km=20")).contains("candidate-" + a).doesNotContain("candidate-" + b);
        // By level: the highest diploma's level in the national framework.
        assertThat(search("jobTitle=" + welder + "&place=44109&level=5")).contains("candidate-" + a).doesNotContain("candidate-" + b);
        assertThat(search("jobTitle=" + welder + "&place=44109&level=6")).doesNotContain("candidate-" + a);
        // A place that names no commune is said next to its field.
        assertThat(search("place=Nullepartville")).contains("Aucune commune ne correspond");
    }

    @Test
    void everyViewIsRecordedShownToTheCandidateAndErasedWithThem() throws Exception {
        Actor candidate = CvBankFixtures.candidate(candidates, "Gaëlle Vue", List.of(pastry), List.of(), "44109", 20, true);
        UUID id = CvBankFixtures.profileId(jdbc, candidate);
        mvc.perform(multipart("/candidat/cv").file(new MockMultipartFile("file", "cv.pdf", "application/pdf", TestFiles.pdf("CV " + key)))
                .with(as(candidate)).with(csrf()));
        mvc.perform(get("/candidat").with(as(candidate))).andExpect(content().string(containsString("Aucune entreprise n’a encore consulté")));

        mvc.perform(get("/gestion/cvtheque/" + id).with(asRecruiter())).andExpect(status().isOk())
                .andExpect(content().string(containsString("/gestion/cvtheque/" + id + "/cv")));
        mvc.perform(get("/gestion/cvtheque/" + id + "/cv").with(asRecruiter())).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));

        assertThat(jdbc.sql("select what from candidate_profile_view where candidate_id = ? order by id").param(id).query(String.class).list())
                .containsExactly("PROFILE", "CV");
        mvc.perform(get("/candidat").with(as(candidate))).andExpect(content().string(containsString("Chantiers " + key)))
                .andExpect(content().string(not(containsString("Aucune entreprise n’a encore consulté"))));

        mvc.perform(post("/candidat/effacement").param("confirm", "EFFACER").with(as(candidate)).with(csrf()));
        assertThat(jdbc.sql("select count(*) from candidate_profile_view where candidate_id = ?").param(id).query(Integer.class).single()).isZero();
    }

    @Test
    void anExportHoldsOnlyConsentingActiveCandidatesAndIsAudited() throws Exception {
        Actor consenting = CvBankFixtures.candidate(candidates, "Hugo Export", List.of(pastry), List.of(), "44109", 20, true);
        Actor refusing = CvBankFixtures.candidate(candidates, "Iris Refus", List.of(pastry), List.of(), "44109", 20, false);

        String csv = mvc.perform(get("/gestion/cvtheque/export.csv").param("jobTitle", String.valueOf(pastry)).with(asRecruiter()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).contains(consenting.displayName(), consenting.email()).doesNotContain(refusing.displayName());
        var audited = jdbc.sql("""
                        select actor, summary from audit_entry where entity_type = 'cv_bank' and entity_id = ? and action = 'EXPORT'""")
                .param(company).query((rs, n) -> rs.getString(1) + " | " + rs.getString(2)).list();
        assertThat(audited).hasSize(1);
        assertThat(audited.get(0)).startsWith(recruiter).contains("profil(s)");
        assertThat(jdbc.sql("select changes::text from audit_entry where entity_type = 'cv_bank' and entity_id = ?").param(company)
                .query(String.class).single()).contains("jobTitle=" + pastry, "Profils exportés");
    }
}
