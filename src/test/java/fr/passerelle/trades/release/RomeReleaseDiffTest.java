package fr.passerelle.trades.release;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.trades.RomeItemKind;
import fr.passerelle.trades.RomeReferences;
import fr.passerelle.trades.RomeReleaseMadeCurrent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Release 61 (src/test/resources/rome/v461: fiche N4303 removed, fiche I1603 added, job title 10826 renamed, skill
 * 100023 removed) is imported beside the sample release 60 and compared with it; release 60 is put back in service
 * and 61 deleted afterwards, for the other tests.
 */
@PasserelleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RecordApplicationEvents
class RomeReleaseDiffTest {

    @Autowired
    ReleaseImports imports;
    @Autowired
    ReleaseCatalog catalog;
    @Autowired
    ReleaseComparison comparison;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    ReleaseView v60;
    ReleaseView v61;

    @BeforeAll
    void importRelease61BesideTheSample() {
        var started = imports.importNow(TestActors.nationalAdmin(), ReleaseFiles.classpath("rome/v461"));
        assertThat(started.alreadyImported()).isFalse();
        v60 = catalog.byVersion(60).orElseThrow();
        v61 = catalog.byVersion(61).orElseThrow();
    }

    @AfterAll
    void putRelease60BackInService() {
        imports.makeCurrent(TestActors.nationalAdmin(), v60.id());
        imports.delete(TestActors.nationalAdmin(), v61.id());
        assertThat(catalog.byVersion(61)).isEmpty();
    }

    @Test
    void theNewerReleaseIsImportedBesideTheOlderAndBecomesCurrentWhileAnOlderOneCanBeChosenAgain(ApplicationEvents events) {
        assertThat(v61.imported()).isTrue();
        assertThat(v61.problemCount()).isZero();
        assertThat(v61.current()).isTrue();
        assertThat(jdbc.sql("select count(*) from rome_current_trade where code = 'I1603'").query(Long.class).single()).isEqualTo(1);

        imports.makeCurrent(TestActors.nationalAdmin(), v60.id());
        assertThat(catalog.byVersion(60).orElseThrow().current()).isTrue();
        assertThat(catalog.byVersion(61).orElseThrow().current()).isFalse();
        assertThat(jdbc.sql("select count(*) from rome_current_trade where code = 'N4303'").query(Long.class).single()).isEqualTo(1);
        imports.makeCurrent(TestActors.nationalAdmin(), v61.id());
        // (The import of 61 published one too, recorded here when this test runs first.)
        assertThat(events.stream(RomeReleaseMadeCurrent.class).toList()).endsWith(new RomeReleaseMadeCurrent(60), new RomeReleaseMadeCurrent(61));
        assertThat(jdbc.sql("select action from audit_entry where entity_id = ? order by id").param(v60.id()).query(String.class).list())
                .contains("ROME_MADE_CURRENT");
    }

    @Test
    void theComparisonCountsWhatWasAddedRenamedAndRemovedOfEachKind() {
        Map<RomeItemKind, List<Long>> counts = new EnumMap<>(RomeItemKind.class);
        comparison.counts(v60.id(), v61.id()).forEach(c -> counts.put(c.kind(), List.of(c.added(), c.renamed(), c.removed())));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                RomeItemKind.TRADE, List.of(1L, 0L, 1L),
                RomeItemKind.JOB_TITLE, List.of(10L, 1L, 2L),
                RomeItemKind.SKILL, List.of(0L, 0L, 1L),
                RomeItemKind.KNOWLEDGE, List.of(0L, 0L, 0L),
                RomeItemKind.WORK_CONTEXT, List.of(0L, 0L, 0L)));
    }

    @Test
    void theComparisonListsTheItemsWithTheirLabelsBeforeAndAfter() {
        assertThat(comparison.items(v60.id(), v61.id(), RomeItemKind.TRADE, ReleaseComparison.Change.REMOVED, 1).items())
                .containsExactly(new ReleaseComparison.Item("N4303", "Conducteur / Conductrice d'engins de manœuvre du réseau ferré", null));
        assertThat(comparison.items(v60.id(), v61.id(), RomeItemKind.TRADE, ReleaseComparison.Change.ADDED, 1).items())
                .containsExactly(new ReleaseComparison.Item("I1603", null, "Mécanicien-réparateur / Mécanicienne-réparatrice en matériels agricoles"));
        assertThat(comparison.items(v60.id(), v61.id(), RomeItemKind.JOB_TITLE, ReleaseComparison.Change.RENAMED, 1).items())
                .containsExactly(new ReleaseComparison.Item("10826", "Aide de cuisine", "Aide de cuisine en restauration"));
        var removedTitles = comparison.items(v60.id(), v61.id(), RomeItemKind.JOB_TITLE, ReleaseComparison.Change.REMOVED, 1);
        assertThat(removedTitles.items()).extracting(ReleaseComparison.Item::code).containsExactly("13241", "13252");
        assertThat(removedTitles.total()).isEqualTo(2);
        assertThat(removedTitles.pages()).isEqualTo(1);
        // A page past the end shows the last one.
        assertThat(comparison.items(v60.id(), v61.id(), RomeItemKind.JOB_TITLE, ReleaseComparison.Change.ADDED, 9).page()).isEqualTo(1);
    }

    /** A module that kept the code of fiche N4303 (say, a curated trade sheet), and remembers what it was asked. */
    static final class CuratedSheets implements RomeReferences {
        final Map<RomeItemKind, List<String>> asked = new EnumMap<>(RomeItemKind.class);

        @Override
        public List<Reference> referencesTo(RomeItemKind kind, Collection<String> codes) {
            asked.put(kind, new ArrayList<>(codes));
            return kind == RomeItemKind.TRADE && codes.contains("N4303")
                    ? List.of(new Reference(kind, "N4303", "Fiche enrichie du campus Ferroviaire Hauts-de-France", "/metiers/N4303"))
                    : List.of();
        }
    }

    @Test
    void eachModuleIsAskedWhatItStillPointsAtAmongTheRemovedItems() {
        var sheets = new CuratedSheets();
        var references = new ReleaseComparison(jdbc, List.of(sheets)).referencesToRemoved(v60.id(), v61.id());
        assertThat(references).containsExactly(new RomeReferences.Reference(RomeItemKind.TRADE, "N4303",
                "Fiche enrichie du campus Ferroviaire Hauts-de-France", "/metiers/N4303"));
        assertThat(sheets.asked).containsExactlyInAnyOrderEntriesOf(Map.of(
                RomeItemKind.TRADE, List.of("N4303"),
                RomeItemKind.JOB_TITLE, List.of("13241", "13252"),
                RomeItemKind.SKILL, List.of("100023")));
    }

    @Test
    void theComparisonPageShowsTheCountsAndTheChosenList() throws Exception {
        mvc.perform(get("/gestion/referentiels/rome/comparaison").param("de", "60").param("a", "61").param("type", "JOB_TITLE")
                        .param("changement", "RENAMED").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ce qui change de la version 60 à la version 61")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Aide de cuisine en restauration")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Renommages — Appellations (1)")));
    }

    @Test
    void onlyTheNationalAdministratorComparesReleases() throws Exception {
        for (String username : TestActors.ALL) {
            if (!username.equals("admin")) {
                mvc.perform(get("/gestion/referentiels/rome/comparaison").param("de", "60").param("a", "61").with(as(users, username)))
                        .andExpect(status().isForbidden());
            }
        }
    }
}
