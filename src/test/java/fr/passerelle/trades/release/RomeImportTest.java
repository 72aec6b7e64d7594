package fr.passerelle.trades.release;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sample release, imported at start-up for every test, is whole, current, and importing it again does nothing. */
@PasserelleIntegrationTest
class RomeImportTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReleaseImports imports;

    @Test
    void theSampleIsImportedAtStartUpAndIsTheCurrentRelease() {
        var release = jdbc.sql("select status, is_current, title, published_on::text, problem_count from rome_release where version = 60")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4), rs.getInt(5)}).single();
        assertThat(release).containsExactly("IMPORTED", true, "ROME 4.0 version 60 - 25M09", "2025-09-18", 0);
        assertThat(jdbc.sql("select count(*) from rome_current_trade").query(Long.class).single()).isEqualTo(19);
    }

    @Test
    void everyRowOfTheSampleIsKept() throws IOException {
        Map<String, String> tables = Map.ofEntries(
                Map.entry("referentiel_code_rome", "rome_trade"),
                Map.entry("referentiel_appellation", "rome_job_title"),
                Map.entry("referentiel_competence", "rome_skill"),
                Map.entry("referentiel_savoir", "rome_knowledge"),
                Map.entry("referentiel_contexte_travail", "rome_work_context"),
                Map.entry("liens_rome_referentiels", "rome_trade_item"),
                Map.entry("rubrique_mobilite", "rome_mobility"),
                Map.entry("grand_domaine", "rome_grand_domain"),
                Map.entry("domaine_professionnel", "rome_professional_domain"),
                Map.entry("secteur_naf", "rome_naf_sector"),
                Map.entry("arborescence_secteur_naf", "rome_trade_naf"),
                Map.entry("themes", "rome_theme"),
                Map.entry("arborescence_thematique", "rome_trade_theme"),
                Map.entry("centre_interet", "rome_interest"),
                Map.entry("arborescence_centre_interet", "rome_trade_interest"),
                Map.entry("arborescence_secteur_activite", "rome_trade_sector"));
        for (var entry : tables.entrySet()) {
            long rows = jdbc.sql("select count(*) from " + entry.getValue() + " t join rome_release r on r.id = t.release_id where r.version = 60")
                    .query(Long.class).single();
            assertThat(rows).as(entry.getValue()).isEqualTo(records(entry.getKey()));
        }
        assertThat(jdbc.sql("select count(*) from rome_sector s join rome_release r on r.id = s.release_id where r.version = 60")
                .query(Long.class).single()).isEqualTo(records("secteur_activite") + records("sous_secteur_activite"));
    }

    @Test
    void aFicheHasItsDomainRiasecTagsAndTextsInOrder() {
        var trade = jdbc.sql("""
                        select t.label, t.parent_code, t.domain_code, t.riasec_major, t.ecological_transition, t.definition
                          from rome_trade t join rome_release r on r.id = t.release_id and r.is_current where t.code = 'A1101'""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)})
                .single();
        assertThat(trade[0]).isEqualTo("Conducteur / Conductrice d'engins agricoles");
        assertThat(trade[1]).isEqualTo("A1101");
        assertThat(trade[2]).isEqualTo("A11");
        assertThat(trade[3]).isEqualTo("R");
        assertThat(trade[4]).isEqualTo("Emploi Blanc");
        assertThat(trade[5]).startsWith("Réalise des travaux agricoles mécanisés.\nAménage et prépare les terrains");
    }

    @Test
    void coreAndEmergingItemsCarryTheirFlag() {
        var flags = jdbc.sql("""
                        select i.core, count(*) from rome_trade_item i join rome_release r on r.id = i.release_id and r.is_current
                         group by i.core""").query((rs, n) -> Map.entry(String.valueOf(rs.getString(1)), rs.getLong(2))).list();
        assertThat(flags).extracting(Map.Entry::getKey).contains("CORE", "null");
        long macros = jdbc.sql("select count(*) from rome_skill s join rome_release r on r.id = s.release_id and r.is_current where s.macro and s.macro_code is not null")
                .query(Long.class).single();
        assertThat(macros).isPositive();
    }

    @Test
    void importingAVersionAlreadyImportedDoesNothingAndSaysSo() {
        long before = jdbc.sql("select count(*) from rome_trade_item").query(Long.class).single();
        var started = imports.importNow(TestActors.nationalAdmin(), ReleaseFiles.classpath(RomeStartupImport.SAMPLE));
        assertThat(started.alreadyImported()).isTrue();
        assertThat(started.message()).isEqualTo("La version 60 du ROME est déjà importée : rien n’a été fait.");
        assertThat(jdbc.sql("select count(*) from rome_trade_item").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from rome_release where version = 60").query(Long.class).single()).isEqualTo(1);
    }

    static long records(String table) throws IOException {
        var resource = new ClassPathResource(RomeStartupImport.SAMPLE + "/unix_" + table + "_v460_utf8.csv");
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.Builder.create(CSVFormat.DEFAULT).setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get()
                    .parse(reader).stream().filter(r -> !(r.size() == 1 && r.get(0).isEmpty())).count();
        }
    }
}
