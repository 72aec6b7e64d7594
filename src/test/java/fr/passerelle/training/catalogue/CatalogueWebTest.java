package fr.passerelle.training.catalogue;

import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.ConcurrentEditException;
import fr.passerelle.training.CatalogueTraining;
import fr.passerelle.training.TrainingCatalogue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The public pages, API and LHÉO offer of the catalogue, the labels of clusters, and its administration page. */
@PasserelleIntegrationTest
class CatalogueWebTest {

    @Autowired
    java.time.Clock clock;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CampusRegistry campuses;
    @Autowired
    Directory directory;
    @Autowired
    TrainingLabels labels;
    @Autowired
    CatalogueQueries queries;
    @Autowired
    TrainingCatalogue catalogue;
    @Autowired
    PlatformTransactionManager transactions;

    /** A diploma a demo campus records by apprenticeship at a CFA, and that campus's slug. */
    record Taught(String cfd, UUID campusId, String organisationName) {
    }

    Taught taught() {
        return jdbc.query("""
                select ct.diploma_code, ct.campus_id from campus_training ct join catalogue_training t on t.cfd = ct.diploma_code
                join organisation o on o.id = ct.organisation_id
                where ct.route = 'APPRENTICESHIP' and o.uai is not null order by ct.diploma_code limit 1""", (rs, n) -> new Taught(rs.getString(1),
                rs.getObject(2, UUID.class), null)).get(0);
    }

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theSearchFindsTrainingsWhateverTheAccentsAndCaseAndCountsItsFacets() throws Exception {
        String withAccents = html(get("/formations").param("q", "pâtisserie"));
        String plain = html(get("/formations").param("q", "PATISSERIE"));
        assertThat(withAccents).contains("trouvé").contains("facet-niveau").contains("facet-voie").contains("facet-secteur");
        assertThat(count(withAccents)).isPositive().isEqualTo(count(plain));
        String filtered = page("/formations?niveau=5&voie=APPRENTICESHIP");
        assertThat(filtered).contains("id=\"niveau-5\"").contains("checked");
        String fragment = mvc.perform(get("/formations?q=boulanger").header("HX-Request", "true")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).contains("id=\"search-area\"").doesNotContain("<html");
    }

