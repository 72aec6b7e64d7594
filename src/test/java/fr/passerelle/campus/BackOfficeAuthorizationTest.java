package fr.passerelle.campus;

import static fr.passerelle.TestActors.nationalAdmin;
import static fr.passerelle.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.passerelle.PasserelleIntegrationTest;
import fr.passerelle.TestActors;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.MembershipRole;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.identity.Accounts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Walks every back-office endpoint with every demo role, on a campus inside and one outside each role's scope, and
 * checks who is let in and who is refused (403), and that nobody gets in without logging in.
 */
@PasserelleIntegrationTest
class BackOfficeAuthorizationTest {

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
    java.time.Clock clock;

    UUID directedCampus;
    UUID otherRegionCampus;

    @BeforeEach
    void findCampuses() {
        directedCampus = accounts.byUsername("direction").orElseThrow().campusId();
        otherRegionCampus = registry.all().stream().filter(c -> !c.regionCode().equals("32")).findFirst().orElseThrow().id();
    }

    record Endpoint(String name, java.util.function.Supplier<AbstractMockHttpServletRequestBuilder<?>> request, Set<String> allowed) {
    }

    List<Endpoint> endpoints() {
        String own = directedCampus.toString();
        String other = otherRegionCampus.toString();
        UUID partnerOrganisation = accounts.byUsername("partenaire").orElseThrow().organisationId();
        UUID anotherOrganisation = directory.search("", 100).stream().map(o -> o.id())
                .filter(id -> !id.equals(partnerOrganisation)).findFirst().orElseThrow();
        Set<String> editorsOfOwn = Set.of("admin", "coordination", "direction");
        List<Endpoint> list = new ArrayList<>();
        list.add(new Endpoint("tableau de bord", () -> get("/gestion"), Set.of(TestActors.ALL)));
        list.add(new Endpoint("formulaire de création", () -> get("/gestion/campus/nouveau"), Set.of("admin", "coordination")));
        list.add(new Endpoint("création dans la région 32", () -> post("/gestion/campus").params(form("Campus test " + UUID.randomUUID(), "32", "09")),
                Set.of("admin", "coordination")));
        list.add(new Endpoint("création hors de la région 32", () -> post("/gestion/campus").params(form("Campus test " + UUID.randomUUID(), "84", "10")),
                Set.of("admin")));
        list.add(new Endpoint("formulaire d'édition de son campus", () -> get("/gestion/campus/" + own + "/modifier"), editorsOfOwn));
        list.add(new Endpoint("formulaire d'édition d'un autre campus", () -> get("/gestion/campus/" + other + "/modifier"), Set.of("admin")));
        list.add(new Endpoint("édition d'un autre campus", () -> post("/gestion/campus/" + other).params(currentForm(otherRegionCampus)), Set.of("admin")));
        list.add(new Endpoint("partenaires de son campus", () -> get("/gestion/campus/" + own + "/partenaires"), editorsOfOwn));
        list.add(new Endpoint("partenaires d'un autre campus", () -> get("/gestion/campus/" + other + "/partenaires"), Set.of("admin")));
        list.add(new Endpoint("ajout de partenaire à un autre campus", () -> post("/gestion/campus/" + other + "/partenaires")
                .param("organisationId", anotherOrganisation.toString()).param("role", "ASSOCIATE"), Set.of("admin")));
        list.add(new Endpoint("contact ajouté à un autre campus", () -> post("/gestion/campus/" + other + "/contacts")
                .param("personId", UUID.randomUUID().toString()), Set.of("admin")));
        list.add(new Endpoint("contact retiré d'un autre campus", () -> post("/gestion/campus/" + other + "/contacts/" + UUID.randomUUID() + "/retrait"),
                Set.of("admin")));
        list.add(new Endpoint("partenaire retiré d'un autre campus", () -> post("/gestion/campus/" + other + "/partenaires/" + UUID.randomUUID() + "/retrait"),
                Set.of("admin")));
        list.add(new Endpoint("convention cadre de son campus", () -> get("/gestion/campus/" + own + "/convention-cadre"),
                Set.of("admin", "coordination", "direction", "referent", "partenaire", "conseil-regional", "dreets")));
        list.add(new Endpoint("convention cadre d'un autre campus", () -> get("/gestion/campus/" + other + "/convention-cadre"), Set.of("admin")));
        list.add(new Endpoint("convention cadre de son campus enregistrée sans intitulé", () -> multipart("/gestion/campus/" + own + "/convention-cadre")
                .param("title", ""), editorsOfOwn));
        list.add(new Endpoint("structure porteuse d'un autre campus", () -> post("/gestion/campus/" + other + "/structure-porteuse")
                .param("legalForm", ""), Set.of("admin")));
        // The history tells of every item whatever its visibility: partner members, who read some, are refused it.
        list.add(new Endpoint("historique de son campus", () -> get("/gestion/campus/" + own + "/historique"),
                Set.of("admin", "coordination", "direction", "referent", "conseil-regional", "dreets")));
        list.add(new Endpoint("historique d'un autre campus", () -> get("/gestion/campus/" + other + "/historique"), Set.of("admin")));
        // The yearly self-evaluation (indicators module): read by those who read everything of the campus; each act by its actor.
        int campaignYear = java.time.LocalDate.now(clock).getYear();
        Set<String> readersOfEverything = Set.of("admin", "coordination", "direction", "referent", "conseil-regional", "dreets");
        String selfEvaluation = "/gestion/campus/" + own + "/auto-evaluation/" + campaignYear;
        list.add(new Endpoint("campagnes d'auto-évaluation", () -> get("/gestion/auto-evaluation"), readersOfEverything));
        list.add(new Endpoint("campagne d'auto-évaluation de l'année", () -> get("/gestion/auto-evaluation/" + campaignYear), readersOfEverything));
        list.add(new Endpoint("ouverture d'une campagne d'auto-évaluation sans dates", () -> post("/gestion/auto-evaluation").param("year", ""),
                Set.of("admin")));
        list.add(new Endpoint("prolongation d'une campagne d'auto-évaluation sans date", () -> post("/gestion/auto-evaluation/" + campaignYear + "/prolongation")
                .param("version", "0").param("stage", "").param("until", ""), Set.of("admin")));
        list.add(new Endpoint("auto-évaluations de son campus", () -> get("/gestion/campus/" + own + "/auto-evaluation"), readersOfEverything));
        list.add(new Endpoint("auto-évaluation de l'année de son campus", () -> get(selfEvaluation), readersOfEverything));
        list.add(new Endpoint("auto-évaluation de son campus en PDF", () -> get(selfEvaluation + "/auto-evaluation.pdf"), readersOfEverything));
        list.add(new Endpoint("auto-évaluations d'un autre campus", () -> get("/gestion/campus/" + other + "/auto-evaluation"), Set.of("admin")));
        list.add(new Endpoint("dépôt d'une version périmée de l'auto-évaluation", () -> post(selfEvaluation + "/depot").param("version", "-1"),
                Set.of("direction")));
        list.add(new Endpoint("transmission d'une version périmée de l'auto-évaluation", () -> post(selfEvaluation + "/transmission")
                .param("version", "-1"), Set.of("referent")));
        list.add(new Endpoint("validation d'une version périmée de l'auto-évaluation", () -> post(selfEvaluation + "/validation")
                .param("version", "-1"), Set.of("coordination")));
        list.add(new Endpoint("renvoi d'une version périmée de l'auto-évaluation", () -> post(selfEvaluation + "/renvoi")
                .param("version", "-1").param("comment", "Non."), Set.of("referent", "coordination")));
        // The annual review of a campus's actions (indicators module): read by those who read everything of the campus; written by
        // its director or the national administration, acknowledged or sent back by the referent of its main académie.
        int reviewYear = campaignYear - 1;
        String annualReview = "/gestion/campus/" + own + "/bilans/" + reviewYear;
        list.add(new Endpoint("bilans annuels de son campus", () -> get("/gestion/campus/" + own + "/bilans"), readersOfEverything));
        list.add(new Endpoint("bilans annuels d'un autre campus", () -> get("/gestion/campus/" + other + "/bilans"), Set.of("admin")));
        list.add(new Endpoint("bilan annuel de son campus", () -> get(annualReview), readersOfEverything));
        list.add(new Endpoint("bilan annuel de son campus en PDF", () -> get(annualReview + "/bilan.pdf"), readersOfEverything));
        list.add(new Endpoint("bilan annuel d'un autre campus", () -> get("/gestion/campus/" + other + "/bilans/" + reviewYear), Set.of("admin")));
        list.add(new Endpoint("commentaire d'une version périmée du bilan annuel", () -> post(annualReview).param("version", "-5")
                .param("texts[OVERALL]", "Périmé"), Set.of("admin", "direction")));
        list.add(new Endpoint("dépôt d'une version périmée du bilan annuel", () -> post(annualReview + "/depot").param("version", "-5"),
                Set.of("admin", "direction")));
        list.add(new Endpoint("prise en compte d'une version périmée du bilan annuel", () -> post(annualReview + "/prise-en-compte")
                .param("version", "-5").param("comment", "Vu."), Set.of("referent")));
        list.add(new Endpoint("renvoi d'une version périmée du bilan annuel", () -> post(annualReview + "/renvoi")
                .param("version", "-5").param("comment", "Non."), Set.of("referent")));
        list.add(new Endpoint("bilans annuels de l'académie", () -> get("/gestion/bilans-annuels"), Set.of("admin", "referent")));
        list.add(new Endpoint("bilans annuels d'une autre académie", () -> get("/gestion/bilans-annuels?academie=04"), Set.of("admin")));
        // Indicators count every item whatever its visibility: read by those who read everything of the campus.
        list.add(new Endpoint("indicateurs de son campus", () -> get("/gestion/campus/" + own + "/indicateurs"),
                Set.of("admin", "coordination", "direction", "referent", "conseil-regional", "dreets")));
        list.add(new Endpoint("indicateurs d'un autre campus", () -> get("/gestion/campus/" + other + "/indicateurs?annee=2024"), Set.of("admin")));
        list.add(new Endpoint("détail d'un indicateur de son campus", () -> get("/gestion/campus/" + own + "/indicateurs/LEARNERS_REACHED/2024"),
                Set.of("admin", "coordination", "direction", "referent", "conseil-regional", "dreets")));
        list.add(new Endpoint("détail d'un indicateur d'un autre campus", () -> get("/gestion/campus/" + other + "/indicateurs/NEW_PARTNERS/2024"),
                Set.of("admin")));
        // Consolidated dashboards: the nation for the national administration, a région for its two co-pilots, an académie for
        // its referent and the co-pilots of its région.
        Set<String> hautsDeFrance = Set.of("admin", "coordination", "conseil-regional");
        Set<String> lille = Set.of("admin", "coordination", "conseil-regional", "referent");
        list.add(new Endpoint("tableau de bord national", () -> get("/gestion/tableaux-de-bord?annee=2024"), Set.of("admin")));
        list.add(new Endpoint("campus du tableau de bord national", () -> get("/gestion/tableaux-de-bord/indicateurs/STEERING_MEETINGS/2024"),
                Set.of("admin")));
        list.add(new Endpoint("tableau de bord de sa région", () -> get("/gestion/tableaux-de-bord/regions/32?annee=2024"), hautsDeFrance));
        list.add(new Endpoint("campus d'un indicateur de sa région",
                () -> get("/gestion/tableaux-de-bord/regions/32/indicateurs/LEARNERS_REACHED/2024?tri=valeur-decroissante"), hautsDeFrance));
        list.add(new Endpoint("tableau de bord d'une autre région", () -> get("/gestion/tableaux-de-bord/regions/84"), Set.of("admin")));
        list.add(new Endpoint("campus d'un indicateur d'une autre région", () -> get("/gestion/tableaux-de-bord/regions/84/indicateurs/PARTNERS/2024"),
                Set.of("admin")));
        list.add(new Endpoint("tableau de bord de son académie", () -> get("/gestion/tableaux-de-bord/academies/09?theme=GOVERNANCE"), lille));
        list.add(new Endpoint("campus d'un indicateur de son académie", () -> get("/gestion/tableaux-de-bord/academies/09/indicateurs/PARTNERS/2024"),
                lille));
        list.add(new Endpoint("tableau de bord d'une autre académie de sa région", () -> get("/gestion/tableaux-de-bord/academies/20"), hautsDeFrance));
        list.add(new Endpoint("tableau de bord d'une académie d'une autre région", () -> get("/gestion/tableaux-de-bord/academies/10"), Set.of("admin")));
        // Annual reports of a scope: read by those who read its dashboard.
        list.add(new Endpoint("rapport annuel national", () -> get("/gestion/tableaux-de-bord/rapport/2024.pdf"), Set.of("admin")));
        list.add(new Endpoint("rapport annuel de sa région", () -> get("/gestion/tableaux-de-bord/regions/32/rapport/2024.xlsx"), hautsDeFrance));
        list.add(new Endpoint("rapport annuel d'une autre région", () -> get("/gestion/tableaux-de-bord/regions/84/rapport/2024.pdf"), Set.of("admin")));
        list.add(new Endpoint("rapport annuel de son académie", () -> get("/gestion/tableaux-de-bord/academies/09/rapport/2024.pdf"), lille));
        // The annual report of a campus (indicators.reports): read by those who read everything of the campus.
        for (String extension : List.of("pdf", "xlsx")) {
            list.add(new Endpoint("rapport annuel " + extension + " de son campus", () -> get("/gestion/campus/" + own + "/indicateurs/rapport/2024." + extension),
                    Set.of("admin", "coordination", "direction", "referent", "conseil-regional", "dreets")));
            list.add(new Endpoint("rapport annuel " + extension + " d'un autre campus", () -> get("/gestion/campus/" + other + "/indicateurs/rapport/2024." + extension),
                    Set.of("admin")));
        }
        // The open data of the indicators is published on demand by the national administration only.
        list.add(new Endpoint("publication des données ouvertes des indicateurs", () -> post("/gestion/indicateurs/donnees-ouvertes"), Set.of("admin")));
        list.add(new Endpoint("recalcul des chiffres consolidés des indicateurs", () -> post("/gestion/tableaux-de-bord/recalcul"), Set.of("admin")));
        list.add(new Endpoint("formulaire de correction du label", () -> get("/gestion/campus/" + own + "/label/correction"), Set.of("admin")));
        list.add(new Endpoint("correction du label sans motif", () -> post("/gestion/campus/" + own + "/label/correction")
                .param("category", "EXCELLENCE").param("labelStatus", "LABELLED").param("labelValidFrom", "2025-01-01")
                .param("labelValidUntil", "2099-12-31").param("reason", "").param("version", "0"), Set.of("admin")));
        list.add(new Endpoint("import", () -> get("/gestion/import"), Set.of("admin")));
        list.add(new Endpoint("envoi d'un import", () -> multipart("/gestion/import").file(new MockMultipartFile("fichier", "r.csv", "text/csv",
                "nom;filiere;code_region;code_academie;categorie\n".getBytes(StandardCharsets.UTF_8))), Set.of("admin")));
        list.add(new Endpoint("catalogue des formations", () -> get("/gestion/catalogue-formations"), Set.of("admin")));
        list.add(new Endpoint("envoi d'un import du catalogue des formations", () -> multipart("/gestion/catalogue-formations").file(new MockMultipartFile(
                "fichiers", "inconnu.csv", "text/csv", "a;b\n".getBytes(StandardCharsets.UTF_8))), Set.of("admin")));
        list.add(new Endpoint("centres des communes", () -> get("/gestion/communes"), Set.of("admin")));
        list.add(new Endpoint("référentiel ROME", () -> get("/gestion/referentiels/rome"), Set.of("admin")));
        list.add(new Endpoint("envoi d'une version du ROME sans archive", () -> multipart("/gestion/referentiels/rome/archive"), Set.of("admin")));
        list.add(new Endpoint("comptes", () -> get("/gestion/comptes"), Set.of("admin")));
        UUID dreets = accounts.byUsername("dreets").orElseThrow().accountId();
        list.add(new Endpoint("campus suivis par la DREETS", () -> get("/gestion/comptes/" + dreets + "/campus-suivis"), Set.of("admin")));
        list.add(new Endpoint("ouverture de compte", () -> post("/gestion/comptes").param("username", "u" + UUID.randomUUID().toString().substring(0, 8))
                .param("displayName", "Expert").param("email", UUID.randomUUID() + "@example.fr").param("role", "EXPERT"), Set.of("admin")));
        // Regional co-piloting: the co-pilots of the région run it; its referent, DREETS and directors read it; nobody of another région.
        Set<String> readersOf32 = Set.of("admin", "coordination", "conseil-regional", "dreets", "referent", "direction");
        Set<String> coPilotsOf32 = Set.of("admin", "coordination", "conseil-regional");
        list.add(new Endpoint("co-pilotage de la région 32", () -> get("/gestion/regions/32"), readersOf32));
        list.add(new Endpoint("co-pilotage d'une autre région", () -> get("/gestion/regions/84"), Set.of("admin")));
        list.add(new Endpoint("instance constituée dans la région 32", () -> post("/gestion/regions/32/instances").param("kind", "REGIONAL_CELL")
                .param("name", "Cellule " + UUID.randomUUID()), coPilotsOf32));
        list.add(new Endpoint("instance constituée dans une autre région", () -> post("/gestion/regions/84/instances").param("kind", "REGIONAL_CELL")
                .param("name", "Cellule " + UUID.randomUUID()), Set.of("admin")));
        list.add(new Endpoint("espace partagé de la région 32", () -> get("/gestion/regions/32/espace-partage"), readersOf32));
        list.add(new Endpoint("espace partagé d'une autre région", () -> get("/gestion/regions/84/espace-partage"), Set.of("admin")));
        list.add(new Endpoint("régions du co-pilotage", () -> get("/gestion/regions"), Set.of(TestActors.ALL)));
        // The regional strategic committee's yearly review (indicators.regional): the co-pilots record it; the région's
        // referents and directors read it (a director their own campus only); the DREETS correspondent and the others are refused.
        Set<String> reviewReadersOf32 = Set.of("admin", "coordination", "conseil-regional", "referent", "direction");
        int reviewed = java.time.LocalDate.now(clock).getYear() - 1;
        int thisYear = reviewed + 1;
        String reviews = "/gestion/regions/32/revues/";
        list.add(new Endpoint("revues annuelles de la région 32", () -> get("/gestion/regions/32/revues"), reviewReadersOf32));
        list.add(new Endpoint("revues annuelles d'une autre région", () -> get("/gestion/regions/84/revues"), Set.of("admin")));
        list.add(new Endpoint("revue de l'an dernier de la région 32", () -> get(reviews + reviewed), reviewReadersOf32));
        list.add(new Endpoint("revue de l'an dernier d'une autre région", () -> get("/gestion/regions/84/revues/" + reviewed), Set.of("admin")));
        list.add(new Endpoint("revue de la région 32 en PDF", () -> get(reviews + reviewed + "/revue.pdf"), reviewReadersOf32));
        list.add(new Endpoint("confirmation de la validation des indicateurs", () -> get(reviews + thisYear + "/validation"), coPilotsOf32));
        list.add(new Endpoint("réunion de la revue sans réunion choisie", () -> post(reviews + thisYear + "/reunion").param("meetingId", ""),
                coPilotsOf32));
        list.add(new Endpoint("appréciation d'un campus sans appréciation", () -> post(reviews + thisYear + "/campus/" + own).param("appreciation", ""),
                coPilotsOf32));
        list.add(new Endpoint("conclusion de la revue sans version", () -> post(reviews + thisYear + "/conclusion").param("conclusion", "x"),
                coPilotsOf32));
        list.add(new Endpoint("validation des indicateurs sans version", () -> post(reviews + reviewed + "/validation"), coPilotsOf32));
        list.add(new Endpoint("réouverture de la revue sans motif", () -> post(reviews + reviewed + "/reouverture").param("reason", ""),
                coPilotsOf32));
        list.add(new Endpoint("réunion de la revue d'une autre région", () -> post("/gestion/regions/84/revues/" + thisYear + "/reunion")
                .param("meetingId", ""), Set.of("admin")));
        list.add(new Endpoint("réseaux de campus", () -> get("/gestion/reseaux"), Set.of(TestActors.ALL)));
        list.add(new Endpoint("création d'un réseau", () -> post("/gestion/reseaux").param("name", "Réseau " + UUID.randomUUID()).param("sector", "MOBILITY"),
                Set.of("admin")));
        list.add(new Endpoint("annuaire", () -> get("/gestion/organisations"), Set.of(TestActors.ALL)));
        list.add(new Endpoint("ajout à l'annuaire", () -> get("/gestion/organisations/nouvelle"),
                Set.of("admin", "coordination", "referent", "direction")));
        list.add(new Endpoint("édition de l'organisation du membre partenaire", () -> get("/gestion/organisations/" + partnerOrganisation + "/modifier"),
                editorsOfPartnerOrganisation(partnerOrganisation)));
        // Scope never falls open on a missing commune: an organisation located nowhere is the region's only when all its campuses are.
        Organisations o = organisations();
        list.add(new Endpoint("édition d'une organisation sans commune ni campus", () -> get("/gestion/organisations/" + o.nowhere + "/modifier"),
                Set.of("admin")));
        list.add(new Endpoint("personne ajoutée à une organisation sans commune ni campus", () -> post("/gestion/organisations/" + o.nowhere + "/personnes")
                .param("firstName", "Anne").param("lastName", "Essai"), Set.of("admin")));
        list.add(new Endpoint("personne retirée d'une organisation sans commune ni campus", () -> post("/gestion/organisations/" + o.nowhere
                + "/personnes/" + UUID.randomUUID() + "/retrait"), Set.of("admin")));
        list.add(new Endpoint("édition d'une organisation d'une autre région", () -> get("/gestion/organisations/" + o.inLyon + "/modifier"),
                Set.of("admin")));
        list.add(new Endpoint("enregistrement d'une organisation d'une autre région", () -> post("/gestion/organisations/" + o.inLyon)
                .param("kind", "OTHER").param("name", "Association lyonnaise renommée").param("municipalityCode", "69123").param("version", "0"),
                Set.of("admin")));
        list.add(new Endpoint("personne retirée d'une organisation d'une autre région", () -> post("/gestion/organisations/" + o.inLyon
                + "/personnes/" + UUID.randomUUID() + "/retrait"), Set.of("admin")));
        list.add(new Endpoint("édition d'une organisation sans commune partenaire de campus de deux régions",
                () -> get("/gestion/organisations/" + o.twoRegions + "/modifier"), Set.of("admin")));
        list.add(new Endpoint("édition d'une organisation sans commune partenaire des seuls campus des Hauts-de-France",
                () -> get("/gestion/organisations/" + o.hautsDeFranceOnly + "/modifier"), Set.of("admin", "coordination")));
        // Indicators: the catalogue for those who follow campuses, its changes for the national administration, an académie's
        // optional indicators for its referent, a campus's declared values for who runs it and read by who reads everything of it.
        Set<String> followers = Set.of("admin", "coordination", "conseil-regional", "dreets", "referent", "direction");
        int year = java.time.Year.now(clock).getValue() - 1;
        list.add(new Endpoint("catalogue des indicateurs", () -> get("/gestion/indicateurs"), followers));
        list.add(new Endpoint("définition d'un indicateur", () -> get("/gestion/indicateurs/STEERING_MEETINGS"), followers));
        list.add(new Endpoint("formulaire d'ajout d'un indicateur", () -> get("/gestion/indicateurs/nouveau"), Set.of("admin")));
        list.add(new Endpoint("ajout d'un indicateur sans nom", () -> post("/gestion/indicateurs").param("code", "").param("name", "")
                .param("version", "0"), Set.of("admin")));
        list.add(new Endpoint("formulaire de modification d'un indicateur", () -> get("/gestion/indicateurs/NETWORK_SATISFACTION/modifier"),
                Set.of("admin")));
        list.add(new Endpoint("modification d'un indicateur sans nom", () -> post("/gestion/indicateurs/NETWORK_SATISFACTION").param("name", "")
                .param("version", "0"), Set.of("admin")));
        list.add(new Endpoint("retrait d'un indicateur livré", () -> post("/gestion/indicateurs/NETWORK_SATISFACTION/retrait").param("version", "0"),
                Set.of("admin")));
        list.add(new Endpoint("indicateurs facultatifs de l'académie de Lille", () -> get("/gestion/academies/09/indicateurs"),
                Set.of("admin", "referent")));
        list.add(new Endpoint("choix d'une académie dans le catalogue", () -> get("/gestion/academies/indicateurs").param("academie", "09"),
                Set.of("admin")));
        list.add(new Endpoint("indicateurs facultatifs d'une autre académie", () -> get("/gestion/academies/01/indicateurs"), Set.of("admin")));
        list.add(new Endpoint("choix des indicateurs facultatifs d'une autre académie", () -> post("/gestion/academies/01/indicateurs"),
                Set.of("admin")));
        String declaration = "/gestion/campus/" + own + "/indicateurs/NETWORK_SATISFACTION/" + year + "/declaration";
        list.add(new Endpoint("déclaration d'un indicateur de son campus", () -> get(declaration), followers));
        list.add(new Endpoint("déclaration d'un indicateur d'un autre campus",
                () -> get("/gestion/campus/" + other + "/indicateurs/NETWORK_SATISFACTION/" + year + "/declaration"), Set.of("admin")));
        list.add(new Endpoint("valeur vide déclarée pour son campus", () -> multipart(declaration).param("v-total", ""), Set.of("admin", "direction")));
        list.add(new Endpoint("valeur vide déclarée pour un autre campus",
                () -> multipart("/gestion/campus/" + other + "/indicateurs/NETWORK_SATISFACTION/" + year + "/declaration").param("v-total", ""),
                Set.of("admin")));
        return list;
    }

