package fr.passerelle.demo;

import fr.passerelle.campus.Sector;
import fr.passerelle.clusters.ClusterBranch;
import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterKind;
import fr.passerelle.clusters.ClusterProfile;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The clusters the study of clusters and employment (source 004) names, each a directory organisation of kind CLUSTER
 * registered through the clusters' API, with fictitious member companies named « (fictive) »: a dozen for Neopolia
 * spread over its five business clusters (one of them an ex-member, some not named publicly), a few for the others;
 * the demo recruiter's company is an active member of Neopolia, and the account {@code cluster} is Neopolia's staff.
 */
@Component
class DemoClusters {

    private final Clusters clusters;
    private final Directory directory;
    private final Accounts accounts;
    private final Clock clock;

    DemoClusters(Clusters clusters, Directory directory, Accounts accounts, Clock clock) {
        this.clusters = clusters;
        this.directory = directory;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A cluster of the source: its directory card (found by name, or created with its seat) and its profile. */
    private record Spec(String name, String acronym, String municipalityCode, String website, String description, ClusterKind kind,
                        String regionCode, String territory, List<Sector> sectors, Integer jobs, Integer foundedYear) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("Neopolia", null, "44184", null, null, ClusterKind.BUSINESS_CLUSTER, "52", "Pays de la Loire",
                    List.of(Sector.MOBILITY, Sector.ENERGY_TRANSITION, Sector.MECHATRONICS), 24000, 1999),
            new Spec("EuroSIMA", "EuroSIMA", "40304", null, null, ClusterKind.BUSINESS_CLUSTER, "75", "Bassin aquitain",
                    List.of(Sector.CREATIVE, Sector.TOURISM), null, 1999),
            // The source places Mécabourg in Bourg-en-Bresse (Ain): Auvergne-Rhône-Alpes.
            new Spec("Mécabourg", null, "01053", null, null, ClusterKind.BUSINESS_CLUSTER, "84", "Bassin de Bourg-en-Bresse",
                    List.of(Sector.MECHATRONICS, Sector.MATERIALS), null, 2002),
            new Spec("GOazen", null, "64102", null, null, ClusterKind.REGIONAL_CLUSTER, "75", "Pays Basque",
                    List.of(Sector.TOURISM), null, 2008),
            new Spec("Cap Digital Paris Region", "Cap Digital", "75056", null,
                    "Pôle de compétitivité de la filière numérique en Île-de-France, créé en 2006 autour des contenus et des services numériques.",
                    ClusterKind.COMPETITIVENESS_CLUSTER, "11", "Île-de-France", List.of(Sector.DIGITAL, Sector.CREATIVE), null, 2006),
            new Spec("Systematic Paris-Region", "Systematic", "91477", null,
                    "Pôle de compétitivité des infrastructures numériques et des métiers du logiciel, qui partage experts et apprentis entre grands "
                            + "groupes et PME adhérents.",
                    ClusterKind.COMPETITIVENESS_CLUSTER, "11", "Île-de-France", List.of(Sector.DIGITAL), null, 2005),
            new Spec("Cluster Montagne", null, "73151", null, null, ClusterKind.REGIONAL_CLUSTER, "84", "Massifs français",
                    List.of(Sector.TOURISM, Sector.CONSTRUCTION), null, null),
            new Spec("Bretagne Pôle Naval", null, "56121", null, null, ClusterKind.REGIONAL_CLUSTER, "53", "Bretagne",
                    List.of(Sector.MOBILITY, Sector.ENERGY_TRANSITION), 20000, 2007));

    /** Neopolia's fictitious members: name, commune, business cluster (index in its branches), listed publicly. */
    private record Company(String name, String municipalityCode, int branch, boolean listed) {
    }

    private static final List<String> NEOPOLIA_BRANCHES = List.of("Aerospace", "Marine", "Oil & Gas", "Rail", "EMR");

    private static final List<Company> NEOPOLIA_MEMBERS = List.of(
            new Company("Ateliers de l'Estuaire (fictive)", "44184", 0, true),
            new Company("Chaudronnerie Ligérienne (fictive)", "44109", 1, true),
            new Company("Composites Atlantique (fictive)", "44184", 0, true),
            new Company("Électricité Navale de Montoir (fictive)", "44103", 1, false),
            new Company("Forges de la Brière (fictive)", "44184", 2, true),
            new Company("Hydraulique Océane (fictive)", "44109", 2, false),
            new Company("Mécanique de Précision Nantaise (fictive)", "44109", 0, true),
            new Company("Usinage du Val de Loire (fictive)", "49007", 3, true),
            new Company("Voies et Caténaires de l'Ouest (fictive)", "49007", 3, false),
            new Company("Éoliennes en Mer Services (fictive)", "44184", 4, true),
            new Company("Câbles Sous-Marins Atlantique (fictive)", "44184", 4, true),
            new Company("Soudure Industrielle Vendéenne (fictive)", "85191", 1, true));