    private static long count(String html) {
        var m = java.util.regex.Pattern.compile("<strong>(\\d+)</strong>").matcher(html);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    @Test
    void aTrainingSheetShowsItsLevelRoutesEstablishmentsOutcomesAndCertifications() throws Exception {
        Taught taught = taught();
        String sheet = page("/formations/" + taught.cfd());
        CatalogueQueries.TrainingRow row = queries.find(taught.cfd()).orElseThrow();
        assertThat(sheet).contains(row.label()).contains("Niveau " + row.nationalLevel()).contains("apprentissage")
                .contains("id=\"establishments\"").contains("id=\"training-map\"");
        List<CatalogueQueries.Establishment> establishments = queries.establishments(taught.cfd());
        assertThat(establishments).isNotEmpty();
        assertThat(establishments).allMatch(e -> e.latitude() != null, "every establishment is placed on the map");
        assertThat(sheet).contains(establishments.get(0).name().replace("'", "&#39;"));
        assertThat(sheet).contains("Devenir des sortants");
        mvc.perform(get("/formations/00000000")).andExpect(status().isNotFound());
    }

    @Test
    void outcomesLeftBlankBySourceAreShownAsNotAvailable() throws Exception {
        String uai = jdbc.queryForObject("select uai from catalogue_outcome where employment_rate is null order by uai limit 1", String.class);
        List<CatalogueQueries.Outcome> outcomes = queries.outcomes(List.of(uai));
        assertThat(outcomes).anyMatch(o -> o.employmentRate() == null);
        String cfd = jdbc.queryForObject("select code from catalogue_training where kind = 'DIPLOMA' order by code limit 1", String.class);
        // The sheet renders the InserJeunes table from the outcomes of its establishments; blank cells read « non disponible ».
        String html = page("/formations/" + cfd);
        assertThat(html).satisfiesAnyOf(h -> assertThat(h).contains("id=\"no-outcomes\""), h -> assertThat(h).contains("non disponible"));
    }

    @Test
    void theApiSearchesAndGivesOneTrainingWithItsCertificationsAndEstablishments() throws Exception {
        String list = mvc.perform(get("/api/v1/trainings").param("q", "boulanger")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("\"items\"").contains("\"facets\"").contains("\"totalItems\"");
        Taught taught = taught();
        String one = mvc.perform(get("/api/v1/trainings/" + taught.cfd())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(one).contains("\"code\":\"" + taught.cfd() + "\"").contains("\"establishments\"").contains("APPRENTICESHIP");
        mvc.perform(get("/api/v1/trainings").param("niveau", "12")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/trainings/RNCP0")).andExpect(status().isNotFound());
    }

    @Test
    void theCampusPageLinksItsTrainingsToTheirSheetsAndOffersItsLheoFile() throws Exception {
        Taught taught = taught();
        String slug = campuses.byId(taught.campusId()).orElseThrow().slug();
        String html = page("/campus/" + slug);
        assertThat(html).contains("href=\"/formations/" + taught.cfd() + "\"").contains("/formations/offre/" + slug + ".xml");
    }

    @Test
    void theLheoOfferOfADemoCampusIsWellFormedWithItsFormationsActionsSessionsAndOrganisations() throws Exception {
        Taught taught = taught();
        String slug = campuses.byId(taught.campusId()).orElseThrow().slug();
        byte[] xml = mvc.perform(get("/formations/offre/" + slug + ".xml")).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element root = document.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("lheo");
        assertThat(root.getNamespaceURI()).isEqualTo("http://lheo.gouv.fr/2.3");
        String ns = LheoExport.NAMESPACE;
        assertThat(document.getElementsByTagNameNS(ns, "offres").getLength()).isEqualTo(1);
        int formations = document.getElementsByTagNameNS(ns, "formation").getLength();
        assertThat(formations).isPositive();
        assertThat(document.getElementsByTagNameNS(ns, "action").getLength()).isGreaterThanOrEqualTo(formations);
        assertThat(document.getElementsByTagNameNS(ns, "session").getLength()).isGreaterThanOrEqualTo(formations);
        assertThat(document.getElementsByTagNameNS(ns, "organisme-formation-responsable").getLength()).isEqualTo(formations);
        assertThat(document.getElementsByTagNameNS(ns, "lieu-de-formation").getLength()).isPositive();
        assertThat(document.getElementsByTagNameNS(ns, "code-niveau-sortie").getLength()).isEqualTo(formations);
        assertThat(document.getElementsByTagNameNS(ns, "code-RNCP").getLength()).isPositive();
        assertThat(document.getElementsByTagNameNS(ns, "code-UAI").getLength()).isPositive();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains(taught.cfd()).contains("Apprentissage, en alternance");
        mvc.perform(get("/formations/offre/inconnu.xml")).andExpect(status().isNotFound());
    }

    @Test
    void aClusterLabelsATrainingItsPeopleChangeItOthersAreRefusedAndEveryActIsAudited() {
        UUID cluster = directory.register(TestActors.nationalAdmin(), OrganisationDetails.of(OrganisationKind.CLUSTER, "Cluster test " + UUID.randomUUID())).id();
        UUID company = directory.register(TestActors.nationalAdmin(), OrganisationDetails.of(OrganisationKind.COMPANY, "Entreprise test " + UUID.randomUUID())).id();
        CatalogueQueries.TrainingRow training = queries.find(taught().cfd()).orElseThrow();
        LabelDetails details = new LabelDetails(LabelNature.RESTRUCTURED, LabelStatus.IN_PROGRESS, LocalDate.of(2026, 3, 12), "Avec Materialia");

        UUID id = labels.label(TestActors.memberOf(cluster), training, cluster, details);
        var shown = labels.of(TestActors.memberOf(cluster), training.id()).stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
        assertThat(shown.editable()).isTrue();
        assertThat(shown.clusterName()).startsWith("Cluster test");
        assertThat(labels.of(null, training.id()).stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow().editable()).isFalse();

        labels.change(TestActors.nationalAdmin(), training, id, shown.version(), new LabelDetails(LabelNature.RESTRUCTURED, LabelStatus.GRANTED,
                LocalDate.of(2026, 4, 1), null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> labels.change(TestActors.memberOf(cluster), training, id, shown.version(), details))
                .isInstanceOf(ConcurrentEditException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> labels.label(TestActors.memberOf(UUID.randomUUID()), training, cluster, details))
                .isInstanceOf(AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> labels.label(TestActors.coordinatorOf("32"), training, cluster, details))
                .isInstanceOf(AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> labels.label(TestActors.nationalAdmin(), training, company, details))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("n’est pas un pôle ou un cluster");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> labels.label(TestActors.nationalAdmin(), training, cluster,
                        new LabelDetails(LabelNature.NEW, LabelStatus.GRANTED, LocalDate.now(clock).plusYears(1), null)))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'catalogue_formation' and entity_id = ?", Long.class,
                training.id())).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theLabelIsShownOnThePublicSheet() throws Exception {
        UUID cluster = directory.register(TestActors.nationalAdmin(), OrganisationDetails.of(OrganisationKind.CLUSTER, "Pôle affiché " + UUID.randomUUID())).id();
        String code = jdbc.queryForObject("select code from catalogue_training where kind = 'CERTIFICATION' order by code limit 1", String.class);
        mvc.perform(post("/gestion/formations/" + code + "/labels").with(as(users, "admin")).with(csrf()).param("clusterId", cluster.toString())
                .param("nature", "NEW").param("status", "GRANTED").param("labelledOn", "15/01/2026").param("note", ""))
                .andExpect(status().is3xxRedirection());
        String sheet = page("/formations/" + code);
        assertThat(sheet).contains("Pôle affiché").contains("labellisée").contains("15/01/2026").contains("formation nouvelle");
        mvc.perform(post("/gestion/formations/" + code + "/labels").with(as(users, "direction")).with(csrf()).param("clusterId", cluster.toString())
                .param("nature", "NEW").param("status", "GRANTED").param("labelledOn", "15/01/2026")).andExpect(status().isForbidden());
        String refused = mvc.perform(post("/gestion/formations/" + code + "/labels").with(as(users, "admin")).with(csrf())
                        .param("clusterId", cluster.toString()).param("nature", "NEW").param("status", "GRANTED").param("labelledOn", "31/02/2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("fr-input-group--error").contains("31/02/2026");
    }

    @Test
    void trainingsLeadToTheTradesOfTheCurrentRomeReleaseThroughTheV3ParentCode() {
        String[] link = jdbc.queryForObject("""
                select tr.training_id::text || ' ' || rr.rome_code from catalogue_training_rncp tr join catalogue_rncp_rome rr on rr.rncp_code = tr.rncp_code
                join catalogue_training t on t.id = tr.training_id where t.cfd in (select diploma_code from campus_training) order by 1 limit 1""",
                String.class).split(" ");
        UUID campus = jdbc.queryForObject("select ct.campus_id from campus_training ct join catalogue_training t on t.cfd = ct.diploma_code where t.id = ?::uuid limit 1",
                UUID.class, link[0]);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            // Fixture: a current ROME release whose fiche Z9999 comes from the v3 code the training's RNCP fiche leads to.
            boolean current = jdbc.queryForObject("select count(*) from rome_release where is_current", Long.class) > 0;
            UUID release = UUID.randomUUID();
            jdbc.update("insert into rome_release (id, version, source, status, is_current, started_at) values (?, 99999, 'test', 'IMPORTED', ?, now())",
                    release, !current);
            if (current) {
                release = jdbc.queryForObject("select id from rome_release where is_current", UUID.class);
            }
            jdbc.update("insert into rome_trade (release_id, code, ogr, label, parent_code) values (?, 'Z9999', 999999, 'Métier de test', ?)", release, link[1]);
            List<CatalogueTraining> leading = catalogue.trainingsLeadingTo("Z9999");
            assertThat(leading).extracting(t -> t.id().toString()).contains(link[0]);
            assertThat(catalogue.trainingsOfCampusLeadingTo(campus, "Z9999")).extracting(t -> t.id().toString()).contains(link[0]);
            assertThat(catalogue.trainingsOfCampusLeadingTo(UUID.randomUUID(), "Z9999")).isEmpty();
            assertThat(queries.trades(UUID.fromString(link[0]))).anyMatch(t -> "Z9999".equals(t.code()));
            status.setRollbackOnly();
        });
    }

    @Test
    void onlyTheNationalAdministratorOpensTheImportPage() throws Exception {
        mvc.perform(get("/gestion/catalogue-formations").with(as(users, "admin"))).andExpect(status().isOk());
        for (String other : List.of("coordination", "direction", "partenaire", "referent", "expert")) {
            mvc.perform(get("/gestion/catalogue-formations").with(as(users, other))).andExpect(status().isForbidden());
            mvc.perform(multipart("/gestion/catalogue-formations").file(new MockMultipartFile("fichiers", "bcn_n_groupe_specialite.csv", "text/csv",
                    "x".getBytes(StandardCharsets.UTF_8))).with(as(users, other)).with(csrf())).andExpect(status().isForbidden());
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CatalogueImports.requireImporter(TestActors.coordinatorOf("32")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAdministratorUploadsAZipAndFollowsTheImportWhichIsAudited() throws Exception {
        var zipBytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(zipBytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("catalogue/bcn_n_groupe_specialite.csv"));
            zip.write(CatalogueStartup.read("classpath:demo/catalogue").get("bcn_n_groupe_specialite.csv"));
            zip.closeEntry();
        }
        String location = mvc.perform(multipart("/gestion/catalogue-formations").file(new MockMultipartFile("fichiers", "catalogue.zip", "application/zip",
                zipBytes.toByteArray())).with(as(users, "admin")).with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        String state = "WAITING";
        for (int i = 0; i < 200 && (state.equals("WAITING") || state.equals("RUNNING")); i++) {
            Thread.sleep(100);
            state = jdbc.queryForObject("select state from catalogue_import where id = ?", String.class, id);
        }
        assertThat(state).isEqualTo("DONE");
        String progress = mvc.perform(get(location).with(as(users, "admin"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(progress).contains("Import terminé").contains("115");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'catalogue_formations' and entity_id = ?", Long.class, id))
                .isEqualTo(2);
        String refused = mvc.perform(multipart("/gestion/catalogue-formations").file(new MockMultipartFile("fichiers", "autre.csv", "text/csv",
                "a;b\n".getBytes(StandardCharsets.UTF_8))).with(as(users, "admin")).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("n&#39;est un fichier du catalogue").contains("autre.csv");
    }
}