    /** Organisations of the directory at the edges of the coordinators' scope, registered once for the class. */
    record Organisations(UUID nowhere, UUID inLyon, UUID twoRegions, UUID hautsDeFranceOnly) {
    }

    static Organisations organisations;

    Organisations organisations() {
        if (organisations == null) {
            UUID hautsDeFranceCampus = registry.all().stream().filter(c -> c.regionCode().equals("32") && !c.id().equals(directedCampus))
                    .findFirst().orElseThrow().id();
            UUID nowhere = directory.register(nationalAdmin(), OrganisationDetails.of(OrganisationKind.OTHER, "Sans commune ni campus " + UUID.randomUUID())).id();
            UUID inLyon = directory.register(nationalAdmin(), new OrganisationDetails(OrganisationKind.OTHER, "Association lyonnaise " + UUID.randomUUID(),
                    null, null, null, null, null, "69123", null, null, null, null)).id();
            UUID twoRegions = directory.register(nationalAdmin(), OrganisationDetails.of(OrganisationKind.OTHER, "Réseau national " + UUID.randomUUID())).id();
            directory.addPartner(nationalAdmin(), hautsDeFranceCampus, twoRegions, MembershipRole.PARTNER, null, null);
            directory.addPartner(nationalAdmin(), otherRegionCampus, twoRegions, MembershipRole.PARTNER, null, null);
            UUID hautsDeFranceOnly = directory.register(nationalAdmin(), OrganisationDetails.of(OrganisationKind.OTHER, "Réseau régional " + UUID.randomUUID())).id();
            directory.addPartner(nationalAdmin(), hautsDeFranceCampus, hautsDeFranceOnly, MembershipRole.PARTNER, null, null);
            organisations = new Organisations(nowhere, inLyon, twoRegions, hautsDeFranceOnly);
        }
        return organisations;
    }

