package fr.passerelle.demo;

import fr.passerelle.clusters.Clusters;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.OrganisationSummary;
import fr.passerelle.identity.Accounts;
import fr.passerelle.identity.Actor;
import fr.passerelle.jobs.JobOfferContract;
import fr.passerelle.jobs.JobOfferDetails;
import fr.passerelle.jobs.JobOfferLevel;
import fr.passerelle.jobs.JobOfferWorkingTime;
import fr.passerelle.jobs.JobOffers;
import fr.passerelle.platform.Replay;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo job offers (issue 15): a dozen fictitious offers of the demo clusters' fictitious member companies, on their
 * trades — welding, boilermaking, naval drawing, industrial and railway maintenance for Neopolia, a seasonal cook for
 * Goazen, boat preparation for Bretagne Pôle Naval, nautical maintenance for EuroSIMA — posted by Neopolia's staff
 * (account {@code cluster}) and by the national administration for the other clusters; one published 55 days ago, so
 * that it expires within the week; the demo recruiter's company has one published offer and one draft. A company that
 * already has offers is left as it is (idempotent); a company or cluster absent from the demo is skipped.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoJobOffers {

    private final JobOffers offers;
    private final Clusters clusters;
    private final Directory directory;
    private final Accounts accounts;
    private final Clock clock;

    DemoJobOffers(JobOffers offers, Clusters clusters, Directory directory, Accounts accounts, Clock clock) {
        this.offers = offers;
        this.clusters = clusters;
        this.directory = directory;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** One demo offer: the cluster's slug, the company's name, what is written, how many days ago it was published (-1: draft). */
    record Spec(String cluster, String company, String title, int jobTitle, JobOfferContract contract, Integer months, String commune,
                JobOfferLevel level, Integer salaryMin, Integer salaryMax, int positions, String description, int publishedDaysAgo) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec("neopolia", "Ateliers de l'Estuaire (fictive)", "Soudeur / Soudeuse TIG — coques aluminium", 19475, JobOfferContract.CDI, null,
                    "44184", JobOfferLevel.LEVEL_3, 26000, 31000, 2, "Soudage TIG de coques et superstructures en aluminium pour des navires de "
                    + "servitude, en atelier et à bord. Qualification de soudeur appréciée.", 3),
            new Spec("neopolia", "Chaudronnerie Ligérienne (fictive)", "Chaudronnier / Chaudronnière — tôlerie fine inox", 11971, JobOfferContract.CDI,
                    null, "44109", JobOfferLevel.LEVEL_3, 25000, 30000, 1, "Traçage, découpe, mise en forme et assemblage d’ensembles inox "
                    + "pour l’agroalimentaire et le naval.", 55),
            new Spec("neopolia", "Composites Atlantique (fictive)", "Dessinateur / Dessinatrice en architecture navale", 14047, JobOfferContract.CDD, 12,
                    "44184", JobOfferLevel.LEVEL_5, 30000, 36000, 1, "Plans d’aménagement et de structure de navires en composite, sous la "
                    + "conduite du bureau d’études.", 10),
            new Spec("neopolia", "Électricité Navale de Montoir (fictive)", "Électrotechnicien / Électrotechnicienne de maintenance", 509473,
                    JobOfferContract.CDI, null, "44103", JobOfferLevel.LEVEL_4, 28000, 33000, 2, "Maintenance des installations électriques "
                    + "et des automatismes d’un site de construction navale. Habilitation électrique exigée.", 6),
            new Spec("neopolia", "Forges de la Brière (fictive)", "Soudeur / Soudeuse à l’électrode enrobée — mission de 3 mois", 19460,
                    JobOfferContract.INTERIM, 3, "44184", JobOfferLevel.LEVEL_3, 24000, 27000, 3, "Renfort de l’équipe de soudage pour un "
                    + "chantier de blocs de coque.", 1),
            new Spec("neopolia", "Mécanique de Précision Nantaise (fictive)", "Dessinateur-projeteur / Dessinatrice-projeteuse — alternance BTS CPRP",
                    14111, JobOfferContract.APPRENTICESHIP, 24, "44109", JobOfferLevel.LEVEL_5, null, null, 1, "Conception de pièces et "
                    + "d’outillages en bureau d’études, en alternance avec un BTS.", 14),
            new Spec("neopolia", "Usinage du Val de Loire (fictive)", "Technicien / Technicienne de maintenance industrielle", 19870,
                    JobOfferContract.CDI, null, "49007", JobOfferLevel.LEVEL_5, 29000, 35000, 1, "Maintenance préventive et curative d’un "
                    + "parc de centres d’usinage à commande numérique.", 20),
            new Spec("neopolia", "Voies et Caténaires de l'Ouest (fictive)", "Technicien / Technicienne de maintenance ferroviaire", 511431,
                    JobOfferContract.CDD, 6, "49007", JobOfferLevel.LEVEL_4, 27000, 30000, 2, "Entretien des engins de travaux ferroviaires "
                    + "au dépôt et sur les chantiers de nuit.", 8),
            new Spec("neopolia", "Éoliennes en Mer Services (fictive)", "Électromécanicien / Électromécanicienne — parc éolien en mer", 14653,
                    JobOfferContract.CDI, null, "44184", JobOfferLevel.LEVEL_4, 30000, 38000, 4, "Maintenance des éoliennes d’un parc en mer "
                    + "au départ de Saint-Nazaire ; transferts en navire, rotations de 14 jours.", 2),
            new Spec("neopolia", "Soudure Industrielle Vendéenne (fictive)", "Soudeur / Soudeuse nucléaire", 489273, JobOfferContract.CDI, null,
                    "85191", JobOfferLevel.LEVEL_3, 30000, 36000, 1, "Soudage de tuyauteries sous assurance qualité renforcée.", 30),
            new Spec("goazen", "Hôtel des Deux Rives (fictive)", "Chef / Cheffe de partie poissonnier — saison d’été", 12200, JobOfferContract.SEASONAL,
                    5, "64102", JobOfferLevel.LEVEL_3, 24000, 26000, 1, "Saison de mai à septembre, logement possible.", 4),
            new Spec("bretagne-pole-naval", "Chantier Naval du Scorff (fictive)", "Préparateur / Préparatrice de bateaux", 17990, JobOfferContract.CDI,
                    null, "56121", JobOfferLevel.LEVEL_3, 23000, 26000, 1, "Préparation, mise à l’eau et convoyage de bateaux de plaisance.", 12),
            new Spec("eurosima", "Planches de l'Océan (fictive)", "Technicien / Technicienne de maintenance du nautisme", 19832, JobOfferContract.CDD, 8,
                    "40304", JobOfferLevel.LEVEL_4, 24000, 27000, 1, "Réparation de planches et de matériel de glisse en atelier.", 5));

    /** Called by {@link DemoData} after the clusters, their members and their life ({@link DemoClusterLife}). */
    void load() {
        Actor admin = accounts.byUsername("admin").orElse(null);
        Actor staff = accounts.byUsername("cluster").orElse(null);
        if (admin == null) {
            return;
        }
        for (Spec spec : SPECS) {
            Optional<UUID> company = directory.findByName(spec.company()).map(OrganisationSummary::id);
            var cluster = clusters.bySlug(spec.cluster());
            if (company.isEmpty() || cluster.isEmpty() || offers.countOf(company.get()) > 0
                    || !clusters.isActiveMember(cluster.get().id(), company.get(), java.time.LocalDate.now(clock))) {
                continue;
            }
            Actor poster = "neopolia".equals(spec.cluster()) && staff != null ? staff : admin;
            UUID id = offers.draft(poster, company.get(), cluster.get().id(), details(spec));
            publish(poster, id, spec.publishedDaysAgo());
        }
        recruiterOffers();
    }

    /** The demo recruiter's company: one offer on the board, one draft. */
    private void recruiterOffers() {
        Actor recruiter = accounts.byUsername("recruteur").orElse(null);
        if (recruiter == null || recruiter.organisationId() == null || offers.countOf(recruiter.organisationId()) > 0
                || clusters.activeClustersOf(recruiter.organisationId()).isEmpty()) {
            return;
        }
        UUID cluster = clusters.bySlug("neopolia").map(c -> c.id()).filter(clusters.activeClustersOf(recruiter.organisationId())::contains)
                .orElse(clusters.activeClustersOf(recruiter.organisationId()).iterator().next());
        UUID published = offers.draft(recruiter, recruiter.organisationId(), cluster, details(new Spec(null, null,
                "Aide chaudronnier / Aide chaudronnière", 10818, JobOfferContract.CDD, 6, "44184", JobOfferLevel.NONE, 21000, 23000, 1,
                "Préparation des pièces et assistance aux chaudronniers de l’atelier. Débutant accepté, formation assurée.", 0)));
        publish(recruiter, published, 9);
        offers.draft(recruiter, recruiter.organisationId(), cluster, details(new Spec(null, null, "Opérateur / Opératrice en chaudronnerie",
                17196, JobOfferContract.CDI, null, "44184", JobOfferLevel.LEVEL_3, 24000, 28000, 1,
                "Brouillon à compléter : compétences demandées, date de début.", -1)));
    }

    private void publish(Actor poster, UUID id, int daysAgo) {
        if (daysAgo < 0) {
            return;
        }
        Replay.at(Clock.offset(clock, Duration.ofDays(-daysAgo)), () -> {
            offers.publish(poster, id);
            return null;
        });
    }

    static JobOfferDetails details(Spec s) {
        return new JobOfferDetails(s.title(), s.description(), s.jobTitle(), s.contract(), s.months(), JobOfferWorkingTime.FULL_TIME, 35,
                s.commune(), s.level(), s.salaryMin(), s.salaryMax(), null, s.positions(), "recrutement@exemple.invalid", null,
                "Envoyez un CV et quelques lignes sur votre expérience ; réponse sous deux semaines.");
    }
}
