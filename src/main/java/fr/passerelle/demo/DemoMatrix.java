package fr.passerelle.demo;

import fr.passerelle.clusters.ClusterCard;
import fr.passerelle.clusters.ClusterMatrix;
import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.identity.Role;
import fr.passerelle.platform.BusinessRuleException;
import fr.passerelle.platform.Replay;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The skills matrix of Neopolia (source 004, « Fiche 1 »): its key skills taken from the loaded ROME release, its
 * activities and markets, and an entry for each of its fictitious member companies with real ROME job titles —
 * most validated by the company, the demo recruiter's company awaiting its validation, one validated fourteen months
 * ago and so « à mettre à jour ». Nothing when Neopolia is absent. Deterministic.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoMatrix {

    private static final Logger log = LoggerFactory.getLogger(DemoMatrix.class);

    /** ROME skills (OGR codes of the sample release) the cluster keeps as key skills. */
    private static final List<Integer> KEY_SKILLS = List.of(121613, 121612, 104421, 117334, 106256, 106259, 114828, 485663, 486137, 105980,
            122329, 402314);
    private static final List<String> ACTIVITIES = List.of("Études avant-projet", "Bureau d'études", "Prototypage", "Fabrication sur plan",
            "Usinage", "Chaudronnerie et tuyauterie", "Montage", "Installation sur site", "Maintenance", "Parachèvement", "Génie électrique");
    private static final List<String> MARKETS = List.of("Aéronautique", "Automobile", "Ferroviaire", "Naval", "Nucléaire", "Oil and gas",
            "Énergies marines renouvelables");

    /** One company's profile: job titles (OGR codes of the sample release), key skills, activities and markets by their place in the lists. */
    private record Profile(List<Integer> jobTitles, List<Integer> skills, List<Integer> activities, List<Integer> markets) {
    }

    private static final List<Profile> PROFILES = List.of(
            // a design office in electrical engineering for the naval sector
            new Profile(List.of(14057, 10493), List.of(0, 1, 2), List.of(0, 1, 2, 10), List.of(3, 6)),
            // a boilermaker and welder for aerospace and oil and gas
            new Profile(List.of(11972, 11974), List.of(6, 7, 8), List.of(3, 5, 6), List.of(0, 5)),
            // mechanical design and prototyping for rail and cars
            new Profile(List.of(14035, 12820), List.of(2, 3), List.of(0, 1, 2, 3), List.of(1, 2)),
            // welding and assembly for the nuclear and naval sectors
            new Profile(List.of(19458, 11971), List.of(5, 6, 9), List.of(3, 6, 7), List.of(3, 4)),
            // maintenance of electrical and automated systems on site
            new Profile(List.of(10788, 10493), List.of(0, 10, 11), List.of(7, 8, 9, 10), List.of(4, 5, 6)),
            // aerospace drawing office
            new Profile(List.of(14054), List.of(2, 3, 11), List.of(0, 1), List.of(0)));

    private final Clusters clusters;
    private final ClusterMatrix matrix;
    private final Directory directory;
    private final Accounts accounts;
    private final Clock clock;

    DemoMatrix(Clusters clusters, ClusterMatrix matrix, Directory directory, Accounts accounts, Clock clock) {
        this.clusters = clusters;
        this.matrix = matrix;
        this.directory = directory;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Called by {@link DemoData} after the demo clusters and their members exist. */
    void load() {
        Optional<ClusterCard> found = clusters.bySlug("neopolia");
        if (found.isEmpty() || matrix.hasLists(found.get().id())) {
            return;
        }
        ClusterCard neopolia = found.get();
        Actor staff = accounts.byUsername("cluster").filter(a -> neopolia.id().equals(a.organisationId()))
                .orElse(new Actor(UUID.nameUUIDFromBytes("demo-neopolia-staff".getBytes()), "cluster", "Équipe de Neopolia", Role.CLUSTER_STAFF,
                        null, null, null, neopolia.id(), null));
        UUID recruiterCompany = accounts.byUsername("recruteur").map(Actor::organisationId).orElse(null);

        List<UUID> skills = new ArrayList<>();
        for (int ogr : KEY_SKILLS) {
            try {
                skills.add(matrix.addKeySkill(staff, neopolia.id(), ogr));
            } catch (BusinessRuleException absentFromThisRelease) {
                skills.add(null);
            }
        }
        List<UUID> activities = ACTIVITIES.stream().map(label -> matrix.addActivity(staff, neopolia.id(), label)).toList();
        List<UUID> markets = MARKETS.stream().map(label -> matrix.addMarket(staff, neopolia.id(), label)).toList();

        Map<UUID, OrganisationSummary> members = new LinkedHashMap<>();
        clusters.activeMemberIds(neopolia.id()).stream().map(directory::organisation).flatMap(Optional::stream)
                .sorted(Comparator.comparing(OrganisationSummary::name)).forEach(o -> members.put(o.id(), o));
        int index = 0;
        boolean staleDone = false;
        for (OrganisationSummary company : members.values()) {
            Profile profile = PROFILES.get(index++ % PROFILES.size());
            List<UUID> keySkills = profile.skills().stream().map(skills::get).filter(java.util.Objects::nonNull).toList();
            List<UUID> companyActivities = profile.activities().stream().map(activities::get).toList();
            List<UUID> companyMarkets = profile.markets().stream().map(markets::get).toList();
            Actor contact = new Actor(UUID.nameUUIDFromBytes(("demo-contact-" + company.id()).getBytes()), "contact-demo",
                    "Contact de " + company.name(), Role.COMPANY_RECRUITER, null, null, null, company.id(), null);
            try {
                if (company.id().equals(recruiterCompany)) {
                    // The demo recruiter's company: filled in, awaiting the company's validation.
                    matrix.fill(staff, neopolia.id(), company.id(), profile.jobTitles(), keySkills, companyActivities, companyMarkets);
                } else if (!staleDone && index > 1) {
                    // Filled in and validated fourteen months ago: « à mettre à jour ».
                    staleDone = true;
                    Clock past = Clock.fixed(Instant.now(clock).minus(425, ChronoUnit.DAYS), ZoneOffset.UTC);
                    Replay.at(past, () -> {
                        matrix.fill(staff, neopolia.id(), company.id(), profile.jobTitles(), keySkills, companyActivities, companyMarkets);
                        matrix.validate(contact, neopolia.id(), company.id());
                        return null;
                    });
                } else {
                    Clock recently = Clock.fixed(Instant.now(clock).minus(20 + index * 7L, ChronoUnit.DAYS), ZoneOffset.UTC);
                    Replay.at(recently, () -> {
                        matrix.fill(staff, neopolia.id(), company.id(), profile.jobTitles(), keySkills, companyActivities, companyMarkets);
                        matrix.validate(contact, neopolia.id(), company.id());
                        return null;
                    });
                }
            } catch (BusinessRuleException e) {
                log.warn("Demo matrix entry of {} left out: {}", company.name(), e.getMessage());
            }
        }
    }
}
