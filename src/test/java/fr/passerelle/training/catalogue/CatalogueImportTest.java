package fr.passerelle.training.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PasserelleIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo sample (src/main/resources/demo/catalogue, cut from the real files with their encodings) is imported when the
 * platform starts; importing it again duplicates nothing; bad rows are rejected with their file, line and column and
 * the good rows of the same file are kept. Tests that feed bad files run in a transaction rolled back at their end.
 */
@PasserelleIntegrationTest
class CatalogueImportTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    CampusTrainingLinks links;

    record Rejected(String file, int line, String column, String message) {
    }

    private final List<Rejected> rejected = new ArrayList<>();

    private final CatalogueImporter.Progress progress = new CatalogueImporter.Progress() {
        @Override
        public void file(String name, int done, int total) {
        }

        @Override
        public void kept(String file, int rows) {
        }

        @Override
        public void rejected(String file, int line, String column, String message) {
            rejected.add(new Rejected(file, line, column, message));
        }
    };

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /** Runs the importer on these files inside a transaction rolled back afterwards, then the checks inside it. */
    private void importRolledBack(Map<String, byte[]> files, Runnable checks) {
        TransactionTemplate outer = new TransactionTemplate(transactions);
        outer.executeWithoutResult(status -> {
            new CatalogueImporter(jdbc, new TransactionTemplate(transactions), clock, links).run(files, progress);
            checks.run();
            status.setRollbackOnly();
        });
    }

    @Test
    void theDemoSampleIsImportedAtStartWithEveryDiplomaKept() {
        assertThat(count("select count(*) from catalogue_import where origin = 'FOLDER' and state = 'DONE'")).isPositive();
        assertThat(count("select count(*) from diploma")).isEqualTo(1243);
        assertThat(count("select count(*) from catalogue_training where kind = 'DIPLOMA'")).isEqualTo(1243);
        assertThat(count("select count(*) from catalogue_training where kind = 'CERTIFICATION'")).isPositive();
        assertThat(count("select count(*) from catalogue_training where kind = 'ONISEP'")).isPositive();
        assertThat(count("select count(*) from catalogue_rncp_rome")).isPositive();
        assertThat(count("select count(*) from catalogue_establishment where kind = 'CFA'")).isPositive();
        // The sample's diplomas get their specialty group and, through the Kit, their RNCP fiche.
        assertThat(count("select count(*) from diploma where nsf_code is not null")).isEqualTo(168);
        assertThat(count("select count(*) from catalogue_training_rncp")).isPositive();
    }

    @Test
    void blankAndNdOutcomesStayBlankNeverZero() {
        assertThat(count("select count(*) from catalogue_outcome")).isPositive();
        assertThat(count("select count(*) from catalogue_outcome where employment_rate is null")).isPositive();
        assertThat(count("select count(*) from catalogue_outcome where population = 'STUDENTS'")).isPositive();
    }

    @Test
    void aCampusTrainingByACfaOpensApprenticeshipAndGivesItsRegion() {
        assertThat(count("""
                select count(*) from catalogue_training t where t.kind = 'DIPLOMA' and t.region_codes <> ''
                and t.cfd in (select diploma_code from campus_training)""")).isPositive();
        assertThat(count("""
                select count(*) from catalogue_training t where t.cfd in (select diploma_code from campus_training where route = 'APPRENTICESHIP')
                and t.routes not like '%APPRENTICESHIP%'""")).isZero();
    }

    @Test
    void importingTheSameFilesAgainUpdatesWithoutDuplicatingAndKeepsTheIds() {
        Map<String, byte[]> sample = CatalogueStartup.read("classpath:demo/catalogue");
        long trainings = count("select count(*) from catalogue_training");
        long links = count("select count(*) from catalogue_training_rncp");
        long outcomes = count("select count(*) from catalogue_outcome");
        String someId = jdbc.queryForObject("select id::text from catalogue_training order by code limit 1", String.class);
        importRolledBack(sample, () -> {
            assertThat(count("select count(*) from catalogue_training")).isEqualTo(trainings);
            assertThat(count("select count(*) from catalogue_training_rncp")).isEqualTo(links);
            assertThat(count("select count(*) from catalogue_outcome")).isEqualTo(outcomes);
            assertThat(jdbc.queryForObject("select id::text from catalogue_training order by code limit 1", String.class)).isEqualTo(someId);
        });
        assertThat(rejected).isEmpty();
    }

    @Test
    void aLineInAnotherEncodingIsRejectedWithItsLineAndColumnAndTheOthersAreKept() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        // UTF-8 file (ONISEP) with a line written in cp1252 on line 3.
        String header = "\"code CNIS\";\"sigle type formation\";\"libellé type formation\";\"libellé formation principal\";\"sigle formation\";durée;"
                + "\"code RNCP\";\"niveau RNCP\";\"libellé niveau RNCP\";tutelle;\"lien site onisep.fr\";domaine/sous-domaine\n";
        String good = ";;\"titre professionnel\";\"Agent de maintenance test\";;\"1 an\";;3;\"niveau 3 (CAP)\";\"non renseigné\";"
                + "http://www.onisep.fr/http/redirection/formation/slug/FOR.999901;\"industrie/maintenance\"\n";
        String bad = ";;\"titre professionnel\";\"Opérateur test\";;\"1 an\";;3;\"niveau 3 (CAP)\";\"non renseigné\";"
                + "http://www.onisep.fr/http/redirection/formation/slug/FOR.999902;\"industrie\"\n";
        files.put("onisep_ideo-formations_initiales_en_france_2022.csv", concat(header.getBytes(StandardCharsets.UTF_8),
                good.getBytes(StandardCharsets.UTF_8), bad.getBytes(CatalogueEncoding.CP1252)));
        // cp1252 file (CFA) with a line holding UTF-8 on line 2.
        String cfaHeader = "numero_uai;nature_uai;ministere_tutelle;ministere_tutelle_libe;tutelle_2;tutelle_2_libe;secteur_public_prive;niveau_uai;"
                + "niveau_uai_libe;commune;commune_libe;denomination_principale;patronyme_uai;numero_siren_siret_uai;date_ouverture;date_fermeture;"
                + "lieu_dit_uai;adresse_uai;boite_postale_uai;code_postal_uai;localite_acheminement_uai\n";
        String cfaUtf8 = "0599999Z;600;06;x;;;PR;1;x;59350;Lille;CTRE DE FORMATION D'APPRENTIS;ÉCOLE TEST;85052026300011;;;;1 rue;;59000;LILLE\n";
        String cfaGood = "0599998Y;600;06;x;;;PR;1;x;59350;Lille;CTRE DE FORMATION D'APPRENTIS;ECOLE TEST;85052026300012;;;;1 rue;;59000;LILLE\n";
        files.put("cfa_sous_convention_regionale_uai.csv", concat(cfaHeader.getBytes(CatalogueEncoding.CP1252), cfaUtf8.getBytes(StandardCharsets.UTF_8),
                cfaGood.getBytes(CatalogueEncoding.CP1252), "0599997X;600;06;x;;;PR;1;x;59350;Lille;CTRE;Élan;85052026300013;;;;1 rue;;59000;LILLE\n"
                        .getBytes(CatalogueEncoding.CP1252)));
        importRolledBack(files, () -> {
            assertThat(count("select count(*) from catalogue_onisep where onisep_id = 'FOR.999901'")).isEqualTo(1);
            assertThat(count("select count(*) from catalogue_onisep where onisep_id = 'FOR.999902'")).isZero();
            assertThat(count("select count(*) from catalogue_establishment where uai in ('0599998Y', '0599997X')")).isEqualTo(2);
            assertThat(count("select count(*) from catalogue_establishment where uai = '0599999Z'")).isZero();
        });
        assertThat(rejected).containsExactlyInAnyOrder(
                new Rejected("onisep_ideo-formations_initiales_en_france_2022.csv", 3, "libellé formation principal",
                        "Encodage incorrect : la valeur contient des octets qui ne sont pas du UTF-8."),
                new Rejected("cfa_sous_convention_regionale_uai.csv", 2, "patronyme_uai",
                        "Encodage incorrect : la valeur semble écrite en UTF-8 dans un fichier en Windows-1252 (« Ã‰COLE TEST »)."));
    }

    @Test
    void aMissingColumnInTheHeaderRejectsTheFileAndAShortLineRejectsTheLine() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("rncp_rome_v1.4_2021.csv", "CodeRNCP;EtatFiche;libelle\nRNCP34001;;Conduite\n".getBytes(CatalogueEncoding.CP1252));
        files.put("inserjeunes_depp_cfa_2022_2023.csv", ("n°UAI de l'établissement;Libellé de l'établissement;Région;Taux de poursuite d'études;Taux;"
                + "Taux attendu;Valeur ajoutée;Part en poursuite d'études ;Part en emploi 6 mois après la sortie ;Part des autres situations \r\n"
                + "0599998Y;CFA test;HAUTS-DE-FRANCE;42;70;69;1;42;41;17\r\n"
                + "0599997X;CFA court;HAUTS-DE-FRANCE;42;70\r\n").getBytes(StandardCharsets.UTF_8));
        long links = count("select count(*) from catalogue_rncp_rome");
        importRolledBack(files, () -> {
            assertThat(count("select count(*) from catalogue_rncp_rome")).as("the file without its Rome column changes nothing").isEqualTo(links);
            assertThat(count("select count(*) from catalogue_outcome where uai = '0599998Y' and employment_rate = 70")).isEqualTo(1);
            assertThat(count("select count(*) from catalogue_outcome where uai = '0599997X'")).isZero();
        });
        assertThat(rejected).containsExactlyInAnyOrder(
                new Rejected("rncp_rome_v1.4_2021.csv", 1, "Rome", "Colonne « Rome » absente de l'en-tête : le fichier n'est pas importé."),
                new Rejected("inserjeunes_depp_cfa_2022_2023.csv", 3, "Taux attendu",
                        "Ligne incomplète : 5 valeurs au lieu de 10, la colonne « Taux attendu » manque."));
    }

    @Test
    void unknownCodesAndMalformedValuesAreRejectedWithTheirColumn() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String known = jdbc.queryForObject("select code from catalogue_rncp order by code limit 1", String.class);
        files.put("rncp_rome_v1.4_2021.csv", ("CodeRNCP;EtatFiche;Rome;libelle;;\n" + known + ";;A1101;Conduite;;\nRNCP9999999;;A1101;x;;\n"
                + "RNCP999999;;A1101;x;;\n" + known + ";;B11;x;;\n").getBytes(CatalogueEncoding.CP1252));
        importRolledBack(files, () -> assertThat(count("select count(*) from catalogue_rncp_rome")).isEqualTo(1));
        assertThat(rejected).containsExactly(
                new Rejected("rncp_rome_v1.4_2021.csv", 3, "CodeRNCP", "Valeur mal formée : « RNCP9999999 » n'est pas un code comme RNCP1234."),
                new Rejected("rncp_rome_v1.4_2021.csv", 4, "CodeRNCP", "Code inconnu : « RNCP999999 » n'existe pas dans rncp_info."),
                new Rejected("rncp_rome_v1.4_2021.csv", 5, "Rome", "Valeur mal formée : « B11 » n'est pas un code ROME comme A1101."));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