    void load() {
        Actor admin = accounts.byUsername("admin").orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(Times.current().zone()));
        Map<String, ClusterCard> registered = new HashMap<>();
        for (Spec spec : SPECS) {
            OrganisationSummary organisation = directory.findByName(spec.name()).orElseGet(() -> directory.register(admin,
                    new OrganisationDetails(OrganisationKind.CLUSTER, spec.name(), spec.acronym(), null, null, null, null, spec.municipalityCode(),
                            spec.website(), null, null, spec.description())));
            ClusterCard card = clusters.cluster(organisation.id()).orElseGet(() -> clusters.register(admin, organisation.id(),
                    new ClusterProfile(spec.kind(), spec.regionCode(), spec.territory(), spec.sectors(), null, spec.jobs(),
                            spec.jobs() == null ? null : today.getYear() - 1, spec.foundedYear(), 12, true)));
            registered.put(card.slug(), card);
        }
        ClusterCard neopolia = registered.get("neopolia");
        loadNeopolia(admin, neopolia, today);
        member(admin, registered.get("eurosima"), "Planches de l'Océan (fictive)", "40304", today.minusYears(4), null, true);
        member(admin, registered.get("eurosima"), "Combinaisons Glisse Landes (fictive)", "40304", today.minusYears(2), null, false);
        member(admin, registered.get("mecabourg"), "Carrosserie Industrielle de l'Ain (fictive)", "01053", today.minusYears(6), null, true);
        member(admin, registered.get("mecabourg"), "Tôlerie Bressane (fictive)", "01053", today.minusYears(3), null, true);
        member(admin, registered.get("goazen"), "Hôtel des Deux Rives (fictive)", "64102", today.minusYears(5), null, true);
        member(admin, registered.get("goazen"), "Camping de la Côte Basque (fictive)", "64102", today.minusYears(1), null, true);
        member(admin, registered.get("cap-digital"), "Studio Numérique de l'Ourcq (fictive)", "75056", today.minusYears(3), null, true);
        member(admin, registered.get("systematic"), "Logiciels Embarqués du Plateau (fictive)", "91477", today.minusYears(4), null, true);
        member(admin, registered.get("cluster-montagne"), "Remontées Mécaniques Alpines (fictive)", "73151", today.minusYears(7), null, true);
        member(admin, registered.get("bretagne-pole-naval"), "Chantier Naval du Scorff (fictive)", "56121", today.minusYears(8), null, true);
        member(admin, registered.get("bretagne-pole-naval"), "Réparation Navale Lorientaise (fictive)", "56121", today.minusYears(2), null, false);

        accounts.open(new NewAccount("cluster", "cluster@demo.passerelle.test", "Équipe de Neopolia", DemoData.PASSWORD, Role.CLUSTER_STAFF,
                null, null, null, neopolia.id()));
    }

    private void loadNeopolia(Actor admin, ClusterCard neopolia, LocalDate today) {
        List<ClusterBranch> branches = NEOPOLIA_BRANCHES.stream().map(name -> clusters.addBranch(admin, neopolia.id(), name, null)).toList();
        UUID chair = null;
        for (int i = 0; i < NEOPOLIA_MEMBERS.size(); i++) {
            Company company = NEOPOLIA_MEMBERS.get(i);
            UUID id = member(admin, neopolia, company.name(), company.municipalityCode(), today.minusYears(1 + i % 9).minusDays(17L * i), null,
                    company.listed(), branches.get(company.branch()).id());
            if (chair == null) {
                chair = id;
            }
        }
        // An ex-member: its membership ended last year, it reads nothing for members any more.
        member(admin, neopolia, "Tuyauterie du Sillon (fictive)", "44184", today.minusYears(6), today.minusYears(1), false, branches.get(2).id());
        // The demo recruiter's company is an active member, in the aerospace business cluster.
        accounts.byUsername("recruteur").map(Actor::organisationId).ifPresent(company -> clusters.addMember(admin, neopolia.id(), company,
                branches.get(0).id(), today.minusYears(2), null, true));
        var details = clusters.details(neopolia.id()).orElseThrow();
        var p = details.profile();
        clusters.describe(admin, neopolia.id(), details.version(), new ClusterProfile(p.kind(), p.regionCode(), p.territory(), p.sectors(), chair,
                p.jobsRepresented(), p.figuresYear(), p.foundedYear(), p.matrixRefreshMonths(), p.published()));
    }

    private UUID member(Actor admin, ClusterCard cluster, String name, String municipalityCode, LocalDate since, LocalDate until, boolean listed) {
        return member(admin, cluster, name, municipalityCode, since, until, listed, null);
    }

    private UUID member(Actor admin, ClusterCard cluster, String name, String municipalityCode, LocalDate since, LocalDate until, boolean listed,
                        UUID branch) {
        if (cluster == null) {
            return null;
        }
        UUID company = directory.findByName(name).orElseGet(() -> directory.register(admin, new OrganisationDetails(OrganisationKind.COMPANY, name,
                null, null, null, null, null, municipalityCode, null, null, null, null))).id();
        clusters.addMember(admin, cluster.id(), company, branch, since, until, listed);
        return company;
    }
}
