package fr.passerelle.demo;

import fr.passerelle.campus.CampusCard;
import fr.passerelle.campus.CampusRegistry;
import fr.passerelle.campus.RegistryCsvImport;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.MembershipRole;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.NewAccount;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Loads the demo data into an empty database when {@code passerelle.demo-data} is on. */
@Component
@Order(0)
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    /** The password of every demo account (listed in the README). */
    static final String PASSWORD = "demo";
    static final String DEMO_REGION = "32";
    static final String DEMO_ACADEMY = "09";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Accounts accounts;
    private final CampusRegistry registry;
    private final RegistryCsvImport registryImport;
    private final Directory directory;
    private final DemoLabelling labelling;
    private final DemoGovernance governance;
    private final DemoTrainings trainings;
    private final DemoFoundations foundations;
    private final DemoActionPlans actionPlans;
    private final DemoDeployment deployment;
    private final DemoIndicators indicators;
    private final DemoCoPiloting coPiloting;
    private final java.time.Clock clock;
    private final DemoSelfEvaluations selfEvaluations;
    private final DemoRegionalReviews regionalReviews;
    private final DemoAnnualReviews annualReviews;
    private final DemoClusterLife clusters;
    private final DemoJobs jobs;

    DemoData(Accounts accounts, CampusRegistry registry, RegistryCsvImport registryImport, Directory directory,
             DemoLabelling labelling, DemoGovernance governance, DemoTrainings trainings, DemoActionPlans actionPlans,
             DemoFoundations foundations, DemoDeployment deployment, DemoIndicators indicators, DemoCoPiloting coPiloting,
             java.time.Clock clock, DemoSelfEvaluations selfEvaluations, DemoRegionalReviews regionalReviews,
             DemoAnnualReviews annualReviews, DemoClusterLife clusters, DemoJobs jobs) {
        this.clusters = clusters;
        this.jobs = jobs;
        this.regionalReviews = regionalReviews;
        this.annualReviews = annualReviews;
        this.deployment = deployment;
        this.indicators = indicators;
        this.coPiloting = coPiloting;
        this.clock = clock;
        this.labelling = labelling;
        this.governance = governance;
        this.trainings = trainings;
        this.actionPlans = actionPlans;
        this.foundations = foundations;
        this.selfEvaluations = selfEvaluations;
        this.accounts = accounts;
        this.registry = registry;
        this.registryImport = registryImport;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (accounts.count() > 0 || registry.count() > 0) {
            return;
        }
        long start = System.nanoTime();
        Actor admin = accounts.open(account("admin", "Administration nationale", Role.NATIONAL_ADMIN, null, null, null, null));
        // Organisations first: the registry import finds the support establishments by their UAI, with their address.
        Map<String, OrganisationSummary> organisations = loadOrganisations(admin);
        var summary = registryImport.importCsv(admin, "demo/campuses.csv", resource("demo/campuses.csv"));
        if (!summary.rejected().isEmpty()) {
            throw new IllegalStateException("Demo campuses rejected: " + summary.rejected());
        }
        loadMemberships(admin, organisations);
        openAccounts(organisations);
        clusters.load();
        jobs.load();
        labelling.load();
        deployment.load(labelling.submittedDossier, labelling.dossierWithOpinions);
        governance.load();
        coPiloting.load();
        trainings.load();
        actionPlans.load();
        foundations.load();
        indicators.load();
        selfEvaluations.load();
        regionalReviews.load();
        annualReviews.load();
        labelling.loadReports();
        log.info("Demo data loaded in {} ms: {} campuses, {} organisations", (System.nanoTime() - start) / 1_000_000,
                summary.created(), organisations.size());
    }

    private Map<String, OrganisationSummary> loadOrganisations(Actor admin) throws IOException {
        Map<String, OrganisationSummary> byKey = new HashMap<>();
        for (CSVRecord row : rows("demo/organisations.csv")) {
            var details = new OrganisationDetails(OrganisationKind.valueOf(row.get("type")), row.get("nom"), Text.trimToNull(row.get("sigle")),
                    Text.trimToNull(row.get("uai")), null, Text.trimToNull(row.get("adresse")), Text.trimToNull(row.get("code_postal")),
                    Text.trimToNull(row.get("code_commune")), Text.trimToNull(row.get("site_web")), null, null,
                    Text.trimToNull(row.get("description")));
            byKey.put(row.get("cle"), directory.findByName(details.name()).orElseGet(() -> directory.register(admin, details)));
        }
        return byKey;
    }

    private void loadMemberships(Actor admin, Map<String, OrganisationSummary> organisations) throws IOException {
        Map<String, UUID> campuses = new HashMap<>();
        registry.all().forEach(c -> campuses.put(c.name().toLowerCase(java.util.Locale.FRENCH), c.id()));
        // Schools and apprentice centres joined their campus long ago (their InserJeunes outcomes of 2022-2023 count); the
        // other partners joined in the last years, one year or another, so that the campus's new partners show a trend.
        int year = java.time.Year.now(clock).getValue();
        int line = 0;
        for (CSVRecord row : rows("demo/memberships.csv")) {
            UUID campus = campuses.get(row.get("campus").strip().toLowerCase(java.util.Locale.FRENCH));
            OrganisationSummary organisation = organisations.get(row.get("organisation").strip());
            if (campus == null || organisation == null) {
                throw new IllegalStateException("Demo membership refers to an unknown campus or organisation: " + row);
            }
            line++;
            java.time.LocalDate since = organisation.uai() != null ? java.time.LocalDate.of(2019, 9, 1)
                    : java.time.LocalDate.of(year - 1 - line % 4, 1 + (line * 5) % 12, 1 + line % 27);
            directory.addPartner(admin, campus, organisation.id(), MembershipRole.valueOf(row.get("role").strip()), since, null);
        }
    }

    private void openAccounts(Map<String, OrganisationSummary> organisations) {
        List<CampusCard> all = registry.all();
        CampusCard directed = all.stream().filter(c -> c.regionCode().equals(DEMO_REGION)).findFirst().orElse(all.get(0));
        UUID partnerOrganisation = directory.partnersOf(directed.id()).stream().map(p -> p.organisation().id()).findFirst()
                .orElseGet(() -> organisations.values().iterator().next().id());
        UUID company = organisations.values().stream().filter(o -> o.kind() == OrganisationKind.COMPANY).map(OrganisationSummary::id)
                .findFirst().orElse(partnerOrganisation);
        accounts.open(account("coordination", "Coordination de région académique Hauts-de-France", Role.REGIONAL_COORDINATOR, DEMO_REGION, null, null,
                null));
        accounts.open(account("conseil-regional", "Conseil régional Hauts-de-France — référente campus", Role.REGIONAL_COUNCIL, DEMO_REGION, null, null,
                null));
        // The DREETS correspondent follows the director's campus and one other of the région.
        Set<UUID> followed = all.stream().filter(c -> c.regionCode().equals(DEMO_REGION)).limit(2).map(CampusCard::id)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
        accounts.open(new NewAccount("dreets", "dreets@demo.passerelle.test", "Correspondant DREETS Hauts-de-France", PASSWORD,
                Role.LABOUR_CORRESPONDENT, DEMO_REGION, null, null, null, followed));
        accounts.open(account("referent", "Référence académique de Lille", Role.ACADEMY_REFERENT, null, DEMO_ACADEMY, null, null));
        accounts.open(account("direction", "Direction opérationnelle — " + directed.name(), Role.OPERATIONAL_DIRECTOR, null, null, directed.id(), null));
        accounts.open(account("partenaire", "Membre partenaire", Role.PARTNER_MEMBER, null, null, null, partnerOrganisation));
        accounts.open(account("recruteur", "Recrutement en entreprise", Role.COMPANY_RECRUITER, null, null, null, company));
        accounts.open(account("expert", "Expertise interministérielle", Role.EXPERT, null, null, null, null));
        accounts.open(account("experte", "Seconde experte du groupe interministériel", Role.EXPERT, null, null, null, null));
    }

    private static NewAccount account(String username, String name, Role role, String region, String academy, UUID campus,
                                      UUID organisation) {
        return new NewAccount(username, username + "@demo.passerelle.test", name, PASSWORD, role, region, academy, campus, organisation);
    }

    private static InputStream resource(String path) throws IOException {
        return new ClassPathResource(path).getInputStream();
    }

    private static List<CSVRecord> rows(String path) throws IOException {
        try (var reader = new InputStreamReader(resource(path), StandardCharsets.UTF_8)) {
            return CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                    .setTrim(true).setIgnoreEmptyLines(true).get().parse(reader).getRecords();
        }
    }

}
