package fr.passerelle.campus;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@PasserelleIntegrationTest
class RegistryImportTest {

    static final String HEADER = "nom;filiere;code_region;code_academie;code_commune;latitude;longitude;etablissement_support;uai_support;categorie;annee_label\n";

    @Autowired
    CampusImport campusImport;
    @Autowired
    CampusRegistry registry;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void previewReportsEachRejectedRowByLineAndColumnAndWritesNothing() throws Exception {
        String csv = HEADER
                + "Campus importé Alpha;Numérique, télécommunications;32;09;59350;50.63;3.06;Lycée Alpha;0010826T;Standard;2019\n"
                + "Campus importé Beta;Astronautique;32;09;;;;;;Standard;\n"
                + "Campus importé Gamma;Tourisme, gastronomie;32;10;;;;;;Excellence;\n"
                + "Campus importé Delta;Tourisme, gastronomie;32;09;;abc;;;;Standard;1999\n"
                + "Campus importé Alpha;Numérique, télécommunications;32;09;;;;;;Standard;\n";
        long before = registry.count();
        var preview = campusImport.preview(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(preview.validCount()).isEqualTo(1);
        assertThat(preview.problems()).extracting(CampusImport.Problem::line, CampusImport.Problem::column).contains(
                org.assertj.core.groups.Tuple.tuple(3L, "filiere"),
                org.assertj.core.groups.Tuple.tuple(4L, "code_academie"),
                org.assertj.core.groups.Tuple.tuple(5L, "latitude"),
                org.assertj.core.groups.Tuple.tuple(5L, "annee_label"),
                org.assertj.core.groups.Tuple.tuple(6L, "nom"));
        assertThat(registry.count()).isEqualTo(before);
    }

    @Test
    void impossibleDatesHugeNumbersAndOverlongNamesAreRefusedByLineAndColumn() throws Exception {
        String header = "nom;filiere;code_region;code_academie;latitude;longitude;categorie;debut_validite;fin_validite\n";
        String csv = header
                + "Campus importé Février;Numérique, télécommunications;32;09;;;Standard;31/02/2026;\n"
                + "Campus importé Bissextile;Numérique, télécommunications;32;09;;;Standard;;2027-02-29\n"
                + "Campus importé " + "x".repeat(300) + ";Numérique, télécommunications;32;09;;;Standard;;\n"
                + "Campus importé Infini;Numérique, télécommunications;32;09;1e999;3.06;Standard;;\n"
                + "Campus importé NaN;Numérique, télécommunications;32;09;NaN;3.06;Standard;;\n"
                + "Campus importé \u0000Nul;Numérique, télécommunications;32;09;;;Standard;29/02/2028;\n";

        var preview = campusImport.preview(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(preview.problems()).extracting(CampusImport.Problem::line, CampusImport.Problem::column, CampusImport.Problem::message).contains(
                org.assertj.core.groups.Tuple.tuple(2L, "debut_validite", "Cette date n'existe pas : « 31/02/2026 »."),
                org.assertj.core.groups.Tuple.tuple(3L, "fin_validite", "Cette date n'existe pas : « 2027-02-29 »."),
                org.assertj.core.groups.Tuple.tuple(4L, "nom", "Le nom compte 315 caractères : 255 au plus."),
                org.assertj.core.groups.Tuple.tuple(5L, "latitude", "La latitude : nombre décimal attendu, pas « 1e999 »."),
                org.assertj.core.groups.Tuple.tuple(6L, "latitude", "La latitude : nombre décimal attendu, pas « NaN »."));
        assertThat(preview.rows()).filteredOn(CampusImport.Row::valid).singleElement()
                .satisfies(row -> assertThat(row.identity().name()).isEqualTo("Campus importé Nul"))
                .satisfies(row -> assertThat(row.identity().labelValidFrom()).isEqualTo(java.time.LocalDate.of(2028, 2, 29)));
    }

    @Test
    void aMalformedFileIsExplainedWithoutTheParsersOwnWords() throws Exception {
        String csv = HEADER + "\"Campus importé Guillemet;Numérique, télécommunications;32;09;;;;;;Standard;\nsuite\"x;y\n";

        var preview = campusImport.preview(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(preview.problems()).extracting(CampusImport.Problem::message)
                .allSatisfy(message -> assertThat(message).doesNotContain("Exception", "invalid char", "EOF", "IOException"));
    }

    @Test
    void aMissingRequiredColumnIsReportedOnTheHeaderLine() throws Exception {
        var preview = campusImport.preview(new ByteArrayInputStream("nom;filiere\nX;Y\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.fileProblems()).extracting(CampusImport.Problem::line, CampusImport.Problem::column)
                .contains(org.assertj.core.groups.Tuple.tuple(1L, "code_region"), org.assertj.core.groups.Tuple.tuple(1L, "categorie"));
        assertThat(preview.validCount()).isZero();
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithAClearMessage() throws Exception {
        byte[] latin1 = (HEADER + "Campus é;Numérique, télécommunications;32;09;;;;;;Standard;\n").getBytes(StandardCharsets.ISO_8859_1);
        var preview = campusImport.preview(new ByteArrayInputStream(latin1));
        assertThat(preview.fileProblems()).singleElement().satisfies(p -> assertThat(p.message()).contains("UTF-8"));
    }

    @Test
    void administratorPreviewsThenImportsTheValidRowsWithProgress() throws Exception {
        String csv = "\uFEFF" + HEADER
                + "Campus importé Epsilon;Transition énergétique, éco-industrie;84;10;69123;;;Lycée Epsilon;;Excellence;2019\n"
                + "Campus importé Zeta;Inconnue;84;10;;;;;;Standard;\n";
        var file = new MockMultipartFile("fichier", "registre.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        String location = mvc.perform(multipart("/gestion/import").file(file).with(as(users, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Importer les 1 lignes valides")))
                .andExpect(content().string(containsString("Filière inconnue")));

        mvc.perform(post(location + "/lancer").with(as(users, "admin")).with(csrf())).andExpect(status().is3xxRedirection());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String progress;
        do {
            Thread.sleep(100);
            progress = mvc.perform(get(location + "/progression").with(as(users, "admin")))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } while (!progress.contains("Import terminé") && System.nanoTime() < deadline);
        assertThat(progress).contains("Import terminé", "<span>1</span> campus créé(s)");
        CampusCard imported = registry.all().stream().filter(c -> c.name().equals("Campus importé Epsilon")).findFirst().orElseThrow();
        assertThat(imported.municipalityName()).isEqualTo("Lyon");
        assertThat(imported.category()).isEqualTo(LabelCategory.EXCELLENCE);
    }

    @Test
    void anotherAdministratorCannotSeeSomeoneElsesImport() throws Exception {
        var file = new MockMultipartFile("fichier", "r.csv", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8));
        String location = mvc.perform(multipart("/gestion/import").file(file).with(as(users, "admin")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as(users, "direction"))).andExpect(status().isForbidden());
    }
}
