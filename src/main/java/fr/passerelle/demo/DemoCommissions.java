package fr.passerelle.demo;

import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationDetails;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.directory.PersonDetails;
import fr.passerelle.governance.AttendanceStatus;
import fr.passerelle.governance.BodyKind;
import fr.passerelle.governance.ClusterCommissions;
import fr.passerelle.governance.CoPiloting;
import fr.passerelle.governance.CoPiloting.Scope;
import fr.passerelle.governance.MeetingDetails;
import fr.passerelle.governance.Visibility;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.platform.Times;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo commissions of a cluster (source 004): Neopolia's employment commission and training commission, whose members
 * are people of its member companies and of partners (France Travail, a CFA), each with a past meeting (attendance,
 * minutes, decisions) and an upcoming one. The demo recruiter, whose company is a member of Neopolia, sits on the
 * employment commission and so reads it. Fictitious people; does nothing when Neopolia is absent. Written through the
 * directory, clusters and governance APIs as the national administrator.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoCommissions {

    static final String SLUG = "neopolia";

    private final Clusters clusters;
    private final Directory directory;
    private final ClusterCommissions commissions;
    private final CoPiloting coPiloting;
    private final Accounts accounts;
    private final Clock clock;

    DemoCommissions(Clusters clusters, Directory directory, ClusterCommissions commissions, CoPiloting coPiloting, Accounts accounts, Clock clock) {
        this.clusters = clusters;
        this.directory = directory;
        this.commissions = commissions;
        this.coPiloting = coPiloting;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Called by {@link DemoData} once the demo clusters (DemoClusters) and the accounts exist; does nothing when Neopolia has commissions. */
    void load() {
        ClusterCard neopolia = clusters.bySlug(SLUG).orElse(null);
        if (neopolia == null) {
            return;
        }
        Actor admin = accounts.byUsername("admin").orElseThrow();
        if (commissions.summary(admin, neopolia.id()).map(s -> s.commissions() > 0).orElse(false)) {
            return; // loaded already: the demo is written once
        }
        LocalDate today = LocalDate.now(clock.withZone(Times.current().zone()));
        LocalDate since = today.minusMonths(10).withDayOfMonth(1);
        Scope scope = Scope.cluster(neopolia.id());

        List<UUID> companies = memberCompanies(admin, neopolia, since);
        UUID franceTravail = organisation(admin, OrganisationKind.STATE_SERVICE, "France Travail Pays de la Loire — agence entreprises (fictive)");
        UUID cfa = organisation(admin, OrganisationKind.APPRENTICE_CENTRE, "CFA de l'industrie navale et aéronautique (fictif)");

        // The employment commission: the member companies' HR managers, France Travail, and the demo recruiter.
        UUID employment = commissions.constitute(admin, neopolia.id(), BodyKind.EMPLOYMENT_COMMISSION, "Commission emploi et recrutement", 4);
        List<UUID> employmentMembers = new ArrayList<>();
        String[][] hr = {{"Sandrine Moreau", "Responsable des ressources humaines"}, {"Thierry Guérin", "Directeur industriel"},
                {"Aurélie Benoît", "Chargée de recrutement"}, {"Nicolas Jamet", "Responsable emploi et compétences"}};
        for (int i = 0; i < companies.size() && i < hr.length; i++) {
            employmentMembers.add(person(admin, companies.get(i), hr[i][0], hr[i][1], null));
        }
        employmentMembers.add(person(admin, franceTravail, "Karima Haddad", "Conseillère entreprises", null));
        recruiter(admin).ifPresent(employmentMembers::add);
        for (UUID member : employmentMembers) {
            coPiloting.appoint(admin, scope, employment, member, since, null);
        }
        coPiloting.configure(admin, scope, employment, employmentMembers.get(0), 4);
        meetings(admin, scope, employment, employmentMembers, today,
                "1. Besoins de recrutement des entreprises membres pour le semestre\n2. Métiers en tension : soudeur, chaudronnier, usineur\n"
                        + "3. Job dating avec France Travail",
                "Les entreprises ont recensé 48 postes ouverts, dont 20 en soudure et chaudronnerie.",
                "Un job dating commun est organisé avec France Travail ; les fiches de poste sont partagées entre membres.");

        // The training commission: the member companies' training leads and the CFA.
        UUID training = commissions.constitute(admin, neopolia.id(), BodyKind.TRAINING_COMMISSION, "Commission formation et compétences", 3);
        List<UUID> trainingMembers = new ArrayList<>();
        String[][] leads = {{"Philippe Renaud", "Responsable formation"}, {"Camille Lebrun", "Responsable développement des compétences"},
                {"Yannick Le Goff", "Chef d'atelier tuteur"}};
        for (int i = 0; i < companies.size() && i < leads.length; i++) {
            trainingMembers.add(person(admin, companies.get(i), leads[i][0], leads[i][1], null));
        }
        trainingMembers.add(person(admin, cfa, "Hélène Briand", "Directrice du CFA", null));
        for (UUID member : trainingMembers) {
            coPiloting.appoint(admin, scope, training, member, since, null);
        }
        coPiloting.configure(admin, scope, training, trainingMembers.get(trainingMembers.size() - 1), 3);
        meetings(admin, scope, training, trainingMembers, today,
                "1. Besoins en alternance pour la rentrée\n2. Parcours de reconversion vers la chaudronnerie\n3. Plateau technique partagé",
                "Les entreprises proposent 25 contrats d'apprentissage ; le CFA ouvre une seconde section de chaudronnerie.",
                "Une préparation opérationnelle à l'emploi collective est montée avec le CFA pour douze demandeurs d'emploi.");
    }

    /** A meeting two months ago (attendance, minutes, decisions) and one in a month. */
    private void meetings(Actor admin, Scope scope, UUID body, List<UUID> members, LocalDate today, String agenda, String minutes, String decisions) {
        LocalDateTime past = today.minusMonths(2).withDayOfMonth(12).atTime(9, 30);
        UUID held = coPiloting.plan(admin, scope, body, new MeetingDetails(past, past.plusHours(2), "Technocampus Océan, Bouguenais", null, agenda,
                Visibility.BODY));
        Map<UUID, AttendanceStatus> attendance = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            attendance.put(members.get(i), i % 4 == 3 ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT);
        }
        coPiloting.recordOutcome(admin, scope, held, attendance, minutes, decisions);
        LocalDateTime next = today.plusMonths(1).withDayOfMonth(15).atTime(14, 0);
        coPiloting.plan(admin, scope, body, new MeetingDetails(next, next.plusHours(2), null, "https://visio.demo.passerelle.test/neopolia",
                "1. Suivi des décisions de la réunion précédente\n2. Points des entreprises membres", Visibility.BODY));
    }

    /** Up to four member companies of the cluster, fictitious ones first; three of our own when it has none. */
    private List<UUID> memberCompanies(Actor admin, ClusterCard cluster, LocalDate since) {
        Collator french = Collator.getInstance(Locale.FRENCH);
        List<OrganisationSummary> members = directory.organisations(clusters.activeMemberIds(cluster.id())).values().stream()
                .filter(o -> o.kind() == OrganisationKind.COMPANY)
                .sorted(Comparator.comparing((OrganisationSummary o) -> !o.name().contains("(fictive)")).thenComparing(OrganisationSummary::name, french))
                .limit(4).toList();
        if (!members.isEmpty()) {
            return members.stream().map(OrganisationSummary::id).toList();
        }
        List<UUID> created = new ArrayList<>();
        for (String name : List.of("Chaudronnerie de l'Estuaire (fictive)", "Usinage Atlantique Précision (fictive)", "Naval Structures Loire (fictive)")) {
            UUID company = organisation(admin, OrganisationKind.COMPANY, name);
            clusters.addMember(admin, cluster.id(), company, null, since, null, true);
            created.add(company);
        }
        return created;
    }

    /** The demo recruiter as a person of the directory (found by the account's address, or added to their company). */
    private java.util.Optional<UUID> recruiter(Actor admin) {
        return accounts.byUsername("recruteur").filter(r -> r.organisationId() != null && r.email() != null).map(r -> {
            List<UUID> known = directory.peopleWithEmail(r.email());
            return known.isEmpty() ? person(admin, r.organisationId(), "Rachid Benali", "Responsable du recrutement", r.email()) : known.get(0);
        });
    }

    private UUID organisation(Actor admin, OrganisationKind kind, String name) {
        return directory.findByName(name).orElseGet(() -> directory.register(admin, OrganisationDetails.of(kind, name))).id();
    }

    private UUID person(Actor admin, UUID organisation, String fullName, String jobTitle, String email) {
        String[] parts = fullName.split(" ", 2);
        return directory.addPerson(admin, organisation, new PersonDetails(parts[0], parts[1], jobTitle, email, null)).id();
    }
}
