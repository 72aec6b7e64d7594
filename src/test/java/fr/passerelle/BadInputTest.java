package fr.passerelle;

import static fr.passerelle.TestActors.nationalAdmin;
import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.passerelle.campus.CampusIdentity;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.LabelCategory;
import fr.passerelle.campus.LabelStatus;
import fr.passerelle.campus.Sector;
import fr.passerelle.directory.AgreementDetails;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.MembershipRole;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.labelling.Criterion;
import fr.passerelle.labelling.LabellingFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Posts bad input to every form of the platform, as the role that owns the form: a NUL byte and a 10,000-character
 * text in each text field, {@code 1e999}, {@code NaN} and a 20-digit number in each number, an unknown and a malformed
 * id in each id, an unknown value in each list, an impossible date in each date, and unknown ids in the address. Nothing
 * may answer a server error or show the text of an exception; a form shown again gives back the long text typed. The
 * GET side does the same to the public search, the API and open data.
 */
@PasserelleIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    /**
     * What a field holds, and so what bad input it gets. What people type (text, numbers, amounts, dates) is answered by
     * the form itself — shown again or a message on the next page — never by an error page; what they pick from a list or
     * never see (ids, choices, check boxes, versions) may also be refused with a 400 when it was tampered with.
     */
    enum Kind {
        TEXT(true), SECRET(true), NUMBER(true), AMOUNT(true), DATE(true), ID(false), CHOICE(false), FLAG(false), VERSION(false);

        final boolean typed;

        Kind(boolean typed) {
            this.typed = typed;
        }
    }

    static final String NUL = "avant\u0000après";
    static final String LONG = "x".repeat(10_000);
    static final Map<Kind, List<String>> BAD = Map.ofEntries(
            Map.entry(Kind.TEXT, List.of(LONG, NUL)),
            Map.entry(Kind.SECRET, List.of(LONG, NUL)),
            Map.entry(Kind.NUMBER, List.of("1e999", "99999999999999999999")),
            Map.entry(Kind.VERSION, List.of("99999999999999999999")),
            Map.entry(Kind.AMOUNT, List.of("1e999", "NaN", "Infinity", "-0", "99999999999999999999")),
            Map.entry(Kind.ID, List.of(UUID.randomUUID().toString(), "pas-un-identifiant")),
            Map.entry(Kind.CHOICE, List.of("INCONNU")),
            Map.entry(Kind.DATE, List.of("2026-02-31", "31/02/2026")),
            Map.entry(Kind.FLAG, List.of("peut-etre")));

    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    /** One form: who posts it, where, its fields with a valid value each, and whether it is shown again when refused. */
    record Form(String name, String user, String path, Map<String, Field> fields, String filePart, boolean echoes) {

        Form with(String field, Kind kind, String valid) {
            return with(field, kind, () -> valid);
        }

        Form with(String field, Kind kind, Supplier<String> valid) {
            var copy = new LinkedHashMap<>(fields);
            copy.put(field, new Field(kind, valid));
            return new Form(name, user, path, copy, filePart, echoes);
        }

        /** Sent with a PDF in the file field {@code part}. */
        Form file(String part) {
            return new Form(name, user, path, fields, part, echoes);
        }

        /** Refused, the form is shown again with what was typed. */
        Form shownAgain() {
            return new Form(name, user, path, fields, filePart, true);
        }
    }

    record Field(Kind kind, Supplier<String> valid) {
    }

    static Form form(String name, String user, String path) {
        return new Form(name, user, path, Map.of(), null, false);
    }

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
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    // The fixtures every form works on: a campus of its own, with a partner school, a person, a body, a meeting…
    UUID campus;
    UUID organisation;
    UUID person;
    UUID partnership;
    UUID contact;
    UUID agreement;
    UUID body;
    UUID meeting;
    /** A meeting still to come, which can be changed and cancelled. */
    UUID plannedMeeting;
    UUID feed;
    String surveyToken;
    static final int YEAR = 2031;
    UUID budgetLine;
    UUID fundingRequest;
    UUID action;
    UUID evidence;
    UUID folder;
    UUID document;
    UUID training;
    UUID account;
    LabellingFixtures.Chain chain;
    UUID requiredDocument;
    UUID attachment;
    UUID annotation;

    @BeforeAll
    void fixtures() throws Exception {
        var admin = accounts.byUsername("admin").orElseThrow();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        campus = registry.create(admin, new CampusIdentity("Campus des saisies " + suffix, Sector.DIGITAL, "32", "09", null, null,
                null, null, null, LabelCategory.STANDARD, LabelStatus.LABELLED, null, null, null, null, null, null, null, null)).id();
        organisation = directory.register(nationalAdmin(), new OrganisationDetails(OrganisationKind.UNIVERSITY, "Université des saisies " + suffix, null,
                null, null, null, null, null, null, null, null, null)).id();
        partnership = directory.addPartner(nationalAdmin(), campus, organisation, MembershipRole.PARTNER, null, null).membershipId();
        person = directory.addPerson(nationalAdmin(), organisation, new PersonDetails("Camille", "Saisie", "Chargée de mission",
                "camille." + suffix + "@example.fr", null)).id();
        contact = directory.addContact(nationalAdmin(), campus, person).membershipId();
        agreement = directory.addAgreement(nationalAdmin(), campus, organisation, new AgreementDetails("Convention " + suffix, LocalDate.of(2026, 1, 5),
                null, null, null), "convention.pdf", PDF).id();
        String base = "/gestion/campus/" + campus;
        given("admin", base + "/instances", Map.of("kind", "STEERING", "name", "Comité des saisies"));
        body = id("select id from governing_body where campus_id = ?", campus);
        given("admin", base + "/instances/" + body + "/membres", Map.of("personId", person.toString(), "startedOn", "2026-01-05"));
        given("admin", base + "/reunions", Map.of("bodyId", body.toString(), "startsAt", "2026-03-02T10:00", "endsAt", "2026-03-02T12:00",
                "place", "Lille", "visibility", "BODY"));
        meeting = id("select id from meeting where body_id = ?", body);
        given("admin", base + "/reunions", Map.of("bodyId", body.toString(), "startsAt", YEAR + "-03-04T10:00", "endsAt", YEAR + "-03-04T12:00",
                "place", "Lille", "visibility", "BODY"));
        plannedMeeting = jdbc.sql("select id from meeting where body_id = ? and id <> ?").params(body, meeting).query(UUID.class).single();
        given("admin", base + "/agendas", Map.of("label", "Membres du comité"));
        feed = id("select id from calendar_feed where campus_id = ?", campus);
        surveyToken = "jeton-" + UUID.randomUUID();
        jdbc.sql("insert into meeting_survey (id, meeting_id, person_id, token, sent_at) values (?, ?, ?, ?, now())")
                .params(UUID.randomUUID(), meeting, person, surveyToken).update();
        given("admin", base + "/budget", Map.of("annee", Integer.toString(YEAR)));
        given("admin", base + "/budget/" + YEAR + "/lignes", Map.of("version", "0", "side", "EXPENSE", "category", "STAFF", "label", "Chargé de mission",
                "planned", "1000"));
        budgetLine = id("select l.id from budget_line l join budget b on b.id = l.budget_id where b.campus_id = ?", campus);
        given("admin", base + "/budget/" + YEAR + "/demandes", Map.of("funder", "REGION", "programme", "Programme régional", "amountAsked", "500"));
        fundingRequest = id("select id from funding_request where campus_id = ?", campus);
        given("admin", base + "/actions", Map.of("version", "0", "year", Integer.toString(YEAR), "type", "FAIR", "title", "Forum des métiers",
                "status", "PLANNED", "visibility", "PARTNERS"));
        action = id("select id from campus_action where campus_id = ?", campus);
        mvc.perform(multipart(base + "/actions/" + action + "/pieces").file(new MockMultipartFile("file", "preuve.pdf", "application/pdf", PDF))
                .with(as(users, "admin")).with(csrf()));
        evidence = id("select id from action_evidence where action_id = ?", action);
        given("admin", base + "/documents/dossiers", Map.of("name", "Comptes rendus"));
        folder = id("select id from document_folder where campus_id = ?", campus);
        mvc.perform(multipart(base + "/documents").file(new MockMultipartFile("fichier", "charte.pdf", "application/pdf", PDF))
                .param("title", "Charte").param("visibility", "PARTNERS").with(as(users, "admin")).with(csrf()));
        document = id("select id from document where campus_id = ?", campus);
        String diploma = jdbc.sql("select code from diploma order by code limit 1").query(String.class).single();
        given("admin", base + "/formations", Map.of("diplomaCode", diploma, "organisationId", organisation.toString(), "route", "SCHOOL"));
        training = id("select id from campus_training where campus_id = ?", campus);
        account = accounts.open(new NewAccount("saisies-" + suffix, "saisies-" + suffix + "@example.fr", "Compte des saisies", null,
                Role.EXPERT, null, null, null, null)).accountId();
        chain = LabellingFixtures.chain(context, "Appel des saisies " + suffix);
        requiredDocument = id("select id from call_required_document where call_id = ?", chain.call());
        mvc.perform(multipart("/gestion/labellisation/dossiers/" + chain.draft() + "/pieces")
                .file(new MockMultipartFile("fichier", "budget.pdf", "application/pdf", PDF)).with(as(users, "referent")).with(csrf()));
        attachment = id("select id from application_attachment where application_id = ?", chain.draft());
        given("admin", "/gestion/labellisation/dossiers/" + chain.submitted() + "/suivi/notes", Map.of("annotation", "À relire."));
        annotation = id("select id from dossier_annotation where application_id = ?", chain.submitted());
    }

    List<Form> forms() {
        String c = "/gestion/campus/" + campus;
        String d = "/gestion/labellisation/dossiers/";
        String calls = "/gestion/labellisation/appels/" + chain.call();
        String criterion = Criterion.values()[0].name();
        List<Form> list = new ArrayList<>();
        // --- the registry and its partners
        list.add(form("création de campus", "admin", "/gestion/campus").shownAgain()
                .with("name", Kind.TEXT, () -> "Campus essai " + UUID.randomUUID()).with("sector", Kind.CHOICE, "DIGITAL")
                .with("regionCode", Kind.CHOICE, "32").with("academyCode", Kind.CHOICE, "09").with("municipalityCode", Kind.TEXT, "")
                .with("latitude", Kind.NUMBER, "").with("longitude", Kind.NUMBER, "").with("supportEstablishmentId", Kind.ID, "")
                .with("category", Kind.CHOICE, "STANDARD").with("labelStatus", Kind.CHOICE, "APPLICANT").with("firstLabelYear", Kind.NUMBER, "")
                .with("labelValidFrom", Kind.DATE, "").with("website", Kind.TEXT, "").with("description", Kind.TEXT, "")
                .with("directorName", Kind.TEXT, "").with("directorEmail", Kind.TEXT, "").with("directorPhone", Kind.TEXT, "")
                .with("version", Kind.VERSION, "0"));
        list.add(form("identité du campus", "admin", c).shownAgain()
                .with("name", Kind.TEXT, () -> registry.byId(campus).orElseThrow().name()).with("sector", Kind.CHOICE, "DIGITAL")
                .with("regionCode", Kind.CHOICE, "32").with("academyCode", Kind.CHOICE, "09").with("category", Kind.CHOICE, "STANDARD")
                .with("labelStatus", Kind.CHOICE, "LABELLED").with("latitude", Kind.NUMBER, "").with("website", Kind.TEXT, "")
                .with("description", Kind.TEXT, "").with("directorName", Kind.TEXT, "").with("directorPhone", Kind.TEXT, "")
                .with("version", Kind.VERSION, () -> Long.toString(jdbc.sql("select version from campus where id = ?").param(campus).query(Long.class).single())));
        list.add(form("partenaire ajouté", "admin", c + "/partenaires").shownAgain().with("organisationId", Kind.ID, organisation.toString())
                .with("role", Kind.CHOICE, "ASSOCIATE").with("since", Kind.DATE, "").with("until", Kind.DATE, ""));
        list.add(form("partenaire retiré", "admin", c + "/partenaires/" + UUID.randomUUID() + "/retrait"));
        list.add(form("convention", "admin", c + "/conventions").file("fichier").shownAgain().with("partnerId", Kind.ID, organisation.toString())
                .with("title", Kind.TEXT, "Convention cadre").with("signedOn", Kind.DATE, "2026-01-05").with("validFrom", Kind.DATE, "")
                .with("validUntil", Kind.DATE, "").with("signatories", Kind.TEXT, ""));
        list.add(form("convention retirée", "admin", c + "/conventions/" + UUID.randomUUID() + "/retrait"));
        list.add(form("contact ajouté", "admin", c + "/contacts").with("personId", Kind.ID, person.toString()));
        list.add(form("contact retiré", "admin", c + "/contacts/" + UUID.randomUUID() + "/retrait"));
        list.add(form("import du registre lancé", "admin", "/gestion/import/" + UUID.randomUUID() + "/lancer"));
        // --- the directory and the accounts
        list.add(form("organisation ajoutée", "admin", "/gestion/organisations").shownAgain().with("kind", Kind.CHOICE, "OTHER")
                .with("name", Kind.TEXT, () -> "Organisation " + UUID.randomUUID()).with("acronym", Kind.TEXT, "").with("uai", Kind.TEXT, "")
                .with("siret", Kind.TEXT, "").with("addressLine", Kind.TEXT, "").with("postalCode", Kind.TEXT, "")
                .with("municipalityCode", Kind.TEXT, "").with("website", Kind.TEXT, "").with("email", Kind.TEXT, "")
                .with("phone", Kind.TEXT, "").with("description", Kind.TEXT, "").with("version", Kind.VERSION, "0"));
        list.add(form("organisation modifiée", "admin", "/gestion/organisations/" + organisation).shownAgain().with("kind", Kind.CHOICE, "UNIVERSITY")
                .with("name", Kind.TEXT, () -> directory.organisation(organisation).orElseThrow().name()).with("acronym", Kind.TEXT, "")
                .with("addressLine", Kind.TEXT, "").with("description", Kind.TEXT, "")
                .with("version", Kind.VERSION, () -> Long.toString(jdbc.sql("select version from organisation where id = ?").param(organisation)
                        .query(Long.class).single())));
        list.add(form("personne ajoutée", "admin", "/gestion/organisations/" + organisation + "/personnes").with("firstName", Kind.TEXT, "Dominique")
                .with("lastName", Kind.TEXT, "Essai").with("jobTitle", Kind.TEXT, "").with("personEmail", Kind.TEXT, "").with("personPhone", Kind.TEXT, ""));
        list.add(form("personne retirée", "admin", "/gestion/organisations/" + organisation + "/personnes/" + UUID.randomUUID() + "/retrait"));
        list.add(form("compte ouvert", "admin", "/gestion/comptes").shownAgain()
                .with("username", Kind.TEXT, () -> "u" + UUID.randomUUID().toString().substring(0, 8)).with("displayName", Kind.TEXT, "Experte")
                .with("email", Kind.TEXT, () -> UUID.randomUUID() + "@example.fr").with("role", Kind.CHOICE, "EXPERT")
                .with("regionCode", Kind.CHOICE, "").with("academyCode", Kind.CHOICE, "").with("campusId", Kind.ID, "")
                .with("organisationId", Kind.ID, "").with("password", Kind.SECRET, ""));
        list.add(form("compte activé", "admin", "/gestion/comptes/" + account + "/activation").with("actif", Kind.FLAG, "true"));
        // --- trainings
        list.add(form("formation ajoutée", "admin", c + "/formations").shownAgain().with("diplomaCode", Kind.TEXT, "")
                .with("diplomaQuery", Kind.TEXT, "").with("organisationId", Kind.ID, organisation.toString()).with("route", Kind.CHOICE, "SCHOOL")
                .with("sinceYear", Kind.NUMBER, ""));
        list.add(form("formation retirée", "admin", c + "/formations/" + training + "/retrait"));
        // --- governance: bodies, meetings, survey
        list.add(form("instance constituée", "admin", c + "/instances").with("kind", Kind.CHOICE, "TECHNICAL").with("name", Kind.TEXT, "Comité technique"));
        list.add(form("lien d'agenda", "admin", c + "/agendas").with("label", Kind.TEXT, "Partenaires"));
        list.add(form("lien d'agenda révoqué", "admin", c + "/agendas/" + UUID.randomUUID() + "/revocation"));
        list.add(form("membre nommé", "admin", c + "/instances/" + body + "/membres").shownAgain().with("personId", Kind.ID, person.toString())
                .with("startedOn", Kind.DATE, "2026-01-05").with("college", Kind.CHOICE, "ECONOMY").with("page", Kind.CHOICE, "instance"));
        Supplier<String> bodyVersion = () -> Long.toString(jdbc.sql("select version from governing_body where id = ?").param(body)
                .query(Long.class).single());
        list.add(form("présidence et fréquence", "admin", c + "/instances/" + body + "/parametres").shownAgain()
                .with("version", Kind.VERSION, bodyVersion).with("chairPersonId", Kind.ID, person.toString()).with("meetingsPerYear", Kind.NUMBER, "4"));
        list.add(form("collège d'un membre", "admin", c + "/instances/" + body + "/sieges/" + person)
                .with("version", Kind.VERSION, bodyVersion).with("college", Kind.CHOICE, "TERRITORIES"));
        list.add(form("réunion planifiée", "admin", c + "/reunions").shownAgain().with("bodyId", Kind.ID, body.toString())
                .with("startsAt", Kind.DATE, "2026-04-02T10:00").with("endsAt", Kind.DATE, "2026-04-02T12:00").with("place", Kind.TEXT, "Lille")
                .with("videoLink", Kind.TEXT, "").with("agenda", Kind.TEXT, "").with("visibility", Kind.CHOICE, "BODY"));
        list.add(form("émargement", "admin", c + "/reunions/" + meeting + "/emargement")
                .with("version", Kind.VERSION, () -> Long.toString(jdbc.sql("select version from meeting where id = ?").param(meeting).query(Long.class).single()))
                .with("presence-" + person, Kind.CHOICE, "PRESENT").with("presence-pas-un-identifiant", Kind.CHOICE, ""));
        list.add(form("compte rendu", "admin", c + "/reunions/" + meeting + "/compte-rendu").shownAgain()
                .with("version", Kind.VERSION, () -> Long.toString(jdbc.sql("select version from meeting where id = ?").param(meeting).query(Long.class).single()))
                .with("minutes", Kind.TEXT, "").with("decisions", Kind.TEXT, ""));
        list.add(form("compte rendu signé", "admin", c + "/reunions/" + meeting + "/compte-rendu/fichier").file("fichier"));
        list.add(form("questionnaire envoyé", "admin", c + "/reunions/" + meeting + "/satisfaction"));
        list.add(form("invitations envoyées", "admin", c + "/reunions/" + meeting + "/invitations"));
        Supplier<String> plannedVersion = () -> Long.toString(jdbc.sql("select version from meeting where id = ?").param(plannedMeeting)
                .query(Long.class).single());
        list.add(form("réunion modifiée", "admin", c + "/reunions/" + plannedMeeting + "/modifier").shownAgain()
                .with("version", Kind.VERSION, plannedVersion)
                .with("startsAt", Kind.DATE, YEAR + "-03-04T10:00").with("endsAt", Kind.DATE, YEAR + "-03-04T12:00").with("place", Kind.TEXT, "Lille")
                .with("videoLink", Kind.TEXT, "").with("agenda", Kind.TEXT, "").with("visibility", Kind.CHOICE, "BODY"));
        list.add(form("réunion annulée", "admin", c + "/reunions/" + plannedMeeting + "/annulation").shownAgain()
                .with("version", Kind.VERSION, plannedVersion).with("reason", Kind.TEXT, ""));
        list.add(form("réponse au questionnaire (sans connexion)", null, "/satisfaction/" + surveyToken).shownAgain()
                .with("score", Kind.NUMBER, "4").with("comment", Kind.TEXT, ""));
        // --- budget
        Supplier<String> budgetVersion = () -> Long.toString(jdbc.sql("select version from budget where campus_id = ? and year = ?")
                .params(campus, YEAR).query(Long.class).single());
        list.add(form("budget ouvert", "admin", c + "/budget").with("annee", Kind.CHOICE, "2032"));
        list.add(form("ligne de budget", "admin", c + "/budget/" + YEAR + "/lignes").shownAgain().with("version", Kind.VERSION, budgetVersion)
                .with("side", Kind.CHOICE, "EXPENSE").with("category", Kind.CHOICE, "OPERATIONS").with("label", Kind.TEXT, "Fournitures")
                .with("planned", Kind.AMOUNT, "100").with("actual", Kind.AMOUNT, ""));
        list.add(form("ligne de budget retirée", "admin", c + "/budget/" + YEAR + "/lignes/" + UUID.randomUUID() + "/retrait")
                .with("version", Kind.VERSION, budgetVersion));
        list.add(form("contribution", "admin", c + "/budget/" + YEAR + "/contributions").shownAgain().with("version", Kind.VERSION, budgetVersion)
                .with("organisationId", Kind.ID, organisation.toString()).with("kind", Kind.CHOICE, "IN_KIND")
                .with("description", Kind.TEXT, "Prêt de salles").with("valuation", Kind.AMOUNT, "300"));
        list.add(form("demande de financement", "admin", c + "/budget/" + YEAR + "/demandes").shownAgain().with("funder", Kind.CHOICE, "STATE")
                .with("programme", Kind.TEXT, "France 2030").with("amountAsked", Kind.AMOUNT, "1000"));
        list.add(form("demande de financement décidée", "admin", c + "/budget/" + YEAR + "/demandes/" + fundingRequest)
                .with("status", Kind.CHOICE, "GRANTED").with("amountGranted", Kind.AMOUNT, "400"));
        // --- action plan
        Supplier<String> actionVersion = () -> Long.toString(jdbc.sql("select version from campus_action where id = ?").param(action)
                .query(Long.class).single());
        Form actionForm = form("action", "admin", c + "/actions").shownAgain().with("version", Kind.VERSION, "0")
                .with("year", Kind.NUMBER, Integer.toString(YEAR)).with("type", Kind.CHOICE, "FAIR").with("title", Kind.TEXT, "Forum")
                .with("description", Kind.TEXT, "").with("status", Kind.CHOICE, "PLANNED").with("abandonCause", Kind.TEXT, "")
                .with("startsOn", Kind.DATE, "").with("endsOn", Kind.DATE, "").with("place", Kind.TEXT, "")
                .with("visibility", Kind.CHOICE, "PARTNERS").with("partnerIds", Kind.ID, organisation.toString())
                .with("l-" + fr.passerelle.governance.ActionCodes.Audience.values()[0].name() + "-girls", Kind.NUMBER, "")
                .with("teachers", Kind.NUMBER, "").with("cost", Kind.AMOUNT, "").with("funding", Kind.ID, "");
        list.add(actionForm);
        list.add(new Form("action modifiée", "admin", c + "/actions/" + action, actionForm.fields(), null, true)
                .with("version", Kind.VERSION, actionVersion));
        list.add(form("statut d'action", "admin", c + "/actions/" + action + "/statut").shownAgain().with("version", Kind.VERSION, actionVersion)
                .with("status", Kind.CHOICE, "ABANDONED").with("abandonCause", Kind.TEXT, "Salle indisponible"));
        list.add(form("pièce d'une action", "admin", c + "/actions/" + action + "/pieces").file("file"));
        list.add(form("pièce d'une action retirée", "admin", c + "/actions/" + action + "/pieces/" + UUID.randomUUID() + "/retrait"));
        // --- documents
        Supplier<String> documentVersion = () -> Long.toString(jdbc.sql("select version from document where id = ?").param(document)
                .query(Long.class).single());
        list.add(form("document ajouté", "admin", c + "/documents").file("fichier").shownAgain().with("version", Kind.VERSION, "0")
                .with("title", Kind.TEXT, "Rapport").with("description", Kind.TEXT, "").with("visibility", Kind.CHOICE, "PARTNERS")
                .with("bodyId", Kind.ID, "").with("folderId", Kind.ID, ""));
        list.add(form("dossier de documents", "admin", c + "/documents/dossiers").shownAgain().with("name", Kind.TEXT, () -> "Dossier " + UUID.randomUUID()));
        list.add(form("dossier renommé", "admin", c + "/documents/dossiers/" + folder)
                .with("version", Kind.VERSION, () -> Long.toString(jdbc.sql("select version from document_folder where id = ?").param(folder).query(Long.class).single()))
                .with("name", Kind.TEXT, "Comptes rendus"));
        list.add(form("dossier supprimé", "admin", c + "/documents/dossiers/" + UUID.randomUUID() + "/suppression").with("target", Kind.ID, "aucun"));
        list.add(form("document modifié", "admin", c + "/documents/" + document).shownAgain().with("version", Kind.VERSION, documentVersion)
                .with("title", Kind.TEXT, "Charte").with("description", Kind.TEXT, "").with("visibility", Kind.CHOICE, "PARTNERS")
                .with("bodyId", Kind.ID, "").with("folderId", Kind.ID, folder.toString()));
        list.add(form("version de document", "admin", c + "/documents/" + document + "/versions").file("fichier").shownAgain().with("note", Kind.TEXT, ""));
        list.add(form("document supprimé", "admin", c + "/documents/" + UUID.randomUUID() + "/suppression").with("version", Kind.VERSION, "0"));
        // --- labelling: calls
        list.add(form("appel à projets", "admin", "/gestion/labellisation/appels").shownAgain().with("version", Kind.VERSION, "0")
                .with("year", Kind.NUMBER, "2032").with("title", Kind.TEXT, () -> "Appel " + UUID.randomUUID()).with("opensOn", Kind.DATE, "2032-01-10")
                .with("closesOn", Kind.DATE, "2032-03-10").with("expectations", Kind.TEXT, "").with("standardOpen", Kind.FLAG, "true")
                .with("excellenceOpen", Kind.FLAG, "true"));
        list.add(form("appel modifié", "admin", calls).shownAgain()
                .with("version", Kind.VERSION, () -> Long.toString(jdbc.sql("select version from call_for_projects where id = ?").param(chain.call()).query(Long.class).single()))
                .with("year", Kind.NUMBER, Integer.toString(LocalDate.now(clock).getYear())).with("title", Kind.TEXT, "Appel des saisies")
                .with("opensOn", Kind.DATE, LocalDate.now(clock).minusDays(10).toString()).with("closesOn", Kind.DATE, LocalDate.now(clock).plusDays(30).toString())
                .with("expectations", Kind.TEXT, "").with("standardOpen", Kind.FLAG, "true"));
        list.add(form("appel publié", "admin", "/gestion/labellisation/appels/" + UUID.randomUUID() + "/publication"));
        list.add(form("pièce demandée", "admin", calls + "/pieces").with("label", Kind.TEXT, "Attestation").with("description", Kind.TEXT, "")
                .with("mandatory", Kind.FLAG, "false"));
        list.add(form("pièce demandée retirée", "admin", calls + "/pieces/" + UUID.randomUUID() + "/retrait"));
        list.add(form("attentes d'un critère", "admin", calls + "/criteres/" + criterion).with("guidance", Kind.TEXT, ""));
        // --- labelling: the promoters' dossier
        list.add(form("dossier ouvert", "referent", "/gestion/labellisation/dossiers").shownAgain().with("callId", Kind.ID, chain.call().toString())
                .with("campusId", Kind.ID, "").with("projectName", Kind.TEXT, () -> "Projet " + UUID.randomUUID()).with("sector", Kind.CHOICE, "FOOD")
                .with("academyCode", Kind.CHOICE, "09").with("category", Kind.CHOICE, "STANDARD"));
        Supplier<String> revision = () -> Integer.toString(jdbc.sql("select coalesce(max(revision), 0) from application_section where application_id = ? and criterion = ?")
                .params(chain.draft(), criterion).query(Integer.class).single());
        list.add(form("critère rédigé", "referent", d + chain.draft() + "/criteres/" + criterion).shownAgain().with("revision", Kind.VERSION, revision)
                .with("text", Kind.TEXT, "Le campus réunit les lycées du bassin."));
        list.add(form("brouillon enregistré", "referent", d + chain.draft() + "/criteres/" + criterion + "/brouillon").with("revision", Kind.VERSION, revision)
                .with("text", Kind.TEXT, "Brouillon."));
        list.add(form("pièce jointe au dossier", "referent", d + chain.draft() + "/pieces").file("fichier")
                .with("requiredDocumentId", Kind.ID, requiredDocument.toString()));
        list.add(form("pièce retirée du dossier", "referent", d + chain.draft() + "/pieces/" + UUID.randomUUID() + "/retrait"));
        list.add(form("équipe projet", "referent", d + chain.draft() + "/equipe").with("accountId", Kind.ID,
                accounts.byUsername("direction").orElseThrow().accountId().toString()));
        list.add(form("équipe projet réduite", "referent", d + chain.draft() + "/equipe/" + UUID.randomUUID() + "/retrait"));
        list.add(form("dépôt", "referent", d + chain.draft() + "/depot")
                .with("version", Kind.VERSION, () -> Long.toString(jdbc.sql("select version from application where id = ?").param(chain.draft()).query(Long.class).single()))
                .with("answer", Kind.TEXT, ""));
        // --- labelling: the review chain
        Supplier<String> submittedVersion = () -> Long.toString(jdbc.sql("select version from application where id = ?").param(chain.submitted())
                .query(Long.class).single());
        list.add(form("avis régional", "coordination", d + chain.submitted() + "/avis").shownAgain().with("version", Kind.VERSION, submittedVersion)
                .with("body", Kind.CHOICE, "CAEN").with("verdict", Kind.CHOICE, "FAVOURABLE").with("givenOn", Kind.DATE, LocalDate.now(clock).toString())
                .with("reasons", Kind.TEXT, "Favorable."));
        list.add(form("experts affectés", "admin", d + chain.inReview() + "/experts").with("expertIds", Kind.ID,
                accounts.byUsername("expert").orElseThrow().accountId().toString()));
        UUID expert = accounts.byUsername("expert").orElseThrow().accountId();
        Supplier<String> reviewVersion = () -> Long.toString(jdbc.sql("select version from expert_review where application_id = ? and expert_id = ? "
                + "order by round desc limit 1").params(chain.inReview(), expert).query(Long.class).optional().orElse(0L));
        list.add(form("expertise", "expert", d + chain.inReview() + "/expertise").shownAgain().with("version", Kind.VERSION, reviewVersion)
                .with("score-" + criterion, Kind.NUMBER, "3").with("comment-" + criterion, Kind.TEXT, "Solide.").with("remettre", Kind.FLAG, "false"));
        list.add(form("tableau : colonnes", "admin", "/gestion/labellisation/tableau/colonnes").with("colonnes", Kind.CHOICE, "projet")
                .with("retour", Kind.TEXT, "/gestion/labellisation/tableau"));
        list.add(form("tableau : actions groupées", "admin", "/gestion/labellisation/tableau/actions").with("action", Kind.CHOICE, "experts")
                .with("ids", Kind.ID, chain.inReview().toString()).with("expertIds", Kind.ID, accounts.byUsername("expert").orElseThrow().accountId().toString())
                .with("retour", Kind.TEXT, "/gestion/labellisation/tableau"));
        list.add(form("étiquette", "admin", d + chain.submitted() + "/suivi/etiquettes").shownAgain().with("tag", Kind.TEXT, "à relire"));
        list.add(form("étiquette retirée", "admin", d + chain.submitted() + "/suivi/etiquettes/retrait").with("tag", Kind.TEXT, "inconnue"));
        list.add(form("note privée", "admin", d + chain.submitted() + "/suivi/notes").shownAgain().with("annotation", Kind.TEXT, "Vu."));
        list.add(form("note privée retirée", "admin", d + chain.submitted() + "/suivi/notes/" + UUID.randomUUID() + "/retrait"));
        list.add(form("message", "admin", d + chain.submitted() + "/messages").file("fichier").shownAgain().with("body", Kind.TEXT, "Bonjour."));
        list.add(form("décision", "admin", d + chain.awaitingDecision() + "/decision")
                .with("version", Kind.VERSION, () -> Long.toString(jdbc.sql("select version from application where id = ?").param(chain.awaitingDecision())
                        .query(Long.class).single()))
                .with("outcome", Kind.CHOICE, "REFUSED").with("category", Kind.CHOICE, "STANDARD").with("decidedOn", Kind.DATE, LocalDate.now(clock).toString())
                .with("reasons", Kind.TEXT, "Projet à consolider."));
        list.add(form("navette", "admin", d + chain.inReview() + "/navette")
                .with("version", Kind.VERSION, () -> Long.toString(jdbc.sql("select version from application where id = ?").param(chain.inReview())
                        .query(Long.class).single()))
                .with("request", Kind.TEXT, "Précisez le budget."));
        list.add(form("déport d'un expert", "expert-b", d + chain.inReview() + "/deport").with("reason", Kind.TEXT, "Ancien employeur."));
        // --- notifications and reference data
        list.add(form("notifications lues", "admin", "/gestion/notifications/tout-lu"));
        list.add(form("préférence de notification", "admin", "/gestion/notifications/preference").with("dailyDigest", Kind.FLAG, "false"));
        list.add(form("centres des communes", "admin", "/gestion/communes").file("fichier"));
        list.add(form("import du registre", "admin", "/gestion/import").file("fichier"));
        return list;
    }

    @Test
    void noFormAnswersAServerErrorNorShowsAnExceptionWhateverIsTyped() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Form form : forms()) {
            for (var field : form.fields().entrySet()) {
                for (String bad : BAD.get(field.getValue().kind())) {
                    Map<String, String> params = new LinkedHashMap<>();
                    form.fields().forEach((name, f) -> params.put(name, f.valid().get()));
                    params.put(field.getKey(), bad);
                    String what = form.name() + " / " + field.getKey() + " = " + shown(bad);
                    check(wrong, what, form, form.path(), params, field.getValue().kind(), bad);
                }
            }
            Map<String, String> valid = new LinkedHashMap<>();
            form.fields().forEach((name, f) -> valid.put(name, f.valid().get()));
            for (String id : List.of(UUID.randomUUID().toString(), "pas-un-identifiant")) {
                String path = form.path().replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?!.*[0-9a-f]{8}-)", id);
                if (!path.equals(form.path())) {
                    check(wrong, form.name() + " / adresse avec " + id, form, path, valid, null, null);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void filesWithHostileNamesAreRefusedOrCleanedWithoutAServerError() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Form form : forms().stream().filter(f -> f.filePart() != null && !f.path().endsWith("/communes") && !f.path().endsWith("/import")).toList()) {
            for (String name : List.of("x".repeat(300) + ".pdf", "rapport\u202Efdp.pdf", "page.html", "dessin.svg", "\u0000.pdf", "../../etc/passwd.pdf")) {
                Map<String, String> params = new LinkedHashMap<>();
                form.fields().forEach((field, f) -> params.put(field, f.valid().get()));
                var request = multipart(form.path()).file(new MockMultipartFile(form.filePart(), name, "application/pdf", PDF));
                params.forEach(request::param);
                MvcResult result = perform(form.user(), request, wrong, form.name() + " / fichier " + shown(name));
                if (result != null) {
                    leaks(result).ifPresent(leak -> wrong.add(form.name() + " / fichier " + shown(name) + " → " + leak));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void publicSearchApiAndOpenDataAnswerBadQueriesWithoutAServerError() throws Exception {
        String wildcard = "a".repeat(1_001) + "*";
        List<String> queries = List.of("q=" + wildcard, "q=" + NUL, "q=" + "((((\"", "q=" + "a~".repeat(500), "filiere=INCONNUE", "statut=" + NUL,
                "region=" + "9".repeat(1_000), "page=99999999999", "page=2000000000", "page=-1", "taille=99999999999", "taille=0", "page=1e999");
        List<String> wrong = new ArrayList<>();
        for (String path : List.of("/campus", "/api/v1/campuses", "/open-data/campuses.csv", "/open-data/campuses.geojson")) {
            for (String query : queries) {
                String name = query.substring(0, query.indexOf('='));
                String value = query.substring(query.indexOf('=') + 1);
                MvcResult result = perform(null, get(path).param(name, value), wrong, path + "?" + shown(query));
                if (result != null) {
                    int status = result.getResponse().getStatus();
                    if (status != 200 && status != 400) {
                        wrong.add(path + "?" + shown(query) + " → " + status);
                    }
                    leaks(result).ifPresent(leak -> wrong.add(path + "?" + shown(query) + " → " + leak));
                }
            }
        }
        for (String path : List.of("/api/v1/campuses/" + "x".repeat(1_000), "/api/v1/calls/pas-un-identifiant", "/api/v1/calls/" + UUID.randomUUID(),
                "/api/v1/label-decisions?annee=1e999", "/campus/" + "x".repeat(1_000), "/partenaires/pas-un-identifiant", "/appels-a-projets/pas-un-identifiant",
                "/calendrier/" + "x".repeat(1_000) + ".ics", "/satisfaction/pas-un-jeton", "/campus/pas-un-campus/agenda.ics", "/error")) {
            MvcResult result = perform(null, get(path), wrong, shown(path));
            if (result != null && result.getResponse().getStatus() >= 500) {
                wrong.add(shown(path) + " → " + result.getResponse().getStatus());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void backOfficeListsFiltersAndPickersAnswerBadParametersWithoutAServerError() throws Exception {
        String c = "/gestion/campus/" + campus;
        String d = "/gestion/labellisation/dossiers/";
        List<String> wrong = new ArrayList<>();
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("/gestion/organisations", List.of("q"));
        pages.put("/gestion/organisations/choix?champ=organisationId", List.of("organisationIdQuery", "types"));
        pages.put("/gestion/formations/diplomes", List.of("diplomaQuery"));
        pages.put(c + "/formations", List.of("diplomaQuery"));
        pages.put(c + "/partenaires", List.of("organisationIdQuery", "role"));
        pages.put(c + "/documents", List.of("q", "type", "dossier"));
        pages.put(c + "/actions", List.of("annee", "statut", "type"));
        pages.put(c + "/actions/nouvelle", List.of("annee"));
        pages.put(c + "/actions/plan-" + YEAR + ".csv", List.of("statut", "type"));
        pages.put(c + "/budget", List.of("annee"));
        pages.put(c + "/calendrier", List.of("vue", "mois"));
        pages.put("/gestion/labellisation/tableau", List.of("appel", "region", "etape", "categorie", "expert", "etiquette", "q", "tri", "ordre", "page"));
        pages.put("/gestion/labellisation/tableau.csv", List.of("appel", "q", "tri"));
        pages.put("/gestion/labellisation/dossiers/nouveau", List.of("appel"));
        pages.put("/gestion/notifications", List.of("limite"));
        for (var page : pages.entrySet()) {
            for (String parameter : page.getValue()) {
                for (String bad : List.of(LONG, NUL, "99999999999999999999", "-1")) {
                    String what = page.getKey() + " ? " + parameter + " = " + shown(bad);
                    MvcResult result = perform("admin", get(page.getKey()).param(parameter, bad), wrong, what);
                    if (result != null) {
                        leaks(result).ifPresent(leak -> wrong.add(what + " → " + leak));
                    }
                }
            }
        }
        for (String path : List.of(c + "/actions/plan-99999999999.csv", c + "/budget/budget-1e999.xlsx", c + "/documents/" + document + "/versions/99999999999",
                d + chain.draft() + "/versions/-1", d + chain.draft() + "/criteres/INCONNU", "/gestion/notifications/pas-un-identifiant",
                "/gestion/import/" + UUID.randomUUID(), "/gestion/comptes/pas-un-identifiant/historique", "/gestion/comptes/" + UUID.randomUUID() + "/historique")) {
            perform("admin", get(path), wrong, shown(path));
        }
        assertThat(wrong).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void check(List<String> wrong, String what, Form form, String path, Map<String, String> params, Kind kind, String typed) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = form.filePart() != null
                ? multipart(path).file(new MockMultipartFile(form.filePart(), "piece.pdf", "application/pdf", PDF))
                : post(path);
        params.forEach(request::param);
        MvcResult result = perform(form.user(), request, wrong, what);
        if (result == null) {
            return;
        }
        MockHttpServletResponse response = result.getResponse();
        leaks(result).ifPresent(leak -> wrong.add(what + " → " + leak));
        if (kind != null && kind.typed && response.getStatus() >= 400) {
            wrong.add(what + " → " + response.getStatus() + " au lieu du formulaire et de son message");
        }
        if (form.echoes() && kind == Kind.TEXT && LONG.equals(typed) && response.getStatus() == 200
                && !response.getContentAsString(StandardCharsets.UTF_8).contains(LONG)) {
            wrong.add(what + " → formulaire montré de nouveau sans le texte saisi");
        }
    }

    /** The result, or null after noting a server error or an exception that escaped. */
    private MvcResult perform(String user, AbstractMockHttpServletRequestBuilder<?> request, List<String> wrong, String what) {
        if (user != null) {
            request.with(as(users, user));
        }
        try {
            MvcResult result = mvc.perform(request.with(csrf())).andReturn();
            if (result.getResponse().getStatus() >= 500) {
                wrong.add(what + " → " + result.getResponse().getStatus());
                return null;
            }
            return result;
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            wrong.add(what + " → " + root.getClass().getSimpleName() + ": " + shown(String.valueOf(root.getMessage())));
            return null;
        }
    }

    /** Text of an exception or of SQL shown in the page or in the message carried to the next page. */
    private static java.util.Optional<String> leaks(MvcResult result) throws Exception {
        List<String> shown = new ArrayList<>();
        shown.add(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        result.getFlashMap().values().forEach(v -> shown.add(String.valueOf(v)));
        for (String text : shown) {
            for (String sign : List.of("Exception", "org.springframework", "org.postgresql", "org.hibernate", "java.lang", "ERROR: ",
                    "SQL state", "No enum constant", "Invalid UUID", "For input string", "Failed to convert", "could not execute")) {
                if (text.contains(sign)) {
                    int at = text.indexOf(sign);
                    return java.util.Optional.of("montre « " + shown(text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 80))) + " »");
                }
            }
        }
        return java.util.Optional.empty();
    }

    private UUID id(String sql, Object parameter) {
        return jdbc.sql(sql + " limit 1").param(parameter).query(UUID.class).single();
    }

    private void given(String user, String path, Map<String, String> params) throws Exception {
        var request = post(path);
        params.forEach(request::param);
        int status = mvc.perform(request.with(as(users, user)).with(csrf())).andReturn().getResponse().getStatus();
        assertThat(status).as(path).isLessThan(400);
    }

    private static String shown(String text) {
        String visible = text.replace("\u0000", "\\0");
        return visible.length() > 60 ? visible.substring(0, 30) + "…(" + visible.length() + ")" : visible;
    }
}