    /**
     * The partner's organisation: the administrator, the partner member, and the coordinator if it is in their région
     * (Hauts-de-France), or located nowhere and partnering campuses of that région only.
     */
    Set<String> editorsOfPartnerOrganisation(UUID organisation) {
        String commune = directory.organisation(organisation).orElseThrow().municipalityCode();
        boolean inRegion32 = commune == null
                ? directory.campusesOf(organisation).stream().allMatch(c -> registry.byId(c).orElseThrow().regionCode().equals("32"))
                : commune.startsWith("59") || commune.startsWith("62") || commune.startsWith("80") || commune.startsWith("02") || commune.startsWith("60");
        return inRegion32 ? Set.of("admin", "coordination", "partenaire") : Set.of("admin", "partenaire");
    }

    @Test
    void everyBackOfficeEndpointLetsInExactlyTheRolesWhoseScopeCoversIt() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (String username : TestActors.ALL) {
                int status = mvc.perform(endpoint.request().get().with(as(users, username)).with(csrf())).andReturn().getResponse().getStatus();
                boolean allowed = endpoint.allowed().contains(username);
                boolean passed = allowed ? status < 400 : status == 403;
                if (!passed) {
                    wrong.add(endpoint.name() + " / " + username + " → " + status + (allowed ? " (devait passer)" : " (devait être refusé)"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void nobodyReachesTheBackOfficeWithoutLoggingIn() throws Exception {
        for (Endpoint endpoint : endpoints()) {
            var response = mvc.perform(endpoint.request().get().with(csrf())).andReturn().getResponse();
            assertThat(response.getStatus()).as(endpoint.name()).isIn(302, 401, 403);
            if (response.getStatus() == 302) {
                assertThat(response.getRedirectedUrl()).as(endpoint.name()).endsWith("/connexion");
            }
        }
    }

    @Test
    void postingWithoutTheCsrfTokenIsRefused() throws Exception {
        int status = mvc.perform(post("/gestion/campus/" + directedCampus).params(currentForm(directedCampus)).with(as(users, "admin")))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void refusalPageIsInFrench() throws Exception {
        var response = mvc.perform(get("/gestion/import").with(as(users, "direction"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    static org.springframework.util.MultiValueMap<String, String> form(String name, String region, String academy) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        params.setAll(Map.of("name", name, "sector", "DIGITAL", "regionCode", region, "academyCode", academy, "version", "0"));
        return params;
    }

    org.springframework.util.MultiValueMap<String, String> currentForm(UUID campusId) {
        var card = registry.byId(campusId).orElseThrow();
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        params.setAll(Map.of("name", card.name(), "sector", card.sector().name(), "regionCode", card.regionCode(),
                "academyCode", card.academyCode(), "version", "999"));
        return params;
    }
}
