package fr.passerelle.trades.curation;

import static fr.passerelle.TestActors.as;
import static fr.passerelle.TestActors.coordinatorOf;
import static fr.passerelle.TestActors.directorOf;
import static fr.passerelle.TestActors.memberOf;
import static fr.passerelle.TestActors.nationalAdmin;
import static fr.passerelle.TestActors.referentOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Accounts;
import fr.passerelle.platform.AuditTrail;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PasserelleIntegrationTest
class TradeCurationTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Accounts accounts;
    @Autowired
    CampusRegistry registry;
    @Autowired
    Directory directory;
    @Autowired
    TradeCuration curation;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CuratedSheetReferences references;

    CampusCard campus(String name) {
        return registry.all().stream().filter(c -> c.name().endsWith(name)).findFirst().orElseThrow();
    }

    OrganisationSummary cluster(String name) {
        return directory.findByName(name).orElseThrow();
    }

    static SheetContent sheet(String missionsFr, String missionsEn) {
        return new SheetContent(new SheetText(missionsFr, "Fonctions", null, "Atelier", "Lire un plan", "Rigueur", "Chef d’équipe"),
                missionsEn == null ? SheetText.EMPTY : new SheetText(missionsEn, "Functions", null, "Workshop", null, null, "Team leader"),
                new Pay(1900, 2100, 2500, 3200), 4, List.of());
    }

    @Test
    void theOperationalDirectorCuratesItsCampusAndEveryChangeIsAuditedWithBeforeAndAfter() {
        CampusCard campus = campus("Aéronautique Pays de la Loire");
        Owner owner = Owner.campus(campus.id());
        var director = directorOf(campus.id());

        var welder = curation.add(director, owner, "h2913");
        var boilermaker = curation.add(director, owner, "H2902");
        assertThat(curation.selection(owner)).extracting(TradeCuration.Entry::code).containsExactly("H2913", "H2902");
        assertThat(welder.label()).isEqualTo("Soudeur / Soudeuse");

        curation.move(director, owner, boilermaker.id(), -1);
        assertThat(curation.selection(owner)).extracting(TradeCuration.Entry::code).containsExactly("H2902", "H2913");
        assertThatThrownBy(() -> curation.move(director, owner, boilermaker.id(), -1)).isInstanceOf(BusinessRuleException.class)
                .hasMessage("Cette fiche est déjà la première de la sélection.");

        var skill = curation.skillChoices("H2913").get(0);
        var saved = curation.enrich(director, owner, welder.id(), welder.version(),
                new SheetContent(sheet("Souder des structures d’avion", "Weld aircraft structures").french(),
                        sheet(null, "Weld aircraft structures").english(), new Pay(1900, 2100, 2500, 3200), 4, List.of(skill.ogr())));
        assertThat(saved.skills()).extracting(TradeCuration.HighlightedSkill::label).containsExactly(skill.label());
        assertThat(references.referencesTo(fr.passerelle.trades.RomeItemKind.SKILL, List.of(String.valueOf(skill.ogr()))))
                .extracting(fr.passerelle.trades.RomeReferences.Reference::link).contains("/gestion/campus/" + campus.id() + "/metiers/" + welder.id());

        curation.remove(director, owner, boilermaker.id());
        assertThat(curation.selection(owner)).extracting(TradeCuration.Entry::code, TradeCuration.Entry::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("H2913", 0));

        var history = audit.history("campus", campus.id());
        assertThat(history).extracting(AuditTrail.Entry::action)
                .contains("FICHE_METIER_AJOUTEE", "FICHE_METIER_DEPLACEE", "FICHE_METIER_MODIFIEE", "FICHE_METIER_RETIREE");
        var modified = history.stream().filter(e -> e.action().equals("FICHE_METIER_MODIFIEE")).findFirst().orElseThrow();
        assertThat(modified.summary()).isEqualTo("Fiches métiers : « Soudeur / Soudeuse » (H2913) modifiée");
        assertThat(modified.changes()).contains(new AuditTrail.Change("Missions", null, "Souder des structures d’avion"),
                new AuditTrail.Change("Missions (anglais)", null, "Weld aircraft structures"),
                new AuditTrail.Change("Niveau requis", null, "niveau 4"));
        var moved = history.stream().filter(e -> e.action().equals("FICHE_METIER_DEPLACEE")).findFirst().orElseThrow();
        assertThat(moved.changes()).containsExactly(new AuditTrail.Change("Ordre des fiches métiers", "H2913, H2902", "H2902, H2913"));
    }

    @Test
    void onlyThoseWhoRunACampusCurateIt() {
        CampusCard campus = campus("Mécanique connectée");
        Owner owner = Owner.campus(campus.id());
        for (var refused : List.of(coordinatorOf(campus.regionCode()), referentOf(campus.academyCode()), directorOf(UUID.randomUUID()),
                memberOf(UUID.randomUUID()), coordinatorOf("11"))) {
            assertThatThrownBy(() -> curation.add(refused, owner, "I1304")).as(refused.role().name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(curation.add(nationalAdmin(), owner, "I1304").code()).isEqualTo("I1304");
        // Those who oversee the campus read its selection without changing it.
        assertThat(curation.requireReader(referentOf(campus.academyCode()), owner).name()).isEqualTo(campus.name());
        assertThat(curation.canCurate(referentOf(campus.academyCode()), owner)).isFalse();
    }

    @Test
    void everyDemoRoleButTheAdministrationAndItsDirectorIsRefusedTheDirectorsCampus() throws Exception {
        UUID campus = accounts.byUsername("direction").orElseThrow().campusId();
        for (String username : TestActors.ALL) {
            if (username.equals("admin")) {
                continue; // the national administration may: onlyThoseWhoRunACampusCurateIt
            }
            var result = mvc.perform(post("/gestion/campus/" + campus + "/metiers").param("tradeCode", "N4301").param("tradeQuery", "")
                    .with(as(users, username)).with(csrf())).andReturn();
            if (username.equals("direction")) {
                assertThat(result.getResponse().getStatus()).as(username).isEqualTo(302);
            } else {
                assertThat(result.getResponse().getStatus()).as(username).isEqualTo(403);
            }
        }
        assertThat(curation.selection(Owner.campus(campus))).extracting(TradeCuration.Entry::code).contains("N4301");
    }

    @Test
    void aClusterIsCuratedByItsOwnPeopleAndTheNationalAdministrationOnly() {
        OrganisationSummary cluster = cluster("Bretagne Pôle Naval");
        Owner owner = Owner.cluster(cluster.id());
        var member = memberOf(cluster.id());
        var entry = curation.add(member, owner, "I1601");
        assertThat(curation.selection(owner)).extracting(TradeCuration.Entry::code).containsExactly("I1601");
        curation.enrich(nationalAdmin(), owner, entry.id(), entry.version(), sheet("Préparer les bateaux de course", null));
        for (var refused : List.of(memberOf(UUID.randomUUID()), coordinatorOf("53"), referentOf("14"), directorOf(UUID.randomUUID()))) {
            assertThatThrownBy(() -> curation.add(refused, owner, "H2913")).as(refused.role().name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> curation.requireReader(refused, owner)).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(audit.history("organisation", cluster.id())).extracting(AuditTrail.Entry::action)
                .contains("FICHE_METIER_AJOUTEE", "FICHE_METIER_MODIFIEE");
        // An organisation that is not a cluster has no selection.
        OrganisationSummary school = directory.register(nationalAdmin(), fr.passerelle.directory.DirectoryFixtures.school("Lycée naval"));
        assertThatThrownBy(() -> curation.add(nationalAdmin(), Owner.cluster(school.id()), "I1601"))
                .isInstanceOf(org.springframework.web.server.ResponseStatusException.class);
    }

    @Test
    void onlyTradesOfTheCurrentReleaseAreAddedAndOnlyOnce() {
        Owner owner = Owner.campus(campus("Forêt-bois").id());
        assertThatThrownBy(() -> curation.add(nationalAdmin(), owner, "Z9999")).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.problems()).containsEntry("tradeCode", "Choisissez un métier de la version en vigueur du ROME."));
        curation.add(nationalAdmin(), owner, "A1102");
        assertThatThrownBy(() -> curation.add(nationalAdmin(), owner, "A1102")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("est déjà dans la sélection");
        assertThat(curation.searchTrades("engins", 10)).extracting(CurrentRome.TradeChoice::code).contains("A1101", "A1102", "N4303");
        assertThat(curation.searchTrades("PATISSIERE", 10)).extracting(CurrentRome.TradeChoice::code).contains("G1610").doesNotContain("G1601", "A1101");
    }

    @Test
    void aSheetWhoseTradeLeftTheCurrentReleaseStaysAndIsFlagged() throws Exception {
        CampusCard campus = campus("Forêt-bois");
        jdbc.sql("""
                        insert into curated_trade_sheet (id, owner_kind, owner_id, trade_code, position, missions_fr, created_at, updated_at)
                        values (?, 'CAMPUS', ?, 'X9999', 99, 'Ancien métier', ?, ?)""")
                .params(UUID.randomUUID(), campus.id(), Timestamp.from(Instant.now(clock)), Timestamp.from(Instant.now(clock))).update();
        assertThat(curation.selection(Owner.campus(campus.id()))).filteredOn(TradeCuration.Entry::gone)
                .extracting(TradeCuration.Entry::code).containsExactly("X9999");
        mvc.perform(get("/campus/" + campus.slug() + "/metiers/X9999")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce métier ne figure plus dans la version en vigueur du ROME")));
        assertThat(references.referencesTo(fr.passerelle.trades.RomeItemKind.TRADE, List.of("X9999", "A1102")))
                .filteredOn(r -> r.code().equals("X9999"))
                .extracting(fr.passerelle.trades.RomeReferences.Reference::description)
                .containsExactly("Fiche enrichie « X9999 » du campus " + campus.name());
    }

    @Test
    void aStaleFormIsRefusedWithWhatWasTypedKeptAndNothingWritten() throws Exception {
        CampusCard campus = campus("Gastronomie");
        Owner owner = Owner.campus(campus.id());
        var entry = curation.add(nationalAdmin(), owner, "G1609");
        curation.enrich(nationalAdmin(), owner, entry.id(), entry.version(), sheet("Version de Camille", null));
        assertThatThrownBy(() -> curation.enrich(nationalAdmin(), owner, entry.id(), entry.version(), sheet("Version de Dominique", null)))
                .isInstanceOf(ConcurrentEditException.class);

        mvc.perform(post("/gestion/campus/" + campus.id() + "/metiers/" + entry.id()).param("version", String.valueOf(entry.version()))
                        .param("missionsFr", "Version de Sacha").param("requiredLevel", "4").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quelqu’un d’autre a enregistré cette fiche pendant votre saisie")))
                .andExpect(content().string(containsString("Version de Sacha")));
        assertThat(curation.sheet(owner, entry.id()).content().french().missions()).isEqualTo("Version de Camille");
    }

    @Test
    void badInputIsRefusedInFrenchOnItsFieldsAndTheFormKeepsWhatWasTyped() throws Exception {
        CampusCard campus = campus("Gastronomie");
        Owner owner = Owner.campus(campus.id());
        var entry = curation.add(nationalAdmin(), owner, "G1602");
        mvc.perform(post("/gestion/campus/" + campus.id() + "/metiers/" + entry.id()).param("version", String.valueOf(entry.version()))
                        .param("missionsFr", "").param("functionsFr", "Éplucher").param("payBeginnerMin", "deux mille")
                        .param("payExperiencedMin", "3000").param("payExperiencedMax", "2500").param("requiredLevel", "9")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le salaire s’écrit en euros, sans centimes")))
                .andExpect(content().string(containsString("Choisissez un niveau de 3 (CAP) à 8 (doctorat).")))
                .andExpect(content().string(containsString(">Éplucher</textarea>")));
        mvc.perform(post("/gestion/campus/" + campus.id() + "/metiers/" + entry.id()).param("version", String.valueOf(entry.version()))
                        .param("missionsFr", "").param("payExperiencedMin", "3000").param("payExperiencedMax", "2500")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Décrivez les missions en français")))
                .andExpect(content().string(containsString("Le salaire maximum d’une personne expérimentée ne peut être inférieur à son minimum.")));
        mvc.perform(post("/gestion/campus/" + campus.id() + "/metiers").param("tradeCode", "").param("tradeQuery", "cuisine")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez un métier dans la liste.")))
                .andExpect(content().string(containsString("value=\"cuisine\"")))
                .andExpect(content().string(containsString("Chef / Cheffe de cuisine (G1601)")));
    }

    @Test
    void aSheetNotReviewedForMoreThanAYearIsFlaggedUntilItsReview() throws Exception {
        CampusCard campus = campus("Construction durable et éco-réhabilitation");
        Owner owner = Owner.campus(campus.id());
        var entry = curation.add(nationalAdmin(), owner, "H1203");
        curation.enrich(nationalAdmin(), owner, entry.id(), entry.version(), sheet("Concevoir des pièces", "Design parts"));
        curation.backdateReview(owner, "H1203", LocalDate.now(clock).minusMonths(13), "Ancienne direction");
        assertThat(curation.sheet(owner, "H1203").orElseThrow().overdue()).isTrue();
        mvc.perform(get("/campus/" + campus.slug() + "/metiers/H1203")).andExpect(content().string(containsString("Revue annuelle en retard")));
        mvc.perform(get("/campus/" + campus.slug() + "/metiers/H1203/en")).andExpect(content().string(containsString("Yearly review overdue")));
        mvc.perform(get("/gestion/campus/" + campus.id() + "/metiers").with(as(users, "admin")))
                .andExpect(content().string(containsString("Revue annuelle en retard")));

        long version = curation.sheet(owner, "H1203").orElseThrow().version();
        mvc.perform(post("/gestion/campus/" + campus.id() + "/metiers/" + entry.id() + "/revue").param("version", String.valueOf(version))
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(flash().attribute("success", "La revue annuelle de la fiche est enregistrée."));
        var reviewed = curation.sheet(owner, "H1203").orElseThrow();
        assertThat(reviewed.overdue()).isFalse();
        assertThat(reviewed.reviewedBy()).isEqualTo("Administration nationale");
        mvc.perform(get("/campus/" + campus.slug() + "/metiers/H1203")).andExpect(content().string(not(containsString("Revue annuelle en retard"))));
        assertThat(audit.history("campus", campus.id())).extracting(AuditTrail.Entry::action).contains("FICHE_METIER_REVUE");
    }

    @Test
    void theEnglishPageShowsTheEnglishTextOrSaysItIsMissingAndShowsTheFrenchMarkedAsFrench() throws Exception {
        CampusCard campus = campus("Maintenance en milieu sensible");
        Owner owner = Owner.campus(campus.id());
        var translated = curation.add(nationalAdmin(), owner, "I1304");
        curation.enrich(nationalAdmin(), owner, translated.id(), translated.version(), sheet("Maintenir les installations", "Maintain the plant"));
        var french = curation.add(nationalAdmin(), owner, "I1323");
        curation.enrich(nationalAdmin(), owner, french.id(), french.version(), sheet("Maintenir les trains", null));

        mvc.perform(get("/campus/" + campus.slug() + "/metiers/I1304/en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<article lang=\"en\" id=\"sheet-content\">")))
                .andExpect(content().string(containsString("<div lang=\"en\" id=\"enrichment\">")))
                .andExpect(content().string(containsString("Maintain the plant")))
                .andExpect(content().string(containsString("Beginner, gross monthly: €1,900 – €2,100")))
                .andExpect(content().string(not(containsString("not been translated"))));
        mvc.perform(get("/campus/" + campus.slug() + "/metiers/I1323/en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("This job profile has not been translated into English yet")))
                .andExpect(content().string(containsString("<div lang=\"fr\" id=\"enrichment\">")))
                .andExpect(content().string(containsString("Maintenir les trains")));
        mvc.perform(get("/campus/" + campus.slug() + "/metiers/I1304")).andExpect(status().isOk())
                .andExpect(content().string(containsString("<article lang=\"fr\" id=\"sheet-content\">")))
                .andExpect(content().string(containsString("Maintenir les installations")))
                .andExpect(content().string(containsString("Ce qu’en dit le ROME")));
        mvc.perform(get("/campus/" + campus.slug() + "/metiers/en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("French only")));
        mvc.perform(get("/campus/" + campus.slug() + "/metiers/G1601")).andExpect(status().isNotFound());
    }

    @Test
    void theBookletPrintsTheSelectionWithContentsPageNumbersAndItsLanguage() throws Exception {
        CampusCard campus = campus("Génie civil et infrastructures intelligentes");
        Owner owner = Owner.campus(campus.id());
        var driver = curation.add(nationalAdmin(), owner, "N4301");
        curation.enrich(nationalAdmin(), owner, driver.id(), driver.version(), sheet("Conduire des trains de fret", "Drive freight trains"));
        var shunter = curation.add(nationalAdmin(), owner, "N4303");
        curation.enrich(nationalAdmin(), owner, shunter.id(), shunter.version(), sheet("Manœuvrer les engins", null));

        byte[] english = mvc.perform(get("/campus/" + campus.slug() + "/metiers/livret-en.pdf")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse().getContentAsByteArray();
        try (var reader = new PdfReader(english)) {
            var text = new PdfTextExtractor(reader);
            int pages = reader.getNumberOfPages();
            int driverPage = pageHolding(text, pages, "Drive freight trains");
            int shunterPage = pageHolding(text, pages, "Manœuvrer les engins");
            assertThat(driverPage).isEqualTo(3);
            assertThat(shunterPage).isGreaterThan(driverPage);
            assertThat(textOf(text, 1)).contains("Careers booklet", campus.name(), "2 job profiles");
            assertThat(textOf(text, 2)).contains("Contents").containsPattern("Conducteur / Conductrice de train \\(N4301\\)[ .]*3")
                    .containsPattern("\\(N4303\\)[ .]*" + shunterPage);
            assertThat(textOf(text, driverPage)).contains("Beginner", "Page " + driverPage);
            assertThat(textOf(text, shunterPage)).contains("Not yet translated into English", "Page " + shunterPage);
            assertThat(String.join("\n", java.util.stream.IntStream.rangeClosed(driverPage, shunterPage - 1)
                    .mapToObj(p -> textOf(text, p)).toList())).contains("What ROME says");
            assertThat(reader.getCatalog().get(PdfName.LANG).toString()).isEqualTo("en-GB");
        }
        byte[] french = curation.booklet(owner, Language.FR);
        try (var reader = new PdfReader(french)) {
            var text = new PdfTextExtractor(reader);
            assertThat(textOf(text, 1)).contains("Livret des métiers", campus.name());
            assertThat(textOf(text, 2)).contains("Sommaire");
            String all = String.join("\n", java.util.stream.IntStream.rangeClosed(3, reader.getNumberOfPages()).mapToObj(p -> textOf(text, p)).toList());
            assertThat(textOf(text, 3)).contains("Conduire des trains de fret");
            assertThat(all).contains("Ce qu’en dit le ROME", "Pas encore de revue annuelle.", "Principales appellations");
            assertThat(reader.getCatalog().get(PdfName.LANG).toString()).isEqualTo("fr-FR");
        }
    }

    static int pageHolding(PdfTextExtractor text, int pages, String words) {
        for (int p = 1; p <= pages; p++) {
            if (textOf(text, p).contains(words)) {
                return p;
            }
        }
        throw new AssertionError("No page holds " + words);
    }

    static String textOf(PdfTextExtractor text, int page) {
        try {
            return text.getTextFromPage(page).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theDemoHospitalityCampusShowsItsSelectionFromItsPublicPage() throws Exception {
        CampusCard campus = campus(DemoCuratedSheets.CAMPUS_NAME.substring("Campus des métiers et des qualifications ".length()));
        var entries = curation.selection(Owner.campus(campus.id()));
        assertThat(entries).extracting(TradeCuration.Entry::code).containsExactly("G1601", "G1602", "G1101", "G1610");
        assertThat(entries).filteredOn(TradeCuration.Entry::overdue).extracting(TradeCuration.Entry::code).containsExactly("G1101");
        assertThat(entries).filteredOn(e -> !e.translated()).extracting(TradeCuration.Entry::code).containsExactly("G1610");
        mvc.perform(get("/campus/" + campus.slug())).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/campus/" + campus.slug() + "/metiers\"")));
        mvc.perform(get("/campus/" + campus.slug() + "/metiers")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chef / Cheffe de cuisine")));
        mvc.perform(get("/metiers/G1601")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Présenté par les campus et les clusters")))
                .andExpect(content().string(containsString("href=\"/campus/" + campus.slug() + "/metiers/G1601\"")));
        mvc.perform(get("/campus/" + campus.slug() + "/metiers/G1601")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rome-definition\"")));
    }

    @Test
    void aClusterPageLinksItsSheetsToThoseWhoCurateThemOnly() throws Exception {
        OrganisationSummary cluster = cluster("EuroSIMA");
        mvc.perform(get("/gestion/organisations/" + cluster.id() + "/modifier").with(as(users, "admin")))
                .andExpect(content().string(containsString("href=\"/gestion/organisations/" + cluster.id() + "/metiers\"")));
        mvc.perform(get("/gestion/organisations/" + cluster.id() + "/metiers").with(as(users, "admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ajouter un métier")));
        mvc.perform(get("/partenaires/" + cluster.id() + "/metiers")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune fiche métier n’est encore publiée.")));
        mvc.perform(get("/gestion/organisations/" + cluster.id() + "/metiers").with(as(users, "coordination"))).andExpect(status().isForbidden());
    }
}
